import type { Label } from "../checkInput";

/**
 * One cumulative incidence curve F_k(t) = P(T <= t, cause = k) for one (group, cause), as
 * returned by cumulativeIncidence: one entry per distinct observed time of the group (event of
 * any cause or censoring) in increasing order, each the right-continuous value at that time.
 * `nRisk` counts the group's observations with time >= t, `nEvent` its cause-k events at t.
 * `variance` is the variance of `estimate` named by `varianceType` ("cmprsk": cmprsk::cuminc's
 * delta-method variance; "survfit": survfit's infinitesimal-jackknife std.err squared);
 * `lower`/`upper` are the pointwise limits for `confType` at `confLevel` (NaN where undefined).
 */
export interface CumulativeIncidenceCurve {
  /** Group label; null for a curve over all rows. */
  group: Label | null;
  /** The cause code (a non-zero value of the input `cause`). */
  cause: number;
  time: Float64Array;
  nRisk: Float64Array;
  nEvent: Float64Array;
  estimate: Float64Array;
  variance: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  varianceType: "cmprsk" | "survfit";
  confType: "log-log" | "log" | "plain";
  confLevel: number;
}
