import { describe, expect, it } from 'vitest';
import { fileName } from '../../src/domain/file-name.ts';

describe('fileName', () => {
  it('slugifies each part and joins them with underscores', () => {
    expect(fileName(['India imports by supplier', '1950–2025', 'share', 'SIPRI March 2026'], 'csv')).toBe(
      'india-imports-by-supplier_1950-2025_share_sipri-march-2026.csv',
    );
  });

  it('strips accents and collapses punctuation', () => {
    expect(fileName(["Côte d'Ivoire", 'Alizé — Köln!!', '  spaced  out  '], 'png')).toBe(
      'cote-d-ivoire_alize-koln_spaced-out.png',
    );
  });

  it('accepts numbers and drops parts that slugify to nothing', () => {
    expect(fileName(['', 'USA', '—', 2024, '中国'], 'svg')).toBe('usa_2024.svg');
  });

  it('takes the extension with or without a dot and still names a file with no usable part', () => {
    expect(fileName(['Chart'], '.svg')).toBe('chart.svg');
    expect(fileName([], 'csv')).toBe('download.csv');
  });
});
