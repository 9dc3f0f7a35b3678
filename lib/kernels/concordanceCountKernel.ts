/**
 * concordanceKernel (see there) specialised to what coxph needs: right-censored data, unit case
 * weights and timewt "n". Every pair then counts 1, so both Fenwick trees hold integer counts
 * (Int32) and every sum is an integer held exactly in a double: counts and influences are
 * bit-identical to concordanceKernel's on the same rows in the same order.
 *
 * The two trees and the two per-rank counts live interleaved in one Int32Array, four cells per
 * node k = 1..m: [4k] risk-set tree, [4k+1] event tree, [4k+2] risk-set count of rank k-1,
 * [4k+3] event count of rank k-1 — the updates and queries of both trees at one rank touch the
 * same cache lines. At the end of a stratum the remaining event-tree queries (every row closes
 * its later-member influence) are answered from a prefix sum of the per-rank event counts when
 * that is cheaper than one tree query per row.
 *
 * Preconditions (established by the caller, not checked here): rows in concordanceKernel's order
 * — by stratum, then time decreasing, then censored before events at a tied time, then rank
 * increasing; `bounds[s] .. bounds[s+1]` is stratum s's segment; `key[i] = 2 g + event` with g
 * the index of the row's (stratum, time) block (equal g = equal time within the stratum);
 * `rank[i]` in 0..m-1 (equal scores share a rank); n < 2^31.
 * Output: counts[0..4] += concordant, discordant, tied.x, tied.y, tied.xy (pre-reverse); infl
 * (length 3n, zeroed by the caller) as concordanceKernel's. O(n log m); allocates the trees once.
 */
export function concordanceCountKernel(
  bounds: Int32Array,
  key: Int32Array,
  rank: Int32Array,
  m: number,
  counts: Float64Array,
  infl: Int32Array,
): void {
  const t = new Int32Array(4 * (m + 1));
  let concordant = 0, discordant = 0, tiedX = 0, tiedY = 0, tiedXY = 0;
  for (let s = 0; s + 1 < bounds.length; s++) {
    const a = bounds[s], b = bounds[s + 1];
    let riskTotal = 0, evTotal = 0;
    let i = a;
    while (i < b) {
      if ((key[i] & 1) === 0) {
        // a censored row joins the risk set; its later-member influence starts here
        const r = rank[i];
        let less = 0;
        for (let k = r; k > 0; k -= k & -k) less += t[4 * k + 1];
        const eq = t[4 * r + 7];
        infl[3 * i] -= less;
        infl[3 * i + 1] -= evTotal - less - eq;
        infl[3 * i + 2] -= eq;
        t[4 * r + 6]++;
        for (let k = r + 1; k <= m; k += k & -k) t[4 * k]++;
        riskTotal++;
        i++;
        continue;
      }
      const g = key[i];
      // pass 1: the events at this time against the risk set; tied.y / tied.xy among themselves
      let j = i, runWt = 0, runRank = -1;
      for (; j < b && key[j] === g; j++) {
        const r = rank[j];
        tiedY += j - i;
        if (r !== runRank) {
          runRank = r;
          runWt = 0;
        }
        tiedXY += runWt;
        runWt++;
        let less = 0;
        for (let k = r; k > 0; k -= k & -k) less += t[4 * k];
        const eq = t[4 * r + 6];
        const greater = riskTotal - less - eq;
        concordant += greater;
        discordant += less;
        tiedX += eq;
        infl[3 * j] += greater;
        infl[3 * j + 1] += less;
        infl[3 * j + 2] += eq;
        t[4 * r + 7]++;
        for (let k = r + 1; k <= m; k += k & -k) t[4 * k + 1]++;
        evTotal++;
      }
      // pass 2: the events join the risk set; their later-member influence starts here
      for (let q = i; q < j; q++) {
        const r = rank[q];
        let less = 0;
        for (let k = r; k > 0; k -= k & -k) less += t[4 * k + 1];
        const eq = t[4 * r + 7];
        infl[3 * q] -= less;
        infl[3 * q + 1] -= evTotal - less - eq;
        infl[3 * q + 2] -= eq;
        t[4 * r + 6]++;
        for (let k = r + 1; k <= m; k += k & -k) t[4 * k]++;
        riskTotal++;
      }
      i = j;
    }
    closeStratum(t, m, a, b, evTotal, rank, infl);
    if (s + 2 < bounds.length) {
      for (let k = a; k < b; k++) {
        const r = rank[k];
        t[4 * r + 6] = 0;
        t[4 * r + 7] = 0;
        for (let c = r + 1; c <= m; c += c & -c) {
          t[4 * c] = 0;
          t[4 * c + 1] = 0;
        }
      }
    }
  }
  counts[0] += concordant;
  counts[1] += discordant;
  counts[2] += tiedX;
  counts[3] += tiedY - tiedXY; // tied.xy pairs were counted in tied.y as well
  counts[4] += tiedXY;
}

/**
 * Every row of the stratum [a, b) is still at risk at its earliest time: adds the event counts
 * below / above / at its rank to its influence. Uses the risk-set tree cells as scratch for a
 * prefix sum of the per-rank event counts when m < (b - a) log2(m), zeroed again afterwards (the
 * risk-set tree is not used after this in the stratum; the next stratum starts from zero).
 */
function closeStratum(t: Int32Array, m: number, a: number, b: number, evTotal: number, rank: Int32Array, infl: Int32Array): void {
  if (m < (b - a) * Math.log2(m + 1)) {
    // t[4(r+1)] := events with rank < r
    let cum = 0;
    for (let r = 0; r < m; r++) {
      t[4 * r + 4] = cum;
      cum += t[4 * r + 7];
    }
    for (let q = a; q < b; q++) {
      const r = rank[q];
      const less = t[4 * r + 4], eq = t[4 * r + 7];
      infl[3 * q] += less;
      infl[3 * q + 1] += evTotal - less - eq;
      infl[3 * q + 2] += eq;
    }
    for (let r = 0; r < m; r++) t[4 * r + 4] = 0;
    return;
  }
  for (let q = a; q < b; q++) {
    const r = rank[q];
    let less = 0;
    for (let k = r; k > 0; k -= k & -k) less += t[4 * k + 1];
    const eq = t[4 * r + 7];
    infl[3 * q] += less;
    infl[3 * q + 1] += evTotal - less - eq;
    infl[3 * q + 2] += eq;
  }
}
