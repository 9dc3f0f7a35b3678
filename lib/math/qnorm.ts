import { jStat } from "jstat";
import { pnorm } from "./pnorm";

/**
 * Standard normal quantile, as R's qnorm(p): jStat's estimate refined by Newton steps on the
 * precise pnorm (working in the upper tail for p > 1/2).
 */
export function qnorm(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -qnorm(1 - p);
  let x = jStat.normal.inv(p, 0, 1);
  for (let i = 0; i < 4; i++) {
    const density = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    const step = (pnorm(x) - p) / density;
    x -= step;
    if (Math.abs(step) <= 1e-16 * Math.abs(x)) break;
  }
  return x;
}
