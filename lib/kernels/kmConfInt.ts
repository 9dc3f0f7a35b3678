/**
 * Pointwise confidence limits of a survival curve, as survival's survfit_confint with
 * logse = TRUE and conf.lower = "usual".
 *
 * Preconditions: `survival` and `stdErr` have equal length; `stdErr` is the standard error of
 * the cumulative hazard -log S (survfit's std.err); 0 < confLevel < 1.
 *
 * With z = qnorm(1 - (1 - confLevel)/2) and se = stdErr:
 *   "log"      S exp(-z se), min(S exp(z se), 1)              NaN where S = 0
 *   "log-log"  exp(-exp(log(-log S) -/+ z se / log S))         NaN where S = 0 or S = 1
 *   "plain"    max(S - z se S, 0), min(S + z se S, 1)          NaN where se S is NaN (S = 0, se = Inf)
 * R multiplies the lower half-width by selow/se (= 1, or NaN when se = Inf); that factor is
 * kept so the NaN pattern is R's.
 */
import { qnorm } from "../math/qnorm";

export function kmConfInt(
  survival: Float64Array,
  stdErr: Float64Array,
  confType: "log" | "log-log" | "plain",
  confLevel: number,
): { lower: Float64Array; upper: Float64Array } {
  const m = survival.length;
  const lower = new Float64Array(m);
  const upper = new Float64Array(m);
  const z = qnorm(1 - (1 - confLevel) / 2);
  for (let k = 0; k < m; k++) {
    const p = survival[k];
    const se = stdErr[k];
    const scale = se === 0 ? 1 : se / se;
    if (confType === "plain") {
      const half = se * p * z;
      lower[k] = Math.max(p - half * scale, 0);
      upper[k] = Math.min(p + half, 1);
    } else if (confType === "log") {
      const xx = p === 0 ? NaN : p;
      const half = z * se;
      lower[k] = Math.exp(Math.log(xx) - half * scale);
      upper[k] = Math.min(Math.exp(Math.log(xx) + half), 1);
    } else {
      const xx = p === 0 || p === 1 ? NaN : p;
      const half = (z * se) / Math.log(xx);
      const loglog = Math.log(-Math.log(xx));
      lower[k] = Math.exp(-Math.exp(loglog - half * scale));
      upper[k] = Math.exp(-Math.exp(loglog + half));
    }
  }
  return { lower, upper };
}
