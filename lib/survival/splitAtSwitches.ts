import { checkEvent, checkLengths, checkTime, InputError, toFloat64 } from "../checkInput";

export interface SplitAtSwitchesInput {
  /** Follow-up time from time zero to event or censoring, finite and >= 0. */
  time: ArrayLike<number>;
  /** 1 = event at `time`, 0 = censored. */
  event: ArrayLike<number | boolean>;
  /**
   * Named switch times: for each row, when that indicator turns from 0 to 1 (e.g. the start day
   * of a treatment), NaN when it never does. A switch at or before time zero means "on from the
   * start"; a switch at or after `time` is never reached and is ignored.
   */
  switches: Record<string, ArrayLike<number>>;
}

export interface SplitRows {
  start: Float64Array;
  stop: Float64Array;
  event: Float64Array;
  /** Input row index of each output row, to carry baseline covariates along (see `pick`). */
  row: Int32Array;
  /** One 0/1 column per switch: its value over (start, stop]. */
  indicators: Record<string, Float64Array>;
}

/**
 * Counting-process rows for time-dependent 0/1 covariates that switch on once: each subject's
 * follow-up (0, time] is split at every switch time s with 0 < s < time into intervals
 * (start, stop]; the indicator is 1 on intervals that start at or after s, and the event
 * is kept on the last interval only. This is what makes a treatment begun after time zero
 * enter a Cox model without immortal-time bias (Mantel & Byar 1974; Suissa 2008).
 *
 * R: tmerge(d, d, id = id, death = event(time, status), trt = tdc(switch)) followed by
 *    coxph(Surv(tstart, tstop, death) ~ trt + ...)
 * Reference: Therneau T, Crowson C, Atkinson E. Using time dependent covariates and time
 * dependent coefficients in the Cox model. survival package vignette.
 */
export function splitAtSwitches(input: SplitAtSwitchesInput): SplitRows {
  const names = Object.keys(input.switches ?? {});
  if (names.length === 0) throw new InputError("switches: give at least one named switch-time column");
  const columns: Record<string, ArrayLike<unknown>> = { time: input.time, event: input.event };
  for (const name of names) columns[`switches.${name}`] = input.switches[name];
  const n = checkLengths(columns);
  const time = checkTime("time", input.time);
  const event = checkEvent("event", input.event);
  const sw = names.map((name) => {
    const s = toFloat64(`switches.${name}`, input.switches[name]);
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(s[i]) && !Number.isFinite(s[i])) throw new InputError(`switches.${name}[${i}] = ${s[i]}: a switch time must be finite or NaN (never)`);
    }
    return s;
  });
  const start: number[] = [];
  const stop: number[] = [];
  const ev: number[] = [];
  const row: number[] = [];
  const ind: number[][] = names.map(() => []);
  const cuts: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!(time[i] > 0)) throw new InputError(`time[${i}] = ${time[i]}: counting-process rows need follow-up > 0`);
    cuts.length = 0;
    for (const s of sw) if (s[i] > 0 && s[i] < time[i] && cuts.indexOf(s[i]) < 0) cuts.push(s[i]);
    cuts.sort((a, b) => a - b);
    cuts.push(time[i]);
    let from = 0;
    for (const to of cuts) {
      start.push(from);
      stop.push(to);
      ev.push(to === time[i] ? event[i] : 0);
      row.push(i);
      for (let k = 0; k < sw.length; k++) ind[k].push(sw[k][i] <= from ? 1 : 0);
      from = to;
    }
  }
  const indicators: Record<string, Float64Array> = {};
  names.forEach((name, k) => (indicators[name] = Float64Array.from(ind[k])));
  return { start: Float64Array.from(start), stop: Float64Array.from(stop), event: Float64Array.from(ev), row: Int32Array.from(row), indicators };
}

/** Values of a per-subject column at the subjects of `row` (carries baseline covariates to split rows). */
export function pick<T>(values: ArrayLike<T>, row: ArrayLike<number>): T[] {
  const out = new Array<T>(row.length);
  for (let j = 0; j < row.length; j++) out[j] = values[row[j]];
  return out;
}
