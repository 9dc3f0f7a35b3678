import { timeBreaks } from "./timeBreaks";

/** A curve's risk set as the axis rule reads it: observed times (data units) and the number at risk at each. */
export interface RiskSetLike {
  time: ArrayLike<number>;
  nRisk?: ArrayLike<number>;
}

/** Fraction of the starting number at risk, and the absolute floor, below which the default time axis stops. */
export const axisEndRule = { fraction: 0.1, floor: 10 };

/**
 * The time (data units) up to which the pooled number at risk over `riskSets` (one per group, each
 * group counted once) stays at or above max(axisEndRule.fraction x starting number, axisEndRule.floor):
 * the last observed time t with pooled count(time >= t) at or above the threshold. The count of a set
 * at t is nRisk at its first observed time >= t (0 after its last), as atRiskFromCurve reads it.
 * Returns the last observed time when the count never drops below the threshold or when a set has no
 * nRisk.
 */
export function riskSetEnd(riskSets: readonly RiskSetLike[]): number {
  const last = Math.max(0, ...riskSets.map((c) => (c.time.length ? c.time[c.time.length - 1] : 0)));
  if (riskSets.some((c) => !c.nRisk)) return last;
  const times = Array.from(new Set(riskSets.flatMap((c) => Array.from(c.time)))).sort((a, b) => a - b);
  const pos = riskSets.map(() => 0);
  const pooledAt = (t: number) => {
    let total = 0;
    riskSets.forEach((c, k) => {
      while (pos[k] < c.time.length && c.time[pos[k]] < t) pos[k]++;
      if (pos[k] < c.time.length) total += c.nRisk![pos[k]];
    });
    return total;
  };
  const start = pooledAt(times.length ? Math.min(0, times[0]) : 0);
  const threshold = Math.max(axisEndRule.fraction * start, axisEndRule.floor);
  let end = times.length ? times[0] : 0;
  for (const t of times) {
    if (pooledAt(t) < threshold) return end;
    end = t;
  }
  return last;
}

/**
 * Default breaks and right end of a survival time axis (display units). Without an explicit `xMax`,
 * the axis ends at the last break at or before riskSetEnd(riskSets) (the time the pooled number at
 * risk first drops below 10% of the starting number or below 10 patients, whichever is larger), and
 * breaks beyond it are dropped (`tableBreaks`, the times of a risk table passed in, are cut there too).
 * With an explicit `xMax` or `breaks` the axis runs to max(xMax or the last observed time, last break),
 * as before. A `breakStep` leaving fewer than four breaks up to the end is replaced by the step
 * timeBreaks chooses for the shortened axis. When fewer than two breaks would remain, the whole
 * follow-up is shown.
 */
export function defaultTimeAxis(
  riskSets: readonly RiskSetLike[],
  divisor: number,
  unit: string,
  options: { xMax?: number; breaks?: readonly number[]; tableBreaks?: readonly number[]; breakStep?: number },
): { breaks: number[]; xMax: number } {
  const last = Math.max(0, ...riskSets.map((c) => (c.time.length ? c.time[c.time.length - 1] : 0))) / divisor;
  const fixed = options.breaks ?? (options.xMax === undefined ? undefined : options.tableBreaks);
  if (options.xMax !== undefined || fixed) {
    const breaks = fixed ? fixed.slice() : timeBreaks(options.xMax!, unit, { step: options.breakStep });
    return { breaks, xMax: Math.max(options.xMax ?? last, breaks[breaks.length - 1]) };
  }
  const end = riskSetEnd(riskSets) / divisor;
  const all = options.tableBreaks ? options.tableBreaks.slice() : timeBreaks(last, unit, { step: options.breakStep });
  let kept = options.tableBreaks ? all.filter((b) => b <= end * (1 + 1e-9)) : timeBreaks(end, unit, { step: options.breakStep });
  // A coarse breakStep could leave the axis one or two steps long (e.g. [0, 6] when the count drops at
  // 10 months): then the step is chosen for the shorter axis instead.
  if (!options.tableBreaks && options.breakStep !== undefined && kept.length < 4) kept = timeBreaks(end, unit);
  if (kept.length >= 2) return { breaks: kept, xMax: kept[kept.length - 1] };
  return { breaks: all, xMax: Math.max(last, all[all.length - 1]) };
}

/** Risk-table groups restricted to the rows at `breaks` (display units; rows in data units), in break order. */
export function keepBreaks<G extends { rows: readonly { time: number }[] }>(groups: readonly G[], breaks: readonly number[], divisor: number): G[] {
  return groups.map((g) => ({
    ...g,
    rows: g.rows.filter((r) => breaks.some((b) => Math.abs(r.time / divisor - b) <= 1e-9 * Math.max(1, Math.abs(b)))),
  }));
}
