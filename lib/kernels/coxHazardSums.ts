/**
 * Per distinct time, the baseline-hazard increments of a fitted Cox model and the pieces of
 * their variance (R: survival:::agsurv with agsurv5, as used by survfit.coxph).
 *
 * Preconditions (established by the caller, not checked here):
 *   - `order` lists rows sorted by stratum, then stop descending; `startOrder` (counting process
 *     only, else null) the same rows sorted by stratum, then start descending;
 *   - `risk[i]` = exp(x_i'b - sum(means * b)) > 0; `x` row-major n x p, uncentred; `event` 0/1.
 * At each distinct stop time t of a stratum (decreasing): rows with stop >= t join the risk set,
 * rows with start >= t leave it. With N = sum risk and X = sum risk x over the risk set, and
 * E = sum risk, X2 = sum risk x over the d events at t:
 *   Breslow: dH = d / N,  dV = d / N^2,  dXbar = (X / N) dH;
 *   Efron:   with N_j = N - E j/d (j = 0..d-1),
 *            dH = sum_j 1/N_j,  dV = sum_j 1/N_j^2,  dXbar = sum_j (X - X2 j/d) / N_j^2
 *            (each written in R's form d * mean_j(...); d = 1 gives Breslow's).
 * Outputs (length n buffers, filled from index 0 in increasing time within increasing stratum;
 * returns the number of times m): time, stratum, nRisk (rows at risk), nEvent, nCensor, dH, dV,
 * and dXbar (m x p row-major). No allocation besides p-length scratch.
 */
export function coxHazardSums(
  order: Int32Array,
  startOrder: Int32Array | null,
  stop: Float64Array,
  start: Float64Array | null,
  event: Float64Array,
  stratum: Int32Array,
  risk: Float64Array,
  x: Float64Array,
  p: number,
  efron: boolean,
  out: {
    time: Float64Array; stratum: Int32Array; nRisk: Float64Array; nEvent: Float64Array; nCensor: Float64Array;
    dH: Float64Array; dV: Float64Array; dXbar: Float64Array;
  },
): number {
  const n = order.length;
  const xsum = new Float64Array(p);
  const xsum2 = new Float64Array(p);
  let m = 0;
  let pos = 0;
  let leave = 0;
  while (pos < n) {
    const s = stratum[order[pos]];
    let nrisk = 0;
    let irisk = 0;
    xsum.fill(0);
    // the stratum's rows in startOrder begin where its rows in order begin
    leave = pos;
    const first = m;
    while (pos < n && stratum[order[pos]] === s) {
      const t = stop[order[pos]];
      let d = 0;
      let cens = 0;
      let erisk = 0;
      xsum2.fill(0);
      for (; pos < n; pos++) {
        const i = order[pos];
        if (stratum[i] !== s || stop[i] !== t) break;
        const r = risk[i];
        nrisk += r;
        irisk++;
        const off = i * p;
        for (let k = 0; k < p; k++) xsum[k] += r * x[off + k];
        if (event[i] === 1) {
          d++;
          erisk += r;
          for (let k = 0; k < p; k++) xsum2[k] += r * x[off + k];
        } else cens++;
      }
      if (startOrder !== null && start !== null) {
        for (; leave < n; leave++) {
          const i = startOrder[leave];
          if (stratum[i] !== s || start[i] < t) break;
          const r = risk[i];
          nrisk -= r;
          irisk--;
          const off = i * p;
          for (let k = 0; k < p; k++) xsum[k] -= r * x[off + k];
        }
      }
      out.time[m] = t;
      out.stratum[m] = s;
      out.nRisk[m] = irisk;
      out.nEvent[m] = d;
      out.nCensor[m] = cens;
      const xb = m * p;
      if (d === 0) {
        out.dH[m] = 0;
        out.dV[m] = 0;
        for (let k = 0; k < p; k++) out.dXbar[xb + k] = 0;
      } else if (!efron || d === 1) {
        const h = d / nrisk;
        out.dH[m] = h;
        out.dV[m] = d / (nrisk * nrisk);
        for (let k = 0; k < p; k++) out.dXbar[xb + k] = (xsum[k] / nrisk) * h;
      } else {
        let s1 = 0;
        let s2 = 0;
        for (let k = 0; k < p; k++) out.dXbar[xb + k] = 0;
        for (let j = 0; j < d; j++) {
          const inv = 1 / (nrisk - (erisk * j) / d);
          s1 += inv / d;
          s2 += (inv * inv) / d;
          for (let k = 0; k < p; k++) out.dXbar[xb + k] += ((xsum[k] - (xsum2[k] * j) / d) * inv * inv) / d;
        }
        out.dH[m] = d * s1;
        out.dV[m] = d * s2;
        for (let k = 0; k < p; k++) out.dXbar[xb + k] *= d;
      }
      m++;
    }
    reverseSegment(out, first, m, p);
  }
  return m;
}

/** Puts the stratum's times (collected in decreasing order) into increasing order. */
function reverseSegment(
  out: { time: Float64Array; nRisk: Float64Array; nEvent: Float64Array; nCensor: Float64Array; dH: Float64Array; dV: Float64Array; dXbar: Float64Array },
  a: number,
  b: number,
  p: number,
): void {
  out.time.subarray(a, b).reverse();
  out.nRisk.subarray(a, b).reverse();
  out.nEvent.subarray(a, b).reverse();
  out.nCensor.subarray(a, b).reverse();
  out.dH.subarray(a, b).reverse();
  out.dV.subarray(a, b).reverse();
  for (let i = a, j = b - 1; i < j; i++, j--) {
    for (let k = 0; k < p; k++) {
      const t = out.dXbar[i * p + k];
      out.dXbar[i * p + k] = out.dXbar[j * p + k];
      out.dXbar[j * p + k] = t;
    }
  }
}
