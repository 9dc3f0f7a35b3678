import type { Label } from "../checkInput";
import { kaplanMeier, type ConfType } from "../survival/kaplanMeier";
import { logRank, type LogRankResult } from "../survival/logRank";
import type { SurvivalCurve } from "../survival/SurvivalCurve";
import { survivalQuantile } from "../survival/survivalQuantile";
import { columnsOf, type ColumnSource } from "./modelMatrix";

export interface GroupMedian {
  group: Label | null;
  estimate: number;
  lower: number;
  upper: number;
}

export interface GroupSurvival {
  /** One Kaplan–Meier curve per group level present (or one over all rows without a group). */
  curves: SurvivalCurve[];
  /** Median survival per curve with its confidence limits (NaN: not reached). */
  medians: GroupMedian[];
  /** Log-rank test across the groups; null without a group or with a single level. */
  logRank: LogRankResult | null;
  /** Rows analysed, and rows left out because the group (or time / event) is missing. */
  n: number;
  excluded: number;
  /** Row indices (into the input columns) analysed. */
  rows: Int32Array;
}

function missing(v: unknown): boolean {
  return v === undefined || v === null || v === "" || (typeof v === "number" && Number.isNaN(v));
}

/**
 * Kaplan–Meier curves, medians (survivalQuantile at 0.5) and the log-rank test (rho = 0) of
 * one outcome, overall or by a grouping column. Rows with a missing group, time or event are
 * left out and counted in `excluded`. `levels` fixes the order and set of groups (matched by
 * text, so dictionary levels "0"/"1" match 0/1 flags; levels with no row are dropped, so a
 * subgroup absent from a file does not break the notebook); by default
 * the levels present in order of the kaplanMeier default (numbers numerically, text by code).
 * Options confType and confLevel as kaplanMeier (defaults: "log", 0.95, as R's survfit).
 */
export function survivalByGroup(
  source: ColumnSource,
  options: { time: string; event: string; group?: string; levels?: readonly Label[]; subset?: ArrayLike<number>; confType?: ConfType; confLevel?: number },
): GroupSurvival {
  const columns = columnsOf(source);
  for (const c of [options.time, options.event, options.group]) if (c !== undefined && !columns[c]) throw new Error(`survivalByGroup: column ${c} is not in the data`);
  const t = columns[options.time];
  const e = columns[options.event];
  const g = options.group !== undefined ? columns[options.group] : null;
  const n0 = t.length;
  const candidates = options.subset ? Array.from(options.subset) : Array.from({ length: n0 }, (_, i) => i);
  const keep = candidates.filter((i) => !missing(t[i]) && !missing(e[i]) && (g === null || missing(g[i]) === false));
  let labels = g === null ? undefined : keep.map((i) => g[i] as Label);
  let levels: Label[] | undefined;
  if (labels && options.levels) {
    // Levels match values by their text, so "1" (a dictionary level) matches the number 1.
    const byText = new Map(options.levels.map((l) => [String(l), l]));
    const unlisted = labels.filter((l) => !byText.has(String(l)));
    if (unlisted.length) throw new Error(`survivalByGroup: ${options.group} has levels outside the list given: ${Array.from(new Set(unlisted.map(String))).join(", ")}`);
    labels = labels.map((l) => byText.get(String(l)) as Label);
    const present = new Set(labels.map(String));
    levels = options.levels.filter((l) => present.has(String(l)));
  }
  const time = Float64Array.from(keep, (i) => Number(t[i]));
  const event = Float64Array.from(keep, (i) => Number(e[i]));
  const { curves } = kaplanMeier({ time, event, group: labels, levels, confType: options.confType, confLevel: options.confLevel });
  const medians = curves.map((c) => {
    const q = survivalQuantile(c, 0.5);
    return { group: c.group, estimate: q.estimate, lower: q.lower, upper: q.upper };
  });
  const test = labels && curves.length >= 2 ? logRank({ time, event, group: labels, levels }) : null;
  return { curves, medians, logRank: test, n: keep.length, excluded: candidates.length - keep.length, rows: Int32Array.from(keep) };
}
