import type { ForestTermMeta } from "../figures/forestRows";
import type { CoxFit } from "../survival/CoxFit";
import { coxph } from "../survival/coxph";
import { columnsOf, modelMatrix, numbersAt, type ColumnSource, type ModelMatrix, type TermSpec } from "./modelMatrix";

/**
 * A model variable with its display: a categorical column (give `reference`; coded as
 * indicators `column=level`) or a numeric one (0/1 flag or continuous, optionally per `per`
 * units). `label` and `levelLabels` come from the data dictionary (fieldInfo).
 */
export interface CoxVariable extends TermSpec {
  label: string;
  levelLabels?: Readonly<Record<string, string>>;
  /** Continuous: the step shown after the label, e.g. "per 10 years". */
  unit?: string;
}

/** The key of a variable in fits and forest rows: its term name for a numeric variable, else its column. */
export function variableKey(v: CoxVariable): string {
  return v.reference === undefined ? v.name ?? v.column : v.column;
}

/** The TermSpec part of a CoxVariable (what modelMatrix reads). */
export function termSpec(v: CoxVariable): TermSpec {
  return { column: v.column, reference: v.reference, levels: v.levels, per: v.per, name: v.name };
}

/**
 * Forest / Cox-table metadata of variables coded by `mm` (modelMatrix): labels, and n and
 * events per level (categorical; reference first, then the levels that got a term) or per
 * variable (numeric), counted over the model's complete cases.
 */
export function forestMeta(variables: readonly CoxVariable[], mm: ModelMatrix, event: ArrayLike<number>): ForestTermMeta[] {
  const ev = Array.from(mm.rows, (i) => Number(event[i]));
  const events = ev.reduce((a, b) => a + b, 0);
  return variables.map((v) => {
    const key = variableKey(v);
    if (v.reference === undefined) {
      return { variable: key, label: v.label, type: "continuous" as const, term: key, unit: v.unit, n: mm.rows.length, events };
    }
    const terms = Object.entries(mm.termInfo).filter(([, info]) => info.column === v.column && info.level !== undefined);
    const count = (x: Float64Array | null) => {
      let n = 0, d = 0;
      for (let j = 0; j < ev.length; j++) {
        if (x === null || x[j] === 1) { n++; d += ev[j]; }
      }
      return { n, d };
    };
    const all = count(null);
    const levels = terms.map(([term, info]) => {
      const c = count(mm.covariates[term]);
      return { level: info.level as string, label: v.levelLabels?.[info.level as string] ?? info.level, term, n: c.n, events: c.d };
    });
    const refN = all.n - levels.reduce((a, l) => a + l.n, 0);
    const refD = all.d - levels.reduce((a, l) => a + l.events, 0);
    const ref = { level: v.reference, label: v.levelLabels?.[v.reference] ?? v.reference, n: refN, events: refD };
    return { variable: key, label: v.label, type: "categorical" as const, levels: [ref, ...levels] };
  });
}

export interface UnivariableCox {
  /** One Cox fit per variable (keyed by variableKey), each on that variable's complete cases. */
  fits: Record<string, CoxFit>;
  /** Forest metadata with the counts of each variable's own complete cases. */
  meta: ForestTermMeta[];
  /** Per variable: its likelihood-ratio test (all its coefficients at once), n and events. */
  tests: { variable: string; label: string; n: number; events: number; chisq: number; df: number; p: number }[];
}

/**
 * Univariable Cox regressions (Efron ties unless `ties` says otherwise): one model per variable on
 * the patients with that variable known, with the likelihood-ratio test of the variable (one
 * test for all levels of a categorical one) to rank them. A variable with fewer than two levels
 * present gets no fit and is left out of the result.
 */
