import type { Category } from '../../core/dataset/schema.ts';
import { InputError } from './sipri-csv.ts';

/**
 * Categories for weapon descriptions of the 2026 register that the per-year file (2025 release)
 * does not contain, mostly because SIPRI reworded them in 2026 (`SAM` → `surface-to-air missile`,
 * `UAV` → `drone`, `FGA` → `fighter/ground-attack`) or because the per-year file starts in 1995.
 * Chosen by SIPRI's conventions as the per-year file applies them: missiles themselves are
 * Missiles but land-based launch systems are Air-defence systems and ship-borne ones Naval
 * weapons; drones are Aircraft; vehicle gun turrets are Other. No description here is ambiguous
 * enough to need the designation.
 */
export const EXTRA_DESCRIPTION_CATEGORIES: Readonly<Record<string, Category>> = {
  '(armed) light helicopter': 'Aircraft',
  '(armed) maritime patrol aircraft': 'Aircraft',
  '(armed) reconnaissance drone': 'Aircraft',
  '(armed) transport helicopter': 'Aircraft',
  'armed drone': 'Aircraft',
  'armed reconnaissance drone': 'Aircraft',
  'electronic warfare aircraft': 'Aircraft',
  'fighter/ground-attack aircraft': 'Aircraft',
  'fighter/ground-attack/electronic warfare aircraft': 'Aircraft',
  'heavy transport helicopter': 'Aircraft',
  'light aircraft/reconnaissance drone': 'Aircraft',
  'maritime patrol drone': 'Aircraft',
  'reconnaissance drone': 'Aircraft',
  'signals intelligence helicopter': 'Aircraft',
  'target tow aircraft': 'Aircraft',
  'transport aircraft/helicopter': 'Aircraft',
  'transport/trainer aircraft': 'Aircraft',

  'anti-aircraft gun/surface-to-air missile system': 'Air-defence systems',
  'anti-ballistic missile system': 'Air-defence systems',
  'mobile surface-to-air missile system': 'Air-defence systems',
  'surface-to-air missile system': 'Air-defence systems',

  'armed UGV': 'Armoured vehicles',
  'armoured personnel carrier/armoured supply vehicle': 'Armoured vehicles',
  'armoured reconnaissance/fire-support vehicle': 'Armoured vehicles',

  // The per-year file puts `coastal defence system` under Artillery.
  'coastal defence gun': 'Artillery',

  'ship nuclear reactor': 'Engines',

  'anti-ballistic missile missile': 'Missiles',
  'anti-radar/air-to-surface missile': 'Missiles',
  'anti-ship/air-to surface/surface-to-surface missile': 'Missiles',
  'anti-ship/air-to-ground/surface-to-air missile': 'Missiles',
  'anti-submarine missile': 'Missiles',
  'portable surface-to-air missile': 'Missiles',
  'surface-to-air missile': 'Missiles',

  // Like `anti-submarine rocket launcher` and `naval SAM system` in the per-year file.
  'anti-submarine mortar': 'Naval weapons',
  'naval surface-to-air missile system': 'Naval weapons',

  'reconnaissance satellite': 'Satellites',

  'air/sea-search/fire-control radar': 'Sensors',
  'aircraft electro-optical/radar system': 'Sensors',

  'amphibious assault ship/frigate': 'Ships',
  'corvette/minesweeper': 'Ships',
  cruiser: 'Ships',
  'frigate/landing ship': 'Ships',
  gunboat: 'Ships',
  'landing craft/patrol boat': 'Ships',
  'midget submarine': 'Ships',
  'minehunter/minesweeper': 'Ships',
  'patrol ship/icebreaker': 'Ships',
  'patrol ship/support ship': 'Ships',
  'patrol ship/transport ship': 'Ships',

  // Turrets for armoured vehicles (Marksman, M-3 VDA), like `tank turret` in the per-year file.
  'anti-aircraft gun turret': 'Other',
};

export interface DescribedRow {
  line: number;
  description: string;
  category: Category;
}

/**
 * Description → category as SIPRI assigned them in the per-year file `file`, completed by `extra`.
 * A description with two categories, or in both sources, is an error: the table must not depend
 * on row order.
 */
export function buildCategoryTable(
  rows: Iterable<DescribedRow>,
  file: string,
  extra: Readonly<Record<string, Category>> = EXTRA_DESCRIPTION_CATEGORIES,
): Map<string, Category> {
  const table = new Map<string, Category>();
  for (const row of rows) {
    const known = table.get(row.description);
    if (known && known !== row.category) {
      throw new InputError(file, row.line, `description "${row.description}" is both ${known} and ${row.category}`);
    }
    if (Object.hasOwn(extra, row.description)) {
      throw new InputError(file, row.line, `description "${row.description}" is also in the explicit category table`);
    }
    table.set(row.description, row.category);
  }
  for (const [description, category] of Object.entries(extra)) table.set(description, category);
  return table;
}
