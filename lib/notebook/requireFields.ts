import { basename } from "path";

/** What requireFields reads from a loaded cohort (lib/data/loadCohort's Cohort, structurally). */
export interface CohortLike {
  columns: object;
  report: { file: string };
}

function hasValue(col: ArrayLike<unknown>): boolean {
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    if (v !== null && v !== undefined && v !== "" && !(typeof v === "number" && Number.isNaN(v))) return true;
  }
  return false;
}

/**
 * Stops a notebook at its first cell, with one clear message, when the cohort lacks a column the
 * notebook analyses: absent from the loaded columns, or present with no value in any row
 * analysed (an export that left the column empty). Message: "This notebook needs the columns
 * a, b, which cohort.csv lacks (a: absent; b: empty in all 312 rows analysed)."
 * Returns normally when every field has at least one value.
 */
export function requireFields(cohort: CohortLike, fields: readonly string[]): void {
  const problems = lacking(cohort, fields);
  if (problems.length === 0) return;
  const names = problems.map((p) => p.field).join(", ");
  const why = problems.map((p) => `${p.field}: ${p.why}`).join("; ");
  throw new Error(`This notebook needs the column${problems.length > 1 ? "s" : ""} ${names}, which ${basename(cohort.report.file)} lacks (${why}).`);
}

function lacking(cohort: CohortLike, fields: readonly string[]): { field: string; why: string }[] {
  const columns = cohort.columns as Record<string, ArrayLike<unknown> | undefined>;
  const problems: { field: string; why: string }[] = [];
  for (const f of fields) {
    const col = columns[f];
    if (!col) problems.push({ field: f, why: "absent" });
    else if (!hasValue(col)) problems.push({ field: f, why: `empty in all ${col.length} rows analysed` });
  }
  return problems;
}

/**
 * The fields of `fields` that the cohort lacks (absent, or empty in every row), for an optional
 * step that can go on without them (e.g. an adjustment set), saying so in its text.
 */
export function lackingFields(cohort: CohortLike, fields: readonly string[]): string[] {
  return lacking(cohort, fields).map((p) => p.field);
}
