/**
 * Types shared by the data layer (lib/data): the schema as read from
 * data-schema/lm-cohort.schema.json, the validation report and its problems.
 * Only the data layer sees strings and missing values; lib/survival gets typed columns.
 */

/** How a missing value in a field is treated (schema annotation `x-missing`). */
export type MissingPolicy = "allowed" | "excludes-row" | "forbidden";

/** What a problem does to the load: stop it, exclude the row, or only report. */
export type Severity = "fatal" | "exclude" | "warning";

/** `x-applies-when`: the field may hold a value only when `field` takes one of `in`. */
export interface AppliesWhen {
  field: string;
  in: Array<string | number>;
  /** "warning": a missing value while the condition holds is reported as a warning. */
  ifMissing?: "warning";
}

/** One column of the patient table, read from the schema. */
export interface FieldSpec {
  name: string;
  label: string;
  unit: string | null;
  group: string;
  /** integer and number columns become Float64Array; text columns become string[]. */
  kind: "integer" | "number" | "text";
  levels: Array<string | number> | null;
  valueLabels: Record<string, string> | null;
  minimum: number | null;
  maximum: number | null;
  multipleOf: number | null;
  pattern: string | null;
  missing: MissingPolicy;
  appliesWhen: AppliesWhen | null;
  notAfter: string | null;
  unique: boolean;
  exclusiveWith: string[] | null;
  startDay: string | null;
  description: string | null;
}

/** One derived variable (schema root annotation `x-derived`), computed by deriveVariables. */
export interface DerivedSpec {
  name: string;
  label: string;
  unit: string | null;
  kind: "integer" | "number" | "text";
  levels: Array<string | number> | null;
  valueLabels: Record<string, string> | null;
  from: string[];
  definition: string;
  reference: string | null;
  cutoffs: number[] | Record<string, number[]> | null;
  cutoffsMgdl: number[] | null;
  constants: Record<string, number> | null;
}

/** The parsed schema: the raw JSON (for ajv), its fields in file order and the derived variables. */
export interface CohortSchema {
  path: string;
  version: string;
  raw: Record<string, unknown>;
  fields: FieldSpec[];
  byName: Map<string, FieldSpec>;
  derived: DerivedSpec[];
  missingTokens: string[];
  /** Display label of each field group (x-group), from the schema root's `x-groups`, e.g. primary_tumor: "Primary tumour". */
  groupLabels: Readonly<Record<string, string>>;
}

/** A value after parsing: number, text, or null for missing. */
export type CellValue = number | string | null;

/** One patient row keyed by field name. */
export type CohortRow = Record<string, CellValue>;

/**
 * One problem found while validating. `row` is the 1-based data row: the first row
 * under the header is row 1 (spreadsheet row = row + 1); blank lines and empty rows are not counted.
 * `row` and `column` are null for file-level problems (e.g. a missing column).
 */
export interface CohortProblem {
  row: number | null;
  column: string | null;
  /** The offending text as read; identifier-like text is redacted. */
  value: string | null;
  rule: string;
  severity: Severity;
  message: string;
}

/** The validation report: flow of patients, every problem, missingness per field. */
export interface CohortReport {
  file: string;
  format: "csv" | "xlsx";
  schemaVersion: string;
  rowNumbering: string;
  rowsReceived: number;
  rowsExcluded: number;
  rowsAnalysed: number;
  /** Excluded rows with the reasons (rules) that excluded them. */
  exclusions: Array<{ row: number; studyCode: string | null; reasons: string[] }>;
  problems: CohortProblem[];
  /**
   * Missing values per schema field among the rows analysed where the field applies (for a field
   * with x-applies-when, only rows meeting the condition; e.g. egfr_status among NSCLC):
   * `count` missing of `applicable` rows, `percent` = 100 count / applicable.
   */
  missing: Record<string, { count: number; applicable: number; percent: number }>;
  /** True when a fatal problem stops the analysis. */
  fatal: boolean;
}
