import { concordanceCountKernel } from "./concordanceCountKernel";
import { radixOrder } from "./radixOrder";

/**
 * coxph's concordance of its linear predictor for right-censored data without case weights
 * (R: fit$concordance, concordancefit(y, lp, strata, reverse = TRUE)), from the fit's own sorted
 * design instead of re-checking and re-sorting the inputs as the public concordance() does.
 * Same rows in the same kernel order and the same arithmetic as concordance(), so the estimate
 * and standard error are bit-identical to concordance({ time, event, score: lp, strata,
 * reverse: true, timefix: false }).
 *
 * Preconditions (established by coxph, not checked here): `lp` (input row order) finite;
 * `event` (input row order) 0 or 1; `rows[r]` the input row at sorted position r of an order by
 * stratum, then time ascending; `sStop[r]`, `sStratum[r]` that row's (timefix-ed) time and
 * stratum code, so equal codes are contiguous. Cost: one radix sort of lp, one counting sort,
 * the O(n log n) kernel; a few n-length typed arrays.
 */
export function concordanceCox(
  lp: Float64Array,
  event: Float64Array,
  rows: Int32Array,
  sStop: Float64Array,
  sStratum: Int32Array,
): { estimate: number; stdErr: number } {
  const n = rows.length;
  // key = 2 g + event, g numbering the (stratum, time) blocks by stratum, then time decreasing
  const key = new Int32Array(n);
  let nSeg = 0;
  for (let r = 0; r < n; r++) if (r === 0 || sStratum[r] !== sStratum[r - 1]) nSeg++;
  const bounds = new Int32Array(nSeg + 1);
  let g = -1, seg = 0;
  for (let a = 0; a < n; ) {
    let b = a + 1;
    while (b < n && sStratum[b] === sStratum[a]) b++;
    for (let r = b - 1; r >= a; r--) {
      if (r === b - 1 || sStop[r] !== sStop[r + 1]) g++;
      const i = rows[r];
      key[i] = 2 * g + event[i];
    }
    bounds[++seg] = b;
    a = b;
  }
  // in lp's ascending order (ties by input row): the key and the dense rank (ties share one),
  // then a stable counting sort by key straight into the kernel's arrays
  const byScore = radixOrder(lp);
  const nKey = 2 * (g + 1);
  const start = new Int32Array(nKey + 1);
  const keyS = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const v = key[byScore[k]];
    keyS[k] = v;
    start[v + 1]++;
  }
  for (let v = 1; v <= nKey; v++) start[v] += start[v - 1];
  const sKey = new Int32Array(n);
  const sRank = new Int32Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && lp[byScore[k]] !== lp[byScore[k - 1]]) m++;
    const v = keyS[k];
    const q = start[v]++;
    sKey[q] = v;
    sRank[q] = m;
  }
  m++;
  const counts = new Float64Array(5);
  const infl = new Int32Array(3 * n);
  concordanceCountKernel(bounds, sKey, sRank, m, counts, infl);

  const npair = counts[0] + counts[1] + counts[2];
  const somers = (counts[0] - counts[1]) / npair;
  let ss = 0;
  for (let k = 0; k < n; k++) {
    const c = infl[3 * k], d = infl[3 * k + 1], tx = infl[3 * k + 2];
    const dfbeta = ((c - d) / npair - (somers / npair) * (c + d + tx));
    ss += dfbeta * dfbeta;
  }
  const c = (somers + 1) / 2;
  return { estimate: 1 - c, stdErr: Math.sqrt(ss / 4) };
}
