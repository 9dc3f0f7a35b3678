/**
 * Event-time weights for concordance(timewt = "S" | "S/G" | "n/G2" | "I") on right-censored data,
 * as survival 3.x concordancefit computes them from its fast Kaplan-Meier (fastkm1), per stratum.
 *
 * At each distinct event time t, with n(t) the weighted number at risk (time >= t), d(t) the
 * weighted events and c(t) the weighted censorings at t:
 *   S(t-) = prod_{s < t} (1 - d(s)/n(s))                       (Kaplan-Meier, left limit)
 *   G(t-) = prod_{s < t} (1 - c(s)/(n(s) - d(s)))              (censoring KM; censorings at a
 *                                                              tied time come after the events)
 *   "S": W S(t-)/n(t)   "S/G": W S(t-)/(G(t-) n(t))   "n/G2": 1/G(t-)^2   "I": 1/n(t)
 * where W is the stratum's total case weight. A stratum with fewer than 2 events uses weight 1
 * (timewt "n"), as R does.
 *
 * Preconditions: `time`, `event`, `weight` in concordanceKernel's order (stratum, time
 * decreasing, censored before events at a tied time), `bounds` its stratum segments;
 * right-censored data only (R cannot compute these weights for (start, stop] data).
 * Returns one weight per distinct event time, in the kernel's processing order (strata in turn,
 * times decreasing). Throws if a weight is not finite (G = 0). O(n); four work arrays, once.
 */
export function concordanceTimeWeights(
  bounds: Int32Array,
  time: Float64Array,
  event: Float64Array,
  weight: Float64Array,
  timewt: "S" | "S/G" | "n/G2" | "I",
): Float64Array {
  const n = time.length;
  // per distinct time of a stratum (index 0 = latest): weight at risk (time >= t), weight at
  // risk up to the last censoring at t (censorings precede the events), censored and event weight
  const atRisk = new Float64Array(n);
  const atRiskCens = new Float64Array(n);
  const cens = new Float64Array(n);
  const dead = new Float64Array(n);
  let nEvents = 0;
  for (let i = 0; i < n; i++) if (event[i] === 1) nEvents++;
  const out = new Float64Array(nEvents); // one per event at most; trimmed below
  let outPos = 0;

  for (let s = 0; s + 1 < bounds.length; s++) {
    const a = bounds[s], b = bounds[s + 1];
    let cum = 0, events = 0, g = 0, eventTimes = 0;
    for (let i = a; i < b; g++) {
      const t = time[i];
      let c = 0, d = 0, cumCens = 0;
      for (; i < b && time[i] === t; i++) {
        cum += weight[i];
        if (event[i] === 1) {
          d += weight[i];
          events++;
        } else {
          c += weight[i];
          cumCens = cum;
        }
      }
      atRisk[g] = cum;
      atRiskCens[g] = cumCens;
      cens[g] = c;
      dead[g] = d;
      if (d > 0) eventTimes++;
    }
    const total = cum;
    if (events < 2) {
      for (let k = 0; k < eventTimes; k++) out[outPos + k] = 1;
    } else {
      let S = 1, G = 1, pos = outPos + eventTimes - 1;
      for (let k = g - 1; k >= 0; k--) {
        const nr = atRisk[k], d = dead[k];
        if (d > 0) {
          let w: number;
          if (timewt === "S") w = (total * S) / nr;
          else if (timewt === "S/G") w = (total * S) / (G * nr);
          else if (timewt === "n/G2") w = 1 / (G * G);
          else w = 1 / nr;
          if (!Number.isFinite(w)) throw new Error(`concordance: timewt "${timewt}" is not finite in stratum ${s}`);
          out[pos--] = w;
          S = (S * (nr - d)) / nr;
        }
        if (cens[k] > 0) G = (G * (atRiskCens[k] - cens[k])) / atRiskCens[k];
      }
    }
    outPos += eventTimes;
  }
  return outPos === out.length ? out : out.slice(0, outPos);
}
