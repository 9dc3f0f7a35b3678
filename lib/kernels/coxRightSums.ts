import type { CoxWork } from "./coxWork";
import { coxTieBlock } from "./coxTieBlock";

/**
 * Log partial likelihood, score and information of a Cox model for right-censored data at
 * coefficients `beta`, in one backward sweep (R: survival coxfit6.c, its per-iteration pass).
 *
 * Preconditions (established by the caller, not checked here):
 *   - rows sorted by stratum, then time ascending; `stratum[i]` equal codes are contiguous;
 *   - `x` is row-major n x p (x[i * p + k]), already centred and scaled;
 *   - `status[i]` is 0 or 1; unit case weights, no offset;
 *   - `w` was allocated for p = beta.length.
 * Walking from the last row to the first, each row joins the running risk-set sums
 * (sum r, sum r x, sum r x x' with r = exp(x beta)); the events tied at a time are gathered in
 * separate sums and added by coxTieBlock (Breslow or Efron). The sums restart with each stratum.
 * Output: w.u, the upper triangle of w.imat (the rest zeroed); returns the log partial likelihood.
 * Cost O(n p^2) per call, no allocation.
 */
export function coxRightSums(
  time: Float64Array,
  status: Float64Array,
  stratum: Int32Array,
  x: Float64Array,
  beta: Float64Array,
  efron: boolean,
  w: CoxWork,
): number {
  const p = w.p;
  const n = time.length;
  const { u, imat, a, a2, cmat, cmat2 } = w;
  u.fill(0);
  imat.fill(0);
  a2.fill(0);
  cmat2.fill(0);
  let loglik = 0;
  let i = n - 1;
  while (i >= 0) {
    const s = stratum[i];
    if (i === n - 1 || stratum[i + 1] !== s) {
      w.denom = 0;
      a.fill(0);
      cmat.fill(0);
    }
    const t = time[i];
    let nd = 0;
    let denom2 = 0;
    let denom = w.denom;
    while (i >= 0 && time[i] === t && stratum[i] === s) {
      const off = i * p;
      let eta = 0;
      for (let k = 0; k < p; k++) eta += beta[k] * x[off + k];
      const r = Math.exp(eta);
      if (status[i] === 1) {
        nd++;
        denom2 += r;
        loglik += eta;
        for (let k = 0; k < p; k++) {
          const xk = x[off + k];
          u[k] += xk;
          a2[k] += r * xk;
          const rx = r * xk;
          const row = k * p;
          for (let j = 0; j <= k; j++) cmat2[row + j] += rx * x[off + j];
        }
      } else {
        denom += r;
        for (let k = 0; k < p; k++) {
          const rx = r * x[off + k];
          a[k] += rx;
          const row = k * p;
          for (let j = 0; j <= k; j++) cmat[row + j] += rx * x[off + j];
        }
      }
      i--;
    }
    w.denom = denom;
    if (nd > 0) loglik -= coxTieBlock(w, nd, denom2, efron);
  }
  return loglik;
}
