import { InputError, Label, NumericColumn, checkEvent, checkFinite, checkLengths, checkTime, groupCodes } from "../checkInput";
import { defaults } from "../defaults";
import { coxCountingSums } from "../kernels/coxCountingSums";
import { coxNewton } from "../kernels/coxNewton";
import { coxRightSums } from "../kernels/coxRightSums";
import { coxWork } from "../kernels/coxWork";
import { mergeNearTimes } from "../kernels/mergeNearTimes";
import { radixOrder } from "../kernels/radixOrder";
import { mergeSortedTimes } from "../kernels/sortByTime";
import { CoxFit } from "./CoxFit";
import { coxDesign } from "./coxDesign";
import { coxFitSummary } from "./coxFitSummary";

export interface CoxphOptions {
  /** Follow-up time (the stop time of (start, stop] rows when `start` is given): finite, >= 0. */
  time: NumericColumn;
  /** 1 = event, 0 = censored (booleans accepted). */
  event: ArrayLike<number | boolean>;
  /** Named numeric covariate columns; the term order is the key order. At least one. */
  covariates: Record<string, NumericColumn>;
  /** Entry times for counting-process data, Surv(start, stop, event): finite, start < time per row. */
  start?: NumericColumn;
  /** Stratum labels: a separate baseline hazard per stratum (R: + strata(s)). */
  strata?: ArrayLike<Label>;
  ties?: "efron" | "breslow";
  confLevel?: number;
  iterMax?: number;
  eps?: number;
  tolerChol?: number;
  /** Threshold of R's "coefficient may be infinite" check; default sqrt(eps) as coxph.control. */
  tolerInf?: number;
  /** Initial coefficients (default all 0). */
  init?: ArrayLike<number>;
  /** Merge times closer than sqrt(machine eps) first (R: coxph.control(timefix = TRUE)). */
  timefix?: boolean;
}

/**
 * Cox proportional hazards regression, exactly as R's coxph (survival 3.5).
 *
 * Maximises the log partial likelihood
 *   l(b) = sum over event times t of [ sum_{i in D(t)} x_i'b - sum_{k=0}^{d-1} log( sum_{j in R(t)} e^{x_j'b}
 *          - (k/d) sum_{i in D(t)} e^{x_i'b} ) ]
 * (Efron's tie rule; Breslow drops the k/d term), with D(t) the d events at t and R(t) the risk
 * set (time >= t, or start < t <= stop), within each stratum. Newton–Raphson from `init` (0) with
 * R's step halving, stopping when |1 - l_old/l_new| <= eps; covariates centred as R does
 * (fit.means; 0/1 and -1/0/1 columns are not centred). Aliased (collinear) terms are found by the
 * generalized Cholesky decomposition at toler.chol and get NaN estimates (R: NA); terms whose
 * score has not converged with the log-likelihood are flagged `infinite` (monotone likelihood);
 * running out of iterations gives converged = false. All three are warnings, never exceptions.
 *
 * Reported: coef, se = sqrt(diag(var)), hr = exp(coef), Wald limits exp(coef -/+ z se) at
 * confLevel, z, p = P(chi2_1 > z^2); likelihood-ratio 2 (l(b) - l(init)), Wald b' V^- b and score
 * u' I^- u (at init) tests on df = number of non-aliased terms; Harrell's concordance of the
 * linear predictor (reverse = TRUE, as fit$concordance).
 * Defaults (lib/defaults.ts): ties "efron", confLevel 0.95, iterMax 20, eps 1e-9,
 * tolerChol .Machine$double.eps^0.75, tolerInf sqrt(eps), timefix true.
 * R: coxph(Surv(time, event) ~ x1 + x2 + strata(s), ties = "efron") or
 *    coxph(Surv(start, stop, event) ~ ...); summary(fit).
 * Reference: Cox (1972) JRSS-B 34:187-220; Efron (1977) JASA 72:557-565; Andersen & Gill (1982)
 * Ann. Statist. 10:1100-1120; Therneau & Grambsch (2000) Modeling Survival Data, ch. 3.
 */
