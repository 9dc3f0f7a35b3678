import { checkLengths, checkTime, InputError, optionalGroupCodes, type Label } from "../checkInput";
import { defaults } from "../defaults";
import { cifConfInt } from "../kernels/cifConfInt";
import { cumincKernel, type CumincRows } from "../kernels/cumincKernel";
import { causeCodes } from "./causeCodes";
import type { CumulativeIncidenceCurve } from "./CumulativeIncidenceCurve";

export interface CumulativeIncidenceInput {
  /** Follow-up times, finite and >= 0. */
  time: ArrayLike<number>;
  /** 0 = censored; any other finite number is a cause code (one curve per distinct code). */
  cause: ArrayLike<number>;
  /** Optional group label per row: one set of curves per level. */
  group?: ArrayLike<Label>;
  /** Order (and set) of group levels; default: R's factor order. */
  levels?: readonly Label[];
  /** Pointwise coverage, 0 < confLevel < 1 (default defaults.confLevel = 0.95). */
  confLevel?: number;
  /** Interval transform (default defaults.cifConfType = "log-log"). */
  confType?: "log-log" | "log" | "plain";
  /** Which variance fills `variance` and drives the limits (default defaults.cifVariance = "cmprsk"). */
  varianceType?: "cmprsk" | "survfit";
}

/**
 * Cumulative incidence functions (Aalen–Johansen estimate) per group and cause, as
 * cmprsk::cuminc and the competing-risks survfit.
 *
 * Within a group, at each distinct time t with n at risk (time >= t), d_k cause-k events and
 * S(t-) the all-cause Kaplan–Meier just before t:  F_k(t) = sum_{s <= t} S(s-) d_k(s) / n(s).
 * Ties: all events at t (of every cause) count before the censorings at t; no timefix.
 * Representation: one entry per distinct observed time of the group (events of any cause and
 * censorings), the right-continuous value there — cuminc's doubled step corners collapse to
 * these, and timepoints(cuminc(...), times) returns exactly these values.
 * Variance (default "cmprsk"): cmprsk's delta-method variance (Gray's cinc routine, the one
 * reported next to Gray's test); "survfit": the infinitesimal-jackknife variance of
 * survfit(Surv(time, factor(cause)) ~ group) (its std.err squared).
 * Limits (default "log-log"): F^exp(+/- z se / (F log F)), the log(-log) transform recommended by
 * Pintilie (2006) and used by tidycmprsk; "log" reproduces survfit's multi-state limits.
 * Defaults: confLevel 0.95, confType "log-log", varianceType "cmprsk"; groups in R's factor
 * order; causes ascending; curves ordered cause-major (all groups of the first cause first), as cuminc.
 *
 * R: cmprsk::cuminc(time, cause, group); timepoints(fit, times)
 *    survfit(Surv(time, factor(cause)) ~ group)   (pstate, std.err, lower/upper for confType "log")
 * Reference: Kalbfleisch JD, Prentice RL (1980) The Statistical Analysis of Failure Time Data,
 * ch. 7; Gray RJ (1988) Ann Stat 16:1141–1154; Aalen OO, Johansen S (1978) Scand J Stat 5:141–150;
 * Pintilie M (2006) Competing Risks: A Practical Perspective, Wiley.
 */
export function cumulativeIncidence(input: CumulativeIncidenceInput): CumulativeIncidenceCurve[] {
  const confLevel = input.confLevel === undefined ? defaults.confLevel : input.confLevel;
  if (typeof confLevel !== "number" || !(confLevel > 0 && confLevel < 1)) {
    throw new InputError(`confLevel = ${JSON.stringify(confLevel)}: must be a number strictly between 0 and 1`);
  }
  const confType = input.confType === undefined ? defaults.cifConfType : input.confType;
  if (confType !== "log-log" && confType !== "log" && confType !== "plain") {
    throw new InputError(`confType = ${JSON.stringify(confType)}: must be "log-log", "log" or "plain"`);
  }
  const varianceType = input.varianceType === undefined ? defaults.cifVariance : input.varianceType;
  if (varianceType !== "cmprsk" && varianceType !== "survfit") {
    throw new InputError(`varianceType = ${JSON.stringify(varianceType)}: must be "cmprsk" or "survfit"`);
  }
  const n = checkLengths({ time: input.time, cause: input.cause, group: input.group });
  const time = checkTime("time", input.time);
  const { index: cause, causes } = causeCodes("cause", input.cause);
  const grouping = optionalGroupCodes("group", input.group, input.levels);
  const codes = grouping.codes ?? new Int32Array(n);
  const levels = grouping.levels;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => time[a] - time[b] || a - b);
  const K = causes.length;
  const curves: CumulativeIncidenceCurve[][] = causes.map(() => []);
  const tg = new Float64Array(n);
  const cg = new Int32Array(n);
  const scratch = new Float64Array(7 * K);
  for (let g = 0; g < levels.length; g++) {
    let ng = 0;
    for (const i of order) {
      if (codes[i] !== g) continue;
      tg[ng] = time[i];
      cg[ng] = cause[i];
      ng++;
    }
    let m = 0;
    for (let i = 0; i < ng; i++) if (i === 0 || tg[i] !== tg[i - 1]) m++;
    const rows: CumincRows = {
      time: new Float64Array(m),
      nRisk: new Float64Array(m),
      nEvent: new Float64Array(K * m),
      estimate: new Float64Array(K * m),
      varCmprsk: new Float64Array(K * m),
      varSurvfit: new Float64Array(K * m),
    };
    cumincKernel(tg, cg, ng, K, rows, scratch);
    for (let k = 0; k < K; k++) {
      const estimate = rows.estimate.slice(k * m, (k + 1) * m);
      const variance = (varianceType === "cmprsk" ? rows.varCmprsk : rows.varSurvfit).slice(k * m, (k + 1) * m);
      const { lower, upper } = cifConfInt(estimate, variance, confType, confLevel);
      curves[k].push({
        group: levels[g],
        cause: causes[k],
        time: rows.time.slice(),
        nRisk: rows.nRisk.slice(),
        nEvent: rows.nEvent.slice(k * m, (k + 1) * m),
        estimate,
        variance,
        lower,
        upper,
        varianceType,
        confType,
        confLevel,
      });
    }
  }
  return ([] as CumulativeIncidenceCurve[]).concat(...curves);
}
