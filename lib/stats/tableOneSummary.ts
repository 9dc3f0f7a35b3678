import { InputError, type Label } from "../checkInput";
import { chisqTest } from "./chisqTest";
import { fisherTest } from "./fisherTest";
import { kruskalTest } from "./kruskalTest";
import { quantile7 } from "./quantile7";
import { wilcoxonTest } from "./wilcoxonTest";

/** One row variable of Table 1; `label` comes from the data dictionary. */
export interface TableOneVariable {
  name: string;
  label: string;
  type: "categorical" | "continuous";
  /** Order (and set) of the categories; default: observed values sorted (numbers numerically). */
  levels?: readonly Label[];
  /** Display label per category (keyed by String(level)). */
  levelLabels?: Readonly<Record<string, string>>;
  /** Unit shown after the label of a continuous variable, e.g. "years". */
  unit?: string;
}

/** The column variable of Table 1. */
export interface TableOneGroupBy {
  name: string;
  label: string;
  levels?: readonly Label[];
  levelLabels?: Readonly<Record<string, string>>;
}

export interface TableOneInput {
  /** Columns by name; null, undefined, NaN and "" are missing. */
  data: Readonly<Record<string, ArrayLike<unknown>>>;
  variables: readonly TableOneVariable[];
  groupBy?: TableOneGroupBy;
  /** "auto" (default): Fisher's exact test when an expected count is below 5, else chi-square. */
  categoricalTest?: "auto" | "chisq" | "fisher";
}

export interface TableOneTest {
  test: "chisq" | "fisher" | "wilcoxon" | "kruskal";
  statistic?: number;
  df?: number;
  p: number;
  note?: string;
}

/** Per-column values: index 0 is the whole cohort, then one entry per group level. */
export interface TableOneCategorical {
  type: "categorical";
  name: string;
  label: string;
  levels: { level: Label; label: string; counts: number[] }[];
  nonMissing: number[];
  missing: number[];
  test: TableOneTest | null;
}

export interface TableOneContinuous {
  type: "continuous";
  name: string;
  label: string;
  unit?: string;
  stats: { n: number; median: number; q1: number; q3: number; min: number; max: number }[];
  missing: number[];
  test: TableOneTest | null;
}

export interface TableOneSummary {
  /** Column 0 is "Overall"; then the group levels. `n` = rows in the column. */
  columns: { level: Label | null; label: string; n: number }[];
  groupLabel: string | null;
  /** Rows left out of the group columns (not of Overall) because the grouping value is missing. */
  missingGroup: number;
  variables: (TableOneCategorical | TableOneContinuous)[];
}

const isMissing = (v: unknown): boolean =>
  v === null || v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v));

function sortedLevels(values: unknown[]): Label[] {
  const seen = new Map<string, Label>();
  for (const v of values) if (!isMissing(v)) seen.set(String(v), v as Label);
  const out = Array.from(seen.values());
  const numeric = out.every((v) => typeof v === "number");
  return numeric ? (out as number[]).sort((a, b) => a - b) : out.sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}

/**
 * The numbers behind Table 1, overall and by a grouping variable: n per category with the
 * non-missing denominators, median / quartiles (R's type-7 quantile) / range for continuous
 * variables, missing counts, and a test of association across groups: chi-square
 * (chisq.test(correct = FALSE)) or Fisher's exact test for categorical variables ("auto":
 * Fisher when any expected count is below 5; if Fisher's enumeration is too large the chi-square
 * result is kept with a note); Wilcoxon rank-sum (wilcox.test defaults) for a continuous variable
 * across two groups, Kruskal–Wallis across more. Tests use rows with both values present and
 * only groups that have any; no test without a grouping variable or with fewer than two groups.
 * Formatting is lib/figures/tableOne's job.
 */
