import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { createDataSources } from '../core/dataset/load.ts';
import { createHandlers } from './handlers.ts';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

/** The committed data files, read from `public/` once per test process. */
export const dataSources = createDataSources(async (path) => JSON.parse(await readFile(join(publicDir, path), 'utf8')));
export const getDatasetFromDisk = dataSources.getDataset;

/** The same API for tests, answered in Node by msw/node. */
export const server = setupServer(...createHandlers(dataSources));
