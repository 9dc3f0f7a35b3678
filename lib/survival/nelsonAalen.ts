import type { Label } from "../checkInput";
import { kaplanMeier } from "./kaplanMeier";

export interface NelsonAalenCurve {
  group: Label | null;
  time: Float64Array;
  cumHaz: Float64Array;
  stdErr: Float64Array;
}

/**
 * Nelson–Aalen cumulative hazard per group, a thin view of kaplanMeier's curves (which carry
 * the same columns as cumHaz / cumHazStdErr):
 *   H(t) = sum_{s <= t} d_s / n_s,   stdErr(t) = sqrt(sum_{s <= t} d_s / n_s^2),
 * one row per distinct observed time (event or censoring), as survfit's cumhaz / std.chaz.
 * Ties: the d events at a time all count against the same n at risk (no Fleming–Harrington
 * correction, R's ctype = 1). Groups in R's factor order unless `levels` is given.
 *
 * R: fit <- survfit(Surv(time, event) ~ group); fit$cumhaz, fit$std.chaz
 * Reference: Nelson W (1972) Technometrics 14:945–966; Aalen O (1978) Ann Stat 6:701–726.
 */
export function nelsonAalen(input: {
  time: ArrayLike<number>;
  event: ArrayLike<number | boolean>;
  group?: ArrayLike<Label>;
  levels?: readonly Label[];
  timefix?: boolean;
}): NelsonAalenCurve[] {
  return kaplanMeier(input).curves.map((c) => ({ group: c.group, time: c.time, cumHaz: c.cumHaz, stdErr: c.cumHazStdErr }));
}
