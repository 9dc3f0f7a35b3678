import type { Label } from "../checkInput";
import { groupLabel } from "../figures/groupLabel";
import { makeTable, type Table, type TableCell } from "../figures/makeTable";
import { numberFormat } from "../figures/numberFormat";
import type { CumulativeIncidenceCurve } from "../survival/CumulativeIncidenceCurve";
import { cumulativeIncidence } from "../survival/cumulativeIncidence";
import { grayTest, type GrayTestResult } from "../survival/grayTest";
import { columnsOf, type ColumnSource } from "./modelMatrix";

export interface CompetingRisks {
  /** One curve per (group, cause), as cumulativeIncidence returns them. */
  curves: CumulativeIncidenceCurve[];
  /** Gray's test per cause across the groups; null without a group or with one level. */
  gray: GrayTestResult[] | null;
  n: number;
  /** Rows left out: time, status or group missing. */
  excluded: number;
}

const missing = (v: unknown) => v === undefined || v === null || v === "" || (typeof v === "number" && Number.isNaN(v));

/**
 * Cumulative incidence of each cause (Aalen–Johansen; cmprsk's variance, log(-log) limits by
 * default) overall or by a group, and Gray's test of each cause across the groups. `status`:
 * 0 censored, 1, 2, ... causes. Rows with the time, status or group missing are left out and
 * counted. `levels` orders the groups, matched by text (levels absent from the data are dropped).
 */
export function competingRisksByGroup(
  source: ColumnSource,
  options: { time: string; status: string; group?: string; levels?: readonly Label[] },
): CompetingRisks {
  const c = columnsOf(source);
  for (const name of [options.time, options.status, options.group]) if (name !== undefined && !c[name]) throw new Error(`competingRisksByGroup: column ${name} is not in the data`);
  const t = c[options.time], s = c[options.status];
  const g = options.group !== undefined ? c[options.group] : null;
  const keep: number[] = [];
  for (let i = 0; i < t.length; i++) if (!missing(t[i]) && !missing(s[i]) && (g === null || !missing(g[i]))) keep.push(i);
  const time = keep.map((i) => Number(t[i]));
  const cause = keep.map((i) => Number(s[i]));
  let group: Label[] | undefined;
  let levels: Label[] | undefined;
  if (g) {
    const byText = options.levels ? new Map(options.levels.map((l) => [String(l), l])) : null;
    group = keep.map((i) => (byText ? (byText.get(String(g[i])) ?? (g[i] as Label)) : (g[i] as Label)));
    if (options.levels) {
      const present = new Set(group.map(String));
      levels = options.levels.filter((l) => present.has(String(l)));
    }
  }
  const curves = cumulativeIncidence({ time, cause, group, levels });
  const groups = new Set((group ?? []).map(String));
  const gray = group && groups.size >= 2 ? grayTest({ time, cause, group, levels }) : null;
  return { curves, gray, n: keep.length, excluded: t.length - keep.length };
}

/** The cumulative incidence at given times (the step value at or before each time; 0 before the first). */
export function incidenceAt(curve: CumulativeIncidenceCurve, times: readonly number[]): { time: number; estimate: number; lower: number; upper: number }[] {
  return times.map((x) => {
    let k = -1;
    while (k + 1 < curve.time.length && curve.time[k + 1] <= x) k++;
    return k < 0 ? { time: x, estimate: 0, lower: NaN, upper: NaN } : { time: x, estimate: curve.estimate[k], lower: curve.lower[k], upper: curve.upper[k] };
  });
}

/** Cumulative incidence of each cause (and group) at milestone times, % (95% CI). */
export function incidenceTable(
  curves: readonly CumulativeIncidenceCurve[],
  times: readonly number[],
  options: { causeLabels: Readonly<Record<string, string>>; groupLabels?: Readonly<Record<string, string>>; timeLabel?: (t: number) => string; caption?: string },
): Table {
  const label = options.timeLabel ?? ((t: number) => String(t));
  const grouped = curves.some((c) => c.group !== null);
  const body: TableCell[][] = curves.map((c) => [
    { text: grouped ? `${groupLabel(c.group, options.groupLabels)}: ${options.causeLabels[String(c.cause)] ?? c.cause}` : options.causeLabels[String(c.cause)] ?? String(c.cause) },
    ...incidenceAt(c, times).map((r) => ({ text: Number.isFinite(r.lower) ? numberFormat.percentCi(r.estimate, r.lower, r.upper) : `${numberFormat.fixed(100 * r.estimate, 1)}%` })),
  ]);
  const level = Math.round(100 * (curves[0]?.confLevel ?? 0.95));
  return makeTable({
    caption: options.caption,
    head: [[{ text: grouped ? "Group: event" : "Event" }, ...times.map((t) => ({ text: `${label(t)}, % (${level}% CI)` }))]],
    body,
    footnotes: ["Cumulative incidence (Aalen–Johansen) with death as a competing risk; cmprsk's delta-method variance, log(−log) confidence limits."],
    className: "lm-incidence-table",
  });
}
