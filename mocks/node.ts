import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { dataSourcesFrom } from '../server/data-files.ts';
import { createHandlers } from './handlers.ts';

/** The committed data files, read from `public/` once per test process, as the server reads its own. */
export const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
export const dataSources = dataSourcesFrom(publicDir);
export const getDatasetFromDisk = dataSources.getDataset;

/** The same API for tests, answered in Node by msw/node. */
export const server = setupServer(...createHandlers(dataSources));
