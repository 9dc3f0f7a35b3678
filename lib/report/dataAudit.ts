import type { CohortReport, CohortSchema } from "../data/cohortTypes";
import { validationRules } from "../data/validationRules";
import { makeTable, type Table, type TableCell } from "../figures/makeTable";
import { numberFormat } from "../figures/numberFormat";
import { medianFollowUp } from "../survival/medianFollowUp";
import { fieldInfo } from "./fieldInfo";
import { columnsOf, type ColumnSource } from "./modelMatrix";

/** The patient flow of a load, aggregated (never a row): received, excluded by reason, analysed, warnings by rule and column. */
export interface PatientFlow {
  file: string;
  received: number;
  excluded: number;
  analysed: number;
  /** Excluded rows per reason ("os_days missing"), a row counted under each of its reasons. */
  reasons: { reason: string; count: number }[];
  /** Warnings kept in the analysis, per rule and column. */
  warnings: { rule: string; column: string | null; description: string; count: number }[];
}

function labelOf(schema: CohortSchema, column: string | null): string {
  if (!column) return "file";
  try {
    return fieldInfo(schema, column).label;
  } catch {
    return column;
  }
}

/** "Primary tumour: NSCLC", "Smoking history: former or current", "Radiotherapy: yes" (dictionary labels). */
function appliesText(schema: CohortSchema, field: string, values: ReadonlyArray<string | number>): string {
  try {
    const info = fieldInfo(schema, field);
    return `${info.label}: ${values.map((v) => info.levelLabels[String(v)] ?? String(v)).join(" or ")}`;
  } catch {
    return `${field}: ${values.join(" or ")}`;
  }
}

