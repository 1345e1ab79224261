import { describe, expect, it } from 'vitest';
import { DEAL_ALLOCATIONS, datasetSchema } from '../../core/dataset/schema.ts';
import { splitDataset } from '../../core/dataset/split.ts';
import { buildDataset, type BuildInput } from '../../scripts/data/build-dataset.ts';
import { readDeliveries } from '../../scripts/data/read-deliveries.ts';
import { readPairTable, type PairTable } from '../../scripts/data/read-pair-tables.ts';
import { readRegister } from '../../scripts/data/read-register.ts';
import { russiaShareOfIndia } from '../../scripts/data/russia-share-of-india.ts';
import { ALIZE_INDIA, DELIVERY_ROWS, MI35_PAKISTAN, P8_INDIA, RAFALE_INDIA, SU30_INDIA, UAE_DEAL, deliveriesCsv, pairTableCsv, registerCsv } from './fixtures.ts';

// France → India in the 2022 tables: 30 in 1961, 10 in 1962 (the Alizé's years); nothing for Russia.
const FRANCE = readPairTable(pairTableCsv('France', [{ name: 'India', tiv: { 1961: '30', 1962: '10' } }, { name: 'Turkey', tiv: { 1990: '5' } }]), 'TIV-Export-FRA-1950-2021.csv');

function input(registerRows: string[], deliveryRows: string[] = DELIVERY_ROWS, tables: PairTable[] = [FRANCE]): BuildInput {
  return {
    register: readRegister(registerCsv(registerRows), 'register.csv'),
    registerFile: 'register.csv',
    deliveries: readDeliveries(deliveriesCsv(deliveryRows), 'deliveries.csv'),
    deliveriesFile: 'deliveries.csv',
    deliveriesRelease: 'March 2025',
    pairTables: { folder: 'tables', release: 'March 2022', tables },
    release: 'March 2026',
  };
}

const ROWS = [MI35_PAKISTAN, SU30_INDIA, P8_INDIA, RAFALE_INDIA, ALIZE_INDIA, UAE_DEAL];

