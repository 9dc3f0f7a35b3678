import { checkEvent, checkLengths, checkTime, InputError, toFloat64 } from "../checkInput";

export interface LandmarkInput {
  time: ArrayLike<number>;
  event: ArrayLike<number | boolean>;
  /** When each subject's exposure starts (NaN: never). */
  switchTime: ArrayLike<number>;
  /** The landmark time, > 0, on the scale of `time`. */
  at: number;
}

export interface LandmarkData {
  /** Time since the landmark, event indicator and exposure status at the landmark (1 = started by then). */
  time: Float64Array;
  event: Float64Array;
  exposed: Float64Array;
  /** Input row index of each kept subject. */
  row: Int32Array;
  /** Subjects whose follow-up ended at or before the landmark (dead or censored), left out. */
  excluded: number;
  at: number;
}

/**
 * The landmark data set: subjects still under follow-up just after the landmark (time > at) are
 * classified by whether their exposure began at or before the landmark, and followed from the
 * landmark on (time - at). Exposures that start after the landmark are ignored (counted as
 * unexposed), which is the method's known price; subjects who died or were censored by the
 * landmark are excluded and counted in `excluded`.
 *
 * R: d2 <- subset(d, time > at); d2$time <- d2$time - at; d2$exposed <- !is.na(d2$start) & d2$start <= at
 * Reference: Anderson JR, Cain KC, Gelber RD (1983) J Clin Oncol 1:710–719; Dafni U (2011)
 * Circ Cardiovasc Qual Outcomes 4:363–371.
 */
export function landmark(input: LandmarkInput): LandmarkData {
  const n = checkLengths({ time: input.time, event: input.event, switchTime: input.switchTime });
  if (typeof input.at !== "number" || !(input.at > 0) || !Number.isFinite(input.at)) {
    throw new InputError(`at = ${JSON.stringify(input.at)}: the landmark must be a finite time > 0`);
  }
  const time = checkTime("time", input.time);
  const event = checkEvent("event", input.event);
  const sw = toFloat64("switchTime", input.switchTime);
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (time[i] > input.at) keep.push(i);
  const out: LandmarkData = {
    time: new Float64Array(keep.length),
    event: new Float64Array(keep.length),
    exposed: new Float64Array(keep.length),
    row: Int32Array.from(keep),
    excluded: n - keep.length,
    at: input.at,
  };
  keep.forEach((i, j) => {
    out.time[j] = time[i] - input.at;
    out.event[j] = event[i];
    out.exposed[j] = sw[i] <= input.at ? 1 : 0;
  });
  return out;
}
