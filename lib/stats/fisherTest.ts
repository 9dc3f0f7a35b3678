import { defaults } from "../defaults";
import { dropEmpty } from "./chisqTest";

export interface FisherTestResult {
  /** Two-sided p-value; NaN when the enumeration limit was reached (see `complete`). */
  p: number;
  /** Number of tables enumerated. */
  tables: number;
  /** False when more than `maxTables` tables share the margins and the p-value was not computed. */
  complete: boolean;
}

/**
 * Fisher's exact test of independence for an r x c table of counts (two-sided), by full
 * enumeration of the tables with the observed margins.
 *
 * Under independence and fixed margins a table has probability
 *   P = prod(row totals!) prod(column totals!) / (N! prod(n_ij!)),
 * and p = the sum of P over all tables with P <= P_observed (1 + 1e-7), R's rule for 2 x 2
 * (fisher.test's relErr) and, up to its own tolerance, for larger tables (FEXACT).
 * All-zero rows and columns are dropped first. The enumeration stops after `maxTables`
 * (default defaults.fisherMaxTables) tables and then returns p = NaN with complete = false, so a caller can fall back
 * to the chi-square test and say so.
 *
 * R: fisher.test(table)$p.value
 * Reference: Fisher RA (1935) JRSS 98:39–82; Mehta CR, Patel NR (1983) JASA 78:427–434.
 */
export function fisherTest(table: readonly (readonly number[])[], options: { maxTables?: number } = {}): FisherTestResult {
  let t = dropEmpty(table);
  if (t.length < t[0].length) t = t[0].map((_, j) => t.map((row) => row[j])); // fewer columns: shallower recursion
  const r = t.length;
  const c = t[0].length;
  const maxTables = options.maxTables ?? defaults.fisherMaxTables;
  const rowSum = t.map((row) => row.reduce((a, b) => a + b, 0));
  const colSum = t[0].map((_, j) => t.reduce((a, row) => a + row[j], 0));
  const total = rowSum.reduce((a, b) => a + b, 0);
  const lf = new Float64Array(total + 1);
  for (let k = 1; k <= total; k++) lf[k] = lf[k - 1] + Math.log(k);
  const logConst = rowSum.reduce((a, v) => a + lf[v], 0) + colSum.reduce((a, v) => a + lf[v], 0) - lf[total];
  let observed = 0;
  for (const row of t) for (const v of row) observed += lf[v];
  // A table is "as or less likely" when sum lf(n_ij) >= observed sum - log(1 + 1e-7).
  const threshold = observed - Math.log1p(1e-7);
  const rowRem = rowSum.slice();
  let p = 0;
  let tables = 0;
  let stopped = false;

  const rec = (j: number, i: number, colRem: number, acc: number): void => {
    if (stopped) return;
    if (j === c - 1) {
      let s = acc;
      for (let k = 0; k < r; k++) s += lf[rowRem[k]];
      tables++;
      if (tables > maxTables) {
        stopped = true;
        return;
      }
      if (s >= threshold) p += Math.exp(logConst - s);
      return;
    }
    if (i === r - 1) {
      if (colRem > rowRem[i]) return;
      rowRem[i] -= colRem;
      rec(j + 1, 0, colSum[j + 1], acc + lf[colRem]);
      rowRem[i] += colRem;
      return;
    }
    let below = 0;
    for (let k = i + 1; k < r; k++) below += rowRem[k];
    const lo = Math.max(0, colRem - below);
    const hi = Math.min(rowRem[i], colRem);
    for (let v = lo; v <= hi; v++) {
      rowRem[i] -= v;
      rec(j, i + 1, colRem - v, acc + lf[v]);
      rowRem[i] += v;
      if (stopped) return;
    }
  };
  rec(0, 0, colSum[0], 0);
  if (stopped) return { p: NaN, tables: maxTables, complete: false };
  return { p: Math.min(1, p), tables, complete: true };
}
