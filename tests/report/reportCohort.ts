import { cohortSchema } from "../../lib/data/cohortSchema";
import { deriveVariables } from "../../lib/data/deriveVariables";
import { rowsToColumns } from "../../lib/data/rowsToColumns";
import { simulateCohort } from "../../lib/data/simulateCohort";

/** A small simulated cohort as typed columns (schema fields and derived variables), as loadCohort gives them. */
export function reportCohort(n = 300, seed = 7): Record<string, Float64Array | string[]> {
  const schema = cohortSchema();
  const raw = rowsToColumns(simulateCohort({ n, seed }), schema);
  return { ...raw, ...deriveVariables(raw, { schema }) };
}
