import { regularizedGamma } from "./regularizedGamma";

/**
 * Standard normal distribution function, as R's pnorm(q, lower.tail).
 * Uses P(Z > z) = Q(1/2, z^2/2) / 2 for z > 0, so upper tails keep full relative precision
 * (jStat's erfc loses about 2% at z = 8).
 */
export function pnorm(q: number, lowerTail = true): number {
  if (Number.isNaN(q)) return NaN;
  const z = lowerTail ? q : -q; // P(Z <= z)
  if (z === 0) return 0.5;
  const tail = 0.5 * regularizedGamma(0.5, (z * z) / 2).q; // P(Z > |z|)
  return z < 0 ? tail : 1 - tail;
}
