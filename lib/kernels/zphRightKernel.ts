import { zphDeaths } from "./zphDeaths";
import { zphClearRiskSet, zphDeathAdd, zphRiskSetAdd, type ZphWork } from "./zphWork";

/**
 * cox.zph sums for right-censored data (survival's zph1): one backward pass over the rows in
 * `order` = sorted by (stratum, time, row index) ascending, risk sets growing as time decreases.
 *
 * Preconditions: x[j] are the covariate columns centred by their overall means; eta = x'beta
 * (any constant shift cancels); gt[row] = g(time) - mean of g over the events; event in {0, 1};
 * `w` from zphWork(p, number of events), zeroed. Unit case weights. Nothing is checked here.
 *
 * At each event time t of a stratum, with R(t) the rows of the stratum with time >= t, weights
 * exp(eta): xbar(t) and v(t) the weighted mean and variance of x over R(t) (Efron or Breslow for
 * ties, see zphDeaths). Fills w.u = sum g(t) (x_i - xbar(t)), the information blocks
 * w.i0/i1/i2 = sum g^k v(t), and w.schoen: row r is the r-th event in `order`, x - xbar(t).
 */
export function zphRightKernel(
  time: Float64Array,
  event: Float64Array,
  strata: Int32Array,
  x: Float64Array[],
  eta: Float64Array,
  gt: Float64Array,
  order: Int32Array,
  efron: boolean,
  w: ZphWork,
): void {
  const n = order.length;
  let slot = 0;
  for (let i = 0; i < n; i++) slot += event[i];
  let cstrat = -1;
  let ip = n - 1;
  while (ip >= 0) {
    const first = order[ip];
    if (strata[first] !== cstrat) {
      cstrat = strata[first];
      zphClearRiskSet(w);
    }
    const t = time[first];
    const g = gt[first];
    let nd = 0;
    for (; ip >= 0; ip--) {
      const row = order[ip];
      if (time[row] !== t || strata[row] !== cstrat) break;
      const r = Math.exp(eta[row]);
      if (event[row] === 0) zphRiskSetAdd(w, x, row, r, 1);
      else {
        nd++;
        slot--;
        zphDeathAdd(w, x, row, r, g, slot);
      }
    }
    if (nd > 0) zphDeaths(w, nd, g, efron, slot);
  }
}
