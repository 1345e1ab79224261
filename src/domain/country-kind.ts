import type { CountrySummary } from '../api/contract.ts';

/** How a choice of country says what it is; states need no label. */
export function countryKindLabel(kind: CountrySummary['kind']): string | null {
  switch (kind) {
    case 'state':
      return null;
    case 'historical':
      return 'former state';
    case 'non-state':
      return 'armed group';
    case 'organisation':
      return 'organisation';
    case 'unknown':
      return 'unknown';
  }
}

/**
 * A name without SIPRI's marks, for a choice that shows the kind in words beside it: SIPRI ends a non-state actor's
 * name with "*" ("FMLN (El Salvador)*") and an international organisation's with "**" ("NATO**").
 */
export function unmarkedName(name: string): string {
  return name.replace(/\*+$/, '');
}