export function univariableCox(
  source: ColumnSource,
  variables: readonly CoxVariable[],
  options: { time: string; event: string; ties?: "efron" | "breslow"; subset?: ArrayLike<number> },
): UnivariableCox {
  const columns = columnsOf(source);
  const fits: Record<string, CoxFit> = {};
  const meta: ForestTermMeta[] = [];
  const tests: UnivariableCox["tests"] = [];
  for (const v of variables) {
    const mm = modelMatrix(columns, [termSpec(v)], { also: [options.time, options.event], subset: options.subset });
    if (Object.keys(mm.covariates).length === 0) continue;
    const time = numbersAt(columns[options.time], mm.rows);
    const event = numbersAt(columns[options.event], mm.rows);
    if (event.every((e) => e === 0)) continue;
    const fit = coxph({ time, event, covariates: mm.covariates, ties: options.ties });
    const key = variableKey(v);
    fits[key] = fit;
    meta.push(...forestMeta([v], mm, columns[options.event] as ArrayLike<number>));
    tests.push({ variable: key, label: v.label, n: fit.n, events: fit.events, chisq: fit.lrTest.stat, df: fit.lrTest.df, p: fit.lrTest.p });
  }
  return { fits, meta, tests };
}

export interface MultivariableCox {
  fit: CoxFit;
  /** The design over the complete cases (rows, dropped, missingBy). */
  design: ModelMatrix;
  /** Forest metadata counted over the complete cases. */
  meta: ForestTermMeta[];
}

/**
 * One multivariable Cox model of `variables`, complete cases (rows missing any variable, the
 * time or the event are dropped and counted in design.dropped). With `eventCode` the event is
 * `event column == eventCode` (e.g. the cause-specific hazard of cause 1 of a competing-risks
 * status 0/1/2, other causes counted as censored); otherwise the event column is 0/1.
 * `subset` restricts the rows considered (e.g. the complete cases of a larger model, so that
 * an unadjusted and an adjusted estimate compare the same patients).
 */
export function multivariableCox(
  source: ColumnSource,
  variables: readonly CoxVariable[],
  options: { time: string; event: string; eventCode?: number; ties?: "efron" | "breslow"; strata?: string; subset?: ArrayLike<number> },
): MultivariableCox {
  const columns = columnsOf(source);
  const also = [options.time, options.event, ...(options.strata ? [options.strata] : [])];
  const mm = modelMatrix(columns, variables.map(termSpec), { also, subset: options.subset });
  const code = options.eventCode;
  const raw = numbersAt(columns[options.event], mm.rows);
  const event = code === undefined ? raw : raw.map((v) => (v === code ? 1 : 0));
  const time = numbersAt(columns[options.time], mm.rows);
  const strata = options.strata ? Array.from(mm.rows, (i) => String(columns[options.strata as string][i])) : undefined;
  const fit = coxph({ time, event, covariates: mm.covariates, strata, ties: options.ties });
  const full = new Float64Array(columns[options.time].length);
  Array.from(mm.rows).forEach((i, j) => (full[i] = event[j]));
  return { fit, design: mm, meta: forestMeta(variables, mm, full) };
}

/**
 * Display label of every coefficient of a model built from `variables` (modelMatrix naming):
 * "Age at LM diagnosis (per 10 years)", "Primary tumour: SCLC"; `extra` adds labels for other
 * terms (e.g. time-dependent treatments).
 */
export function termLabels(variables: readonly CoxVariable[], terms: readonly string[], extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const term of terms) {
    if (extra[term]) { out[term] = extra[term]; continue; }
    const v = variables.find((x) => (x.reference === undefined ? (x.name ?? x.column) === term : term.startsWith(`${x.column}=`)));
    if (!v) { out[term] = term; continue; }
    if (v.reference === undefined) out[term] = v.unit ? `${v.label} (${v.unit})` : v.label;
    else {
      const level = term.slice(v.column.length + 1);
      out[term] = `${v.label}: ${v.levelLabels?.[level] ?? level} vs ${v.levelLabels?.[v.reference] ?? v.reference}`;
    }
  }
  return out;
}

/** cox.zph term groups: the indicators of one categorical variable form one term (R's terms = TRUE). */
export function zphTermsOf(variables: readonly CoxVariable[], terms: readonly string[]): { term: string; columns: string[] }[] {
  const groups: { term: string; columns: string[] }[] = [];
  for (const term of terms) {
    const v = variables.find((x) => x.reference !== undefined && term.startsWith(`${x.column}=`));
    const key = v ? v.column : term;
    const g = groups.find((x) => x.term === key);
    if (g) g.columns.push(term);
    else groups.push({ term: key, columns: [term] });
  }
  return groups;
}
