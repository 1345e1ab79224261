/** TIV sums are rounded for the wire: allocation gives four decimals, floating-point sums add noise. */
export function roundTiv(value: number): number {
  return Math.round(value * 1000) / 1000;
}
