/**
 * Kernel of the weighted (Fleming–Harrington G-rho) log-rank test, the sums of R's survdiff.
 *
 * Preconditions (not checked):
 *  - rows are sorted by stratum, then by time ascending; `stratumEnd[s]` is the exclusive end
 *    index of stratum s (strata are contiguous, the last end equals time.length);
 *  - `event` holds 0/1, `group` holds codes 0..ngroup-1;
 *  - `rho` is finite.
 *
 * For every distinct event time t within a stratum, with n(t) at risk (time >= t) of whom
 * n_g(t) in group g, d(t) deaths of which d_g(t) in group g, and weight
 * w(t) = S(t-)^rho (S = the stratum's pooled Kaplan–Meier, left-continuous; w = 1 for rho = 0):
 *   observed_g += w d_g,   expected_g += w d n_g / n,
 *   V_gh += w^2 d (n - d) / (n - 1) * n_g / n * (1[g = h] - n_h / n)   (skipped when n = 1).
 * Observed and expected are kept per stratum (index s * ngroup + g); V is summed over strata.
 */
export interface LogRankSums {
  observed: Float64Array;
  expected: Float64Array;
  /** ngroup x ngroup, row-major. */
  variance: Float64Array;
}

export function logRankKernel(
  time: Float64Array,
  event: Float64Array,
  group: Int32Array,
  stratumEnd: Int32Array,
  ngroup: number,
  rho: number,
): LogRankSums {
  const nstrat = stratumEnd.length;
  const observed = new Float64Array(nstrat * ngroup);
  const expected = new Float64Array(nstrat * ngroup);
  const variance = new Float64Array(ngroup * ngroup);
  const atRisk = new Float64Array(ngroup);
  // Left-continuous KM per row (only read when rho != 0).
  const kmLeft = new Float64Array(time.length);

  let start = 0;
  for (let s = 0; s < nstrat; s++) {
    const end = stratumEnd[s];
    const off = s * ngroup;

    if (rho !== 0) {
      let km = 1;
      let i = start;
      while (i < end) {
        const nrisk = end - i;
        let deaths = 0;
        let j = i;
        for (; j < end && time[j] === time[i]; j++) {
          kmLeft[j] = km;
          deaths += event[j];
        }
        km = (km * (nrisk - deaths)) / nrisk;
        i = j;
      }
    }

    atRisk.fill(0);
    // Walk the tie blocks from the largest time down, growing the risk sets.
    let last = end - 1;
    while (last >= start) {
      const wt = rho === 0 ? 1 : Math.pow(kmLeft[last], rho);
      let deaths = 0;
      let first = last;
      for (; first >= start && time[first] === time[last]; first--) {
        const g = group[first];
        deaths += event[first];
        atRisk[g] += 1;
        observed[off + g] += event[first] * wt;
      }
      first += 1;
      const nrisk = end - first;

      if (deaths > 0) {
        for (let g = 0; g < ngroup; g++) expected[off + g] += (wt * deaths * atRisk[g]) / nrisk;
        if (nrisk > 1) {
          const w2 = wt * wt;
          for (let g = 0; g < ngroup; g++) {
            const a = (w2 * deaths * atRisk[g] * (nrisk - deaths)) / (nrisk * (nrisk - 1));
            variance[g * ngroup + g] += a;
            for (let h = 0; h < ngroup; h++) variance[g * ngroup + h] -= (a * atRisk[h]) / nrisk;
          }
        }
      }
      last = first - 1;
    }
    start = end;
  }
  return { observed, expected, variance };
}
