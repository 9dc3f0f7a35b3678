/**
 * Pair counts and per-observation influence for Harrell's concordance, one pass over the data
 * sorted by decreasing time (the algorithm of survival 3.x concordancefit / concordance3-4,
 * Therneau & Atkinson, "The concordance statistic", survival package vignette).
 *
 * Walking from the largest time down, every observation already seen (time > t, or censored at
 * t) is at risk for an event at t. Two weighted Fenwick trees indexed by the rank of the score
 * answer "weight with a smaller / equal / larger score" in O(log m):
 *   - the risk-set tree holds case weights w of the observations at risk;
 *   - the event tree holds timewt * w of every event processed so far.
 * For an event j at time t and each k at risk (t_k > t, or censored at t):
 *   x_k > x_j concordant, x_k < x_j discordant, x_k = x_j tied.x — each weighted w_j w_k timewt(t).
 * Events at the same time are never compared with each other: they are tied.y (tied.xy when the
 * scores are equal as well). The influence of observation i on each count (the weighted number
 * of pairs it belongs to, without its own weight) is accumulated as: as the earlier member, the
 * risk-set sums at its event; as the later member, (event-tree sums when it leaves the risk set)
 * minus (event-tree sums when it entered), with the roles of smaller/larger swapped.
 *
 * Counting-process data (start, stop]: an observation enters at its stop time and leaves, before
 * the events at t are processed, once start >= t (it was not at risk at t).
 *
 * Preconditions (checked by the caller, not here): every per-row array is in one order —
 * by stratum, then stop decreasing, then event increasing (censored before events at a tied
 * time), then rank increasing — and `bounds[s] .. bounds[s+1]` is stratum s's segment
 * (length nStrata + 1);
 *   - `rank[i]` in 0..m-1 (equal scores share a rank), `event[i]` is 0 or 1, `weight[i]` > 0;
 *   - counting process only, else both null: `startDesc` holds the start times sorted by
 *     stratum then decreasing, and `startPos[k]` the position (in the order above) of the row
 *     whose start is startDesc[k];
 *   - `timewt`: one weight per distinct event time in processing order (strata in turn, times
 *     decreasing), or null for timewt "n" (all 1).
 * Output: counts[0..4] += concordant, discordant, tied.x, tied.y, tied.xy (R's pre-reverse
 * convention: concordant = larger score with the longer time); infl (length 3n, zeroed by the
 * caller, rows in the same order) gets, for row k, concordant, discordant, tied.x at 3k, 3k+1,
 * 3k+2 (interleaved: the random accesses of the counting-process removals touch one cache line).
 * Complexity O(n log m); the only allocations are the trees, once.
 */
