const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const twoFigures = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 });
const upToTwoDecimals = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const count = new Intl.NumberFormat('en');

/**
 * What goes under a chart and into its downloaded picture alike: what TIV is, whether Russia includes the Soviet
 * Union, how the yearly values were made (`timingNote`), and the source with its release. `mergeSoviet` null: the
 * view does not tell the two apart (both are in one region), so nothing is said of them.
 */
export function chartNotes(source: string, mergeSoviet: boolean | null, timing: string): string {
  const tiv = 'TIV is SIPRI’s trend-indicator value in millions: a measure of the military capability transferred, not US dollars.';
  // SIPRI's convention, which puts Russia's name on orders from years before Russia existed (SOURCE.md).
  const soviet =
    mergeSoviet === null
      ? ''
      : mergeSoviet
        ? 'Russia includes the Soviet Union before 1992.'
        : 'The Soviet Union is shown apart: SIPRI names it for deliveries up to 1991 and Russia after, so Soviet-era deals delivered later count as Russia’s, from their year of order.';
  return [tiv, soviet, timing, source].filter(Boolean).join(' ');
}

/** A count with thousands separators, "29,916"; one formatter for all (toLocaleString builds one per call). */
export function formatCount(value: number): string {
  return count.format(value);
}

/** "1 deal", "1,234 deals". */
export function formatDeals(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'deal' : 'deals'}`;
}

/**
 * TIV in millions as people read it: whole millions, one decimal for small values, and two significant figures
 * below 1 (a missile's 0.01 per unit is not 0).
 */
export function formatTiv(value: number): string {
  const size = Math.abs(value);
  return size >= 10 ? whole.format(value) : size >= 1 ? oneDecimal.format(value) : twoFigures.format(value);
}

/** A deal's own TIV figure as SIPRI gives it (two decimals at most), not rounded for reading: 11.5, not 12. */
export function formatTivExact(value: number): string {
  return upToTwoDecimals.format(value);
}

export function formatShare(share: number): string {
  // A share that rounds to nothing is not nothing: "<1%", never "0%" beside a value.
  return share > 0 && share < 0.005 ? '<1%' : percent.format(share);
}

/** "1995–2024", or a single year when both ends are the same. */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** "2017–2019, 2021": runs of consecutive years shortened. */
export function compactYears(years: readonly number[]): string {
  const runs: string[] = [];
  let start = years[0]!;
  years.forEach((year, i) => {
    const next = years[i + 1];
    if (next === year + 1) return;
    runs.push(start === year ? String(year) : `${start}–${year}`);
    if (next !== undefined) start = next;
  });
  return runs.join(', ');
}
