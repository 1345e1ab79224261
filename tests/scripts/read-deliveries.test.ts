import { describe, expect, it } from 'vitest';
import { decodeDeliveries, readDeliveries } from '../../scripts/data/read-deliveries.ts';
import { DELIVERY_ROWS, deliveriesCsv } from './fixtures.ts';

const FILE = 'deliveries.csv';

describe('readDeliveries', () => {
  it('reads CRLF lines ending in a stray `;`', () => {
    const rows = readDeliveries(decodeDeliveries(new TextEncoder().encode(deliveriesCsv(DELIVERY_ROWS)), FILE), FILE);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({
      line: 13,
      dealId: '1',
      supplier: 'United States',
      recipient: 'India',
      designation: 'P-8A',
      description: 'anti-submarine aircraft',
      category: 'Aircraft',
      orderYear: 2009,
      year: 2013,
      units: 2,
    });
  });

  it('rejects an unknown armament category, with file and line', () => {
    const bad = DELIVERY_ROWS[0]!.replace(',Aircraft,', ',Planes,');
    expect(() => readDeliveries(deliveriesCsv([DELIVERY_ROWS[1]!, bad]), FILE)).toThrow(`${FILE}, line 14: Armament category: unknown value "Planes"`);
  });

  it('rejects a second row for the same deal and year', () => {
    expect(() => readDeliveries(deliveriesCsv([DELIVERY_ROWS[0]!, DELIVERY_ROWS[0]!]), FILE)).toThrow(`${FILE}, line 14: deal 1 has a second row for 2013`);
  });

  it('rejects bytes that are not UTF-8', () => {
    expect(() => decodeDeliveries(Uint8Array.of(0x41, 0xe9, 0x42), FILE)).toThrow(`${FILE}, line 1: not valid UTF-8`);
  });
});
