import type { Label } from "../checkInput";
import { groupLabel } from "../figures/groupLabel";
import { makeTable, type Table, type TableCell } from "../figures/makeTable";
import { numberFormat } from "../figures/numberFormat";
import type { PairwiseLogRankRow } from "../survival/pairwiseLogRank";
import { survivalAt } from "../survival/survivalAt";
import { pAdjust } from "../math/pAdjust";
import type { GroupSurvival } from "./survivalByGroup";

/**
 * One line per group of a survivalByGroup result: patients, deaths, median survival with its
 * confidence interval and survival at `at` (e.g. 12 months), all from the Kaplan–Meier curves.
 */
export function medianTable(
  s: GroupSurvival,
  options: { at?: number; unit?: string; groupLabels?: Readonly<Record<string, string>>; groupTitle?: string; suppressBelow?: number; caption?: string } = {},
): Table {
  const k = options.suppressBelow ?? 0;
  const unit = options.unit ?? "months";
  const at = options.at;
  const nr = (x: number) => (Number.isFinite(x) ? numberFormat.fixed(x, 1) : "NR");
  const body: TableCell[][] = s.curves.map((c, i) => {
    const m = s.medians[i];
    const row: TableCell[] = [
      { text: groupLabel(c.group, options.groupLabels) },
      { text: numberFormat.count(c.n, k) },
      { text: numberFormat.count(c.events, k) },
      { text: `${nr(m.estimate)} (${nr(m.lower)}${numberFormat.dash}${nr(m.upper)})` },
    ];
    if (at !== undefined) {
      const r = survivalAt(c, [at])[0];
      row.push({ text: numberFormat.percentCi(r.survival, r.lower, r.upper) });
    }
    return row;
  });
  const level = Math.round(100 * (s.curves[0]?.confLevel ?? 0.95));
  const head: TableCell[][] = [[
    { text: options.groupTitle ?? "Group" }, { text: "Patients" }, { text: "Deaths" }, { text: `Median, ${unit} (${level}% CI)` },
    ...(at !== undefined ? [{ text: `${numberFormat.time(at)}-${unit.replace(/s$/, "")} survival, % (${level}% CI)` }] : []),
  ]];
  const footnotes = [
    "Kaplan–Meier estimates; NR, not reached (the curve or the confidence limit does not fall to 50%).",
    ...(s.excluded > 0 ? [`${numberFormat.count(s.excluded, k)} patient(s) with the grouping unknown are not shown.`] : []),
    ...(k > 0 ? [`Counts below ${k} are shown as <${k}.`] : []),
  ];
  return makeTable({ caption: options.caption, head, body, footnotes, className: "lm-median-table" });
}

/** Pairwise log-rank comparisons (pairwiseLogRank) as a table: each pair, χ², raw and adjusted p. */
export function pairwiseTable(
  rows: readonly PairwiseLogRankRow[],
  options: { groupLabels?: Readonly<Record<string, string>>; method?: string; caption?: string } = {},
): Table {
  const label = (g: Label) => groupLabel(g, options.groupLabels);
  const method = options.method ?? "Holm";
  const body: TableCell[][] = rows.map((r) => [
    { text: `${label(r.group1)} vs ${label(r.group2)}` },
    { text: numberFormat.fixed(r.chisq, 2) },
    { text: numberFormat.p(r.p) },
    { text: numberFormat.p(r.pAdjusted) },
  ]);
  return makeTable({
    caption: options.caption,
    head: [[{ text: "Comparison" }, { text: "χ² (df = 1)" }, { text: "p" }, { text: `p, ${method}-adjusted` }]],
    body,
    footnotes: [`Log-rank test for each pair of groups on the patients of those two groups; p-values adjusted for the ${rows.length} comparisons by ${method}'s method.`],
    className: "lm-pairwise-table",
  });
}

/**
 * The likelihood-ratio test of each variable's univariable Cox model (univariableCox().tests),
 * strongest first, with p-values adjusted for the number of variables screened (Holm).
 */
export function screeningTable(
  tests: readonly { variable: string; label: string; n: number; events: number; chisq: number; df: number; p: number }[],
  options: { suppressBelow?: number; caption?: string } = {},
): Table {
  const k = options.suppressBelow ?? 0;
  const adjusted = pAdjust(tests.map((t) => t.p), "holm");
  const order = tests.map((_, i) => i).sort((a, b) => tests[a].p - tests[b].p || a - b);
  const body: TableCell[][] = order.map((i) => [
    { text: tests[i].label },
    { text: numberFormat.count(tests[i].n, k) },
    { text: numberFormat.count(tests[i].events, k) },
    { text: `${numberFormat.fixed(tests[i].chisq, 2)} (${tests[i].df})` },
    { text: numberFormat.p(tests[i].p) },
    { text: numberFormat.p(adjusted[i]) },
  ]);
  return makeTable({
    caption: options.caption,
    head: [[{ text: "Variable" }, { text: "n" }, { text: "Deaths" }, { text: "LR χ² (df)" }, { text: "p" }, { text: "p, Holm-adjusted" }]],
    body,
    footnotes: [
      `Likelihood-ratio test of each variable in its own Cox model (all levels of a categorical variable at once), on the patients with that variable known; Holm's adjustment over the ${tests.length} variables screened.`,
      ...(k > 0 ? [`Counts below ${k} are shown as <${k}.`] : []),
    ],
    className: "lm-screening-table",
  });
}

/** Holm-adjusted p-values of univariableCox tests, keyed by variable. */
export function holmAdjusted(tests: readonly { variable: string; p: number }[]): Record<string, number> {
  const adjusted = pAdjust(tests.map((t) => t.p), "holm");
  return Object.fromEntries(tests.map((t, i) => [t.variable, adjusted[i]]));
}
