import type { CohortSchema } from "../data/cohortTypes";
import type { TableOneSummary, TableOneVariable } from "../stats/tableOneSummary";
import { fieldInfo } from "./fieldInfo";

/**
 * Table 1 rows for schema fields and derived variables, labelled from the data dictionary: a
 * field with a list of values (enum, 0/1 flags included) is categorical with the dictionary's
 * level order and labels; a number without one is continuous (median and IQR) with its unit,
 * unless listed in `categorical` (e.g. the year of diagnosis: one row per year present).
 */
export function tableOneVariables(schema: CohortSchema, names: readonly string[], options: { categorical?: readonly string[] } = {}): TableOneVariable[] {
  return names.map((name) => {
    const info = fieldInfo(schema, name);
    if (!info.levels && options.categorical?.includes(name)) return { name, label: info.label, type: "categorical" as const };
    if (info.levels) return { name, label: info.label, type: "categorical" as const, levels: info.levels, levelLabels: info.levelLabels };
    return { name, label: info.label, type: "continuous" as const, unit: info.unit ?? undefined };
  });
}

/** One category of a Table 1 summary (overall column): count, patients with a known value, percent. */
export function summaryShare(summary: TableOneSummary, name: string, level: string | number, column = 0): { n: number; of: number; percent: number; label: string } {
  const v = summary.variables.find((x) => x.name === name);
  if (!v || v.type !== "categorical") throw new Error(`summaryShare: ${name} is not a categorical variable of the summary`);
  const l = v.levels.find((x) => String(x.level) === String(level));
  if (!l) throw new Error(`summaryShare: ${name} has no level ${level}`);
  const of = v.nonMissing[column];
  return { n: l.counts[column], of, percent: of > 0 ? (100 * l.counts[column]) / of : NaN, label: l.label };
}

/** The categories of a variable in a Table 1 summary, most frequent first (overall column). */
export function summaryRanking(summary: TableOneSummary, name: string, column = 0): { level: string; label: string; n: number; of: number; percent: number }[] {
  const v = summary.variables.find((x) => x.name === name);
  if (!v || v.type !== "categorical") throw new Error(`summaryRanking: ${name} is not a categorical variable of the summary`);
  const of = v.nonMissing[column];
  return v.levels
    .map((l) => ({ level: String(l.level), label: l.label, n: l.counts[column], of, percent: of > 0 ? (100 * l.counts[column]) / of : NaN }))
    .sort((a, b) => b.n - a.n);
}

/** Median and quartiles of a continuous variable in a Table 1 summary (overall column). */
export function summaryMedian(summary: TableOneSummary, name: string, column = 0): { median: number; q1: number; q3: number; n: number } {
  const v = summary.variables.find((x) => x.name === name);
  if (!v || v.type !== "continuous") throw new Error(`summaryMedian: ${name} is not a continuous variable of the summary`);
  const s = v.stats[column];
  return { median: s.median, q1: s.q1, q3: s.q3, n: s.n };
}
