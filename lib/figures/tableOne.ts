import type { TableOneCategorical, TableOneContinuous, TableOneSummary, TableOneTest } from "../stats/tableOneSummary";
import { figureDefaults } from "./figureDefaults";
import { makeTable, type Table, type TableCell } from "./makeTable";
import { numberFormat } from "./numberFormat";

export interface TableOneOptions {
  caption?: string;
  /** Counts 1..k-1 print as "<k" (percentages of those are hidden too). */
  suppressBelow?: number;
  /** Show the Overall column (default true). */
  overall?: boolean;
  /** Missing rows: "always" (default) or only where something is missing ("ifAny"). */
  missingRows?: "always" | "ifAny";
  /** Show p-values when the summary has tests (default true). */
  pValues?: boolean;
  percentDigits?: number;
  continuousDigits?: number;
}

const TEST_NAMES: Record<TableOneTest["test"], string> = {
  chisq: "Pearson's chi-square test (no continuity correction)",
  fisher: "Fisher's exact test",
  wilcoxon: "Wilcoxon rank-sum test",
  kruskal: "Kruskal–Wallis test",
};

/**
 * Table 1 from tableOneSummary: one column for the whole cohort and one per group (n in the
 * header), categorical variables as n (%) of patients with a known value, continuous ones as
 * median (IQR), a "Missing" row per variable, and the p-value of each variable's test with a
 * footnote marker naming the test. Only formats: every number comes from the summary.
 */
export function tableOne(summary: TableOneSummary, options: TableOneOptions = {}): Table {
  const k = options.suppressBelow ?? figureDefaults.suppressBelow;
  const pd = options.percentDigits ?? figureDefaults.percentDigits;
  const cd = options.continuousDigits ?? figureDefaults.continuousDigits;
  const cols = summary.columns.map((c, i) => i).filter((i) => i > 0 || (options.overall ?? true) || summary.columns.length === 1);
  const tested = (options.pValues ?? true) && summary.variables.some((v) => v.test);
  const used: TableOneTest["test"][] = [];
  const marker = (t: TableOneTest) => {
    if (!used.includes(t.test)) used.push(t.test);
    return String.fromCharCode(97 + used.indexOf(t.test));
  };
  const notes: string[] = [];

  const head: TableCell[][] = [];
  const groups = cols.filter((i) => i > 0);
  if (summary.groupLabel && groups.length) {
    head.push([{ text: "" }, ...(cols.includes(0) ? [{ text: "" }] : []), { text: summary.groupLabel, colspan: groups.length }, ...(tested ? [{ text: "" }] : [])]);
  }
  head.push([
    { text: "Characteristic" },
    ...cols.map((i) => ({ text: `${summary.columns[i].label} (n = ${numberFormat.count(summary.columns[i].n, k)})` })),
    ...(tested ? [{ text: "p" }] : []),
  ]);

  const body: TableCell[][] = [];
  const pCell = (t: TableOneTest | null): TableCell[] => {
    if (!tested) return [];
    if (!t) return [{ text: "" }];
    if (t.note) notes.push(t.note);
    return [{ text: numberFormat.p(t.p), sup: marker(t) }];
  };
  for (const v of summary.variables) {
    if (v.type === "categorical") {
      const c = v as TableOneCategorical;
      body.push([{ text: `${c.label}, n (%)`, bold: true }, ...cols.map(() => ({ text: "" })), ...pCell(c.test)]);
      for (const l of c.levels) {
        body.push([
          { text: l.label, indent: 1 },
          ...cols.map((i) => ({ text: numberFormat.countPercent(l.counts[i], c.nonMissing[i], k, pd) })),
          ...(tested ? [{ text: "" }] : []),
        ]);
      }
    } else {
      const c = v as TableOneContinuous;
      const label = `${c.label}${c.unit ? `, ${c.unit}` : ""}, median (IQR)`;
      body.push([
        { text: label, bold: true },
        ...cols.map((i) => ({ text: c.stats[i].n === 0 ? numberFormat.missing : numberFormat.medianIqr(c.stats[i].median, c.stats[i].q1, c.stats[i].q3, cd) })),
        ...pCell(c.test),
      ]);
    }
    if ((options.missingRows ?? "always") === "always" || v.missing.some((m) => m > 0)) {
      body.push([{ text: "Missing", indent: 1, muted: true }, ...cols.map((i) => ({ text: numberFormat.count(v.missing[i], k) })), ...(tested ? [{ text: "" }] : [])]);
    }
  }
  const footnotes = [
    "Percentages are of patients with a known value; IQR, interquartile range (25th–75th percentile).",
    ...used.map((t, i) => `${String.fromCharCode(97 + i)} ${TEST_NAMES[t]}.`),
    ...Array.from(new Set(notes)),
  ];
  if (summary.missingGroup > 0 && summary.groupLabel) {
    footnotes.push(`${numberFormat.count(summary.missingGroup, k)} patient(s) with unknown ${summary.groupLabel.toLowerCase()} are counted in Overall only.`);
  }
  if (k > 0) footnotes.push(`Counts below ${k} are shown as <${k}.`);
  return makeTable({ caption: options.caption, head, body, footnotes, className: "lm-table-one" });
}
