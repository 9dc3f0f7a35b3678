import { checkLengths, checkTime, groupCodes, InputError, type Label } from "../checkInput";
import { defaults } from "../defaults";
import { grayKernel } from "../kernels/grayKernel";
import { luSolve } from "../math/luSolve";
import { pchisq } from "../math/pchisq";
import { causeCodes } from "./causeCodes";

export interface GrayTestInput {
  /** Follow-up times, finite and >= 0. */
  time: ArrayLike<number>;
  /** 0 = censored; any other finite number is a cause code (one test per distinct code). */
  cause: ArrayLike<number>;
  /** Group label per row (at least two groups). */
  group: ArrayLike<Label>;
  /** Optional stratum label per row: scores and variances are summed over strata. */
  strata?: ArrayLike<Label>;
  /** Weight exponent: each time is weighted by (1 - F(t-))^rho (default defaults.rho = 0). */
  rho?: number;
  /** Order (and set) of group levels; the statistic does not depend on it. */
  levels?: readonly Label[];
}

export interface GrayTestResult {
  cause: number;
  stat: number;
  df: number;
  p: number;
}

/**
 * Gray's k-sample test that the cumulative incidence functions of one cause are equal across
 * groups, one test per cause, as the $Tests table of cmprsk::cuminc.
 *
 * For cause k the score of group g compares its subdistribution hazard with the pooled one,
 *   s_g = sum_t (1 - F(t-))^rho [d_gk(t) - d_k(t) R_g(t) / sum_j R_j(t)],
 * with R_g(t) = n_g(t) (1 - F_g(t-)) / S_g(t-) (n at risk, CIF of cause k and all-cause KM of
 * group g just before t) and F the pooled CIF; stat = s' V^{-1} s over the first ng - 1 groups,
 * V Gray's variance estimate (1988, section 2), chi-square with ng - 1 df. With strata, s and V
 * are summed over strata (groups compared within strata).
 * Ties: all events at t count before the censorings at t; tied events of a cause enter V with
 * cmprsk's tie correction. rho = 0 (default) weights every time equally.
 * p is the precise upper tail pchisq(stat, df, lower.tail = FALSE) (cuminc prints 1 - pchisq).
 * A singular V gives stat = p = NaN (cuminc reports stat -1).
 *
 * R: cmprsk::cuminc(time, cause, group, strata, rho = rho)$Tests
 * Reference: Gray RJ (1988) A class of K-sample tests for comparing the cumulative incidence of
 * a competing risk. Ann Stat 16:1141–1154.
 */
export function grayTest(input: GrayTestInput): GrayTestResult[] {
  const rho = input.rho === undefined ? defaults.rho : input.rho;
  if (typeof rho !== "number" || !Number.isFinite(rho)) throw new InputError(`rho = ${typeof rho === "number" ? rho : JSON.stringify(rho)}: must be a finite number`);
  if (input.group === undefined) throw new InputError("group: expected an array of group labels");
  const n = checkLengths({ time: input.time, cause: input.cause, group: input.group, strata: input.strata });
  const time = checkTime("time", input.time);
  const { index: cause, causes } = causeCodes("cause", input.cause);
  const { codes: group, levels } = groupCodes("group", input.group, input.levels);
  const ng = levels.length;
  if (ng < 2) throw new InputError(`group: only one level (${JSON.stringify(levels[0])}); Gray's test needs at least two groups`);
  const strata = input.strata === undefined ? { codes: new Int32Array(n), levels: [1] } : groupCodes("strata", input.strata);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => time[a] - time[b] || a - b);
  const q = ng - 1;
  const ts = new Float64Array(n);
  const ms = new Int32Array(n);
  const gs = new Int32Array(n);
  const work = new Float64Array(8 * ng + 3 * ng * ng);
  const out: GrayTestResult[] = [];
  for (let k = 1; k <= causes.length; k++) {
    const score = new Float64Array(q);
    const variance = new Float64Array(q * q);
    for (let s = 0; s < strata.levels.length; s++) {
      let ns = 0;
      for (const i of order) {
        if (strata.codes[i] !== s) continue;
        ts[ns] = time[i];
        ms[ns] = cause[i] === 0 ? 0 : cause[i] === k ? 1 : 2;
        gs[ns] = group[i];
        ns++;
      }
      grayKernel(ts, ms, gs, ns, ng, rho, score, variance, work);
    }
    const x = luSolve(variance, score, q, 1e-7);
    let stat = NaN;
    if (x !== null) {
      stat = 0;
      for (let i = 0; i < q; i++) stat += score[i] * x[i];
    }
    out.push({ cause: causes[k - 1], stat, df: q, p: Number.isNaN(stat) ? NaN : pchisq(stat, q, false) });
  }
  return out;
}
