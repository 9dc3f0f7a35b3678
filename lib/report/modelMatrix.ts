/** A column of the loaded cohort: numbers (NaN = missing) or category text ("" = missing). */
export type AnyColumn = Float64Array | readonly number[] | readonly string[];

/**
 * The columns of a loaded cohort by name (lib/data's CohortColumns, or any record of columns).
 * Typed as `object` so that the CohortColumns interface is accepted as is; a name that is not
 * there is reported by the function that needs it.
 */
export type ColumnSource = object;

/** The columns of a ColumnSource, indexable by name. */
export function columnsOf(source: ColumnSource): Readonly<Record<string, AnyColumn>> {
  return source as Readonly<Record<string, AnyColumn>>;
}

/**
 * One model term specification:
 *  - `{ column }`: the column's numeric value (0/1 flags, age_decades, ...), optionally divided by
 *    `per` (e.g. per 10 units); the term is named `name` (default the column);
 *  - `{ column, reference, levels? }`: a categorical column as indicators `column=level` against
 *    `reference`, one per level present in the complete cases (or per `levels`, in that order).
 */
export interface TermSpec {
  column: string;
  /** Categorical: the reference level. */
  reference?: string;
  /** Categorical: the non-reference levels, in order (default: every other level present, in order of first appearance). */
  levels?: readonly string[];
  /** Continuous: divide the value by this (e.g. 10 for "per 10 units"). */
  per?: number;
  /** Continuous: the term name (default the column name). */
  name?: string;
}

export interface ModelMatrix {
  /** Named numeric covariate columns over the complete cases, ready for coxph. */
  covariates: Record<string, Float64Array>;
  /** Row indices (into the input columns) of the complete cases. */
  rows: Int32Array;
  /** Rows considered (the input length). */
  total: number;
  /** Rows dropped because a term's column (or an `also` column) is missing. */
  dropped: number;
  /** Missing values per column among the rows considered (a row may count in several). */
  missingBy: Record<string, number>;
  /** Per term: its column and, for an indicator, its level and reference. */
  termInfo: Record<string, { column: string; level?: string; reference?: string }>;
}

function isMissing(v: number | string | undefined): boolean {
  return v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v));
}

/**
 * The design matrix of a Cox model from cohort columns, complete cases: a row is kept when
 * every term's column (and every column in `also`, e.g. time and event) has a value. Indicator
 * terms are named `column=level`, the coding of data/truth.json. A categorical level with no
 * complete case gets no term (it would be all zero). Throws when a column is absent or a
 * continuous column holds text, naming the column.
 */
export function modelMatrix(
  source: ColumnSource,
  terms: readonly TermSpec[],
  options: { also?: readonly string[]; subset?: ArrayLike<number> } = {},
): ModelMatrix {
  const columns = columnsOf(source);
  if (terms.length === 0 && !(options.also ?? []).length) throw new Error("modelMatrix: no terms and no columns");
  const needed = Array.from(new Set([...terms.map((t) => t.column), ...(options.also ?? [])]));
  for (const c of needed) if (!columns[c]) throw new Error(`modelMatrix: column ${c} is not in the data`);
  const n = columns[needed[0]].length;
  const candidates = options.subset ? Array.from(options.subset) : Array.from({ length: n }, (_, i) => i);
  const missingBy: Record<string, number> = {};
  for (const c of needed) missingBy[c] = 0;
  const keep: number[] = [];
  for (const i of candidates) {
    let ok = true;
    for (const c of needed) {
      if (isMissing(columns[c][i])) {
        missingBy[c]++;
        ok = false;
      }
    }
    if (ok) keep.push(i);
  }
  const covariates: Record<string, Float64Array> = {};
  const termInfo: ModelMatrix["termInfo"] = {};
  for (const t of terms) {
    const col = columns[t.column];
    if (t.reference !== undefined) {
      const present: string[] = [];
      for (const i of keep) {
        const v = String(col[i]);
        if (v !== t.reference && !present.includes(v)) present.push(v);
      }
      const levels = t.levels ? t.levels.filter((l) => present.includes(l)) : present;
      for (const level of levels) {
        const name = `${t.column}=${level}`;
        covariates[name] = Float64Array.from(keep, (i) => (String(col[i]) === level ? 1 : 0));
        termInfo[name] = { column: t.column, level, reference: t.reference };
      }
    } else {
      const name = t.name ?? t.column;
      const per = t.per ?? 1;
      covariates[name] = Float64Array.from(keep, (i) => {
        const v = col[i];
        if (typeof v !== "number") throw new Error(`modelMatrix: column ${t.column} is text; give a reference level to code it as indicators`);
        return v / per;
      });
      termInfo[name] = { column: t.column };
    }
  }
  return { covariates, rows: Int32Array.from(keep), total: candidates.length, dropped: candidates.length - keep.length, missingBy, termInfo };
}

/** Values of `column` at `rows` as a Float64Array (numbers) — for time and event columns. */
export function numbersAt(column: AnyColumn, rows: ArrayLike<number>): Float64Array {
  return Float64Array.from(Array.from(rows), (i) => Number(column[i]));
}

/**
 * The named columns restricted to `rows` (e.g. the NSCLC patients for a table of NSCLC-only
 * fields), as plain arrays for lib/stats and lib/figures.
 */
export function subsetColumns(source: ColumnSource, names: readonly string[], rows: ArrayLike<number>): Record<string, Array<number | string>> {
  const columns = columnsOf(source);
  const out: Record<string, Array<number | string>> = {};
  for (const name of names) {
    const col = columns[name];
    if (!col) throw new Error(`subsetColumns: column ${name} is not in the data`);
    out[name] = Array.from(rows, (i) => col[i]);
  }
  return out;
}

/** Row indices where `column` equals one of `values` (compared as text). */
export function rowsWhere(source: ColumnSource, column: string, values: ReadonlyArray<string | number>): Int32Array {
  const col = columnsOf(source)[column];
  if (!col) throw new Error(`rowsWhere: column ${column} is not in the data`);
  const wanted = new Set(values.map(String));
  const rows: number[] = [];
  for (let i = 0; i < col.length; i++) if (wanted.has(String(col[i]))) rows.push(i);
  return Int32Array.from(rows);
}
