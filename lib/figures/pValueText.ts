import { numberFormat } from "./numberFormat";

/** A test result as lib/survival returns it (logRank, logRankTrend, Gray's test, Cox global tests). */
export interface TestLike {
  p: number;
  chisq?: number;
  stat?: number;
  statistic?: number;
  df?: number;
  /** G-rho weight of a log-rank family test; names the test when `test` is absent. */
  rho?: number;
  /** The test's name, e.g. "Log-rank test for trend". */
  test?: string;
}

/**
 * One line naming a test and its result, e.g. "Log-rank test: χ² = 11.42, df = 2, p = 0.003".
 * A string is returned unchanged. Without `test`, a result with rho = 1 is the Peto–Peto test,
 * another non-zero rho the Harrington–Fleming G-rho test, otherwise `defaultName`.
 */
export function pValueText(result: string | TestLike, defaultName = "Log-rank test"): string {
  if (typeof result === "string") return result;
  const name =
    result.test ??
    (result.rho === 1
      ? "Peto–Peto test (G-rho, rho = 1)"
      : result.rho !== undefined && result.rho !== 0
        ? `Harrington–Fleming test (G-rho, rho = ${result.rho})`
        : defaultName);
  const stat = result.chisq ?? result.stat ?? result.statistic;
  const parts: string[] = [];
  if (stat !== undefined && Number.isFinite(stat)) parts.push(`\u03c7\u00b2 = ${stat.toFixed(2)}`);
  if (result.df !== undefined) parts.push(`df = ${result.df}`);
  parts.push(numberFormat.pText(result.p));
  return `${name}: ${parts.join(", ")}`;
}
