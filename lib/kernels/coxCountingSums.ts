import type { CoxWork } from "./coxWork";
import { coxTieBlock } from "./coxTieBlock";

/**
 * Log partial likelihood, score and information of a Cox model for counting-process data
 * (start, stop] at coefficients `beta`, in one sweep with two pointers (R: survival agfit4.c,
 * its per-iteration pass; Andersen & Gill, Ann. Statist. 1982).
 *
 * Preconditions (established by the caller, not checked here):
 *   - rows sorted by stratum, then stop descending; only rows with at least one event time of
 *     their stratum in (start, stop] are passed (R's "nused" rows);
 *   - `startOrder` lists the row positions sorted by stratum, then start descending, so each
 *     stratum occupies the same index range in both orders;
 *   - `x` is row-major n x p, already centred and scaled; `event[i]` is 0 or 1; start < stop;
 *   - `eta` has length n (scratch); `w` was allocated for p = beta.length.
 * At each event time t (decreasing), rows with start >= t leave the risk-set sums, then rows
 * with stop >= t join (the events among them gathered apart and added by coxTieBlock, Breslow
 * or Efron). When everyone has left, the sums are reset to exact zeros. Risk scores are
 * exp(eta - c) with c re-centred on the mean eta of the risk set whenever it drifts by more than
 * 200, as R does to avoid overflow. Sums restart with each stratum.
 * Output: w.u, the upper triangle of w.imat (rest zeroed); returns the log partial likelihood.
 * Cost O(n p^2) per call, no allocation.
 */
export function coxCountingSums(
  start: Float64Array,
  stop: Float64Array,
  event: Float64Array,
  stratum: Int32Array,
  startOrder: Int32Array,
  x: Float64Array,
  beta: Float64Array,
  efron: boolean,
  eta: Float64Array,
  w: CoxWork,
): number {
  const p = w.p;
  const n = stop.length;
  const { u, imat, a, a2, cmat, cmat2 } = w;
  for (let i = 0; i < n; i++) {
    let e = 0;
    const off = i * p;
    for (let k = 0; k < p; k++) e += beta[k] * x[off + k];
    eta[i] = e;
  }
  u.fill(0);
  imat.fill(0);
  a.fill(0);
  cmat.fill(0);
  a2.fill(0);
  cmat2.fill(0);
  let loglik = 0;
  let person = 0;
  let leave = 0;
  let recenter = 0;
  let denom = 0;
  let nrisk = 0;
  let etasum = 0;
  let istrat = n > 0 ? stratum[0] : 0;
  while (person < n) {
    let k = person;
    let dtime = 0;
    for (; k < n; k++) {
      if (stratum[k] !== istrat) {
        istrat = stratum[k];
        denom = 0;
        nrisk = 0;
        etasum = 0;
        a.fill(0);
        cmat.fill(0);
        person = k;
        leave = k;
      }
      if (event[k] === 1) {
        dtime = stop[k];
        break;
      }
    }
    if (k === n) break;
    // rows whose interval starts at or after t are not at risk at t
    for (; leave < n; leave++) {
      const q = startOrder[leave];
      if (start[q] < dtime || stratum[q] !== istrat) break;
      nrisk--;
      if (nrisk === 0) {
        etasum = 0;
        denom = 0;
        a.fill(0);
        cmat.fill(0);
      } else {
        etasum -= eta[q];
        const r = Math.exp(eta[q] - recenter);
        denom -= r;
        const off = q * p;
        for (let i = 0; i < p; i++) {
          const rx = r * x[off + i];
          a[i] -= rx;
          const row = i * p;
          for (let j = 0; j <= i; j++) cmat[row + j] -= rx * x[off + j];
        }
      }
    }
    // rows whose interval ends at or after t join
    let nd = 0;
    let denom2 = 0;
    for (; person < n; person++) {
      if (stratum[person] !== istrat || stop[person] < dtime) break;
      nrisk++;
      etasum += eta[person];
      const drift = etasum / nrisk - recenter;
      if (Math.abs(drift) > 200) {
        recenter = etasum / nrisk;
        if (denom > 0) {
          if (Math.abs(drift) > 709) throw new Error("coxph: exp overflow due to covariates (linear predictor range too wide)");
          const f = Math.exp(-drift);
          denom *= f;
          for (let i = 0; i < p; i++) a[i] *= f;
          for (let i = 0; i < p * p; i++) cmat[i] *= f;
        }
      }
      const r = Math.exp(eta[person] - recenter);
      const off = person * p;
      if (event[person] === 1) {
        nd++;
        denom2 += r;
        loglik += eta[person] - recenter;
        for (let i = 0; i < p; i++) {
          const xi = x[off + i];
          u[i] += xi;
          const rx = r * xi;
          a2[i] += rx;
          const row = i * p;
          for (let j = 0; j <= i; j++) cmat2[row + j] += rx * x[off + j];
        }
      } else {
        denom += r;
        for (let i = 0; i < p; i++) {
          const rx = r * x[off + i];
          a[i] += rx;
          const row = i * p;
          for (let j = 0; j <= i; j++) cmat[row + j] += rx * x[off + j];
        }
      }
    }
    w.denom = denom;
    loglik -= coxTieBlock(w, nd, denom2, efron);
    denom = w.denom;
  }
  return loglik;
}
