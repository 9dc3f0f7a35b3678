import type { ErrorObject } from "ajv";
import { checkCrossField } from "./checkCrossField";
import { cohortSchema, cohortSchemaPath } from "./cohortSchema";
import type { CohortProblem, CohortReport, CohortRow, CohortSchema, FieldSpec } from "./cohortTypes";
import { createRowValidator } from "./createRowValidator";
import { findIdentifier } from "./findIdentifier";
import { parseCell } from "./parseCell";
import { readCohortTable } from "./readCohortTable";
import { validationRules } from "./validationRules";

/** What validateCohort returns: the report and the rows kept for analysis (typed values). */
export interface CohortValidation {
  report: CohortReport;
  rows: CohortRow[];
  /** The 1-based data row number of each kept row. */
  rowNumbers: number[];
  schema: CohortSchema;
}

export const ROW_NUMBERING = "row = 1-based data row of the file: the first row under the header is row 1 (spreadsheet row = row + 1); blank CSV lines and empty sheet rows are not counted";

const PRIORITY = ["missing-forbidden", "type", "enum", "pattern", "range", "multiple-of"];

/** The validation rule an ajv error stands for (a null failing "type" is a forbidden missing value). */
function ruleOf(e: ErrorObject, v: unknown): string {
  if (e.keyword === "type") return v === null ? "missing-forbidden" : "type";
  if (e.keyword === "minimum" || e.keyword === "maximum") return "range";
  if (e.keyword === "multipleOf") return "multiple-of";
  return e.keyword;
}

function rank(e: ErrorObject, v: unknown): number {
  const k = PRIORITY.indexOf(ruleOf(e, v));
  return k < 0 ? PRIORITY.length : k;
}

/** The identifier kind a parsed value looks like: any text, or a number with 6+ integer digits (no field allows one). */
function identifierIn(value: unknown): string | null {
  if (typeof value === "string") return findIdentifier(value);
  if (typeof value === "number" && Math.abs(value) >= 100000) return findIdentifier(String(Math.trunc(Math.abs(value))));
  return null;
}

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function cellProblem(e: ErrorObject, f: FieldSpec, raw: string, v: unknown, row: number): CohortProblem {
  const value = shorten(raw);
  const p = (rule: string, message: string): CohortProblem => ({ row, column: f.name, value, rule, severity: validationRules[rule]?.severity ?? "fatal", message });
  switch (e.keyword) {
    case "type":
      if (v === null) return p("missing-forbidden", `${f.name} is missing; this field may not be missing`);
      return p("type", `"${value}" is not ${f.kind === "integer" ? "a whole number" : f.kind === "number" ? "a number" : "text"}`);
    case "enum":
      return p("enum", `"${value}" is not one of ${(f.levels ?? []).join(", ")}`);
    case "minimum":
      return p("range", `${value} is below the minimum ${f.minimum}`);
    case "maximum":
      return p("range", `${value} is above the maximum ${f.maximum}`);
    case "multipleOf":
      return p("multiple-of", `${value} is not a multiple of ${f.multipleOf}`);
    case "pattern":
      return p("pattern", `"${value}" does not match ${f.pattern}`);
    default:
      return p(e.keyword, `${e.message ?? "invalid"}`);
  }
}

/**
 * Validates a cohort file (CSV or XLSX) against data-schema/lm-cohort.schema.json and the
 * cross-field rules, without throwing on data problems. Steps: read every cell as text
 * (readCohortTable); check the header (unknown, missing, duplicate columns, refused by name);
 * per row, parse values (parseCell), refuse identifier-like values in every column (any text;
 * in number columns also numbers of 6 or more integer digits, which no field allows), check the
 * values with ajv (type, allowed values, range, step, pattern, missing where forbidden: one
 * problem per cell), then the cross-field rules
 * (checkCrossField) and unique study codes. Rows with an "exclude" problem are left out of
 * `rows` and listed in the report; `report.fatal` is true when any problem is fatal (then the
 * file cannot be analysed). Severities and reasons: lib/data/validationRules.ts.
 */
