import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { parseDataset } from '../core/dataset/dataset.ts';
import { cachedLoader, CLAIMS_PATH, DATASET_PATH, EVENTS_PATH, parseStories } from '../core/dataset/load.ts';
import { createHandlers } from './handlers.ts';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(join(publicDir, path), 'utf8'));

/** The committed dataset, read from disk once per test process. */
export const getDatasetFromDisk = cachedLoader(async () => parseDataset(await readJson(DATASET_PATH)));
const getStoriesFromDisk = cachedLoader(async () => parseStories(await readJson(EVENTS_PATH), await readJson(CLAIMS_PATH)));

/** The same API for tests, answered in Node by msw/node. */
export const server = setupServer(...createHandlers({ getDataset: getDatasetFromDisk, getStories: getStoriesFromDisk }));
