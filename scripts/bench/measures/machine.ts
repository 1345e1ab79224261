import { createHash } from 'node:crypto';
import { median, round } from '../stats.ts';

/**
 * The machine line: a fixed workload in Node that depends on nothing under test (neither the app's code nor its
 * data), so its figure compares machines and moments across builds and sessions. Shared and throttled machines
 * change speed by half and more within an hour; runs are comparable when their machine lines are.
 *
 * The workload, version 2 (version 1, until 4 December 2026, parsed and indexed the app's own dataset, which
 * changed with the code): a seeded, deterministic JSON text of 30,000 records (7.6 MB) is parsed, its records
 * sorted by three keys and summed into a Map by group: JSON parsing, allocation, comparisons and hashing, as the
 * app's own data work does. Median of 6 runs after 3 warm-up runs.
 */
export const MACHINE_WORKLOAD = 'v2: parse 7.6 MB of seeded JSON, sort 30,000 records, group them';

const RECORDS = 30_000;
const RUNS = 9;
const WARM_UP = 3;

/** mulberry32: a small, fast, seeded generator, so the text is the same everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const WORDS = ['armoured', 'vehicle', 'missile', 'radar', 'frigate', 'helicopter', 'engine', 'transport', 'aircraft', 'sensor', 'turret', 'gun', 'launcher', 'patrol', 'trainer', 'combat'];

function syntheticText(): string {
  const next = random(20261204);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const code = () => pick(LETTERS) + pick(LETTERS) + pick(LETTERS);
  const codes = Array.from({ length: 180 }, code);
  const records = Array.from({ length: RECORDS }, (_, id) => ({
    id,
    supplier: pick(codes),
    recipient: pick(codes),
    year: 1950 + Math.floor(next() * 76),
    ordered: Math.floor(next() * 500),
    delivered: next() < 0.1 ? null : Math.floor(next() * 500),
    tiv: Math.round(next() * 1e6) / 1e3,
    estimate: next() < 0.3,
    designation: `${code()}-${Math.floor(next() * 1000)}`,
    description: Array.from({ length: 3 + Math.floor(next() * 5) }, () => pick(WORDS)).join(' '),
    comment: next() < 0.5 ? '' : Array.from({ length: 6 + Math.floor(next() * 10) }, () => pick(WORDS)).join(' '),
  }));
  return JSON.stringify(records);
}

type Row = { supplier: string; recipient: string; year: number; tiv: number };

function workload(text: string): number {
  const rows = JSON.parse(text) as Row[];
  rows.sort((a, b) => (a.supplier < b.supplier ? -1 : a.supplier > b.supplier ? 1 : a.year - b.year || b.tiv - a.tiv));
  const totals = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.supplier}>${row.recipient}:${row.year}`;
    totals.set(key, (totals.get(key) ?? 0) + row.tiv);
  }
  return totals.size;
}

export interface MachineLine {
  workload: string;
  /** Median ms before the browser measures and after them. */
  before: number;
  after: number;
  /** The text's size and digest: the same on every machine, or the figures are not comparable. */
  textBytes: number;
  textSha256: string;
}

function timeWorkload(text: string): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    workload(text);
    times.push(performance.now() - start);
  }
  return round(median(times.slice(WARM_UP)));
}

/** Times the workload now; the returned function times it again and gives the machine line. */
export function startMachineCheck(): () => MachineLine {
  const text = syntheticText();
  const before = timeWorkload(text);
  return () => ({
    workload: MACHINE_WORKLOAD,
    before,
    after: timeWorkload(text),
    textBytes: Buffer.byteLength(text),
    textSha256: createHash('sha256').update(text).digest('hex').slice(0, 16),
  });
}
