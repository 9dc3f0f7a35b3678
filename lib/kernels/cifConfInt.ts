/**
 * Pointwise confidence limits of a cumulative incidence function F from its variance.
 *
 * Preconditions: `estimate` and `variance` have equal length; 0 < confLevel < 1.
 *
 * With z = qnorm(1 - (1 - confLevel)/2) and se = sqrt(variance):
 *   "log-log"  F^exp(+/- z se / (F log F))     the log(-log F) transform (Choudhury 2002; Pintilie
 *              2006, section 4.3; tidycmprsk::cuminc) — lower uses +, upper -; NaN where F = 0 or 1
 *   "log"      F exp(-z se / F), min(F exp(z se / F), 1)    survfit's multi-state "log"; NaN where F = 0
 *   "plain"    max(F - z se, 0), min(F + z se, 1)
 * A zero variance gives the interval [F, F] (NaN at the excluded F values above).
 */
import { qnorm } from "../math/qnorm";

export function cifConfInt(
  estimate: Float64Array,
  variance: Float64Array,
  confType: "log-log" | "log" | "plain",
  confLevel: number,
): { lower: Float64Array; upper: Float64Array } {
  const m = estimate.length;
  const lower = new Float64Array(m);
  const upper = new Float64Array(m);
  const z = qnorm(1 - (1 - confLevel) / 2);
  for (let k = 0; k < m; k++) {
    const f = estimate[k];
    const se = Math.sqrt(variance[k]);
    if (confType === "plain") {
      lower[k] = Math.max(f - z * se, 0);
      upper[k] = Math.min(f + z * se, 1);
    } else if (confType === "log") {
      const ok = f > 0;
      lower[k] = ok ? f * Math.exp((-z * se) / f) : NaN;
      upper[k] = ok ? Math.min(f * Math.exp((z * se) / f), 1) : NaN;
    } else {
      const ok = f > 0 && f < 1;
      const w = ok ? (z * se) / (f * Math.log(f)) : NaN;
      lower[k] = ok ? Math.pow(f, Math.exp(-w)) : NaN;
      upper[k] = ok ? Math.pow(f, Math.exp(w)) : NaN;
    }
  }
  return { lower, upper };
}
