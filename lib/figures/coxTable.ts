import { figureDefaults } from "./figureDefaults";
import { estimatePText, estimateText } from "./estimateText";
import type { ForestRow } from "./forestRows";
import { makeTable, type Table, type TableCell } from "./makeTable";
import { modelFootnote, type ModelSummaryLike } from "./modelFootnote";
import { numberFormat } from "./numberFormat";

export interface CoxTableOptions {
  caption?: string;
  /** Multivariable fit (or summary) for the footnote. */
  model?: ModelSummaryLike;
  /** Number of patients of `model`, when its n counts split (start, stop] rows (see modelFootnote). */
  patients?: number;
  globalTest?: "lr" | "wald" | "score";
  notes?: readonly string[];
  suppressBelow?: number;
  /** Show n and events columns (default true). */
  showCounts?: boolean;
}

/**
 * Univariable and multivariable Cox regression table from forestRows (the same rows as the
 * forest plot, so both always agree): variable headings with their levels indented, the
 * reference level marked "reference", n and events, HR (95% CI) and p for each kind of model
 * present, "not estimable (collinear / separation)" where the fit flags it, "—" where a
 * variable is not in the model. Footnote from the multivariable fit.
 */
export function coxTable(rows: readonly ForestRow[], options: CoxTableOptions = {}): Table {
  const k = options.suppressBelow ?? figureDefaults.suppressBelow;
  const counts = options.showCounts ?? true;
  const sets = (["univariable", "multivariable"] as const).filter((w) => rows.some((r) => r[w]));
  const head: TableCell[][] = [
    [{ text: "" }, ...(counts ? [{ text: "" }, { text: "" }] : []), ...sets.map((w) => ({ text: w === "univariable" ? "Univariable" : "Multivariable", colspan: 2 }))],
    [{ text: "Characteristic" }, ...(counts ? [{ text: "n" }, { text: "Events" }] : []), ...sets.flatMap(() => [{ text: "HR (95% CI)" }, { text: "p" }])],
  ];
  const body: TableCell[][] = rows.map((r) => {
    const label: TableCell = r.kind === "level" ? { text: r.label, indent: 1 } : { text: r.label, bold: true };
    if (r.kind === "variable") return [label, ...(counts ? [{ text: "" }, { text: "" }] : []), ...sets.flatMap(() => [{ text: "" }, { text: "" }])];
    const c = counts
      ? [{ text: r.n === undefined ? "" : numberFormat.count(r.n, k) }, { text: r.events === undefined ? "" : numberFormat.count(r.events, k) }]
      : [];
    return [
      label,
      ...c,
      ...sets.flatMap((w) => {
        const e = r[w];
        const muted = !!e && e.status !== "estimate" && e.status !== "absent";
        return [{ text: estimateText(e), muted }, { text: estimatePText(e) }];
      }),
    ];
  });
  const footnotes = [
    "HR, hazard ratio from Cox proportional hazards regression; CI, confidence interval; p from the Wald test.",
    ...(sets.includes("univariable") ? ["Univariable: one model per variable."] : []),
    ...(options.model ? [modelFootnote(options.model, { globalTest: options.globalTest, suppressBelow: k, patients: options.patients })] : []),
    ...(rows.some((r) => r.multivariable?.status === "absent" && r.kind !== "variable") ? [`${numberFormat.missing} not in the multivariable model.`] : []),
    ...(options.notes ?? []),
  ];
  if (k > 0) footnotes.push(`Counts below ${k} are shown as <${k}.`);
  return makeTable({ caption: options.caption, head, body, footnotes, className: "lm-cox-table" });
}
