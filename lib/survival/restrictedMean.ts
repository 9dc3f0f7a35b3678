import { InputError } from "../checkInput";
import { restrictedMeanKernel } from "../kernels/restrictedMeanKernel";
import type { SurvivalCurve } from "./SurvivalCurve";

/**
 * Restricted mean survival time up to tau: the area under the Kaplan–Meier curve on [0, tau],
 *   RMST(tau) = int_0^tau S(u) du,
 * with the variance of survival 3.5's survmean (the Greenwood-type estimator)
 *   Var = sum_{t_j <= tau} d_j / (n_j (n_j - d_j)) * (int_{t_j}^tau S(u) du)^2,
 * terms with n_j = d_j set to 0. If tau is beyond the last time the curve is extended flat at
 * its last value. tau must be > 0; R also refuses tau below the first observed time, where
 * this returns estimate tau and stdErr 0.
 *
 * R: summary(survfit(...), rmean = tau)$table[, c("rmean", "se(rmean)")]
 *    (print(survfit(...), rmean = tau) gives the same numbers)
 * Reference: Klein JP, Moeschberger ML (2003) Survival Analysis, 2nd ed., sec. 4.5;
 * Royston P, Parmar MKB (2013) BMC Med Res Methodol 13:152.
 */
export function restrictedMean(curve: SurvivalCurve, tau: number): { estimate: number; stdErr: number; tau: number } {
  if (typeof tau !== "number" || !Number.isFinite(tau) || !(tau > 0)) {
    throw new InputError(`tau = ${JSON.stringify(tau)}: must be a finite number > 0`);
  }
  const r = restrictedMeanKernel(curve.time, curve.survival, curve.nRisk, curve.nEvent, tau);
  return { estimate: r.estimate, stdErr: Math.sqrt(r.variance), tau };
}
