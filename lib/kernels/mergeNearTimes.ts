/**
 * R's timefix (survival::aeqSurv) for right-censored times: distinct times closer than
 * `tolerance`, absolutely or relative to the mean absolute time, are treated as one time.
 *
 * With y the sorted distinct times, y[i] joins the previous block when
 * y[i] - y[i-1] <= tolerance or (y[i] - y[i-1]) / mean(|y|) <= tolerance; every time is then
 * replaced by the first (smallest) time of its block. Chains merge: a run of times each within
 * tolerance of the next collapses to its smallest member, as in R.
 *
 * Preconditions: `time` is finite (any order). Returns the input itself when nothing merges,
 * otherwise a new array. Default tolerance sqrt(2.220446e-16), as aeqSurv.
 * R: aeqSurv(Surv(time, status)); applied by survfit, survdiff and coxph when timefix = TRUE.
 */
export function mergeNearTimes(time: Float64Array, tolerance = Math.sqrt(2.220446049250313e-16)): Float64Array {
  const y = Float64Array.from(new Set(time)).sort();
  if (y.length < 2) return time;
  let sumAbs = 0;
  for (let i = 0; i < y.length; i++) sumAbs += Math.abs(y[i]);
  const meanAbs = sumAbs / y.length;
  const blockStart = new Map<number, number>();
  let cut = y[0];
  let merged = false;
  blockStart.set(y[0], cut);
  for (let i = 1; i < y.length; i++) {
    const dy = y[i] - y[i - 1];
    if (dy <= tolerance || dy / meanAbs <= tolerance) merged = true;
    else cut = y[i];
    blockStart.set(y[i], cut);
  }
  if (!merged) return time;
  const out = new Float64Array(time.length);
  for (let i = 0; i < time.length; i++) out[i] = blockStart.get(time[i]) as number;
  return out;
}
