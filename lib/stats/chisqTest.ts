import { InputError } from "../checkInput";
import { pchisq } from "../math/pchisq";

export interface ContingencyTestResult {
  statistic: number;
  df: number;
  p: number;
  /** Expected counts under independence (rows x columns of the table actually tested). */
  expected: number[][];
}

/**
 * Pearson's chi-square test of independence for an r x c table of counts, without Yates'
 * continuity correction: X2 = sum (O - E)^2 / E with E = row total x column total / N,
 * df = (r - 1)(c - 1), p = P(chi2_df >= X2).
 * Rows and columns whose total is zero are dropped first (R would return NaN); fewer than two
 * non-empty rows or columns throws.
 *
 * R: chisq.test(table, correct = FALSE)
 * Reference: Pearson K (1900) Phil Mag 50:157–175.
 */
export function chisqTest(table: readonly (readonly number[])[]): ContingencyTestResult {
  const t = dropEmpty(table);
  const r = t.length;
  const c = t[0].length;
  const rowSum = t.map((row) => row.reduce((a, b) => a + b, 0));
  const colSum = t[0].map((_, j) => t.reduce((a, row) => a + row[j], 0));
  const total = rowSum.reduce((a, b) => a + b, 0);
  let statistic = 0;
  const expected = t.map((row, i) =>
    row.map((o, j) => {
      const e = (rowSum[i] * colSum[j]) / total;
      statistic += ((o - e) * (o - e)) / e;
      return e;
    }),
  );
  const df = (r - 1) * (c - 1);
  return { statistic, df, p: pchisq(statistic, df, false), expected };
}

/** Checks a table of counts and removes all-zero rows and columns. */
export function dropEmpty(table: readonly (readonly number[])[]): number[][] {
  if (table.length === 0 || table[0].length === 0) throw new InputError("contingency table: empty");
  const c = table[0].length;
  table.forEach((row, i) => {
    if (row.length !== c) throw new InputError(`contingency table: row ${i} has ${row.length} cells, expected ${c}`);
    row.forEach((v, j) => {
      if (!(v >= 0) || Math.floor(v) !== v) throw new InputError(`contingency table[${i}][${j}] = ${v}: counts must be whole numbers >= 0`);
    });
  });
  const rows = table.filter((row) => row.some((v) => v > 0));
  const keep = table[0].map((_, j) => table.some((row) => row[j] > 0));
  const out = rows.map((row) => row.filter((_, j) => keep[j]));
  if (out.length < 2 || out[0].length < 2) {
    throw new InputError("contingency table: needs at least two non-empty rows and two non-empty columns");
  }
  return out;
}
