import { regularizedGamma } from "./regularizedGamma";

/** Chi-square distribution function, as R's pchisq(q, df, lower.tail); the upper tail is computed directly. */
export function pchisq(q: number, df: number, lowerTail = true): number {
  if (Number.isNaN(q) || !(df > 0)) return NaN;
  if (q <= 0) return lowerTail ? 0 : 1;
  const { p, q: upper } = regularizedGamma(df / 2, q / 2);
  return lowerTail ? p : upper;
}
