import { Label } from "../checkInput";
import { pchisq } from "../math/pchisq";
import { quadFormGinv } from "../math/quadFormGinv";
import { LogRankInput, logRankSums } from "./logRankSums";

export type LogRankOptions = LogRankInput;

export interface LogRankResult {
  chisq: number;
  df: number;
  p: number;
  /** Group levels, in the order of every per-group array. */
  groups: Label[];
  /** Weighted observed events per group, summed over strata (plain counts when rho = 0). */
  observed: number[];
  /** Weighted expected events per group, summed over strata. */
  expected: number[];
  /** k x k covariance matrix of observed - expected (survdiff's var). */
  variance: number[][];
  /** Rows per group. */
  n: number[];
  rho: number;
}

/**
 * Weighted log-rank test of equal survival across groups (G-rho family of Harrington & Fleming),
 * exactly as R's survdiff.
 *
 * At each distinct event time t (within a stratum) with n at risk, d deaths, n_g at risk and
 * d_g deaths in group g, and weight w = S(t-)^rho (S the stratum's pooled Kaplan–Meier,
 * left-continuous; w = 1 when rho = 0):
 *   O_g = sum w d_g,  E_g = sum w d n_g / n,
 *   V_gh = sum w^2 d (n - d)/(n - 1) (n_g / n)(1[g = h] - n_h / n)  (hypergeometric variance).
 * O, E and V are summed over strata. As in R, observed and expected are the *weighted* sums when
 * rho != 0. Tied times: all deaths at a time share one risk set (tied censorings count as at risk).
 * Times within sqrt(machine eps) are merged first (timefix, default true).
 *
 * chisq = (O - E)' V^- (O - E) restricted to the groups with E_g > 0, dropping the first of them
 * (R: solve(vv, temp2)); df = (number of groups with E_g > 0) - 1, and chisq = 0, df = 0 when
 * fewer than two groups have E_g > 0. If that reduced V is singular (R's solve() fails there) a
 * generalized inverse is used and df is its rank. p = pchisq(chisq, df, lower.tail = FALSE).
 *
 * Defaults: rho = 0 (log-rank; rho = 1 is the Peto–Peto modification of the Gehan–Wilcoxon test),
 * levels sorted (numbers ascending, strings by code point), timefix = true.
 * R: survdiff(Surv(time, event) ~ group + strata(strata), rho = rho).
 * Reference: Harrington & Fleming (1982), Biometrika 69:553–566; Mantel (1966).
 */
export function logRank(options: LogRankOptions): LogRankResult {
  const s = logRankSums(options);
  const k = s.levels.length;
  const use: number[] = [];
  for (let g = 0; g < k; g++) if (s.expected[g] > 0) use.push(g);
  let chisq = 0;
  let df = 0;
  if (use.length >= 2) {
    const sub = use.slice(1);
    const diff = sub.map((g) => s.observed[g] - s.expected[g]);
    const vv = sub.map((g) => sub.map((h) => s.variance[g][h]));
    const q = quadFormGinv(vv, diff);
    chisq = q.value;
    df = q.rank;
  }
  const p = df === 0 ? 1 : pchisq(chisq, df, false);
  return {
    chisq,
    df,
    p,
    groups: s.levels,
    observed: s.observed,
    expected: s.expected,
    variance: s.variance,
    n: s.n,
    rho: s.rho,
  };
}
