import { describe, expect, it } from 'vitest';
import { decodeRegister, readRegister } from '../../scripts/data/read-register.ts';
import { InputError, parseGenerated, renameFlagHeaders } from '../../scripts/data/sipri-csv.ts';
import { ALIZE_INDIA, MI35_PAKISTAN, RAFALE_INDIA, SU30_INDIA, cp1252, registerCsv } from './fixtures.ts';

const FILE = 'register.csv';

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readRegister', () => {
  it('decodes Windows-1252, skips the 11 note lines and reads the header on line 12', () => {
    const { deals, generated } = readRegister(decodeRegister(cp1252(registerCsv([ALIZE_INDIA]))), FILE);
    expect(generated).toBe('2026-05-18T14:29:20');
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ line: 13, designation: 'Br-1050 Alizé', comments: 'Incl 2 for training; ex-French', deliveryYears: [1961, 1962] });
  });

  it('reads the blank-named flag columns: `?` is an estimate, empty is not', () => {
    const [alize, mi35] = readRegister(registerCsv([ALIZE_INDIA, MI35_PAKISTAN]), FILE).deals;
    expect(alize).toMatchObject({ orderYearEstimated: true, numberOrderedEstimated: true, numberDeliveredEstimated: true });
    expect(mi35).toMatchObject({ orderYearEstimated: false, numberOrderedEstimated: false, numberDeliveredEstimated: false });
  });

  it('keeps the Mi-35M deal as SIPRI wrote it', () => {
    expect(readRegister(registerCsv([MI35_PAKISTAN]), FILE).deals[0]).toEqual({
      line: 13,
      recipient: 'Pakistan',
      supplier: 'Russia',
      orderYear: 2015,
      orderYearEstimated: false,
      numberOrdered: 4,
      numberOrderedEstimated: false,
      designation: 'Mi-35M',
      description: 'combat helicopter',
      numberDelivered: 4,
      numberDeliveredEstimated: false,
      deliveryYears: [2018],
      status: 'New',
      comments: 'Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery',
      tivPerUnit: 11.5,
      tivOrder: 46,
      tivDelivered: 46,
    });
  });

  it('tells an empty cell (not known: null) from 0', () => {
    const noFigure = 'India,France,2024,,,,Rafale-M,fighter/ground-attack aircraft,0,,,New,,50,,';
    const [pending, rafale] = readRegister(registerCsv([noFigure, RAFALE_INDIA]), FILE).deals;
    expect(pending).toMatchObject({ numberOrdered: null, numberDelivered: 0, deliveryYears: [], tivOrder: null, tivDelivered: null });
    expect(rafale).toMatchObject({ numberOrdered: 36, numberDelivered: 0, tivDelivered: 0 });
  });

  it('joins a record broken by an unquoted line break in its comment, and keeps later line numbers right', () => {
    const split = ['Thailand,Ukraine,2007,,96,,BTR-3E1,infantry fighting vehicle,96,,2010; 2011,New,Delivery delayed', ',1.1,105.6,105.6'];
    const { deals } = readRegister(registerCsv([...split, SU30_INDIA]), FILE);
    expect(deals).toHaveLength(2);
    expect(deals[0]).toMatchObject({ line: 13, comments: 'Delivery delayed', tivPerUnit: 1.1, tivDelivered: 105.6 });
    expect(deals[1]).toMatchObject({ line: 15, designation: 'Su-30MKI' });
  });

  it('reads a quoted comment that spans lines as one record', () => {
    const row = 'India,France,1960,,12,,Alize,anti-submarine aircraft,12,,1961,New,"first part\nsecond part",4,48,48';
    const { deals } = readRegister(registerCsv([row, MI35_PAKISTAN]), FILE);
    expect(deals.map((d) => d.line)).toEqual([13, 15]);
    expect(deals[0]!.comments).toBe('first part\nsecond part');
  });

  it.each([
    ['India,Russia,2007,,40,,Su-30MKI,fighter/ground-attack aircraft,40,?,2008,New,,35,1400', 'expected 16 fields, found 15'],
    ['India,Russia,20x7,,40,,Su-30MKI,fighter/ground-attack aircraft,40,?,2008,New,,35,1400,1400', 'Year of order: not a whole number: "20x7"'],
    ['India,Russia,2007,,40,,Su-30MKI,fighter/ground-attack aircraft,40,?,2008,New,,35,1400,n/a', 'SIPRI TIV of delivered weapons: not a number: "n/a"'],
    ['India,Russia,2007,,40,,Su-30MKI,fighter/ground-attack aircraft,40,?,2008,Leased,,35,1400,1400', 'status: unknown value "Leased"'],
    ['India,Russia,2007,X,40,,Su-30MKI,fighter/ground-attack aircraft,40,?,2008,New,,35,1400,1400', 'Year of order ?: expected "?" or empty, found "X"'],
    ['India,Russia,2007,,40,,Su-30MKI,fighter/ground-attack aircraft,40,?,2009; 2008,New,,35,1400,1400', 'Year(s) of delivery: not ascending years: "2009; 2008"'],
  ])('stops at a malformed row with file, line and reason: %s', (row, reason) => {
    const error = errorOf(() => readRegister(registerCsv([MI35_PAKISTAN, row]), FILE));
    expect(error).toMatchObject({ file: FILE, line: 14, reason });
    expect(error.message).toBe(`${FILE}, line 14: ${reason}`);
  });

  it('rejects a file whose header is not on line 12', () => {
    const text = registerCsv([MI35_PAKISTAN]).split('\n').slice(1).join('\n');
    expect(errorOf(() => readRegister(text, FILE))).toMatchObject({ line: 12 });
  });
});

describe('helpers', () => {
  it('names each blank flag header after the column before it', () => {
    expect(renameFlagHeaders(['Year of order', ' ', 'Number ordered', ' '])).toEqual(['Year of order', 'Year of order ?', 'Number ordered', 'Number ordered ?']);
  });

  it('parses the "Data generated" line to an ISO date-time', () => {
    expect(parseGenerated(['x', 'Data generated: 12 Feb 2026 12:26:12 PM'], FILE)).toBe('2026-02-12T12:26:12');
    expect(parseGenerated(['Data generated: 3 Mar 2025 12:02:49 AM'], FILE)).toBe('2025-03-03T00:02:49');
    expect(() => parseGenerated(['Data generated: soon'], FILE)).toThrow(`${FILE}, line 1`);
  });
});
