import { InputError } from "../checkInput";

export type ZphTransform = "km" | "rank" | "identity" | "log";

/**
 * The time scale g(t) of cox.zph, evaluated at every row's (stop) time:
 *   "identity"  t
 *   "log"       log(t)   (every time must be > 0)
 *   "rank"      rank(t) among all rows' times, ties getting their average rank (R's rank())
 *   "km"        1 - S(t-), S the Kaplan–Meier of all rows pooled (strata ignored), taken just
 *               before t: prod over event times s < t of (1 - d(s)/n(s)), with n(s) the rows at
 *               risk (time >= s; start < s <= stop for counting-process rows).
 * A function transform receives the times and must return one finite value per row.
 * R: the `transform` switch of survival::cox.zph (survfitKM + findInterval(left.open = TRUE)).
 */
export function zphTimeTransform(
  transform: ZphTransform | ((time: Float64Array) => ArrayLike<number>),
  start: Float64Array | null,
  stop: Float64Array,
  event: Float64Array,
): Float64Array {
  const n = stop.length;
  if (typeof transform === "function") {
    const v = transform(Float64Array.from(stop));
    if (!v || v.length !== n) throw new InputError(`transform: the function must return ${n} values (one per row), got ${v ? v.length : "none"}`);
    const out = Float64Array.from(v);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(out[i])) throw new InputError(`transform: value [${i}] = ${out[i]} is not a finite number`);
    }
    return out;
  }
  const out = new Float64Array(n);
  if (transform === "identity") out.set(stop);
  else if (transform === "log") {
    for (let i = 0; i < n; i++) {
      if (!(stop[i] > 0)) throw new InputError(`transform = "log": time[${i}] = ${stop[i]} has no finite logarithm (times must be > 0)`);
      out[i] = Math.log(stop[i]);
    }
  } else if (transform === "rank") {
    const ord = Array.from({ length: n }, (_, i) => i).sort((a, b) => stop[a] - stop[b]);
    for (let i = 0; i < n; ) {
      let j = i;
      while (j + 1 < n && stop[ord[j + 1]] === stop[ord[i]]) j++;
      const r = (i + j + 2) / 2;
      for (let k = i; k <= j; k++) out[ord[k]] = r;
      i = j + 1;
    }
  } else if (transform === "km") {
    // Distinct event times with their deaths and numbers at risk.
    const byStop = Array.from({ length: n }, (_, i) => i).sort((a, b) => stop[a] - stop[b]);
    const times: number[] = [];
    const deaths: number[] = [];
    for (const i of byStop) {
      if (event[i] !== 1) continue;
      if (times.length > 0 && times[times.length - 1] === stop[i]) deaths[deaths.length - 1]++;
      else {
        times.push(stop[i]);
        deaths.push(1);
      }
    }
    const m = times.length;
    const nRisk = new Float64Array(m);
    // rows with stop >= s, minus (counting process) rows with start >= s
    let k = n;
    for (let j = m - 1; j >= 0; j--) {
      while (k > 0 && stop[byStop[k - 1]] >= times[j]) k--;
      nRisk[j] = n - k;
    }
    if (start !== null) {
      const byStart = Array.from(start).sort((a, b) => a - b);
      let q = n;
      for (let j = m - 1; j >= 0; j--) {
        while (q > 0 && byStart[q - 1] >= times[j]) q--;
        nRisk[j] -= n - q;
      }
    }
    // S just before each row's time: walk rows in time order, multiplying in event times s < t.
    let s = 1;
    let j = 0;
    for (const i of byStop) {
      while (j < m && times[j] < stop[i]) {
        s *= (nRisk[j] - deaths[j]) / nRisk[j];
        j++;
      }
      out[i] = 1 - s;
    }
  } else {
    throw new InputError(`transform = ${JSON.stringify(transform)}: must be "km", "rank", "identity", "log" or a function`);
  }
  return out;
}
