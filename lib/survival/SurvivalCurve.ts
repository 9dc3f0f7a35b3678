import type { Label } from "../checkInput";

/**
 * One Kaplan–Meier curve, as a row of R's survfit: one entry per distinct observed time
 * (event or censoring) in increasing order. `stdErr` is the standard error of the
 * cumulative hazard, -log S (Greenwood), as survfit's std.err; `lower`/`upper` are the
 * pointwise limits for `confType` at `confLevel` (NaN where R gives NA).
 * `cumHaz` is the Nelson–Aalen estimate sum d/n (survfit's cumhaz) and `cumHazStdErr` its
 * standard error sqrt(sum d/n^2).
 */
export interface SurvivalCurve {
  /** Group label; null for a curve over all rows. */
  group: Label | null;
  n: number;
  events: number;
  time: Float64Array;
  nRisk: Float64Array;
  nEvent: Float64Array;
  nCensor: Float64Array;
  survival: Float64Array;
  stdErr: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  cumHaz: Float64Array;
  cumHazStdErr: Float64Array;
  confType: "log" | "log-log" | "plain";
  confLevel: number;
}