export function tableOneSummary(input: TableOneInput): TableOneSummary {
  const cols = input.data;
  const n = input.variables.length ? lengthOf(cols, input.variables[0].name) : 0;
  const gb = input.groupBy;
  const gValues = gb ? Array.from(cols[gb.name] ?? fail(gb.name)) : [];
  if (gb && gValues.length !== n) throw new InputError(`tableOneSummary: column ${gb.name} has ${gValues.length} rows, expected ${n}`);
  const gLevels = gb ? (gb.levels ? [...gb.levels] : sortedLevels(gValues)) : [];
  const gIndex = new Map(gLevels.map((l, i) => [String(l), i]));
  // Column of each row: -1 when the group value is missing or not a listed level.
  const colOf = gValues.map((v) => (isMissing(v) ? -1 : gIndex.get(String(v)) ?? -1));
  const nCols = 1 + gLevels.length;
  const colN = new Array<number>(nCols).fill(0);
  colN[0] = n;
  for (const c of colOf) if (c >= 0) colN[c + 1]++;
  const columns = [{ level: null as Label | null, label: "Overall", n }].concat(
    gLevels.map((l, i) => ({ level: l as Label | null, label: gb?.levelLabels?.[String(l)] ?? String(l), n: colN[i + 1] })),
  );
  const variables = input.variables.map((v) => {
    const values = Array.from(cols[v.name] ?? fail(v.name));
    if (values.length !== n) throw new InputError(`tableOneSummary: column ${v.name} has ${values.length} rows, expected ${n}`);
    const missing = new Array<number>(nCols).fill(0);
    values.forEach((x, i) => {
      if (!isMissing(x)) return;
      missing[0]++;
      if (gb && colOf[i] >= 0) missing[colOf[i] + 1]++;
    });
    return v.type === "categorical"
      ? categorical(v, values, colOf, nCols, missing, gb !== undefined, input.categoricalTest ?? "auto")
      : continuous(v, values, colOf, nCols, missing, gb !== undefined);
  });
  return { columns, groupLabel: gb ? gb.label : null, missingGroup: gb ? colOf.filter((c) => c < 0).length : 0, variables };
}

function categorical(
  v: TableOneVariable, values: unknown[], colOf: number[], nCols: number, missing: number[], grouped: boolean,
  rule: "auto" | "chisq" | "fisher",
): TableOneCategorical {
  const levels = v.levels ? [...v.levels] : sortedLevels(values);
  const index = new Map(levels.map((l, i) => [String(l), i]));
  const counts = levels.map(() => new Array<number>(nCols).fill(0));
  values.forEach((x, i) => {
    if (isMissing(x)) return;
    const k = index.get(String(x));
    if (k === undefined) throw new InputError(`tableOneSummary: ${v.name}[${i}] = ${JSON.stringify(x)} is not one of the listed levels`);
    counts[k][0]++;
    if (grouped && colOf[i] >= 0) counts[k][colOf[i] + 1]++;
  });
  const nonMissing = new Array<number>(nCols).fill(0).map((_, c) => counts.reduce((a, row) => a + row[c], 0));
  let test: TableOneTest | null = null;
  if (grouped && nCols > 2) {
    const table = counts.map((row) => row.slice(1));
    try {
      const chi = chisqTest(table);
      const small = chi.expected.some((row) => row.some((e) => e < 5));
      test = { test: "chisq", statistic: chi.statistic, df: chi.df, p: chi.p };
      if (rule === "fisher" || (rule === "auto" && small)) {
        const f = fisherTest(table);
        if (f.complete) test = { test: "fisher", p: f.p };
        else test.note = "Fisher's exact test not computed (too many tables); chi-square shown";
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      test = null; // fewer than two non-empty categories or groups: nothing to test
    }
  }
  return {
    type: "categorical",
    name: v.name,
    label: v.label,
    levels: levels.map((l, k) => ({ level: l, label: v.levelLabels?.[String(l)] ?? String(l), counts: counts[k] })),
    nonMissing,
    missing,
    test,
  };
}

function continuous(v: TableOneVariable, values: unknown[], colOf: number[], nCols: number, missing: number[], grouped: boolean): TableOneContinuous {
  const byCol: number[][] = Array.from({ length: nCols }, () => []);
  values.forEach((x, i) => {
    if (isMissing(x)) return;
    if (typeof x !== "number" || !Number.isFinite(x)) throw new InputError(`tableOneSummary: ${v.name}[${i}] = ${JSON.stringify(x)} is not a number`);
    byCol[0].push(x);
    if (grouped && colOf[i] >= 0) byCol[colOf[i] + 1].push(x);
  });
  const stats = byCol.map((xs) => {
    const [min, q1, median, q3, max] = quantile7(xs, [0, 0.25, 0.5, 0.75, 1]);
    return { n: xs.length, median, q1, q3, min, max };
  });
  let test: TableOneTest | null = null;
  const present = byCol.slice(1).filter((xs) => xs.length > 0);
  if (grouped && present.length === 2) {
    const w = wilcoxonTest(present[0], present[1]);
    test = { test: "wilcoxon", statistic: w.statistic, p: w.p, note: w.method === "exact" ? "exact" : undefined };
  } else if (grouped && present.length > 2) {
    const k = kruskalTest(present);
    test = { test: "kruskal", statistic: k.statistic, df: k.df, p: k.p };
  }
  return { type: "continuous", name: v.name, label: v.label, unit: v.unit, stats, missing, test };
}

function lengthOf(cols: Readonly<Record<string, ArrayLike<unknown>>>, name: string): number {
  return (cols[name] ?? fail(name)).length;
}

function fail(name: string): never {
  throw new InputError(`tableOneSummary: no column named ${JSON.stringify(name)}`);
}
