import { cholesky2 } from "../math/cholesky2";
import { chsolve2 } from "../math/chsolve2";

/**
 * Wald statistic b' V^- b for the coefficients `b` with variance V (k x k, row-major), V^- the
 * generalized inverse from the generalized Cholesky decomposition at tolerance `tolerChol`
 * (columns found redundant contribute nothing). Returns the statistic and the rank of V.
 * R: survival:::coxph.wtest(var, b, toler.chol) — what coxph stores as fit$wald.test (on the
 * non-aliased coefficients, b = coef - init).
 * Reference: Therneau & Grambsch (2000), section 3.4.
 */
export function coxWaldTest(variance: Float64Array, b: Float64Array, tolerChol: number): { stat: number; rank: number } {
  const k = b.length;
  if (k === 0) return { stat: 0, rank: 0 };
  const m = Float64Array.from(variance);
  cholesky2(m, k, tolerChol);
  let rank = 0;
  for (let i = 0; i < k; i++) if (m[i * k + i] > 0) rank++;
  const solve = Float64Array.from(b);
  chsolve2(m, k, solve);
  let stat = 0;
  for (let i = 0; i < k; i++) stat += b[i] * solve[i];
  return { stat, rank };
}
