import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dataSources } from '../../mocks/node.ts';
import { serveWith, transports } from './transports.ts';

/**
 * The deals' CSV of the committed March 2026 dataset, byte for byte: its size and SHA-256 for a few filter sets,
 * recorded from the export as it was written in one string (4 December 2026, before it was streamed in chunks).
 * Any change to the file's bytes (a cell, a quote, a line ending, the encoding) fails here; a new release of the
 * data changes them on purpose, and then these figures are recorded again.
 */
const RECORDED: Array<[query: string, bytes: number, sha256: string]> = [
  ['', 7596353, '87485b1bc3be1766b60d8115df8c955e552308ca111a47f6ce4751ddd90d8ec1'],
  ['supplier=RUS,SUN&recipient=IND', 86202, 'fa353b173e63581119657bbbf33c780b27e6c7bf2d636b36deb2aebb3b9c99b6'],
  ['category=Aircraft&sort=tivDelivered:desc', 2499944, 'a61bab0adaffa07277ad9079143f1a7179cfcc4c9922f73dd2c213dec113ff6f'],
  ['q=helicopter&from=2000&to=2020&yearOf=delivery', 294544, 'cc2159789c33ff2b9230ae81f167361900f63622cf8f929ea713b3a3bd4e0917'],
  ['status=Second hand&mergeSoviet=true&recipient=PAK', 26593, '8ca192945571892afb3cf793862f2beaadeb44a8076c3a892004f1115925d13d'],
  ['q=no-such-weapon', 397, '4141483a27ba43c561cf393fe19c4ca2a88b346e96140dffe197d4a75593f998'],
];

describe.each(transports())('GET /api/v1/deals.csv on the March 2026 dataset, byte for byte ($name)', (transport) => {
  const origin = serveWith(transport, dataSources);

  it.each(RECORDED)('?%s: %i bytes, the recorded SHA-256', async (query, size, sha256) => {
    const response = await fetch(`${origin()}/api/v1/deals.csv?${new URLSearchParams(query)}`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.length).toBe(size);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
  });
});
