import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../core/dataset/schema.ts';
import { EXTRA_DESCRIPTION_CATEGORIES, buildCategoryTable } from '../../scripts/data/categories.ts';

const FILE = 'deliveries.csv';

describe('buildCategoryTable', () => {
  it('takes SIPRI categories from the per-year rows and adds the explicit table', () => {
    const table = buildCategoryTable(
      [
        { line: 13, description: 'SAM', category: 'Missiles' },
        { line: 14, description: 'SAM system', category: 'Air-defence systems' },
        { line: 15, description: 'SAM', category: 'Missiles' },
      ],
      FILE,
    );
    expect(table.get('SAM')).toBe('Missiles');
    expect(table.get('SAM system')).toBe('Air-defence systems');
    expect(table.get('surface-to-air missile')).toBe('Missiles');
    expect(table.get('surface-to-air missile system')).toBe('Air-defence systems');
    expect(table.get('naval surface-to-air missile system')).toBe('Naval weapons');
    expect(table.get('armed drone')).toBe('Aircraft');
    expect(table.get('no such thing')).toBeUndefined();
  });

  it('rejects a description with two categories, naming file and line', () => {
    const rows = [
      { line: 13, description: 'tank', category: 'Armoured vehicles' as const },
      { line: 20, description: 'tank', category: 'Other' as const },
    ];
    expect(() => buildCategoryTable(rows, FILE)).toThrow(`${FILE}, line 20: description "tank" is both Armoured vehicles and Other`);
  });

  it('rejects a description that is both in the per-year file and the explicit table', () => {
    expect(() => buildCategoryTable([{ line: 13, description: 'cruiser', category: 'Ships' }], FILE)).toThrow('also in the explicit category table');
  });

  it('uses only SIPRI categories in the explicit table', () => {
    for (const category of Object.values(EXTRA_DESCRIPTION_CATEGORIES)) expect(CATEGORIES).toContain(category);
  });
});
