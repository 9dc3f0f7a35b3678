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
 * The r x and r x x' sums take the rows of one time eight at a time (per status): one load/store
 * of each cell per eight rows; this sums in another order than row by row (last-bit differences).
 * Output: w.u, the upper triangle of w.imat (the rest zeroed); returns the log partial likelihood.
 * Cost O(n p^2) per call; four 8-element buffers per call, no per-row allocation.
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
  // rows waiting to be added to a2, cmat2 (events) / a, cmat (censored), eight at a time
  const evRow = new Int32Array(8), evR = new Float64Array(8);
  const ceRow = new Int32Array(8), ceR = new Float64Array(8);
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
        for (let k = 0; k < p; k++) u[k] += x[off + k];
        evRow[ne] = off;
        evR[ne++] = r;
        if (ne === 8) {
          addOuter8(cmat2, a2, x, p, evRow, evR);
          ne = 0;
        }
      } else {
        denom += r;
        ceRow[nc] = off;
        ceR[nc++] = r;
        if (nc === 8) {
          addOuter8(cmat, a, x, p, ceRow, ceR);
          nc = 0;
        }
      }
      i--;
    }
    for (let q = 0; q < ne; q++) addOuter1(cmat2, a2, x, p, evRow[q], evR[q]);
    for (let q = 0; q < nc; q++) addOuter1(cmat, a, x, p, ceRow[q], ceR[q]);
    w.denom = denom;
    if (nd > 0) loglik -= coxTieBlock(w, nd, denom2, efron);
  }
  return loglik;
}

/** av += r x_o, c (lower triangle) += r x_o x_o' for the row at offset o of x. */
function addOuter1(c: Float64Array, av: Float64Array, x: Float64Array, p: number, o: number, r: number): void {
  for (let k = 0; k < p; k++) {
    const y = r * x[o + k];
    av[k] += y;
    const row = k * p;
    for (let j = 0; j <= k; j++) c[row + j] += y * x[o + j];
  }
}

/** av += sum r[q] x_q, c (lower triangle) += sum r[q] x_q x_q' over the 8 rows at offsets off[q] of x. */
function addOuter8(c: Float64Array, av: Float64Array, x: Float64Array, p: number, off: Int32Array, r: Float64Array): void {
  const o0 = off[0], o1 = off[1], o2 = off[2], o3 = off[3], o4 = off[4], o5 = off[5], o6 = off[6], o7 = off[7];
  const r0 = r[0], r1 = r[1], r2 = r[2], r3 = r[3], r4 = r[4], r5 = r[5], r6 = r[6], r7 = r[7];
  for (let k = 0; k < p; k++) {
    const y0 = r0 * x[o0 + k], y1 = r1 * x[o1 + k], y2 = r2 * x[o2 + k], y3 = r3 * x[o3 + k];
    const y4 = r4 * x[o4 + k], y5 = r5 * x[o5 + k], y6 = r6 * x[o6 + k], y7 = r7 * x[o7 + k];
    av[k] += y0 + y1 + y2 + y3 + (y4 + y5 + y6 + y7);
    const row = k * p;
    for (let j = 0; j <= k; j++) {
      c[row + j] += y0 * x[o0 + j] + y1 * x[o1 + j] + y2 * x[o2 + j] + y3 * x[o3 + j]
        + (y4 * x[o4 + j] + y5 * x[o5 + j] + y6 * x[o6 + j] + y7 * x[o7 + j]);
    }
  }
}
