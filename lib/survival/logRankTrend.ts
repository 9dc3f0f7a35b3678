import { InputError } from "../checkInput";
import { pchisq } from "../math/pchisq";
import { LogRankInput, logRankSums } from "./logRankSums";

export interface LogRankTrendOptions extends LogRankInput {
  /**
   * One score per group level, in level order (the order of `levels`, or the default sorted
   * order). Default: the labels themselves when every label is a number, else 1..k.
   */
  scores?: ArrayLike<number>;
}

export interface LogRankTrendResult {
  chisq: number;
  df: 1;
  p: number;
  /** The scores used, in level order, and the levels they belong to. */
  scores: number[];
  groups: (string | number)[];
  /** U = sum_g w_g (O_g - E_g) and its variance V = w' Var w. */
  u: number;
  v: number;
}

/**
 * Log-rank test for trend across ordered groups (G-rho weighted when rho != 0).
 *
 * With O, E and Var from the (stratified, weighted) log-rank sums of logRank and scores w:
 *   U = sum_g w_g (O_g - E_g),  V = w' Var w,  chisq = U^2 / V on 1 df,
 *   p = pchisq(chisq, 1, lower.tail = FALSE); chisq and p are NaN when V = 0 (e.g. all scores equal).
 * Adding a constant to every score changes nothing (sum_g (O_g - E_g) = 0 within each stratum).
 * Unstratified with rho = 0 and no tied deaths, this equals the score test of
 * coxph(Surv(time, event) ~ score, ties = "breslow"); tied deaths make the two differ, since the
 * log-rank variance carries the hypergeometric factor (n - d)/(n - 1).
 * Ties, timefix and defaults as logRank (rho = 0).
 * R (no built-in): with(survdiff(Surv(time, event) ~ group + strata(s), rho = rho),
 *   { U <- sum(w * (rowSums(as.matrix(obs)) - rowSums(as.matrix(exp)))); U^2 / drop(t(w) %*% var %*% w) }).
 * Reference: Collett (2015), Modelling Survival Data in Medical Research, 3rd ed., section 2.7.
 */
export function logRankTrend(options: LogRankTrendOptions): LogRankTrendResult {
  const s = logRankSums(options);
  const k = s.levels.length;
  let w: number[];
  if (options.scores !== undefined) {
    if (options.scores === null || options.scores.length !== k) {
      throw new InputError(`scores: length ${options.scores === null ? "null" : options.scores.length} differs from the number of group levels (${k})`);
    }
    w = Array.from(options.scores);
    for (let g = 0; g < k; g++) {
      if (typeof w[g] !== "number" || !Number.isFinite(w[g])) throw new InputError(`scores[${g}] = ${w[g]}: must be a finite number`);
    }
  } else if (s.levels.every((l) => typeof l === "number")) {
    w = s.levels as number[];
  } else {
    w = s.levels.map((_, g) => g + 1);
  }
  let u = 0;
  let v = 0;
  for (let g = 0; g < k; g++) {
    u += w[g] * (s.observed[g] - s.expected[g]);
    for (let h = 0; h < k; h++) v += w[g] * s.variance[g][h] * w[h];
  }
  const chisq = v > 0 ? (u * u) / v : NaN;
  return { chisq, df: 1, p: pchisq(chisq, 1, false), scores: w, groups: s.levels, u, v };
}
