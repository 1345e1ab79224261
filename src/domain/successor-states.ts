/**
 * SIPRI's historical states and the states that hold their territory now. The first successor is the one that
 * continued the state (Russia the Soviet Union, Serbia Yugoslavia, Czechia Czechoslovakia, Yemen both Yemens): its
 * region is the historical state's. The map draws a historical state over all of its successors' area.
 */
export const SUCCESSOR_STATES: Readonly<Record<string, readonly [string, ...string[]]>> = {
  SUN: ['RUS', 'ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LTU', 'LVA', 'MDA', 'TJK', 'TKM', 'UKR', 'UZB'],
  YUG: ['SRB', 'BIH', 'HRV', 'MKD', 'MNE', 'SVN', 'XKX'],
  CSK: ['CZE', 'SVK'],
  DDR: ['DEU'],
  YAR: ['YEM'],
  YMD: ['YEM'],
  RVN: ['VNM'],
};

/**
 * Breakaway states that held part of a state's territory for a few years: Biafra (Nigeria, 1967–70) and Katanga
 * (DR Congo, 1960–63). They share their state's region, but drawing one over the whole state would misstate it.
 */
export const BREAKAWAY_STATES: Readonly<Record<string, string>> = {
  biafra: 'NGA',
  katanga: 'COD',
};
