import type { ColumnSet } from "./deriveVariables";
import type { TruthTerm } from "./simulationTruth";

/**
 * The linear predictor sum(logHR × x) of each row for a list of baseline terms coded as in
 * simulationTruth (a level term is 1 when the column equals the level, else 0; a plain term is
 * the column's number). NaN when a term's value is missing.
 */
export function linearPredictor(columns: ColumnSet, terms: readonly TruthTerm[], n: number): Float64Array {
  const lp = new Float64Array(n);
  for (const t of terms) {
    const col = columns[t.column];
    if (!col) throw new Error(`linearPredictor: column ${t.column} of term ${t.term} is missing`);
    for (let i = 0; i < n; i++) {
      let x: number;
      if (t.level !== undefined) {
        const v = col[i];
        x = v === "" || (typeof v === "number" && Number.isNaN(v)) ? NaN : v === t.level ? 1 : 0;
      } else {
        x = typeof col[i] === "number" ? (col[i] as number) : NaN;
      }
      lp[i] += t.logHR * x;
    }
  }
  return lp;
}
