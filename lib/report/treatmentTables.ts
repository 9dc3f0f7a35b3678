import type { ForestTermMeta } from "../figures/forestRows";
import { makeTable, type Table, type TableCell } from "../figures/makeTable";
import { numberFormat } from "../figures/numberFormat";
import type { CoxFit } from "../survival/CoxFit";
import { quantile7 } from "../stats/quantile7";
import { columnsOf, type ColumnSource } from "./modelMatrix";
import type { LandmarkModel, TreatmentModels, TreatmentSpec } from "./treatmentModels";

export type LabelledTreatment = TreatmentSpec & { label: string };

/**
 * How often each treatment was given and when it started: received n (% of patients), start day
 * median (IQR) among those with a known start, how many started by day `at` (the landmark), and
 * how many lack a start day.
 */
export function treatmentUseTable(
  source: ColumnSource,
  treatments: readonly LabelledTreatment[],
  options: { at: number; suppressBelow?: number; caption?: string },
): Table {
  const c = columnsOf(source);
  const k = options.suppressBelow ?? 0;
  const body: TableCell[][] = treatments.map((t) => {
    const flag = c[t.flag];
    const start = c[t.startDay];
    const n = flag.length;
    const treated: number[] = [];
    let unknown = 0;
    for (let i = 0; i < n; i++) {
      if (Number(flag[i]) !== 1) continue;
      const s = Number(start[i]);
      if (Number.isNaN(s)) unknown++;
      else treated.push(s);
    }
    const total = treated.length + unknown;
    const [q1, med, q3] = treated.length ? quantile7(treated, [0.25, 0.5, 0.75]) : [NaN, NaN, NaN];
    const byLandmark = treated.filter((s) => s <= options.at).length;
    return [
      { text: t.label.replace(/ \(from its start day\)$/, "") },
      { text: numberFormat.countPercent(total, n, k) },
      { text: treated.length ? numberFormat.medianIqr(med, q1, q3, 0) : numberFormat.missing },
      { text: numberFormat.countPercent(byLandmark, treated.length, k) },
      { text: numberFormat.count(unknown, k) },
    ];
  });
  return makeTable({
    caption: options.caption,
    head: [[{ text: "Treatment" }, { text: "Received, n (%)" }, { text: "Start day, median (IQR)" }, { text: `Started by day ${options.at}, n (% of known starts)` }, { text: "Start day unknown" }]],
    body,
    footnotes: [
      "Start day: days from LM diagnosis (day 0) to the first dose or fraction.",
      ...(k > 0 ? [`Counts below ${k} are shown as <${k}.`] : []),
    ],
    className: "lm-treatment-table",
  });
}

/** One treatment's hazard ratio under the three analyses. */
export interface TreatmentComparison {
  flag: string;
  term: string;
  label: string;
  treated: number;
  naive: Estimate;
  landmark: Estimate | null;
  timeDependent: Estimate;
  /** Naive minus time-dependent log hazard ratio (negative: the naive analysis flatters the treatment). */
  naiveMinusTimeDependent: number;
}

export interface Estimate {
  coef: number;
  se: number;
  hr: number;
  lower: number;
  upper: number;
  p: number;
}

function estimateOf(fit: CoxFit, term: string): Estimate {
  const i = fit.terms.indexOf(term);
  if (i < 0) throw new Error(`compareTreatmentModels: ${term} is not a term of the fit`);
  return { coef: fit.coef[i], se: fit.se[i], hr: fit.hr[i], lower: fit.hrLower[i], upper: fit.hrUpper[i], p: fit.p[i] };
}

/** The hazard ratio of each treatment in the naive, landmark and time-dependent models (same baseline adjustment). */
export function compareTreatmentModels(models: TreatmentModels, lm: LandmarkModel | null, treatments: readonly LabelledTreatment[]): TreatmentComparison[] {
  return treatments.map((t) => {
    const naive = estimateOf(models.naive, t.flag);
    const timeDependent = estimateOf(models.timeDependent, t.term);
    return {
      flag: t.flag, term: t.term, label: t.label.replace(/ \(from its start day\)$/, ""), treated: models.treated[t.term] ?? NaN,
      naive, landmark: lm && lm.termOf[t.flag] ? estimateOf(lm.fit, lm.termOf[t.flag]) : null, timeDependent,
      naiveMinusTimeDependent: naive.coef - timeDependent.coef,
    };
  });
}

/**
 * The comparison as a table: treated, naive HR, landmark HR (when `at` is given), time-dependent
 * HR (95% CI; p), and the ratio naive HR / time-dependent HR (below 1: the naive analysis
 * flatters the treatment).
 */
export function treatmentComparisonTable(rows: readonly TreatmentComparison[], options: { at?: number; suppressBelow?: number; caption?: string; notes?: readonly string[] } = {}): Table {
  const k = options.suppressBelow ?? 0;
  const withLandmark = options.at !== undefined;
  const cell = (e: Estimate | null): TableCell[] => (e ? [{ text: numberFormat.hrCi(e.hr, e.lower, e.upper) }, { text: numberFormat.p(e.p) }] : [{ text: numberFormat.missing }, { text: "" }]);
  const body: TableCell[][] = rows.map((r) => [
    { text: r.label }, { text: numberFormat.count(r.treated, k) }, ...cell(r.naive), ...(withLandmark ? cell(r.landmark) : []), ...cell(r.timeDependent),
    { text: numberFormat.fixed(Math.exp(r.naiveMinusTimeDependent), 2) },
  ]);
  return makeTable({
    caption: options.caption,
    head: [
      [{ text: "" }, { text: "" }, { text: "Naive: ever vs never", colspan: 2 }, ...(withLandmark ? [{ text: `Landmark at day ${options.at}`, colspan: 2 }] : []), { text: "Time-dependent", colspan: 2 }, { text: "" }],
      [{ text: "Treatment" }, { text: "Treated" }, { text: "HR (95% CI)" }, { text: "p" }, ...(withLandmark ? [{ text: "HR (95% CI)" }, { text: "p" }] : []), { text: "HR (95% CI)" }, { text: "p" }, { text: "Naive ÷ time-dependent HR" }],
    ],
    body,
    footnotes: [
      `Each analysis is one Cox model with every treatment of the model and the same pre-specified baseline prognostic factors. Naive: a treatment is a baseline 0/1 (ever received), so treated patients are credited with the time before their start (immortal-time bias).${withLandmark ? " Landmark: patients alive and followed at the landmark, classed by treatment started by then, followed from the landmark." : ""} Time-dependent: each treatment switches from 0 to 1 at its start day. Treated: patients in the naive and time-dependent models who received it.`,
      ...(options.notes ?? []),
      ...(k > 0 ? [`Counts below ${k} are shown as <${k}.`] : []),
    ],
    className: "lm-treatment-comparison",
  });
}

/** Forest-plot metadata for the time-dependent treatment terms (one line each). */
export function treatmentForestMeta(treatments: readonly LabelledTreatment[], models: TreatmentModels): ForestTermMeta[] {
  return treatments.map((t) => ({ variable: t.term, label: t.label, type: "continuous" as const, term: t.term, n: models.treated[t.term] }));
}
