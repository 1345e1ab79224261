import { NO_REGION_ID, type CountryKind, type CountrySummary, type SharesGroup } from '../../../api/contract.ts';
import { BREAKAWAY_STATES, SUCCESSOR_STATES } from '../../../domain/successor-states.ts';
import { ATLAS_ALPHA3 } from './atlas-ids.ts';

/**
 * Which value is drawn on which shape of the world map, and which values cannot be drawn and are listed instead.
 * Pure: the boundaries (world-atlas's Natural Earth shapes) come in as data, so the join is tested without drawing.
 */

/** A shape of world-atlas's `countries` object: its ISO 3166-1 numeric id and its Natural Earth name. */
export interface AtlasShape {
  id?: string | number;
  properties?: { name?: string } | null;
}

/** Shapes world-atlas gives no numeric id, by their Natural Earth name. Somaliland is part of Somalia for SIPRI. */
const SHAPES_BY_NAME: Readonly<Record<string, string>> = {
  Kosovo: 'XKX',
  Somaliland: 'SOM',
  'N. Cyprus': 'northern-cyprus',
};

/** Not drawn: Antarctica receives no arms and would take a fifth of the map's height. */
const LEFT_OFF = new Set(['ATA']);

/** The dataset's country id of a shape (ISO alpha-3, or the non-state's id), or null for a shape left off the map. */
export function countryOfShape(shape: AtlasShape): string | null {
  const byId = shape.id === undefined ? undefined : ATLAS_ALPHA3[String(shape.id)];
  const id = byId ?? SHAPES_BY_NAME[shape.properties?.name ?? ''] ?? null;
  return id && !LEFT_OFF.has(id) ? id : null;
}

/** The shapes of each country, by their index in the atlas (a country can have several, Somalia two). */
export function shapesByCountry(shapes: readonly AtlasShape[]): Map<string, number[]> {
  const byCountry = new Map<string, number[]>();
  shapes.forEach((shape, index) => {
    const id = countryOfShape(shape);
    if (id) byCountry.set(id, [...(byCountry.get(id) ?? []), index]);
  });
  return byCountry;
}

/** One value of the view: a country's TIV over the years shown and its share of the view's total. */
export interface MapRow {
  id: string;
  name: string;
  tiv: number;
  share: number;
}

/** Why a value is listed beside the map rather than drawn on it. */
export type NotDrawnReason = 'too-small' | 'armed-group' | 'organisation' | 'unknown' | 'breakaway' | 'overlap' | 'no-shape' | 'no-region';

export const NOT_DRAWN_REASONS: Readonly<Record<NotDrawnReason, string>> = {
  'too-small': 'too small to draw at this scale',
  'armed-group': 'armed group',
  organisation: 'organisation',
  unknown: 'unknown party',
  breakaway: 'breakaway state',
  overlap: 'former state: its area on today’s map is taken by others',
  'no-shape': 'not drawn on this map',
  'no-region': 'SIPRI places them in no region',
};

export interface DrawnValue {
  row: MapRow;
  /** The countries whose shapes draw it: its own, a former state's successors, or a region's states. */
  countries: string[];
  /** Drawn over its successors' area. */
  historical: boolean;
}

export interface Placement {
  drawn: DrawnValue[];
  notDrawn: Array<{ row: MapRow; reason: NotDrawnReason }>;
  /** The countries whose shapes mark the country looked at; empty when it has none (an armed group). */
  subject: string[];
}

interface PlacementContext {
  /** Countries with a shape on the map (shapesByCountry's keys). */
  onMap: ReadonlySet<string>;
  kindOf: (id: string) => CountryKind | undefined;
  /** The recipient or supplier looked at, if any. */
  subject: string | null;
}

/**
 * Places each value with TIV above 0: a state on its own shape; a former state (the Soviet Union, Yugoslavia, …)
 * over its successors' area when none of them has a value of its own or is the country looked at (one area cannot
 * show two values); everything else in the list, with the reason. Values keep the order they came in.
 */
export function placeOnMap(rows: readonly MapRow[], { onMap, kindOf, subject }: PlacementContext): Placement {
  const areaOf = (id: string): string[] => {
    const successors = kindOf(id) === 'historical' ? SUCCESSOR_STATES[id] : undefined;
    return (successors ?? [id]).filter((country) => onMap.has(country));
  };
  const subjectArea = subject ? areaOf(subject) : [];
  const shown = rows.filter((row) => row.tiv > 0);
  // Shapes taken by states' own values and by the country looked at; former states compete for the rest.
  const taken = new Set(subjectArea);
  for (const row of shown) if (kindOf(row.id) !== 'historical' && onMap.has(row.id)) taken.add(row.id);
  const claims = new Map<string, number>();
  for (const row of shown) {
    if (kindOf(row.id) === 'historical') for (const country of areaOf(row.id)) claims.set(country, (claims.get(country) ?? 0) + 1);
  }

  const placement: Placement = { drawn: [], notDrawn: [], subject: subjectArea };
  for (const row of shown) {
    const kind = kindOf(row.id);
    if (kind === 'historical' && row.id in SUCCESSOR_STATES) {
      const area = areaOf(row.id);
      const free = area.length > 0 && area.every((country) => !taken.has(country) && claims.get(country) === 1);
      if (free) placement.drawn.push({ row, countries: area, historical: true });
      else placement.notDrawn.push({ row, reason: 'overlap' });
    } else if (onMap.has(row.id)) {
      placement.drawn.push({ row, countries: [row.id], historical: false });
    } else {
      placement.notDrawn.push({ row, reason: notDrawnReason(row.id, kind) });
    }
  }
  return placement;
}

function notDrawnReason(id: string, kind: CountryKind | undefined): NotDrawnReason {
  switch (kind) {
    case 'state':
      return 'too-small';
    case 'non-state':
      return 'armed-group';
    case 'organisation':
      return 'organisation';
    case 'unknown':
      return 'unknown';
    case 'historical':
      return id in BREAKAWAY_STATES ? 'breakaway' : 'no-shape';
    case undefined:
      return 'no-shape';
  }
}

/**
 * A ranking by region or subregion (rows named by the region, `/shares?group=…`): each region drawn over the shapes of
 * its countries on the map, so every country shows its region's total; a row with no country on the map (the parties
 * of no region, NO_REGION_ID) listed. Former states and armed groups need no place of their own: their region's
 * states draw it.
 */
export function placeRegions(
  rows: readonly MapRow[],
  countries: ReadonlyArray<Pick<CountrySummary, 'id' | 'region' | 'subregion'>>,
  group: SharesGroup,
  onMap: ReadonlySet<string>,
): Placement {
  const states = new Map<string, string[]>();
  for (const country of countries) {
    const region = country[group];
    if (region && onMap.has(country.id)) states.set(region, [...(states.get(region) ?? []), country.id]);
  }
  const placement: Placement = { drawn: [], notDrawn: [], subject: [] };
  for (const row of rows) {
    if (row.tiv <= 0) continue;
    const area = states.get(row.id);
    if (area) placement.drawn.push({ row, countries: area, historical: false });
    else placement.notDrawn.push({ row, reason: row.id === NO_REGION_ID ? 'no-region' : 'no-shape' });
  }
  return placement;
}
