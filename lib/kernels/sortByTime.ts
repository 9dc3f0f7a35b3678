import { radixOrder } from "./radixOrder";

/**
 * The one sort of the right-censored estimators (logRank, kaplanMeier): a stable order of the
 * rows by (code, time) in O(n) passes over typed arrays, with R's timefix applied to the sorted
 * times on the way.
 *
 * sortByTime: radixOrder (LSD radix sort of the IEEE-754 bits) on the times, then, when codes are
 * given, a stable counting sort by code, so rows end up by code, then time, then input row
 * (-0 just before 0, which compare equal downstream). With `timefix`, times closer than
 * sqrt(machine eps) are merged exactly as mergeNearTimes (R's aeqSurv) does, over all rows
 * (not per code): with y the sorted distinct times, y[i] joins the block of y[i - 1] when
 * y[i] - y[i-1] <= tol or (y[i] - y[i-1]) / mean(|y|) <= tol, and every time becomes the smallest
 * time of its block. Merging maps times monotonically, so the sorted order stays sorted.
 *
 * Preconditions (not checked): times finite (no NaN); codes in 0..ncode-1.
 * Cost: O(n) time, a few n-length typed arrays; no per-row objects.
 */
export interface SortedByTime {
  /** Input row at each sorted position. */
  order: Int32Array;
  /** The sorted times (merged when timefix is on): time[order[r]] up to the merge. */
  time: Float64Array;
  /** Exclusive end of each code's block of sorted positions (length ncode; last = n). */
  ends: Int32Array;
}

const TIMEFIX_TOLERANCE = Math.sqrt(2.220446049250313e-16);

/**
 * In place on ascending `t`: R's aeqSurv merge (see the file comment). Returns true when some
 * times were merged. Same arithmetic as mergeNearTimes (mean of |y| summed over the distinct
 * times in ascending order), so the merged values are identical.
 */
export function mergeSortedTimes(t: Float64Array, tolerance = TIMEFIX_TOLERANCE): boolean {
  const n = t.length;
  let sumAbs = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0 || t[i] !== t[i - 1]) {
      sumAbs += Math.abs(t[i]);
      m++;
    }
  }
  if (m < 2) return false;
  const meanAbs = sumAbs / m;
  let merged = false;
  let cut = t[0];
  let prev = t[0]; // previous distinct value, before merging
  for (let i = 1; i < n; i++) {
    const v = t[i];
    if (v !== prev) {
      const dy = v - prev;
      if (dy <= tolerance || dy / meanAbs <= tolerance) merged = true;
      else cut = v;
      prev = v;
    }
    t[i] = cut;
  }
  return merged;
}

/** Rows by code (when given), then time, then input row; see the file comment. */
export function sortByTime(time: Float64Array, code: Int32Array | null, ncode: number, timefix: boolean): SortedByTime {
  const n = time.length;
  const byTime = radixOrder(time);
  const sorted = new Float64Array(n);
  for (let r = 0; r < n; r++) sorted[r] = time[byTime[r]];
  if (timefix) mergeSortedTimes(sorted);
  if (code === null || ncode <= 1) return { order: byTime, time: sorted, ends: Int32Array.of(n) };

  const ends = new Int32Array(ncode);
  for (let i = 0; i < n; i++) ends[code[i]]++;
  const next = new Int32Array(ncode);
  let sum = 0;
  for (let c = 0; c < ncode; c++) {
    next[c] = sum;
    sum += ends[c];
    ends[c] = sum;
  }
  const order = new Int32Array(n);
  const out = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const i = byTime[r];
    const p = next[code[i]]++;
    order[p] = i;
    out[p] = sorted[r];
  }
  return { order, time: out, ends };
}
