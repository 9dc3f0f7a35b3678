import { InputError, Label, NumericColumn, checkEvent, checkFinite, checkLengths, checkTime, groupCodes } from "../checkInput";
import { defaults } from "../defaults";
import { concordanceKernel } from "../kernels/concordanceKernel";
import { concordanceTimeWeights } from "../kernels/concordanceTimeWeights";
import { countingSort } from "../kernels/countingSort";
import { mergeNearTimes } from "../kernels/mergeNearTimes";
import { radixOrder } from "../kernels/radixOrder";

export type ConcordanceTimewt = "n" | "S" | "S/G" | "n/G2" | "I";

export interface ConcordanceInput {
  /** Follow-up time (the stop time for counting-process data), finite and >= 0. */
  time: NumericColumn;
  /** 1 = event, 0 = censored. */
  event: ArrayLike<number | boolean>;
  /** The predictor; for a Cox model the linear predictor (with reverse: true). */
  score: NumericColumn;
  /** Entry time of (start, stop] counting-process rows: finite (may be negative), start < time. */
  start?: NumericColumn;
  /** Pairs are only formed within a stratum. */
  strata?: ArrayLike<Label>;
  /** Case weights (> 0), as coxph(weights =). */
  weights?: NumericColumn;
  /** Cluster labels: the influence is summed per cluster before squaring (robust variance). */
  cluster?: ArrayLike<Label>;
  /** true when a larger score predicts a shorter time (risk scores, Cox linear predictors). */
  reverse?: boolean;
  /** Event-time weighting; only "n" for counting-process data. */
  timewt?: ConcordanceTimewt;
  /** Merge times closer than sqrt(machine eps) first (R's aeqSurv). */
  timefix?: boolean;
}

export interface ConcordanceResult {
  estimate: number;
  stdErr: number;
  concordant: number;
  discordant: number;
  tiedX: number;
  tiedY: number;
  tiedXY: number;
  n: number;
}

/**
 * Harrell's concordance C, exactly as survival 3.5's concordancefit().
 *
 * A pair (i, j) is comparable when both are in the same stratum and the shorter time t_j is an
 * event with the other still at risk at t_j (t_i > t_j, or t_i = t_j with i censored; for
 * (start, stop] data, start_i < t_j <= stop_i). With weights w and timewt v(t),
 *   concordant  = sum v(t_j) w_i w_j [x_i > x_j]      discordant = sum v(t_j) w_i w_j [x_i < x_j]
 *   tied.x      = sum v(t_j) w_i w_j [x_i = x_j]
 *   C = (concordant + tied.x / 2) / (concordant + discordant + tied.x).
 * Ties: tied scores count 1/2; two events at the same time are not comparable (tied.y, and
 * tied.xy when the scores are equal too; reported, never used). reverse swaps concordant and
 * discordant (C -> 1 - C): a larger score then predicts a shorter time.
 * Standard error (infinitesimal jackknife, not the old U-statistic formula): with Somers'
 * d = (concordant - discordant)/N, N = concordant + discordant + tied.x, and I_k(i) the sum of
 * v(t) w_other over the comparable pairs of kind k that observation i belongs to,
 *   dfbeta_i = w_i [ (I_conc(i) - I_disc(i))/N - d (I_conc(i) + I_disc(i) + I_tiedx(i))/N ],
 *   var(C) = sum_i dfbeta_i^2 / 4   (dfbeta summed within clusters first when cluster is given).
 * Defaults: reverse false, timewt "n" (defaults.concordanceTimewt), timefix true (defaults.timefix).
 * R: concordance(Surv(time, event) ~ score + strata(s), data, weights = w, reverse = FALSE,
 *    timewt = "n") — and coxph()'s fit$concordance / summary(fit)$concordance, which is
 *    concordancefit(Y, fit$linear.predictors, strata, weights, cluster, reverse = TRUE) on the
 *    (timefix-ed) Surv(time, status) or Surv(start, stop, event) response.
 * R with more than 10 strata merges them by shifting times (same result). survival 3.5-3 rejects
 * timewt "S/G" and "n/G2" for (start, stop] data and crashes on "S" and "I" there (and on "I"
 * with more than 10 strata), so only "n" is offered for (start, stop] data; "I" with > 10 strata
 * is computed per stratum as R does for <= 10 (no R value to compare with).
 * References: Harrell FE et al. (1982) Evaluating the yield of medical tests. JAMA 247:2543-6;
 * Therneau T, Atkinson E. The concordance statistic, vignette of the R survival package.
 */
