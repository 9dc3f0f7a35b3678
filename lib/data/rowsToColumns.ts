import type { CohortRow, CohortSchema } from "./cohortTypes";
import type { ColumnSet } from "./deriveVariables";

/**
 * Turns validated rows into typed columns, one per schema field in schema order: integer and
 * number fields become Float64Array (missing = NaN), text fields string[] (missing = ""), so
 * that lib/survival can take them directly.
 */
export function rowsToColumns(rows: readonly CohortRow[], schema: CohortSchema): ColumnSet {
  const out: ColumnSet = {};
  for (const f of schema.fields) {
    if (f.kind === "text") {
      out[f.name] = rows.map((r) => { const v = r[f.name]; return v === null || v === undefined ? "" : String(v); });
    } else {
      const a = new Float64Array(rows.length);
      rows.forEach((r, i) => { const v = r[f.name]; a[i] = typeof v === "number" ? v : NaN; });
      out[f.name] = a;
    }
  }
  return out;
}
