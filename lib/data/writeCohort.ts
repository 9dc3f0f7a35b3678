import { writeFileSync } from "fs";
import * as XLSX from "xlsx";
import { cohortSchema } from "./cohortSchema";
import type { CohortRow } from "./cohortTypes";

function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The rows as CSV text: a header of the schema fields in schema order (or `columns`), one line per row,
 * "\n" line ends, a final newline; missing values are empty, numbers as JavaScript prints them,
 * text quoted only when it holds a comma, quote or line break. Deterministic, so a regenerated
 * file is byte-identical.
 */
export function cohortToCsv(rows: readonly CohortRow[], columns?: readonly string[]): string {
  const names = columns ?? cohortSchema().fields.map((f) => f.name);
  const lines = [names.join(",")];
  for (const r of rows) lines.push(names.map((n) => csvField(r[n])).join(","));
  return `${lines.join("\n")}\n`;
}

/**
 * Writes rows to a .csv (cohortToCsv) or .xlsx file (one sheet "cohort": header row, numbers as
 * numbers, text as text, missing values as empty cells). Other extensions are refused.
 * `columns` overrides the header (tests write broken files with it).
 */
export function writeCohort(path: string, rows: readonly CohortRow[], columns?: readonly string[]): void {
  const names = columns ?? cohortSchema().fields.map((f) => f.name);
  if (path.toLowerCase().endsWith(".csv")) {
    writeFileSync(path, cohortToCsv(rows, names));
  } else if (path.toLowerCase().endsWith(".xlsx")) {
    const aoa: unknown[][] = [names.slice()];
    for (const r of rows) aoa.push(names.map((n) => (r[n] === null || r[n] === undefined ? null : r[n])));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), "cohort");
    XLSX.writeFile(book, path);
  } else {
    throw new Error(`writeCohort: ${path}: unsupported file type (expected .csv or .xlsx)`);
  }
}
