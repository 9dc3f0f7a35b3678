import type { DataFrame } from "danfojs-node";
import { CohortColumns } from "./CohortColumns";
import { CohortError } from "./CohortError";
import { danfo } from "./danfo";
import type { CohortReport, CohortSchema } from "./cohortTypes";
import { deriveVariables } from "./deriveVariables";
import { rowsToColumns } from "./rowsToColumns";
import { validateCohort } from "./validateCohort";

export interface LoadCohortOptions {
  /** BMI cut-offs of bmi_category: "who" (default) or "asian" (see the data dictionary). */
  bmiCutoffs?: "who" | "asian";
  /** Another schema file (tests); default data-schema/lm-cohort.schema.json. */
  schemaPath?: string;
}

/** A loaded cohort: the rows analysed as a danfo DataFrame, the same as typed columns, the report. */
export interface Cohort {
  /** Rows analysed (schema fields then derived variables); missing = NaN (numbers) or null (text). */
  frame: DataFrame;
  /** Typed columns of the rows analysed, ready for lib/survival. */
  columns: CohortColumns;
  /** 1-based data row of the file for each row analysed. */
  rowNumbers: number[];
  report: CohortReport;
  schema: CohortSchema;
}

/**
 * Reads a cohort file (CSV or XLSX) with danfojs-node, validates every row against
 * data-schema/lm-cohort.schema.json and the cross-field rules (validateCohort), derives the
 * analysis variables (deriveVariables) and returns the rows analysed. Nothing is dropped
 * silently: rows without an outcome (os_days or vital_status missing) are excluded and listed
 * in `report.exclusions`; warnings are kept in `report.problems`. Any fatal problem (wrong or
 * missing column, wrong type, out-of-range value, duplicate study code, identifier-like text,
 * a start day after death, ...; see lib/data/validationRules.ts) throws a CohortError whose
 * message lists every fatal problem by row, column and rule.
 */
export async function loadCohort(path: string, options: LoadCohortOptions = {}): Promise<Cohort> {
  const { report, rows, rowNumbers, schema } = await validateCohort(path, { schemaPath: options.schemaPath });
  if (report.fatal) throw new CohortError(report);
  if (rows.length === 0) throw new CohortError({ ...report, fatal: true, problems: [...report.problems, { row: null, column: null, value: null, rule: "empty-file", severity: "fatal", message: "no row is left to analyse" }] });
  const raw = rowsToColumns(rows, schema);
  const derived = deriveVariables(raw, { bmiCutoffs: options.bmiCutoffs, schema });
  const all = { ...raw, ...derived };
  const data: Record<string, Array<number | string | null>> = {};
  for (const [name, col] of Object.entries(all)) {
    data[name] = col instanceof Float64Array ? Array.from(col) : col.map((v) => (v === "" ? null : v));
  }
  const dfd = danfo();
  const frame = new dfd.DataFrame(data);
  return { frame, columns: all as unknown as CohortColumns, rowNumbers, report, schema };
}
