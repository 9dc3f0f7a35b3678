import { InputError } from "../checkInput";
import { defaults } from "../defaults";
import { findQuantile } from "../kernels/findQuantile";
import type { SurvivalCurve } from "./SurvivalCurve";

export interface QuantileEstimate {
  p: number;
  /** Time at which S first drops to 1 - p or below; NaN when not reached. */
  estimate: number;
  /** Same rule applied to the lower confidence curve. */
  lower: number;
  /** Same rule applied to the upper confidence curve (NaN when not reached). */
  upper: number;
}

/**
 * Quantiles of survival time from a Kaplan–Meier curve, as R's quantile.survfit: the p-th
 * quantile is the first time t with S(t) <= 1 - p, i.e. min{t : 1 - S(t) >= p}.
 * Rule for flat stretches (R's tolerance, default defaults.quantileTolerance = sqrt(eps)):
 * when S equals 1 - p within tol on [t_a, t_b), the quantile is (t_a + t_b)/2; when it equals
 * 1 - p up to the last time, it is (t_a + last time)/2. NaN = not reached. The confidence
 * interval (Brookmeyer–Crowley style) applies the same rule to curve.lower (giving the lower
 * limit) and curve.upper (the upper limit). R sets every quantile to NA when 1 - S stays below
 * the smallest requested p; an array p is therefore treated jointly, as R's probs.
 * p = 0.5 gives the median of print.survfit except in one corner: print() reports t_a when S
 * stays at exactly 1/2 until the last time, quantile() (and this function) the midpoint.
 *
 * R: quantile(survfit(...), probs = p, conf.int = TRUE)
 * Reference: Brookmeyer R, Crowley J (1982) Biometrics 38:29–41.
 */
export function survivalQuantile(curve: SurvivalCurve, p: number, options?: { tolerance?: number }): QuantileEstimate;
export function survivalQuantile(curve: SurvivalCurve, p: readonly number[], options?: { tolerance?: number }): QuantileEstimate[];
export function survivalQuantile(
  curve: SurvivalCurve,
  p: number | readonly number[],
  options: { tolerance?: number } = {},
): QuantileEstimate | QuantileEstimate[] {
  const probs = typeof p === "number" ? [p] : Array.from(p);
  if (probs.length === 0) throw new InputError("p: no probabilities given");
  probs.forEach((v, i) => {
    if (typeof v !== "number" || !(v > 0 && v < 1)) {
      throw new InputError(`p[${i}] = ${JSON.stringify(v)}: a probability must be strictly between 0 and 1`);
    }
  });
  const tol = options.tolerance === undefined ? defaults.quantileTolerance : options.tolerance;
  if (!(tol > 0) || !Number.isFinite(tol)) throw new InputError(`tolerance = ${tol}: must be a finite number > 0`);

  const m = curve.time.length;
  const x = new Float64Array(m + 1);
  x.set(curve.time, 1); // R: firstx = 0 (no start.time)
  const complement = (s: Float64Array): Float64Array => {
    const y = new Float64Array(m + 1);
    for (let k = 0; k < m; k++) y[k + 1] = 1 - s[k];
    return y;
  };
  const est = findQuantile(x, complement(curve.survival), probs, tol);
  const lo = findQuantile(x, complement(curve.lower), probs, tol);
  const hi = findQuantile(x, complement(curve.upper), probs, tol);
  const out = probs.map((v, j) => ({ p: v, estimate: est[j], lower: lo[j], upper: hi[j] }));
  return typeof p === "number" ? out[0] : out;
}
