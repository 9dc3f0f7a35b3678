import { countingSort } from "../kernels/countingSort";
import { radixOrder } from "../kernels/radixOrder";

/**
 * The sorted, centred and scaled arrays the Cox kernels need, built once per fit from validated
 * inputs (input row order, times already timefix-ed).
 *
 * Centring and scaling as survival 3.5's coxph: a column whose values all lie in {-1, 0, 1}
 * (R's nocenter = c(-1, 0, 1)) is used as is and reported with mean 0; any other column is
 * centred and multiplied by scale = n / sum |x - centre| (1 for a constant column), which only
 * conditions the Newton–Raphson iterations (coefficients and variance are mapped back).
 * Reported means (R's fit$means): the column mean over all rows. Right-censored data are centred
 * by that mean; counting-process data by the mean over the rows used in the fit (R centres them
 * too, and the centre does not change any estimate).
 *
 * Right-censored: rows sorted by stratum, then time ascending, ties in row order (R: order(strata, time)).
 * Counting process: only rows with an event time of their stratum in (start, stop] (R: agreg.fit's
 * "nused"); sorted by stratum, then stop descending; startOrder by stratum, then start descending.
 */
export interface CoxDesign {
  p: number;
  /** Row-major centred/scaled covariates of the kernel rows (n x p). */
  x: Float64Array;
  stop: Float64Array;
  start: Float64Array | null;
  event: Float64Array;
  stratum: Int32Array;
  startOrder: Int32Array | null;
  /** Input row of each kernel row. */
  rows: Int32Array;
  means: Float64Array;
  centre: Float64Array;
  scale: Float64Array;
}

/**
 * Builds the CoxDesign (see there) for validated inputs; x holds one column per term.
 * `stopOrder`, optional, right-censored only: radixOrder(stop) when the caller already has it.
 */
export function coxDesign(
  stop: Float64Array,
  event: Float64Array,
  start: Float64Array | null,
  strata: Int32Array,
  x: Float64Array[],
  stopOrder?: Int32Array,
): CoxDesign {
  const n = stop.length;
  const p = x.length;
  const rows = start === null ? byStratum(stopOrder ?? radixOrder(stop), strata) : sortCounting(stop, event, start, strata);
  const m = rows.length;
  const means = new Float64Array(p);
  const centre = new Float64Array(p);
  const scale = new Float64Array(p).fill(1);
  // sorted position of each input row (-1: not used), so every column is read in input order
  const pos = new Int32Array(n).fill(-1);
  for (let r = 0; r < m; r++) pos[rows[r]] = r;
  for (let k = 0; k < p; k++) {
    const col = x[k];
    let zeroOne = true;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (v !== 0 && v !== 1 && v !== -1) zeroOne = false;
      sum += v;
    }
    if (zeroOne) continue;
    means[k] = sum / n;
    let c = means[k];
    if (m < n) {
      let s = 0;
      for (let i = 0; i < n; i++) if (pos[i] >= 0) s += col[i];
      c = s / m;
    }
    centre[k] = c;
    let abs = 0;
    if (m < n) {
      for (let i = 0; i < n; i++) if (pos[i] >= 0) abs += Math.abs(col[i] - c);
    } else {
      for (let i = 0; i < n; i++) abs += Math.abs(col[i] - c);
    }
    scale[k] = abs > 0 ? m / abs : 1;
  }
  // scatter whole rows (and the per-row arrays): every input array is read in sequence, each
  // sorted row written once, contiguously
  const xs = new Float64Array(m * p);
  const sStop = new Float64Array(m);
  const sEvent = new Float64Array(m);
  const sStratum = new Int32Array(m);
  const sStart = start === null ? null : new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const r = pos[i];
    if (r < 0) continue;
    const off = r * p;
    for (let k = 0; k < p; k++) xs[off + k] = (x[k][i] - centre[k]) * scale[k];
    sStop[r] = stop[i];
    sEvent[r] = event[i];
    sStratum[r] = strata[i];
  }
  if (sStart !== null && start !== null) for (let r = 0; r < m; r++) sStart[r] = start[rows[r]];
  let startOrder: Int32Array | null = null;
  if (sStart !== null) {
    const neg = new Float64Array(m);
    for (let r = 0; r < m; r++) neg[r] = -sStart[r];
    startOrder = byStratum(radixOrder(neg), sStratum);
  }
  return { p, x: xs, stop: sStop, start: sStart, event: sEvent, stratum: sStratum, startOrder, rows, means, centre, scale };
}

/** Stable re-sort of an order by stratum code (a no-op without strata). */
function byStratum(order: Int32Array, strata: Int32Array): Int32Array {
  let k = 0;
  for (let i = 0; i < strata.length; i++) if (strata[i] + 1 > k) k = strata[i] + 1;
  return k > 1 ? countingSort(order, strata, k) : order;
}

/** Used rows (an event time of the stratum in (start, stop]) by stratum, then stop descending. */
function sortCounting(stop: Float64Array, event: Float64Array, start: Float64Array, strata: Int32Array): Int32Array {
  const n = stop.length;
  // event times of each stratum, ascending: one sorted array with stratum offsets
  const ascending = byStratum(radixOrder(stop), strata);
  let nStrata = 0;
  for (let i = 0; i < n; i++) if (strata[i] + 1 > nStrata) nStrata = strata[i] + 1;
  const offset = new Int32Array(nStrata + 1);
  for (let i = 0; i < n; i++) if (event[i] === 1) offset[strata[i] + 1]++;
  for (let s = 0; s < nStrata; s++) offset[s + 1] += offset[s];
  const etimes = new Float64Array(offset[nStrata]);
  let ne = 0;
  for (let r = 0; r < n; r++) if (event[ascending[r]] === 1) etimes[ne++] = stop[ascending[r]];
  const countUpTo = (s: number, t: number): number => {
    let lo = offset[s], hi = offset[s + 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (etimes[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const neg = new Float64Array(n);
  for (let i = 0; i < n; i++) neg[i] = -stop[i];
  const descending = radixOrder(neg);
  const keep = new Int32Array(n);
  let m = 0;
  for (let r = 0; r < n; r++) {
    const i = descending[r];
    if (countUpTo(strata[i], stop[i]) > countUpTo(strata[i], start[i])) keep[m++] = i;
  }
  return byStratum(keep.slice(0, m), strata);
}