export function coxph(options: CoxphOptions): CoxFit {
  const ties = options.ties ?? defaults.ties;
  const confLevel = options.confLevel ?? defaults.confLevel;
  const iterMax = options.iterMax ?? defaults.coxIterMax;
  const eps = options.eps ?? defaults.coxEps;
  const tolerChol = options.tolerChol ?? defaults.coxTolerChol;
  const tolerInf = options.tolerInf ?? Math.sqrt(eps);
  const timefix = options.timefix ?? defaults.timefix;
  if (ties !== "efron" && ties !== "breslow") throw new InputError(`ties = ${JSON.stringify(ties)}: must be "efron" or "breslow"`);
  if (!(confLevel > 0 && confLevel < 1)) throw new InputError(`confLevel = ${confLevel}: must be between 0 and 1`);
  if (!(Number.isInteger(iterMax) && iterMax >= 0)) throw new InputError(`iterMax = ${iterMax}: must be an integer >= 0`);
  if (!(eps > 0)) throw new InputError(`eps = ${eps}: must be > 0`);
  if (!(tolerChol > 0)) throw new InputError(`tolerChol = ${tolerChol}: must be > 0`);
  if (!(tolerInf > 0)) throw new InputError(`tolerInf = ${tolerInf}: must be > 0`);

  const cov = options.covariates;
  if (cov === null || typeof cov !== "object" || Array.isArray(cov)) {
    throw new InputError("covariates: expected an object of named numeric columns, e.g. { age: [...], sex: [...] }");
  }
  const terms = Object.keys(cov);
  if (terms.length === 0) throw new InputError("covariates: at least one covariate column is required (the null model ~ 1 is not fitted)");
  const columns: Record<string, ArrayLike<unknown> | undefined> = {
    time: options.time, event: options.event, start: options.start, strata: options.strata,
  };
  for (const t of terms) columns[`covariates.${t}`] = cov[t];
  const n = checkLengths(columns);
  let stop = checkTime("time", options.time);
  const event = checkEvent("event", options.event);
  let start = options.start === undefined ? null : checkFinite("start", options.start);
  const x = terms.map((t) => checkFinite(`covariates.${t}`, cov[t]));
  const { codes: strata, levels: strataLevels } =
    options.strata === undefined ? { codes: new Int32Array(n), levels: [] as Label[] } : groupCodes("strata", options.strata);
  if (start !== null) {
    for (let i = 0; i < n; i++) {
      if (!(start[i] < stop[i])) throw new InputError(`start[${i}] = ${start[i]} >= time[${i}] = ${stop[i]}: row ${i} needs start < stop`);
    }
  }
  let events = 0;
  for (let i = 0; i < n; i++) events += event[i];
  if (events === 0) throw new InputError("event: no events (every row is censored); a Cox model needs at least one event");
  const p = terms.length;
  let init = new Float64Array(p);
  if (options.init !== undefined) {
    if (options.init.length !== p) throw new InputError(`init: length ${options.init.length} differs from the number of covariates (${p})`);
    init = checkFinite("init", options.init);
  }
  let stopOrder: Int32Array | undefined;
  if (start === null) ({ stop, stopOrder } = sortRightTimes(stop, timefix));
  else if (timefix) ({ stop, start } = fixTimes(stop, start));

  const d = coxDesign(stop, event, start, strata, x, stopOrder);
  const w = coxWork(p);
  const efron = ties === "efron";
  let evaluate: (beta: Float64Array) => number;
  if (d.start === null) {
    evaluate = (beta) => coxRightSums(d.stop, d.event, d.stratum, d.x, beta, efron, w);
  } else {
    const eta = new Float64Array(d.stop.length);
    const st = d.start;
    const so = d.startOrder as Int32Array;
    evaluate = (beta) => coxCountingSums(st, d.stop, d.event, d.stratum, so, d.x, beta, efron, eta, w);
  }
  const nr = coxNewton(evaluate, w, init, d.scale, start === null ? "right" : "counting", iterMax, eps, tolerChol);
  if (!Number.isFinite(nr.loglik0)) throw new InputError("init: the initial coefficients make exp(x'init) overflow");
  return coxFitSummary(nr, {
    terms, ties, confLevel, iterMax, eps, tolerInf, tolerChol, init, means: d.means,
    n, events, start, stop, event, x, strata, strataLevels,
    ...(d.start === null ? { sorted: { rows: d.rows, stop: d.stop, stratum: d.stratum } } : {}),
  });
}

/**
 * Right-censored times: their ascending order (radixOrder), with R's aeqSurv applied to the
 * sorted times when timefix is on (mergeSortedTimes); only when times were merged is the merged
 * copy scattered back to row order and sorted again (so ties stay in row order, as R's).
 */
function sortRightTimes(stop: Float64Array, timefix: boolean): { stop: Float64Array; stopOrder: Int32Array } {
  const order = radixOrder(stop);
  if (!timefix) return { stop, stopOrder: order };
  const n = stop.length;
  const sorted = new Float64Array(n);
  for (let r = 0; r < n; r++) sorted[r] = stop[order[r]];
  if (!mergeSortedTimes(sorted)) return { stop, stopOrder: order };
  const merged = new Float64Array(n);
  for (let r = 0; r < n; r++) merged[order[r]] = sorted[r];
  return { stop: merged, stopOrder: radixOrder(merged) };
}

/** R's aeqSurv for (start, stop] data: near-equal times merged over the union of start and stop values. */
function fixTimes(stop: Float64Array, start: Float64Array): { stop: Float64Array; start: Float64Array } {
  const n = stop.length;
  const both = new Float64Array(2 * n);
  both.set(start, 0);
  both.set(stop, n);
  const merged = mergeNearTimes(both);
  if (merged === both) return { stop, start };
  const s2 = merged.slice(0, n);
  const t2 = merged.slice(n);
  for (let i = 0; i < n; i++) {
    if (s2[i] === t2[i]) {
      throw new InputError(`start[${i}] = ${start[i]}, time[${i}] = ${stop[i]}: row ${i} has an interval of length 0 once times closer than sqrt(machine eps) are merged (timefix)`);
    }
  }
  return { stop: t2, start: s2 };
}