export async function validateCohort(path: string, options: { schemaPath?: string } = {}): Promise<CohortValidation> {
  const schema = cohortSchema(options.schemaPath ?? cohortSchemaPath());
  const problems: CohortProblem[] = [];
  const fileProblem = (rule: string, column: string | null, message: string) =>
    problems.push({ row: null, column, value: null, rule, severity: validationRules[rule].severity, message });
  const report: CohortReport = {
    file: path, format: path.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv", schemaVersion: schema.version, rowNumbering: ROW_NUMBERING,
    rowsReceived: 0, rowsExcluded: 0, rowsAnalysed: 0, exclusions: [], problems, missing: {}, fatal: false,
  };
  let table;
  try {
    table = await readCohortTable(path);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    fileProblem(/no data/i.test(msg) ? "empty-file" : "unreadable", null, msg);
    report.fatal = true;
    return { report, rows: [], rowNumbers: [], schema };
  }
  report.format = table.format;
  const header = table.header.map((h) => h.trim());
  const index = new Map<string, number>();
  header.forEach((h, i) => { if (!index.has(h)) index.set(h, i); });
  for (const d of table.duplicateColumns) fileProblem("duplicate-column", d, `column ${d} appears more than once in the header`);
  const dupCopies = new Set(table.duplicateColumns.flatMap((d) => header.filter((h) => h.startsWith(`${d}_`))));
  for (const h of header) {
    if (!schema.byName.has(h) && !dupCopies.has(h)) fileProblem("unknown-column", h, `column ${h} is not in the schema (refused: it could carry an identifier)`);
  }
  const absent = new Set<string>();
  for (const f of schema.fields) {
    if (!index.has(f.name)) { absent.add(f.name); fileProblem("missing-column", f.name, `required column ${f.name} is missing`); }
  }
  if (table.blankLines > 0) fileProblem("blank-lines", null, `${table.blankLines} blank line(s) or empty row(s) skipped; row numbers count data rows only`);

  const validate = createRowValidator(schema.raw);
  const rows: CohortRow[] = [];
  const rowNumbers: number[] = [];
  const firstRowOf = new Map<string, number>();
  const present = schema.fields.filter((f) => !absent.has(f.name));
  report.rowsReceived = table.rows.length;
  table.rows.forEach((cells, i) => {
    const row = i + 1;
    const values: CohortRow = {};
    const raw: Record<string, string> = {};
    const bad = new Set<string>(absent);
    const own: CohortProblem[] = [];
    for (const f of present) {
      const text = cells[index.get(f.name)!] ?? "";
      raw[f.name] = text;
      const value = parseCell(f, text, schema.missingTokens);
      const kind = identifierIn(value);
      if (kind) {
        own.push({ row, column: f.name, value: `[redacted ${kind}]`, rule: "identifier-like", severity: "fatal", message: `value looks like a ${kind} (redacted)` });
        bad.add(f.name);
        values[f.name] = null;
      } else values[f.name] = value;
    }
    if (!validate(values)) {
      const byColumn = new Map<string, ErrorObject>();
      for (const e of validate.errors ?? []) {
        const col = e.instancePath.replace(/^\//, "");
        if (!col || bad.has(col) || !schema.byName.has(col)) continue;
        const prev = byColumn.get(col);
        if (!prev || rank(e, values[col]) < rank(prev, values[col])) byColumn.set(col, e);
      }
      for (const [col, e] of byColumn) { own.push(cellProblem(e, schema.byName.get(col)!, raw[col], values[col], row)); bad.add(col); }
    }
    own.push(...checkCrossField(values, row, schema, bad));
    const code = values.study_code;
    if (typeof code === "string" && !bad.has("study_code")) {
      const first = firstRowOf.get(code);
      if (first !== undefined) own.push({ row, column: "study_code", value: code, rule: "unique", severity: "fatal", message: `study code ${code} is already used in row ${first}` });
      else firstRowOf.set(code, row);
    }
    problems.push(...own);
    const reasons = own.filter((p) => p.severity === "exclude").map((p) => `${p.column}: ${p.rule}`);
    if (reasons.length > 0) {
      report.exclusions.push({ row, studyCode: typeof code === "string" ? code : null, reasons });
    } else {
      rows.push(values);
      rowNumbers.push(row);
    }
  });
  report.rowsExcluded = report.exclusions.length;
  report.rowsAnalysed = rows.length;
  for (const f of schema.fields) {
    const cond = f.appliesWhen;
    let count = 0;
    let applicable = 0;
    for (const r of rows) {
      const c = cond ? r[cond.field] : null;
      if (cond && (c === null || c === undefined || !cond.in.includes(c))) continue;
      applicable++;
      if (r[f.name] === null || r[f.name] === undefined) count++;
    }
    report.missing[f.name] = { count, applicable, percent: applicable ? (100 * count) / applicable : 0 };
  }
  report.fatal = problems.some((p) => p.severity === "fatal");
  return { report, rows, rowNumbers, schema };
}
