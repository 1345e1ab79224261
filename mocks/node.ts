import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { parseDataset } from './dataset/dataset.ts';
import { cachedLoader, DATASET_PATH } from './dataset/load.ts';
import { createHandlers } from './handlers.ts';

const datasetFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', DATASET_PATH);

/** The committed dataset, read from disk once per test process. */
export const getDatasetFromDisk = cachedLoader(async () => parseDataset(JSON.parse(await readFile(datasetFile, 'utf8'))));

/** The same API for tests, answered in Node by msw/node. */
export const server = setupServer(...createHandlers(getDatasetFromDisk));
