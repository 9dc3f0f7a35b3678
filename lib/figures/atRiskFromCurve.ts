import type { Label } from "../checkInput";

/** The counts a risk table shows at one time: at risk, and events and censorings up to then. */
export interface RiskTableRow {
  time: number;
  nRisk: number;
  /** Events at times <= time (cumulative). */
  nEvent?: number;
  /** Censorings at times <= time (cumulative). */
  nCensor?: number;
}

/** Risk-table rows of one group, e.g. { group, rows: survivalAt(curve, times) }. */
export interface RiskTableGroup {
  group: Label | null;
  rows: readonly RiskTableRow[];
}

/** The count columns of a curve that a risk table reads (SurvivalCurve and cumulative incidence curves have them). */
export interface CountedCurve {
  group: Label | null;
  time: ArrayLike<number>;
  nRisk: ArrayLike<number>;
  nEvent?: ArrayLike<number>;
  nCensor?: ArrayLike<number>;
}

/**
 * Reads a risk table off a curve's own counts by step lookup (no estimation), with survivalAt's
 * conventions: at time t, nRisk is the number at risk at the first observed time >= t (0 after the
 * last), nEvent and nCensor the totals at observed times <= t (when the curve has those columns).
 * `times` are in the curve's time unit.
 */
export function atRiskFromCurve(curve: CountedCurve, times: readonly number[]): RiskTableGroup {
  const m = curve.time.length;
  const rows = times.map((t) => {
    let a = 0; // observed times <= t
    while (a < m && curve.time[a] <= t) a++;
    const b = a > 0 && curve.time[a - 1] === t ? a - 1 : a; // observed times < t
    const row: RiskTableRow = { time: t, nRisk: b < m ? curve.nRisk[b] : 0 };
    if (curve.nEvent) row.nEvent = sum(curve.nEvent, a);
    if (curve.nCensor) row.nCensor = sum(curve.nCensor, a);
    return row;
  });
  return { group: curve.group, rows };
}

function sum(x: ArrayLike<number>, upTo: number): number {
  let s = 0;
  for (let k = 0; k < upTo; k++) s += x[k];
  return s;
}
