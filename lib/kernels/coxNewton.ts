import type { CoxWork } from "./coxWork";
import { cholesky2 } from "../math/cholesky2";
import { chsolve2 } from "../math/chsolve2";
import { chinv2 } from "../math/chinv2";

/** Outcome of coxNewton, back on the covariates' original scale. */
export interface CoxNewtonResult {
  beta: Float64Array;
  /** Score at the final beta (or, when out of iterations, what R leaves there). */
  u: Float64Array;
  /** Inverse information (generalized inverse; zero rows/columns for aliased terms), p x p row-major. */
  variance: Float64Array;
  loglik0: number;
  loglik: number;
  /** Score test at the initial values: u' I^- u. */
  scoreStat: number;
  iterations: number;
  /** R's rank flag: right-censored, the last cholesky2 rank (1000 when out of iterations, -2 when
   * converged during step halving); counting process, the rank at the initial values. */
  flag: number;
  converged: boolean;
}

/**
 * Newton–Raphson maximisation of the Cox partial likelihood with R's step-halving and stopping
 * rules. `evaluate(beta)` returns the log partial likelihood at `beta` (on the scaled covariates)
 * and fills w.u and the upper triangle of w.imat. Iterates from init / scale; a step is accepted
 * when the log-likelihood does not decrease, otherwise the next trial moves back towards the
 * last accepted beta (by 1/2, 1/3, ... of the way); convergence when |1 - L_old / L_new| <= eps.
 *
 * `rule` selects between R's two C routines, which differ in details:
 *   - "right" (coxfit6): converges even while halving; iterations counted from 1; out of
 *     iterations, the result is the last accepted beta, iter = iterMax + 1, and (iterMax > 1)
 *     the log-likelihood is re-evaluated there but the information is not re-factored, so R's
 *     variance is then diag(1 / I_kk) — reproduced as is;
 *   - "counting" (agfit4): no convergence while halving, a change of rank counts as failure;
 *     out of iterations the last trial is kept unless worse than the best by more than eps
 *     (relative), in which case the last accepted beta is restored and re-evaluated.
 * Defaults come from the caller (coxph.control: eps 1e-9, toler.chol eps^0.75, iter.max 20).
 * Reference: Therneau & Grambsch (2000), section 3.3; R: survival coxfit6.c, agfit4.c.
 */
export function coxNewton(
  evaluate: (beta: Float64Array) => number,
  w: CoxWork,
  init: ArrayLike<number>,
  scale: Float64Array,
  rule: "right" | "counting",
  iterMax: number,
  eps: number,
  tolerChol: number,
): CoxNewtonResult {
  const p = w.p;
  const { u, imat } = w;
  const beta = new Float64Array(p);
  const trial = new Float64Array(p);
  const step = new Float64Array(p);
  for (let k = 0; k < p; k++) beta[k] = init[k] / scale[k];

  const loglik0 = evaluate(beta);
  let best = loglik0;
  step.set(u);
  let flag = cholesky2(imat, p, tolerChol);
  const rank0 = flag;
  chsolve2(imat, p, step);
  let scoreStat = 0;
  for (let k = 0; k < p; k++) scoreStat += u[k] * step[k];

  let iterations = 0;
  let converged = Number.isFinite(loglik0);
  let loglik = loglik0;
  let halving = 0;
  if (iterMax > 0 && Number.isFinite(loglik0)) {
    converged = false;
    for (let k = 0; k < p; k++) trial[k] = beta[k] + step[k];
    // rule "right": beta = last accepted, trial = candidate; rule "counting": beta = last
    // accepted (R's oldbeta), trial = candidate (R's beta).
    for (let iter = 1; iter <= iterMax; iter++) {
      const newlk = evaluate(trial);
      let fail = 0;
      if (rule === "counting") for (let k = 0; k < p; k++) if (!Number.isFinite(imat[k * p + k])) fail++;
      const rank = cholesky2(imat, p, tolerChol);
      if (rule === "right") {
        flag = rank;
        for (let k = 0; k < p; k++) if (!Number.isFinite(u[k])) fail++;
        for (let k = 0; k < p * p; k++) if (!Number.isFinite(imat[k])) fail++;
      } else {
        fail += Math.abs(rank0 - rank);
      }
      if (!Number.isFinite(newlk)) fail++;
      iterations = iter;
      if (fail === 0 && (rule === "right" || halving === 0) && Math.abs(1 - best / newlk) <= eps) {
        beta.set(trial);
        loglik = newlk;
        if (rule === "right" && halving > 0) flag = -2;
        converged = true;
        break;
      }
      if (rule === "counting" && iter === iterMax) {
        if (iterMax > 1 && (newlk - best) / Math.abs(best) < -eps) {
          loglik = evaluate(beta);
          cholesky2(imat, p, tolerChol);
        } else {
          beta.set(trial);
          loglik = newlk;
        }
        break;
      }
      if (fail > 0 || newlk < best) {
        halving++;
        for (let k = 0; k < p; k++) trial[k] = (trial[k] + halving * beta[k]) / (halving + 1);
      } else {
        halving = 0;
        best = newlk;
        loglik = newlk;
        chsolve2(imat, p, u);
        beta.set(trial);
        for (let k = 0; k < p; k++) trial[k] += u[k];
      }
    }
    if (!converged && rule === "right") {
      iterations = iterMax + 1;
      loglik = best;
      if (iterMax > 1) loglik = evaluate(beta);
      flag = 1000;
    }
  }
  if (rule === "counting") flag = rank0;
  chinv2(imat, p);
  const variance = new Float64Array(p * p);
  const ub = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    beta[i] *= scale[i];
    ub[i] = u[i] / scale[i];
    for (let j = i; j < p; j++) {
      const v = imat[i * p + j] * scale[i] * scale[j];
      variance[i * p + j] = v;
      variance[j * p + i] = v;
    }
  }
  return { beta, u: ub, variance, loglik0, loglik, scoreStat, iterations, flag, converged };
}
