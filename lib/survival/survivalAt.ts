import { checkTime } from "../checkInput";
import type { SurvivalCurve } from "./SurvivalCurve";

export interface SurvivalAtRow {
  time: number;
  survival: number;
  lower: number;
  upper: number;
  /** Number at risk at the first observed time >= t (0 beyond the last time), as R. */
  nRisk: number;
  /** Standard error of S(t) (summary.survfit's std.err = S * Greenwood SE of -log S). */
  stdErr: number;
  /** Events at times <= t. */
  nEvent: number;
  /** Censorings at times <= t. */
  nCensor: number;
}

/**
 * The Kaplan–Meier curve read at arbitrary times, as summary(fit, times = times, extend = TRUE).
 *
 * S(t), its limits and std.err are those of the last observed time <= t; before the first
 * observed time the curve is at its start (S = 1, limits 1, std.err 0: R prepends a time-0 row
 * with survfit0). n.risk is the number at risk at the first observed time >= t, i.e. those
 * still under observation just before t; it is 0 after the last observed time.
 * Counts differ from R in one respect: R's summary reports events and censorings in the
 * interval since the previous requested time (times sorted); here nEvent/nCensor are
 * cumulative over [0, t] (= cumsum of R's columns) and rows keep the order of `times`.
 * Times must be finite and >= 0.
 *
 * R: summary(survfit(...), times = times, extend = TRUE)
 * Reference: Kaplan EL, Meier P (1958) JASA 53:457–481.
 */
export function survivalAt(curve: SurvivalCurve, times: ArrayLike<number>): SurvivalAtRow[] {
  const t = checkTime("times", times);
  const m = curve.time.length;
  // Cumulative counts, so each row is a lookup.
  const cumEvent = new Float64Array(m + 1);
  const cumCensor = new Float64Array(m + 1);
  for (let k = 0; k < m; k++) {
    cumEvent[k + 1] = cumEvent[k] + curve.nEvent[k];
    cumCensor[k + 1] = cumCensor[k] + curve.nCensor[k];
  }
  const rows: SurvivalAtRow[] = [];
  for (let j = 0; j < t.length; j++) {
    // a = number of observed times <= t[j]; b = number of observed times < t[j].
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (curve.time[mid] <= t[j]) lo = mid + 1;
      else hi = mid;
    }
    const a = lo;
    const b = a > 0 && curve.time[a - 1] === t[j] ? a - 1 : a;
    const nRisk = b < m ? curve.nRisk[b] : 0;
    if (a === 0) {
      rows.push({ time: t[j], survival: 1, lower: 1, upper: 1, nRisk, stdErr: 0, nEvent: 0, nCensor: 0 });
      continue;
    }
    const k = a - 1;
    const s = curve.survival[k];
    rows.push({
      time: t[j],
      survival: s,
      lower: curve.lower[k],
      upper: curve.upper[k],
      nRisk,
      stdErr: curve.stdErr[k] * s,
      nEvent: cumEvent[a],
      nCensor: cumCensor[a],
    });
  }
  return rows;
}
