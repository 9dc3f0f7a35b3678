import { zphDeaths } from "./zphDeaths";
import { zphClearRiskSet, zphDeathAdd, zphRiskSetAdd, type ZphWork } from "./zphWork";

/**
 * cox.zph sums for counting-process (start, stop] data (survival's zph2).
 *
 * Preconditions: `byStop` = rows sorted by (stratum desc, stop desc, row index asc) and
 * `byStart` = rows sorted by (stratum desc, start desc, row index asc) — each stratum then covers
 * the same index range in both; `keep` is a zeroed Uint8Array of length n; x, eta, gt, event and
 * `w` as for zphRightKernel. Nothing is checked here.
 *
 * Walking event times downwards within a stratum, a row enters the risk set when stop >= t
 * (censored rows only if start < t) and leaves once start >= t; when nobody is left the sums are
 * reset to exact zeros. Same outputs as zphRightKernel, except that Schoenfeld row r is the
 * r-th event of reversed `byStop` (stratum asc, stop asc, row index desc), cox.zph's order.
 */
export function zphCountingKernel(
  start: Float64Array,
  stop: Float64Array,
  event: Float64Array,
  strata: Int32Array,
  x: Float64Array[],
  eta: Float64Array,
  gt: Float64Array,
  byStop: Int32Array,
  byStart: Int32Array,
  keep: Uint8Array,
  efron: boolean,
  w: ZphWork,
): void {
  const n = byStop.length;
  let slot = 0;
  for (let i = 0; i < n; i++) slot += event[i];
  let person = 0;
  let indx1 = 0;
  let nrisk = 0;
  let cstrat = -1;
  while (person < n) {
    let k = person;
    let dtime = 0;
    let g = 0;
    for (; k < n; k++) {
      const row = byStop[k];
      if (strata[row] !== cstrat) {
        cstrat = strata[row];
        zphClearRiskSet(w);
        nrisk = 0;
        person = k;
        indx1 = k;
      }
      if (event[row] === 1) {
        dtime = stop[row];
        g = gt[row];
        break;
      }
    }
    if (k === n) break;
    for (; indx1 < n; indx1++) {
      const row = byStart[indx1];
      if (strata[row] !== cstrat || start[row] < dtime) break;
      if (keep[row] === 0) continue;
      nrisk--;
      if (nrisk === 0) zphClearRiskSet(w);
      else zphRiskSetAdd(w, x, row, Math.exp(eta[row]), -1);
    }
    let nd = 0;
    for (; person < n; person++) {
      const row = byStop[person];
      if (strata[row] !== cstrat || stop[row] < dtime) break;
      if (event[row] === 1) {
        keep[row] = 1;
        nrisk++;
        nd++;
        slot--;
        zphDeathAdd(w, x, row, Math.exp(eta[row]), g, slot);
      } else if (start[row] < dtime) {
        keep[row] = 1;
        nrisk++;
        zphRiskSetAdd(w, x, row, Math.exp(eta[row]), 1);
      }
    }
    zphDeaths(w, nd, g, efron, slot);
  }
}