/** Aggregates the loading report into the patient flow (labels from the data dictionary). */
export function patientFlow(report: CohortReport, schema: CohortSchema): PatientFlow {
  const reasons = new Map<string, number>();
  for (const e of report.exclusions) {
    for (const r of e.reasons) {
      const [column, rule] = r.split(": ");
      const text = rule === "missing-excludes-row" ? `${labelOf(schema, column)} missing` : `${labelOf(schema, column)}: ${rule}`;
      reasons.set(text, (reasons.get(text) ?? 0) + 1);
    }
  }
  const warnings = new Map<string, { rule: string; column: string | null; description: string; count: number }>();
  for (const p of report.problems) {
    if (p.severity !== "warning") continue;
    const key = `${p.rule}\u0000${p.column}`;
    const w = warnings.get(key) ?? { rule: p.rule, column: p.column, description: validationRules[p.rule]?.description ?? p.rule, count: 0 };
    w.count++;
    warnings.set(key, w);
  }
  return {
    file: report.file, received: report.rowsReceived, excluded: report.rowsExcluded, analysed: report.rowsAnalysed,
    reasons: Array.from(reasons, ([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
    warnings: Array.from(warnings.values()),
  };
}

/** The patient flow as a table: received, each exclusion reason, analysed, then the warnings kept. */
export function patientFlowTable(flow: PatientFlow, schema: CohortSchema, options: { suppressBelow?: number; caption?: string } = {}): Table {
  const k = options.suppressBelow ?? 0;
  const body: TableCell[][] = [
    [{ text: "Rows received", bold: true }, { text: numberFormat.count(flow.received, k) }],
    [{ text: "Excluded from every analysis", bold: true }, { text: numberFormat.count(flow.excluded, k) }],
    ...flow.reasons.map((r) => [{ text: r.reason, indent: 1 }, { text: numberFormat.count(r.count, k) }]),
    [{ text: "Patients analysed", bold: true }, { text: numberFormat.count(flow.analysed, k) }],
  ];
  if (flow.warnings.length) {
    body.push([{ text: "Kept, with a value expected but missing", bold: true }, { text: "" }]);
    for (const w of flow.warnings) body.push([{ text: `${labelOf(schema, w.column)}`, indent: 1 }, { text: numberFormat.count(w.count, k) }]);
  }
  const footnotes = [
    "Exclusions: rows without an outcome (overall survival time or vital status) cannot enter a survival analysis. Rows with a fatal problem would have stopped the load.",
    ...(flow.warnings.length ? ["Warnings: rows kept; an analysis needing the value (e.g. a treatment's start day) leaves those rows out and says so."] : []),
    ...(k > 0 ? [`Counts below ${k} are shown as <${k}.`] : []),
  ];
  return makeTable({ caption: options.caption, head: [[{ text: "Step" }, { text: "Patients" }]], body, footnotes, className: "lm-flow-table" });
}

/**
 * Missing values per field among the patients analysed where the field applies (a field with
 * x-applies-when counts only rows meeting the condition, e.g. EGFR status among NSCLC), grouped
 * and labelled as in the data dictionary; by default only fields with something missing.
 */
export function missingnessTable(report: CohortReport, schema: CohortSchema, options: { suppressBelow?: number; caption?: string; all?: boolean } = {}): Table {
  const k = options.suppressBelow ?? 0;
  const rows = schema.fields
    .map((f) => ({ f, m: report.missing[f.name] }))
    .filter(({ m }) => m && m.applicable > 0 && (options.all || m.count > 0));
  const body: TableCell[][] = [];
  let group = "";
  for (const { f, m } of rows) {
    if (f.group !== group) {
      group = f.group;
      const heading = schema.groupLabels[group] ?? group.replace(/_/g, " ");
      body.push([{ text: heading.charAt(0).toUpperCase() + heading.slice(1), bold: true }, { text: "" }, { text: "" }, { text: "" }]);
    }
    const applies = f.appliesWhen ? appliesText(schema, f.appliesWhen.field, f.appliesWhen.in) : "all";
    body.push([
      { text: f.label, indent: 1 },
      { text: applies, muted: !f.appliesWhen },
      { text: numberFormat.count(m.applicable, k) },
      { text: numberFormat.countPercent(m.count, m.applicable, k) },
    ]);
  }
  const none = schema.fields.filter((f) => report.missing[f.name] && report.missing[f.name].applicable > 0 && report.missing[f.name].count === 0).length;
  const footnotes = [
    "Applies to: the patients for whom the field is defined (e.g. EGFR status for NSCLC); missing % is of those patients.",
    ...(options.all ? [] : [`${none} further field(s) have no missing value.`]),
    ...(k > 0 ? [`Counts below ${k} are shown as <${k}.`] : []),
  ];
  return makeTable({
    caption: options.caption,
    head: [[{ text: "Field" }, { text: "Applies to" }, { text: "Patients" }, { text: "Missing, n (%)" }]],
    body, footnotes, className: "lm-missing-table",
  });
}

export interface FollowUpRow {
  /** Group label (null: all patients). */
  group: string | null;
  n: number;
  deaths: number;
  /** Alive at last contact with follow-up shorter than the horizon. */
  censoredBeforeHorizon: number;
  /** Median follow-up by reverse Kaplan–Meier, with its confidence limits (NaN: not estimable). */
  medianFollowUp: { estimate: number; lower: number; upper: number };
}

export interface FollowUpSummary {
  horizon: number;
  overall: FollowUpRow;
  byGroup: FollowUpRow[];
}

/**
 * Completeness of follow-up: median follow-up by the reverse Kaplan–Meier method
 * (medianFollowUp: the KM median of the censoring times) and the number alive at last contact
 * with less than `horizon` of follow-up (the patients whose survival at the horizon is not
 * observed), overall and, with `group`, per level (e.g. year of diagnosis: recent patients
 * cannot have long follow-up).
 */
export function followUpSummary(
  source: ColumnSource,
  options: { time: string; event: string; horizon: number; group?: string },
): FollowUpSummary {
  const columns = columnsOf(source);
  const t = columns[options.time], e = columns[options.event];
  const g = options.group ? columns[options.group] : null;
  const row = (label: string | null, idx: number[]): FollowUpRow => {
    const time = idx.map((i) => Number(t[i]));
    const event = idx.map((i) => Number(e[i]));
    const deaths = event.reduce((a, b) => a + b, 0);
    const censoredBeforeHorizon = idx.filter((_, j) => event[j] === 0 && time[j] < options.horizon).length;
    const fu = deaths < idx.length ? medianFollowUp({ time, event }) : { estimate: NaN, lower: NaN, upper: NaN };
    return { group: label, n: idx.length, deaths, censoredBeforeHorizon, medianFollowUp: fu };
  };
  const all = Array.from({ length: t.length }, (_, i) => i).filter((i) => !Number.isNaN(Number(t[i])) && !Number.isNaN(Number(e[i])));
  const byGroup: FollowUpRow[] = [];
  if (g) {
    const levels = Array.from(new Set(all.map((i) => String(g[i])).filter((v) => v !== "" && v !== "NaN"))).sort();
    for (const l of levels) byGroup.push(row(l, all.filter((i) => String(g[i]) === l)));
  }
  return { horizon: options.horizon, overall: row(null, all), byGroup };
}

const nr = (x: number) => (Number.isFinite(x) ? numberFormat.fixed(x, 1) : "NR");

/** The follow-up summary as a table (one line per group, then all patients). */
export function followUpTable(s: FollowUpSummary, options: { suppressBelow?: number; caption?: string; groupTitle?: string; unit?: string } = {}): Table {
  const k = options.suppressBelow ?? 0;
  const unit = options.unit ?? "months";
  const line = (r: FollowUpRow): TableCell[] => [
    { text: r.group ?? "All patients", bold: r.group === null },
    { text: numberFormat.count(r.n, k) },
    { text: numberFormat.countPercent(r.deaths, r.n, k) },
    { text: numberFormat.countPercent(r.censoredBeforeHorizon, r.n, k) },
    { text: Number.isFinite(r.medianFollowUp.estimate) ? `${numberFormat.fixed(r.medianFollowUp.estimate, 1)} (${nr(r.medianFollowUp.lower)}${numberFormat.dash}${nr(r.medianFollowUp.upper)})` : numberFormat.missing },
  ];
  return makeTable({
    caption: options.caption,
    head: [[
      { text: options.groupTitle ?? "Group" }, { text: "Patients" }, { text: "Deaths, n (%)" },
      { text: `Alive, followed < ${numberFormat.time(s.horizon)} ${unit}, n (%)` }, { text: `Median follow-up, ${unit} (95% CI)` },
    ]],
    body: [...s.byGroup.map(line), line(s.overall)],
    footnotes: [
      "Median follow-up by the reverse Kaplan–Meier method (the Kaplan–Meier median of the censoring times; Schemper & Smith 1996); — when every patient of the group has died (no censoring to estimate from) or the median is not reached; NR, confidence limit not reached.",
      `Alive, followed < ${numberFormat.time(s.horizon)} ${unit}: patients whose survival at ${numberFormat.time(s.horizon)} ${unit} is not observed (last contact earlier, alive).`,
      ...(k > 0 ? [`Counts below ${k} are shown as <${k}.`] : []),
    ],
    className: "lm-followup-table",
  });
}

/** The `count` fields with the highest share missing (where they apply), for the findings text. */
export function mostMissing(report: CohortReport, schema: CohortSchema, count: number): { name: string; label: string; missing: number; applicable: number; percent: number }[] {
  return schema.fields
    .map((f) => ({ name: f.name, label: f.label, ...(report.missing[f.name] ?? { count: 0, applicable: 0, percent: 0 }) }))
    .filter((m) => m.applicable > 0 && m.count > 0)
    .sort((a, b) => b.percent - a.percent || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((m) => ({ name: m.name, label: m.label, missing: m.count, applicable: m.applicable, percent: m.percent }));
}

/**
 * How a model's complete cases come about: patients considered, missing values per model
 * column (a patient may miss several), patients left out for any missing covariate, for an
 * unknown treatment start day, and the patients and events analysed.
 */
export function completeCaseTable(
  counts: { total: number; missingBy: Readonly<Record<string, number>>; droppedMissingCovariate: number; droppedMissingStart?: number; droppedZeroTime?: number; n: number; events: number },
  labels: Readonly<Record<string, string>>,
  options: { suppressBelow?: number; caption?: string } = {},
): Table {
  const k = options.suppressBelow ?? 0;
  const missing = Object.entries(counts.missingBy).filter(([, m]) => m > 0).sort((a, b) => b[1] - a[1]);
  const body: TableCell[][] = [
    [{ text: "Patients analysed in this study", bold: true }, { text: numberFormat.count(counts.total, k) }],
    ...missing.map(([c, m]) => [{ text: `${labels[c] ?? c} missing`, indent: 1 }, { text: numberFormat.count(m, k) }]),
    [{ text: "Left out: at least one covariate missing", bold: true }, { text: numberFormat.count(counts.droppedMissingCovariate, k) }],
    ...(counts.droppedMissingStart ? [[{ text: "Left out: treated, start day unknown", bold: true }, { text: numberFormat.count(counts.droppedMissingStart, k) }]] : []),
    ...(counts.droppedZeroTime ? [[{ text: "Left out: 0 days of follow-up", bold: true }, { text: numberFormat.count(counts.droppedZeroTime, k) }]] : []),
    [{ text: "Complete cases in the model", bold: true }, { text: numberFormat.count(counts.n, k) }],
    [{ text: "Deaths among them", indent: 1 }, { text: numberFormat.count(counts.events, k) }],
  ];
  return makeTable({
    caption: options.caption,
    head: [[{ text: "Step" }, { text: "Patients" }]],
    body,
    footnotes: [
      "Missing counts per covariate overlap (a patient may miss several). Complete-case estimates are unbiased when missingness depends on the covariates but not on the outcome given them.",
      ...(k > 0 ? [`Counts below ${k} are shown as <${k}.`] : []),
    ],
    className: "lm-complete-case-table",
  });
}