export function concordance(input: ConcordanceInput): ConcordanceResult {
  const { reverse = false, timewt = defaults.concordanceTimewt, timefix = defaults.timefix } = input;
  const n = checkLengths({
    time: input.time, event: input.event, score: input.score, start: input.start,
    strata: input.strata, weights: input.weights, cluster: input.cluster,
  });
  let time = checkTime("time", input.time);
  const event = checkEvent("event", input.event);
  const score = checkFinite("score", input.score);
  let start = input.start === undefined ? null : checkFinite("start", input.start);
  if (start !== null) {
    for (let i = 0; i < n; i++) {
      if (!(start[i] < time[i])) throw new InputError(`start[${i}] = ${start[i]}: must be < time[${i}] = ${time[i]} (a (start, stop] interval)`);
    }
  }
  const weight = input.weights === undefined ? new Float64Array(n).fill(1) : checkFinite("weights", input.weights);
  for (let i = 0; i < n; i++) {
    if (!(weight[i] > 0)) throw new InputError(`weights[${i}] = ${weight[i]}: a case weight must be > 0`);
  }
  if (typeof reverse !== "boolean") throw new InputError(`reverse = ${JSON.stringify(reverse)}: must be true or false`);
  if (!["n", "S", "S/G", "n/G2", "I"].includes(timewt)) {
    throw new InputError(`timewt = ${JSON.stringify(timewt)}: must be one of "n", "S", "S/G", "n/G2", "I"`);
  }
  if (start !== null && timewt !== "n") {
    throw new InputError(`timewt = "${timewt}": only "n" is available for (start, stop] data`);
  }
  const strata = input.strata === undefined ? { codes: new Int32Array(n), levels: [1] } : groupCodes("strata", input.strata);
  const cluster = input.cluster === undefined ? null : groupCodes("cluster", input.cluster);

  if (timefix) ({ time, start } = fixTimes(time, start));
  const { rank, m, order: byScore } = ranked(score);
  const { rank: timeRank, m: nTimes } = ranked(time);
  // one lexicographic order by LSD passes: stratum, time decreasing, censored first, score
  const timeKey = new Int32Array(n);
  for (let i = 0; i < n; i++) timeKey[i] = 2 * (nTimes - 1 - timeRank[i]) + event[i];
  const nStrata = strata.levels.length;
  const code = strata.codes;
  let order = countingSort(byScore, timeKey, 2 * nTimes);
  if (nStrata > 1) order = countingSort(order, code, nStrata);
  const bounds = new Int32Array(nStrata + 1);
  for (let i = 0; i < n; i++) bounds[code[i] + 1]++;
  for (let s = 0; s < nStrata; s++) bounds[s + 1] += bounds[s];
  // gather every per-row array into that order once: the kernels then read memory in sequence
  const sTime = gather(time, order), sEvent = gather(event, order), sWeight = gather(weight, order);
  const sRank = new Int32Array(n);
  for (let k = 0; k < n; k++) sRank[k] = rank[order[k]];
  let startDesc: Float64Array | null = null, startPos: Int32Array | null = null;
  if (start !== null) {
    const { rank: startRank, m: nStarts } = ranked(start);
    let byStart = countingSort(identity(n), startRank, nStarts, true);
    if (nStrata > 1) byStart = countingSort(byStart, code, nStrata);
    const position = new Int32Array(n);
    for (let k = 0; k < n; k++) position[order[k]] = k;
    startDesc = gather(start, byStart);
    startPos = new Int32Array(n);
    for (let k = 0; k < n; k++) startPos[k] = position[byStart[k]];
  }
  const tw = timewt === "n" ? null : concordanceTimeWeights(bounds, sTime, sEvent, sWeight, timewt);

  const counts = new Float64Array(5);
  const infl = new Float64Array(3 * n);
  concordanceKernel(bounds, sTime, sEvent, sRank, m, sWeight, startDesc, startPos, tw, counts, infl);

  const npair = counts[0] + counts[1] + counts[2];
  const somers = (counts[0] - counts[1]) / npair;
  const dfbeta = new Float64Array(cluster === null ? n : cluster.levels.length);
  for (let k = 0; k < n; k++) {
    const c = infl[3 * k], d = infl[3 * k + 1], tx = infl[3 * k + 2];
    dfbeta[cluster === null ? k : cluster.codes[order[k]]] += sWeight[k] * ((c - d) / npair - (somers / npair) * (c + d + tx));
  }
  let ss = 0;
  for (let k = 0; k < dfbeta.length; k++) ss += dfbeta[k] * dfbeta[k];
  const c = (somers + 1) / 2;
  return {
    estimate: reverse ? 1 - c : c,
    stdErr: Math.sqrt(ss / 4),
    concordant: reverse ? counts[1] : counts[0],
    discordant: reverse ? counts[0] : counts[1],
    tiedX: counts[2],
    tiedY: counts[3],
    tiedXY: counts[4],
    n,
  };
}

/** R's aeqSurv: merge near-equal times over the union of start and stop values. */
function fixTimes(time: Float64Array, start: Float64Array | null): { time: Float64Array; start: Float64Array | null } {
  if (start === null) return { time: mergeNearTimes(time), start };
  const n = time.length;
  const both = new Float64Array(2 * n);
  both.set(start, 0);
  both.set(time, n);
  const merged = mergeNearTimes(both);
  if (merged === both) return { time, start };
  const s2 = merged.slice(0, n), t2 = merged.slice(n);
  for (let i = 0; i < n; i++) {
    if (s2[i] === t2[i]) {
      throw new InputError(`start[${i}] = ${start[i]}, time[${i}] = ${time[i]}: the interval has length 0 once times closer than sqrt(machine eps) are merged (timefix)`);
    }
  }
  return { time: t2, start: s2 };
}

/** Dense ranks 0..m-1 (equal values share one, as R's match(x, sort(unique(x)))) and the ascending order. */
function ranked(x: Float64Array): { rank: Int32Array; m: number; order: Int32Array } {
  const order = radixOrder(x);
  const rank = new Int32Array(x.length);
  let m = 0;
  for (let k = 0; k < order.length; k++) {
    if (k > 0 && x[order[k]] !== x[order[k - 1]]) m++;
    rank[order[k]] = m;
  }
  return { rank, m: m + 1, order };
}

function gather(x: Float64Array, order: Int32Array): Float64Array {
  const out = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = x[order[k]];
  return out;
}

function identity(n: number): Int32Array {
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  return idx;
}
