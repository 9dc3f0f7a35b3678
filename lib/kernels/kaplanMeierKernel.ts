import type { SurvivalCurve } from "../survival/SurvivalCurve";

/**
 * Kaplan–Meier kernel: one pass over one curve's observations, already sorted by time.
 *
 * Preconditions: `time[start..end)` is sorted ascending, finite and >= 0; `event[start..end)`
 * holds 0/1; start < end. Nothing is checked here (the estimator checks and sorts).
 *
 * Output has one row per distinct time (event or censoring), as survfit. With n = number at
 * risk (observations with time >= t: censorings at t are at risk at t) and d = events at t:
 *   survival      S(t)  = prod (n - d)/n                  (updated as S *= (n - d)/n)
 *   stdErr        sqrt(sum d / (n (n - d)))               (Greenwood; Inf once n = d)
 *   cumHaz        H(t)  = sum d/n                          (Nelson–Aalen)
 *   cumHazStdErr  sqrt(sum d / n^2)
 * The update order follows survival's C routine survfitkm so that S is bit-identical to R.
 */
export type KaplanMeierRows = Pick<
  SurvivalCurve,
  "time" | "nRisk" | "nEvent" | "nCensor" | "survival" | "stdErr" | "cumHaz" | "cumHazStdErr"
>;

export function kaplanMeierKernel(time: Float64Array, event: Float64Array, start: number, end: number): KaplanMeierRows {
  let m = 0;
  for (let i = start; i < end; i++) if (i === start || time[i] !== time[i - 1]) m++;
  const rows: KaplanMeierRows = {
    time: new Float64Array(m),
    nRisk: new Float64Array(m),
    nEvent: new Float64Array(m),
    nCensor: new Float64Array(m),
    survival: new Float64Array(m),
    stdErr: new Float64Array(m),
    cumHaz: new Float64Array(m),
    cumHazStdErr: new Float64Array(m),
  };
  let km = 1;
  let greenwood = 0;
  let nelson = 0;
  let nelsonVar = 0;
  let k = 0;
  let i = start;
  while (i < end) {
    const t = time[i];
    const atRisk = end - i;
    let d = 0;
    let c = 0;
    while (i < end && time[i] === t) {
      if (event[i] === 1) d++;
      else c++;
      i++;
    }
    if (d > 0) {
      nelson += d / atRisk;
      nelsonVar += d / (atRisk * atRisk);
      km *= (atRisk - d) / atRisk;
      greenwood += d / (atRisk * (atRisk - d));
    }
    rows.time[k] = t;
    rows.nRisk[k] = atRisk;
    rows.nEvent[k] = d;
    rows.nCensor[k] = c;
    rows.survival[k] = km;
    rows.stdErr[k] = Math.sqrt(greenwood);
    rows.cumHaz[k] = nelson;
    rows.cumHazStdErr[k] = Math.sqrt(nelsonVar);
    k++;
  }
  return rows;
}
