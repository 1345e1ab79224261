import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDataSources, type DataSources, type ReadJson } from '../core/dataset/load.ts';

/**
 * The data files read from a folder on disk: the Node side of `createDataSources`, for the server (the built
 * site's folder) and the tests' msw/node (`public/`). A file that is missing or not JSON fails with its path.
 */
export function readJsonFrom(dir: string): ReadJson {
  return async (path) => {
    const file = join(dir, path);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new Error(`${file} could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, { cause: error });
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`${file} is not valid JSON (${(error as Error).message}).`, { cause: error });
    }
  };
}

export function dataSourcesFrom(dir: string): DataSources {
  return createDataSources(readJsonFrom(dir));
}

/** Loads and validates everything the API answers from, so that a bad file stops a server before it listens. */
export async function loadAll(sources: DataSources): Promise<void> {
  await Promise.all(Object.values(sources).map((load: () => Promise<unknown>) => load()));
}
