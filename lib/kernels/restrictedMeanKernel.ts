/**
 * Restricted mean survival time and its variance from Kaplan–Meier rows (survival's survmean).
 *
 * Preconditions: `time` sorted ascending, distinct, >= 0, with matching `survival`, `nRisk`,
 * `nEvent`; tau > 0. The curve starts at time 0 with S = 1.
 *
 * With t_1 < .. < t_k the observed times <= tau and t_{k+1} = tau:
 *   estimate = t_1 + sum_{j=1..k} (t_{j+1} - t_j) S(t_j)
 *   variance = sum_{j=1..k} h_j A_j^2,  A_j = int_{t_j}^{tau} S(u) du,  h_j = d_j/(n_j (n_j - d_j))
 * with h_j = 0 where n_j = d_j (R's convention). No time <= tau gives estimate tau, variance 0.
 * Sums are compensated (R accumulates in long double).
 */
export function restrictedMeanKernel(
  time: Float64Array,
  survival: Float64Array,
  nRisk: Float64Array,
  nEvent: Float64Array,
  tau: number,
): { estimate: number; variance: number } {
  let k = 0;
  while (k < time.length && time[k] <= tau) k++;
  if (k === 0) return { estimate: tau, variance: 0 };
  // rect[j]: area of the step ending at t_{j+1} (rect[0] = t_1 * 1).
  const rect = new Float64Array(k + 1);
  rect[0] = time[0];
  for (let j = 1; j <= k; j++) rect[j] = ((j < k ? time[j] : tau) - time[j - 1]) * survival[j - 1];
  const estimate = compensatedSum(rect, 0, k + 1);

  let area = 0;
  let areaC = 0;
  let variance = 0;
  let varianceC = 0;
  for (let j = k; j >= 1; j--) {
    // area = int_{t_j}^{tau} S = rect[j] + .. + rect[k]  (1-based t_j = time[j - 1])
    [area, areaC] = twoSumAdd(area, areaC, rect[j]);
    const n = nRisk[j - 1];
    const d = nEvent[j - 1];
    const h = n - d === 0 ? 0 : d / (n * (n - d));
    const a = area + areaC;
    [variance, varianceC] = twoSumAdd(variance, varianceC, h * a * a);
  }
  return { estimate, variance: variance + varianceC };
}

/** Neumaier step: adds x to the running (sum, compensation) pair. */
function twoSumAdd(sum: number, c: number, x: number): [number, number] {
  const t = sum + x;
  if (Math.abs(sum) >= Math.abs(x)) c += sum - t + x;
  else c += x - t + sum;
  return [t, c];
}

function compensatedSum(v: Float64Array, from: number, to: number): number {
  let s = 0;
  let c = 0;
  for (let i = from; i < to; i++) [s, c] = twoSumAdd(s, c, v[i]);
  return s + c;
}
