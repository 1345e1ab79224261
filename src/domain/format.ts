const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const count = new Intl.NumberFormat('en');

/** A count with thousands separators, "29,916"; one formatter for all (toLocaleString builds one per call). */
export function formatCount(value: number): string {
  return count.format(value);
}

/** TIV in millions as people read it: whole millions, one decimal for small values. */
export function formatTiv(value: number): string {
  return Math.abs(value) >= 10 ? whole.format(value) : oneDecimal.format(value);
}

export function formatShare(share: number): string {
  return percent.format(share);
}

/** "1995–2024", or a single year when both ends are the same. */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}
