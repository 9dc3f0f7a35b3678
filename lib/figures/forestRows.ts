import type { CoxFit } from "../survival/CoxFit";

/** One level of a categorical term; the reference level has no `term`. */
export interface ForestLevelMeta {
  level: string;
  /** Display label (data dictionary); default the level. */
  label?: string;
  /** Coefficient name of this level in the fits (e.g. "celltypeadeno"); omit for the reference. */
  term?: string;
  n?: number;
  events?: number;
}

/** One model variable with its data-dictionary label and counts. */
export interface ForestTermMeta {
  /** Column name: the key of `univariable` fits. Never displayed. */
  variable: string;
  /** Data-dictionary label, e.g. "Primary tumour". */
  label: string;
  type: "categorical" | "continuous";
  /** Continuous: coefficient name in the fits (default `variable`) and the unit of one step, e.g. "per 10 years". */
  term?: string;
  unit?: string;
  /** Continuous: patients and events with a value. */
  n?: number;
  events?: number;
  /** Categorical: every level in display order, the reference included. */
  levels?: readonly ForestLevelMeta[];
}

/** How an estimate is shown: a CI, "reference", "not estimable" (collinear or separation), or absent from the model. */
export type ForestStatus = "estimate" | "reference" | "aliased" | "infinite" | "absent";

export interface ForestEstimate {
  status: ForestStatus;
  hr: number;
  lower: number;
  upper: number;
  p: number;
}

export interface ForestRow {
  /** "variable": a categorical variable's heading line; "level": one of its levels; "continuous": one line. */
  kind: "variable" | "level" | "continuous";
  variable: string;
  label: string;
  level?: string;
  isReference: boolean;
  n?: number;
  events?: number;
  univariable?: ForestEstimate;
  multivariable?: ForestEstimate;
}

export type CoxFitEstimates = Pick<CoxFit, "terms" | "hr" | "hrLower" | "hrUpper" | "p" | "aliased" | "infinite">;

const NONE: ForestEstimate = { status: "absent", hr: NaN, lower: NaN, upper: NaN, p: NaN };

/** The estimate of `term` in `fit`, classified; a term missing from a fit that has the variable's other terms is an error. */
function estimate(fit: CoxFitEstimates, term: string): ForestEstimate | null {
  const i = fit.terms.indexOf(term);
  if (i < 0) return null;
  const e = { hr: fit.hr[i], lower: fit.hrLower[i], upper: fit.hrUpper[i], p: fit.p[i] };
  if (fit.aliased[i]) return { status: "aliased", ...e };
  if (fit.infinite[i] || ![e.hr, e.lower, e.upper].every((v) => Number.isFinite(v) && v > 0)) return { status: "infinite", ...e };
  return { status: "estimate", ...e };
}

function fromFit(fit: CoxFitEstimates | undefined, terms: string[], term: string | undefined, variable: string, which: string): ForestEstimate | undefined {
  if (!fit) return undefined;
  const present = terms.filter((t) => fit.terms.includes(t));
  if (present.length === 0) return NONE; // the variable is not in this model
  if (term === undefined) return { status: "reference", hr: 1, lower: NaN, upper: NaN, p: NaN };
  const e = estimate(fit, term);
  if (!e) throw new Error(`forestRows: the ${which} fit has terms of ${variable} but not ${JSON.stringify(term)}`);
  return e;
}

/**
 * Rows of a forest plot or Cox table from Cox fits and term metadata: for a categorical variable
 * a heading row, then one row per level (the reference marked "reference"); a continuous
 * variable is one row. Each row carries the univariable estimate (the fit in
 * `fits.univariable[variable]`) and/or the multivariable one (`fits.multivariable`), classified
 * as a CI, not estimable (fit.aliased: collinear; fit.infinite or a non-finite limit:
 * separation), or absent (variable not in that model). Labels and counts come from the metadata
 * (data dictionary, data layer); nothing is estimated here.
 */
export function forestRows(
  terms: readonly ForestTermMeta[],
  fits: { univariable?: Readonly<Record<string, CoxFitEstimates>>; multivariable?: CoxFitEstimates },
): ForestRow[] {
  if (!fits.univariable && !fits.multivariable) throw new Error("forestRows: pass univariable and/or multivariable fits");
  const rows: ForestRow[] = [];
  for (const t of terms) {
    const uni = fits.univariable ? fits.univariable[t.variable] : undefined;
    if (fits.univariable && !uni) throw new Error(`forestRows: no univariable fit for ${t.variable}`);
    if (t.type === "continuous") {
      const term = t.term ?? t.variable;
      rows.push({
        kind: "continuous", variable: t.variable, label: t.unit ? `${t.label} (${t.unit})` : t.label, isReference: false,
        n: t.n, events: t.events,
        univariable: fromFit(uni, [term], term, t.variable, "univariable"),
        multivariable: fromFit(fits.multivariable, [term], term, t.variable, "multivariable"),
      });
      continue;
    }
    const levels = t.levels ?? [];
    if (levels.filter((l) => l.term === undefined).length !== 1) {
      throw new Error(`forestRows: ${t.variable} needs exactly one reference level (a level without term)`);
    }
    const levelTerms = levels.filter((l) => l.term !== undefined).map((l) => l.term as string);
    rows.push({ kind: "variable", variable: t.variable, label: t.label, isReference: false });
    for (const l of levels) {
      rows.push({
        kind: "level", variable: t.variable, label: l.label ?? l.level, level: l.level, isReference: l.term === undefined,
        n: l.n, events: l.events,
        univariable: fromFit(uni, levelTerms, l.term, t.variable, "univariable"),
        multivariable: fromFit(fits.multivariable, levelTerms, l.term, t.variable, "multivariable"),
      });
    }
  }
  return rows;
}
