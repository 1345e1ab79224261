import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Deal } from '../../src/api/contract.ts';
import { toCsv } from '../../src/domain/csv.ts';
import { DEALS_CSV_HEADER, dealCsvRow } from '../../src/features/deals/deals-csv.ts';

const deal: Deal = {
  id: 7,
  supplier: 'FRA',
  supplierName: 'France',
  recipient: 'CIV',
  recipientName: "Cote d'Ivoire",
  orderYear: 1999,
  orderYearEstimated: true,
  numberOrdered: null,
  numberOrderedEstimated: false,
  designation: '=HYPERLINK("x")',
  description: 'patrol craft',
  category: 'Ships',
  numberDelivered: 2,
  numberDeliveredEstimated: true,
  deliveryYears: [2001, 2002],
  status: 'Second hand',
  comments: 'Ex-French; "Alizé" class,\nline two',
  tivPerUnit: 1.5,
  tivOrder: null,
  tivDelivered: 3,
};

describe('deals CSV', () => {
  it('has every column, the flags as their own columns, ids and the source', () => {
    expect(DEALS_CSV_HEADER).toContain('Number ordered is an estimate');
    expect(DEALS_CSV_HEADER).toContain('TIV delivered: SIPRI TIV (millions)');
    expect(dealCsvRow(deal, 'SIPRI, March 2026 release')).toHaveLength(DEALS_CSV_HEADER.length);
  });

  it('parses back to the same cells, unknowns empty, formulas defused', () => {
    const text = toCsv(DEALS_CSV_HEADER, [dealCsvRow(deal, 'SIPRI, March 2026 release')]);
    const [header, row] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(header).toEqual(DEALS_CSV_HEADER);
    const cell = (name: string) => row![DEALS_CSV_HEADER.indexOf(name)];
    expect(cell('Deal id')).toBe('7');
    expect(cell('Recipient')).toBe("Cote d'Ivoire");
    expect(cell('Year of order is an estimate')).toBe('true');
    expect(cell('Number ordered')).toBe('');
    expect(cell('Weapon designation')).toBe('\'=HYPERLINK("x")');
    expect(cell('Comments')).toBe('Ex-French; "Alizé" class,\nline two');
    expect(cell('Years of delivery')).toBe('2001; 2002');
    expect(cell('TIV of the order: SIPRI TIV (millions)')).toBe('');
  });
});
