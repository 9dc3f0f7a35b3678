import { InputError, Label, checkEvent, checkLengths, checkTime, groupCodes } from "../checkInput";
import { defaults } from "../defaults";
import { logRankKernel } from "../kernels/logRankKernel";
import { sortByTime } from "../kernels/sortByTime";

/** Inputs shared by logRank, logRankTrend and pairwiseLogRank. */
export interface LogRankInput {
  /** Follow-up times, finite and >= 0. */
  time: ArrayLike<number>;
  /** 1 = event, 0 = censored (booleans accepted). */
  event: ArrayLike<number | boolean>;
  /** Group label per row (strings or numbers; at least two distinct levels). */
  group: ArrayLike<Label>;
  /** Optional stratum label per row: sums are formed within strata, then added. */
  strata?: ArrayLike<Label>;
  /** Fleming–Harrington weight exponent: w(t) = S(t-)^rho; default 0 (log-rank). */
  rho?: number;
  /** Order of the group levels (default: numbers ascending, strings by code point). */
  levels?: readonly Label[];
  /** Merge times closer than sqrt(machine eps) first, as R's timefix = TRUE (default true). */
  timefix?: boolean;
}

/** The checked, stratum-summed sums of the weighted log-rank test. */
export interface LogRankTotals {
  levels: Label[];
  /** Rows per group. */
  n: number[];
  /** Weighted observed and expected events per group, summed over strata. */
  observed: number[];
  expected: number[];
  /** k x k covariance of observed - expected, summed over strata. */
  variance: number[][];
  rho: number;
}

/**
 * Checks the inputs, sorts once by (stratum, time) with timefix (sortByTime) and runs logRankKernel.
 * Errors name the argument and the first offending index (InputError).
 * R: the observed/expected/var components of survdiff(Surv(time, event) ~ group + strata(s), rho).
 */
export function logRankSums(input: LogRankInput): LogRankTotals {
  const rho = input.rho === undefined ? defaults.rho : input.rho;
  if (typeof rho !== "number" || !Number.isFinite(rho)) throw new InputError(`rho = ${rho}: must be a finite number`);
  checkLengths({ time: input.time, event: input.event, group: input.group, strata: input.strata });
  const time0 = checkTime("time", input.time);
  const event = checkEvent("event", input.event);
  const { codes, levels } = groupCodes("group", input.group, input.levels);
  if (levels.length < 2) {
    throw new InputError(`group: only one level (${JSON.stringify(levels[0])}); a log-rank test needs at least two groups`);
  }
  const strata = input.strata === undefined ? null : groupCodes("strata", input.strata);
  const timefix = input.timefix === undefined ? defaults.timefix : input.timefix;

  // One sort: by stratum, then time (timefix applied to the sorted times).
  const nobs = codes.length;
  const k = levels.length;
  const sorted = sortByTime(time0, strata === null ? null : strata.codes, strata === null ? 1 : strata.levels.length, timefix);
  const order = sorted.order;
  const t = sorted.time;
  const e = new Float64Array(nobs);
  const g = new Int32Array(nobs);
  for (let r = 0; r < nobs; r++) {
    const i = order[r];
    e[r] = event[i];
    g[r] = codes[i];
  }
  const ends = sorted.ends;
  const sums = logRankKernel(t, e, g, ends, k, rho);

  const n = new Array<number>(k).fill(0);
  for (let i = 0; i < nobs; i++) n[codes[i]]++;
  const observed = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  for (let s = 0; s < ends.length; s++) {
    for (let j = 0; j < k; j++) {
      observed[j] += sums.observed[s * k + j];
      expected[j] += sums.expected[s * k + j];
    }
  }
  const variance: number[][] = [];
  for (let j = 0; j < k; j++) variance.push(Array.from(sums.variance.subarray(j * k, (j + 1) * k)));
  return { levels, n, observed, expected, variance, rho };
}
