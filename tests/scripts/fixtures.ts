/** Small inline SIPRI exports for the build-script tests, shaped like the real files. */

const NOTES = [
  "Transfers of major conventional arms from All countries  to All countries . Deals with deliveries made for the year range 'Not specified' to 'Not specified' ",
  "A '?' in a column indicates uncertain data.",
  "An empty field for 'Number ordered' indicates that data is not yet available.",
  'SIPRI trend-indicator values (TIVs) are in millions.',
  "An empty field for 'SIPRI TIV for total order' indicates that data is not available.",
  "A '0' for 'SIPRI TIV of delivered weapons' indicates that the volume of deliveries is between 0 and 0.5 million SIPRI TIV; and an empty field indicates that no deliveries have been identified.",
  'Figures may not add up to stated totals due to the conventions of rounding.',
  'For the method used see <https://www.sipri.org/databases/armstransfers/sources-and-methods>.',
  '',
  'Source: SIPRI Arms Transfers Database (c) SIPRI.',
];

export const REGISTER_HEADER =
  'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons';

/** A register export: notes on lines 1–11, header on line 12, deals from line 13, LF endings. */
export function registerCsv(rows: readonly string[], generated = '18 May 2026 2:29:20 PM'): string {
  return [...NOTES, `Data generated: ${generated}`, REGISTER_HEADER, ...rows, ''].join('\n');
}

export const DELIVERIES_HEADER =
  'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';

/** A per-year export: CRLF and a stray `;` at the end of every line, as in the real file. */
export function deliveriesCsv(rows: readonly string[]): string {
  return [...NOTES, 'Data generated: 12 Feb 2026 12:26:12 PM', DELIVERIES_HEADER, ...rows].map((l) => `${l};`).join('\r\n') + '\r\n';
}

/** Windows-1252 bytes of a string of Latin-1 characters (enough for `Alizé`, `Köln`). */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not encodable in the fixture: ${c}`);
    return code;
  });
}

// Register rows used by several tests (Recipient, Supplier, order year, ...).
export const MI35_PAKISTAN =
  'Pakistan,Russia,2015,,4,,Mi-35M,combat helicopter,4,,2018,New,Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery,11.5,46,46';
export const SU30_INDIA = 'India,Russia,2007,,40,,Su-30MKI,fighter/ground-attack aircraft,40,?,2008; 2009; 2010; 2011,New,,35,1400,1400';
export const P8_INDIA = 'India,United States,2009,,8,,P-8A Poseidon,anti-submarine aircraft,8,,2013; 2014; 2015,New,,100,800,800';
export const RAFALE_INDIA = 'India,France,2016,,36,,Rafale F-3,fighter/ground-attack aircraft,0,,,New,Pending,50,1800,0';
export const ALIZE_INDIA = 'India,France,1960,?,12,?,Br-1050 Alizé,anti-submarine aircraft,12,?,1961; 1962,Second hand,"Incl 2 for training; ex-French",4,48,48';
export const UAE_DEAL = 'United Arab Emirates,France,2019,,2,,GM-400,air-search radar,2,,2021; 2025,New,,10,20,20';

export const DELIVERY_ROWS = [
  '1,United States,India,P-8A,anti-submarine aircraft,Aircraft,2009,No,2,No,2013,No,New,100,100,200,No',
  '1,United States,India,P-8A,anti-submarine aircraft,Aircraft,2009,No,3,No,2014,No,New,100,100,300,No',
  '1,United States,India,P-8A,anti-submarine aircraft,Aircraft,2009,No,3,No,2015,No,New,100,100,300,No',
  '2,France,UAE,Ground Master-400,air-search radar,Sensors,2019,No,1,No,2021,No,New,10,10,10,No',
  '3,Russia,Pakistan,Mi-35M,combat helicopter,Aircraft,2015,No,4,No,2018,No,New,11.5,11.5,46,No',
];

const PAIR_TABLE_YEARS = Array.from({ length: 72 }, (_, i) => 1950 + i);

/**
 * A supplier's file of the 2022 pair-by-year tables, shaped like the real ones: 10 lines of notes, the header on
 * line 11, recipient rows given as `{ name, tiv: { year: cell } }` (cells as SIPRI writes them), a blank line and a
 * Total row, every line padded with commas to 75 fields.
 */
export function pairTableCsv(supplier: string, rows: { name: string; tiv: Record<number, string> }[]): string {
  const pad = (fields: string[]) => [...fields, ...Array<string>(75 - fields.length).fill('')].join(',');
  const row = (name: string, tiv: Record<number, string>) => {
    const total = Object.values(tiv).reduce((sum, cell) => sum + Number(cell), 0);
    return pad([name, ...PAIR_TABLE_YEARS.map((year) => tiv[year] ?? ''), String(total)]);
  };
  const totals: Record<number, string> = {};
  for (const { tiv } of rows) for (const [year, cell] of Object.entries(tiv)) totals[Number(year)] = String(Number(totals[Number(year)] ?? 0) + Number(cell));
  return [
    pad([`"TIV of arms exports from ${supplier}, 1950-2021"`]),
    pad(['Figures are SIPRI Trend Indicator Values (TIVs) expressed in millions.']),
    pad(['Figures may not add up due to the conventions of rounding.']),
    pad(["A '0' indicates that the value of deliveries is less than 0.5m"]),
    pad(['"For more information, see http://www.sipri.org/databases/armstransfers/sources-and-methods/"']),
    pad([]),
    pad([]),
    pad(['Source: SIPRI Arms Transfers Database']),
    pad(['Generated: 28 July 2022']),
    pad([]),
    ['', ...PAIR_TABLE_YEARS, 'Total'].join(','),
    ...rows.map(({ name, tiv }) => row(name, tiv)),
    pad([]),
    row('Total', totals),
    '',
  ].join('\n');
}
