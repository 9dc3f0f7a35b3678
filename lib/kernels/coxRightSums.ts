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
 * The x x' sums take the rows of one time four at a time (per status): one load/store of each
 * cell per four rows; this sums in another order than row by row (last-bit differences only).
 * Output: w.u, the upper triangle of w.imat (the rest zeroed); returns the log partial likelihood.
 * Cost O(n p^2) per call; four 4-element buffers per call, no per-row allocation.
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
  // rows waiting to be added to cmat2 (events) / cmat (censored), four at a time
  const evRow = new Int32Array(4), evR = new Float64Array(4);
  const ceRow = new Int32Array(4), ceR = new Float64Array(4);
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
    let nd = 0, ne = 0, nc = 0;
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
        }
        evRow[ne] = off;
        evR[ne++] = r;
        if (ne === 4) {
          addOuter4(cmat2, x, p, evRow, evR);
          ne = 0;
        }
      } else {
        denom += r;
        for (let k = 0; k < p; k++) a[k] += r * x[off + k];
        ceRow[nc] = off;
        ceR[nc++] = r;
        if (nc === 4) {
          addOuter4(cmat, x, p, ceRow, ceR);
          nc = 0;
        }
      }
      i--;
    }
    for (let q = 0; q < ne; q++) addOuter1(cmat2, x, p, evRow[q], evR[q]);
    for (let q = 0; q < nc; q++) addOuter1(cmat, x, p, ceRow[q], ceR[q]);
    w.denom = denom;
    if (nd > 0) loglik -= coxTieBlock(w, nd, denom2, efron);
  }
  return loglik;
}

/** c (lower triangle) += sum over the 4 rows q of r[q] x_q x_q' (rows at offsets off[q] of x). */
function addOuter4(c: Float64Array, x: Float64Array, p: number, off: Int32Array, r: Float64Array): void {
  const o0 = off[0], o1 = off[1], o2 = off[2], o3 = off[3];
  const r0 = r[0], r1 = r[1], r2 = r[2], r3 = r[3];
  for (let k = 0; k < p; k++) {
    const y0 = r0 * x[o0 + k], y1 = r1 * x[o1 + k], y2 = r2 * x[o2 + k], y3 = r3 * x[o3 + k];
    const row = k * p;
    for (let j = 0; j <= k; j++) c[row + j] += y0 * x[o0 + j] + y1 * x[o1 + j] + y2 * x[o2 + j] + y3 * x[o3 + j];
  }
}

/** c (lower triangle) += r x_o x_o' for the row at offset o of x. */
function addOuter1(c: Float64Array, x: Float64Array, p: number, o: number, r: number): void {
  for (let k = 0; k < p; k++) {
    const y = r * x[o + k];
    const row = k * p;
    for (let j = 0; j <= k; j++) c[row + j] += y * x[o + j];
  }
}
