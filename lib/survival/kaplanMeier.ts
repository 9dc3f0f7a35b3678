import { checkEvent, checkLengths, checkTime, InputError, optionalGroupCodes, type Label } from "../checkInput";
import { defaults } from "../defaults";
import { kaplanMeierKernel } from "../kernels/kaplanMeierKernel";
import { kmConfInt } from "../kernels/kmConfInt";
import { sortByTime } from "../kernels/sortByTime";
import type { SurvivalCurve } from "./SurvivalCurve";

export type ConfType = "log" | "log-log" | "plain";

export interface KaplanMeierInput {
  /** Follow-up times, finite and >= 0. */
  time: ArrayLike<number>;
  /** 1 = event, 0 = censored (booleans accepted). */
  event: ArrayLike<number | boolean>;
  /** Optional group label per row: one curve per level. */
  group?: ArrayLike<Label>;
  /** Pointwise interval type (default defaults.confType = "log"). */
  confType?: ConfType;
  /** Pointwise coverage, 0 < confLevel < 1 (default defaults.confLevel = 0.95). */
  confLevel?: number;
  /** Order (and set) of group levels; default: R's factor order (numbers numerically, strings by code point). */
  levels?: readonly Label[];
  /** Merge times closer than sqrt(eps) as survfit(timefix = TRUE) does (default defaults.timefix). */
  timefix?: boolean;
}

/** Checks confType / confLevel options shared by the Kaplan–Meier family. */
function checkConfOptions(confType: unknown, confLevel: unknown): { confType: ConfType; confLevel: number } {
  const ct = confType === undefined ? defaults.confType : confType;
  if (ct !== "log" && ct !== "log-log" && ct !== "plain") {
    throw new InputError(`confType = ${JSON.stringify(ct)}: must be "log", "log-log" or "plain"`);
  }
  const cl = confLevel === undefined ? defaults.confLevel : confLevel;
  if (typeof cl !== "number" || !(cl > 0 && cl < 1)) {
    throw new InputError(`confLevel = ${JSON.stringify(cl)}: must be a number strictly between 0 and 1`);
  }
  return { confType: ct, confLevel: cl };
}

/**
 * Kaplan–Meier estimate of the survival function, one curve per group, as R's survfit.
 *
 * At each distinct observed time t (event or censoring) with n at risk and d events:
 *   S(t) = prod_{s <= t} (1 - d_s/n_s),  Greenwood  stdErr(t) = sqrt(sum d/(n(n - d)))
 * (the standard error of -log S, survfit's std.err), and Nelson–Aalen
 *   cumHaz(t) = sum d/n,  cumHazStdErr(t) = sqrt(sum d/n^2)   (survfit's cumhaz, std.chaz).
 * Ties: all events at t count before the censorings at t (censored at t are at risk at t);
 * times within sqrt(eps) are merged first when timefix is on (R's aeqSurv).
 * Limits: see kmConfInt ("log" default, "log-log", "plain"; clipped to [0, 1]; NaN where R
 * gives NA, e.g. S = 0 for "log", S in {0, 1} for "log-log").
 * Defaults: confType "log", confLevel 0.95, timefix true; groups in R's factor order.
 *
 * R: survfit(Surv(time, event) ~ group, conf.type = confType, conf.int = confLevel)
 * Reference: Kaplan EL, Meier P (1958) JASA 53:457–481; Greenwood M (1926) Reports on Public
 * Health and Medical Subjects 33; Aalen O (1978) Ann Stat 6:701–726.
 */
export function kaplanMeier(input: KaplanMeierInput): { curves: SurvivalCurve[] } {
  const { confType, confLevel } = checkConfOptions(input.confType, input.confLevel);
  checkLengths({ time: input.time, event: input.event, group: input.group });
  const time = checkTime("time", input.time);
  const event = checkEvent("event", input.event);
  const n = time.length;
  const { codes, levels } = optionalGroupCodes("group", input.group, input.levels);
  const timefix = input.timefix === undefined ? defaults.timefix : input.timefix;

  // Sort once, by group then time (radix sort; timefix merges near-equal sorted times).
  const sorted = sortByTime(time, codes, levels.length, timefix);
  const sortedTime = sorted.time;
  const sortedEvent = new Float64Array(n);
  for (let i = 0; i < n; i++) sortedEvent[i] = event[sorted.order[i]];

  const curves: SurvivalCurve[] = [];
  let start = 0;
  for (let k = 0; k < levels.length; k++) {
    const end = sorted.ends[k];
    let events = 0;
    for (let i = start; i < end; i++) events += sortedEvent[i];
    const rows = kaplanMeierKernel(sortedTime, sortedEvent, start, end);
    const { lower, upper } = kmConfInt(rows.survival, rows.stdErr, confType, confLevel);
    curves.push({ group: levels[k], n: end - start, events, ...rows, lower, upper, confType, confLevel });
    start = end;
  }
  return { curves };
}
