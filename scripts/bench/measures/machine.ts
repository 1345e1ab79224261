import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDataset } from '../../../core/dataset/dataset.ts';
import { FLOWS_PATH } from '../../../core/dataset/load.ts';
import type { Result } from '../report.ts';
import { median, round } from '../stats.ts';

/**
 * A fixed workload in Node: parse, validate and index the built dataset, as the mock API does in the page
 * (median of 5 after 2 warm-up runs). Shared and throttled machines change speed by half and more within an
 * hour; this figure, taken before and after the browser measures, tells which runs are comparable.
 */
async function timeWorkload(outDir: string): Promise<number> {
  const text = await readFile(join(outDir, FLOWS_PATH), 'utf8');
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    parseDataset(JSON.parse(text));
    times.push(performance.now() - start);
  }
  return round(median(times.slice(2)));
}

/** Times the workload now; the returned function times it again and gives the result line. */
export async function startMachineCheck(outDir: string): Promise<() => Promise<Result>> {
  const before = await timeWorkload(outDir);
  return async () => {
    const after = await timeWorkload(outDir);
    return {
      measure: 'Machine speed: parse and index the dataset in Node, before the measures',
      value: before,
      unit: 'ms',
      also: `after: ${after} ms`,
      detail: { before, after },
    };
  };
}
