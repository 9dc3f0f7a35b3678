import { checkEvent, checkLengths } from "../checkInput";
import { kaplanMeier, type ConfType } from "./kaplanMeier";
import { survivalQuantile } from "./survivalQuantile";

/**
 * Median follow-up by the reverse Kaplan–Meier method: the Kaplan–Meier median of the
 * censoring distribution, obtained by swapping the roles of events and censorings.
 *   estimate = median of survfit(Surv(time, 1 - event) ~ 1), with its confidence limits
 * Ties are R's for that call: at a time with both, the (now censored) original events stay at
 * risk while the (now events) censorings count as events. The median follows quantile.survfit
 * (see survivalQuantile); NaN = not reached.
 * Defaults: confType "log", confLevel 0.95 (defaults.ts); timefix as kaplanMeier.
 *
 * R: quantile(survfit(Surv(time, 1 - status) ~ 1, conf.type = confType, conf.int = confLevel), 0.5)
 * Reference: Schemper M, Smith TL (1996) Control Clin Trials 17:343–346.
 */
export function medianFollowUp(input: {
  time: ArrayLike<number>;
  event: ArrayLike<number | boolean>;
  confType?: ConfType;
  confLevel?: number;
}): { estimate: number; lower: number; upper: number } {
  checkLengths({ time: input.time, event: input.event });
  const event = checkEvent("event", input.event);
  const reversed = event.map((e) => 1 - e);
  const { curves } = kaplanMeier({ time: input.time, event: reversed, confType: input.confType, confLevel: input.confLevel });
  const q = survivalQuantile(curves[0], 0.5);
  return { estimate: q.estimate, lower: q.lower, upper: q.upper };
}