export function concordanceKernel(
  bounds: Int32Array,
  stop: Float64Array,
  event: Float64Array,
  rank: Int32Array,
  m: number,
  weight: Float64Array,
  startDesc: Float64Array | null,
  startPos: Int32Array | null,
  timewt: Float64Array | null,
  counts: Float64Array,
  infl: Float64Array,
): void {
  const riskTree = new Float64Array(m + 1); // Fenwick, 1-based
  const riskEq = new Float64Array(m);
  const evTree = new Float64Array(m + 1);
  const evEq = new Float64Array(m);
  const sums = new Float64Array(3); // less, equal, greater
  let u = 0; // index into timewt
  let concordant = 0, discordant = 0, tiedX = 0, tiedY = 0, tiedXY = 0;

  for (let s = 0; s + 1 < bounds.length; s++) {
    const a = bounds[s], b = bounds[s + 1];
    let riskTotal = 0, evTotal = 0;
    let i = a, i2 = a;
    while (i < b) {
      if (event[i] === 0) {
        // a censored row joins the risk set; its later-member influence starts here
        query(evTree, evEq, evTotal, rank[i], sums);
        infl[3 * i] -= sums[0];
        infl[3 * i + 1] -= sums[2];
        infl[3 * i + 2] -= sums[1];
        add(riskTree, riskEq, m, rank[i], weight[i]);
        riskTotal += weight[i];
        i++;
        continue;
      }
      const t = stop[i];
      if (startDesc !== null && startPos !== null) {
        for (; i2 < b && startDesc[i2] >= t; i2++) {
          const q = startPos[i2];
          query(evTree, evEq, evTotal, rank[q], sums);
          infl[3 * q] += sums[0];
          infl[3 * q + 1] += sums[2];
          infl[3 * q + 2] += sums[1];
          add(riskTree, riskEq, m, rank[q], -weight[q]);
          riskTotal -= weight[q];
        }
      }
      const tw = timewt === null ? 1 : timewt[u++];
      // pass 1: the events at t against the risk set; tied.y / tied.xy among themselves
      let j = i, dwt = 0, runWt = 0, runRank = -1;
      for (; j < b && stop[j] === t; j++) {
        const w = weight[j], rq = rank[j];
        tiedY += w * dwt * tw;
        dwt += w;
        if (rq !== runRank) {
          runRank = rq;
          runWt = 0;
        }
        tiedXY += w * runWt * tw;
        runWt += w;
        query(riskTree, riskEq, riskTotal, rq, sums);
        concordant += w * sums[2] * tw;
        discordant += w * sums[0] * tw;
        tiedX += w * sums[1] * tw;
        infl[3 * j] += sums[2] * tw;
        infl[3 * j + 1] += sums[0] * tw;
        infl[3 * j + 2] += sums[1] * tw;
        add(evTree, evEq, m, rq, tw * w);
        evTotal += tw * w;
      }
      // pass 2: the events at t join the risk set; their later-member influence starts here
      for (let q = i; q < j; q++) {
        query(evTree, evEq, evTotal, rank[q], sums);
        infl[3 * q] -= sums[0];
        infl[3 * q + 1] -= sums[2];
        infl[3 * q + 2] -= sums[1];
        add(riskTree, riskEq, m, rank[q], weight[q]);
        riskTotal += weight[q];
      }
      i = j;
    }
    // observations still at risk at the earliest time close their later-member influence
    for (let k = startPos === null ? a : i2; k < b; k++) {
      const q = startPos === null ? k : startPos[k];
      query(evTree, evEq, evTotal, rank[q], sums);
      infl[3 * q] += sums[0];
      infl[3 * q + 1] += sums[2];
      infl[3 * q + 2] += sums[1];
    }
    if (s + 2 < bounds.length) {
      for (let k = a; k < b; k++) {
        const rq = rank[k];
        clear(riskTree, riskEq, m, rq);
        clear(evTree, evEq, m, rq);
      }
    }
  }
  counts[0] += concordant;
  counts[1] += discordant;
  counts[2] += tiedX;
  counts[3] += tiedY - tiedXY; // tied.xy pairs were counted in tied.y as well
  counts[4] += tiedXY;
}

/** Adds w at rank r (Fenwick update plus the per-rank weight). */
function add(tree: Float64Array, eq: Float64Array, m: number, r: number, w: number): void {
  eq[r] += w;
  for (let k = r + 1; k <= m; k += k & -k) tree[k] += w;
}

/** sums = [weight with rank < r, weight with rank r, weight with rank > r]. */
function query(tree: Float64Array, eq: Float64Array, total: number, r: number, sums: Float64Array): void {
  let less = 0;
  for (let k = r; k > 0; k -= k & -k) less += tree[k];
  sums[0] = less;
  sums[1] = eq[r];
  sums[2] = total - less - eq[r];
}

/** Zeroes every cell an update at rank r touches (resets the trees between strata exactly). */
function clear(tree: Float64Array, eq: Float64Array, m: number, r: number): void {
  eq[r] = 0;
  for (let k = r + 1; k <= m; k += k & -k) tree[k] = 0;
}
