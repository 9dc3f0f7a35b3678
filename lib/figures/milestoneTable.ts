import type { Label } from "../checkInput";
import { figureDefaults, timeScales, type TimeScale } from "./figureDefaults";
import { groupLabel } from "./groupLabel";
import { makeTable, type Table, type TableCell } from "./makeTable";
import { numberFormat } from "./numberFormat";

/** A survivalAt row (lib/survival/survivalAt), structurally. */
export interface MilestoneRowLike {
  time: number;
  survival: number;
  lower: number;
  upper: number;
  nRisk: number;
}

export interface MilestoneTableOptions {
  caption?: string;
  timeScale?: TimeScale;
  groupLabels?: Readonly<Record<string, string>>;
  /** Heading of the first column (default "Group"). */
  groupTitle?: string;
  suppressBelow?: number;
  percentDigits?: number;
  /** Confidence level of the intervals, for the header (default 0.95). */
  confLevel?: number;
}

/**
 * Milestone survival: for each group, survival in % with its confidence interval and the number
 * at risk at each milestone time (e.g. 3, 6 and 12 months), from survivalAt rows computed at the
 * same times for every group. Only formats.
 */
export function milestoneTable(
  groups: readonly { group: Label | null; rows: readonly MilestoneRowLike[] }[],
  options: MilestoneTableOptions = {},
): Table {
  if (groups.length === 0) throw new Error("milestoneTable: no groups");
  const scale = options.timeScale ?? timeScales.months;
  const k = options.suppressBelow ?? figureDefaults.suppressBelow;
  const times = groups[0].rows.map((r) => r.time);
  for (const g of groups) {
    if (g.rows.length !== times.length || g.rows.some((r, i) => r.time !== times[i])) {
      throw new Error(`milestoneTable: group ${groupLabel(g.group, options.groupLabels)} has rows at other times than the first group`);
    }
  }
  const level = Math.round(100 * (options.confLevel ?? 0.95));
  const head: TableCell[][] = [
    [{ text: "" }, ...times.map((t) => ({ text: `${numberFormat.time(t / scale.divisor)} ${scale.unit}`, colspan: 2 }))],
    [{ text: options.groupTitle ?? "Group" }, ...times.flatMap(() => [{ text: `Survival, % (${level}% CI)` }, { text: "At risk" }])],
  ];
  const body: TableCell[][] = groups.map((g) => [
    { text: groupLabel(g.group, options.groupLabels) },
    ...g.rows.flatMap((r) => [
      { text: numberFormat.percentCi(r.survival, r.lower, r.upper, options.percentDigits ?? figureDefaults.percentDigits) },
      { text: numberFormat.count(r.nRisk, k) },
    ]),
  ]);
  const footnotes = ["Kaplan–Meier estimates with pointwise confidence intervals; at risk: patients still under observation at that time."];
  if (k > 0) footnotes.push(`Counts below ${k} are shown as <${k}.`);
  return makeTable({ caption: options.caption, head, body, footnotes, className: "lm-milestone-table" });
}