describe('buildDataset', () => {
  it('builds a valid dataset with deals in register order', () => {
    const { dataset, matchedDeals } = buildDataset(input(ROWS));
    expect(() => datasetSchema.parse(dataset)).not.toThrow();
    expect(dataset.source).toMatchObject({
      release: 'March 2026',
      generated: '2026-05-18T14:29:20',
      citation:
        'Source: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, https://www.sipri.org/databases/armstransfers, data generated 18 May 2026.',
      file: 'register.csv',
      weightsFile: 'deliveries.csv',
    });
    expect([dataset.firstYear, dataset.lastYear]).toEqual([1961, 2025]);
    expect(dataset.deals.designation).toEqual(['Mi-35M', 'Su-30MKI', 'P-8A Poseidon', 'Rafale F-3', 'Br-1050 Alizé', 'GM-400']);
    expect(dataset.countries.map((c) => c.id)).toEqual(['ARE', 'FRA', 'IND', 'PAK', 'RUS', 'USA']);
    expect(dataset.deals.category.map((i) => dataset.categories[i])).toEqual(['Aircraft', 'Aircraft', 'Aircraft', 'Aircraft', 'Aircraft', 'Sensors']);
    expect(matchedDeals).toBe(3);
    // Rafale has no deliveries: neither weighted, fitted nor even.
    expect(dataset.allocation).toMatchObject({
      weightedDeals: 3,
      fittedDeals: 1,
      evenDeals: 1,
      evenBecause: { pairNotInTables: 1, outsideTableYears: 0, noTableTiv: 0 },
      perYearFile: { file: 'deliveries.csv', release: 'March 2025', firstYear: 2013, lastYear: 2021 },
      pairTables: { folder: 'tables', release: 'March 2022', generated: '2022-07-28', firstYear: 1950, lastYear: 2021 },
    });
    expect(dataset.allocation.method).toMatch(/per-year deliveries export \(March 2025 release, 2013–2021\).*pair-by-year TIV tables \(March 2022 release, 1950–2021\)/);
  });

  it('allocates by the per-year units of the matched deal, by the pair tables, or evenly, and says which', () => {
    const { deals } = buildDataset(input(ROWS)).dataset;
    expect(deals.allocation.map((code) => DEAL_ALLOCATIONS[code])).toEqual([
      { how: 'per-year file', reason: null },
      { how: 'even', reason: 'pairNotInTables' },
      { how: 'per-year file', reason: null },
      { how: 'even', reason: null },
      { how: 'fitted', reason: null },
      { how: 'per-year file', reason: null },
    ]);
    // Units go to the years as the TIV does: the Alizé's 12 aircraft as its fitted 36 and 12 TIV, 9 and 3.
    expect(deals.deliveryUnits).toEqual([[4], [10, 10, 10, 10], [2, 3, 3], [], [9, 3], [1, 1]]);
    expect(deals.deliveryTiv).toEqual([
      [46],
      [350, 350, 350, 350], // Su-30MKI: not in the per-year file, Russia not in the pair tables
      [200, 300, 300], // P-8A Poseidon ↔ P-8A: 2, 3, 3 units
      [],
      [36, 12], // Alizé: France → India's 30 and 10 in the tables
      [10, 10], // GM-400 ↔ Ground Master-400 (UAE): 1 unit in 2021, the other 1 in 2025
    ]);
  });

  it('computes import shares from the allocated TIV', () => {
    const { dataset } = buildDataset(input(ROWS));
    // 2013–15 holds only the P-8A; 2008–15 adds the Su-30MKI's 1400 to its 800.
    const { flows } = splitDataset(dataset);
    expect(russiaShareOfIndia(flows, 2013, 2015)).toBe(0);
    expect(russiaShareOfIndia(flows, 2008, 2015)).toBeCloseTo((1400 / 2200) * 100);
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    expect(JSON.stringify(buildDataset(input(ROWS)).dataset)).toBe(JSON.stringify(buildDataset(input(ROWS)).dataset));
  });

  it('stops on an unmapped country name, naming file and line', () => {
    expect(() => buildDataset(input([MI35_PAKISTAN, MI35_PAKISTAN.replace('Pakistan', 'Atlantis')]))).toThrow(
      'register.csv, line 14: unmapped country name "Atlantis"',
    );
    const rows = [...DELIVERY_ROWS, DELIVERY_ROWS[0]!.replace('United States', 'Utopia').replace('2013', '2012')];
    expect(() => buildDataset(input([MI35_PAKISTAN], rows))).toThrow('deliveries.csv, line 18: unmapped country name "Utopia"');
  });

  it('stops on an unmapped name in the pair tables, or on two tables for one supplier', () => {
    const atlantis = readPairTable(pairTableCsv('France', [{ name: 'Atlantis', tiv: { 1961: '1' } }]), 'TIV-Export-FRA-1950-2021.csv');
    expect(() => buildDataset(input(ROWS, DELIVERY_ROWS, [atlantis]))).toThrow('TIV-Export-FRA-1950-2021.csv, line 12: unmapped country name "Atlantis"');
    const again = { ...FRANCE, file: 'TIV-Export-FRX-1950-2021.csv' };
    expect(() => buildDataset(input(ROWS, DELIVERY_ROWS, [FRANCE, again]))).toThrow('TIV-Export-FRX-1950-2021.csv, line 1: supplier FRA also has TIV-Export-FRA-1950-2021.csv');
  });

  it('stops on a description without a category', () => {
    expect(() => buildDataset(input([MI35_PAKISTAN.replace('combat helicopter', 'flying saucer')]))).toThrow(
      'register.csv, line 13: no armament category for description "flying saucer"',
    );
  });
});
