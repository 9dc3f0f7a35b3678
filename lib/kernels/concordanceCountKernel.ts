/**
 * concordanceKernel (see there) specialised to what coxph needs: right-censored data, unit case
 * weights and timewt "n". Every pair then counts 1, so both Fenwick trees hold integer counts
 * (Int32) and every sum is an integer held exactly in a double: counts and influences are
 * bit-identical to concordanceKernel's on the same rows in the same order.
 *
 * Two-level Fenwick trees, cache-friendly at m ~ n ~ 10^6: ranks are split into buckets of 64
 * (h = r >> 6, l = r & 63); `outer` is a Fenwick tree over the buckets (small enough to stay in
 * cache), `inner` a 64-slot Fenwick tree per bucket (1 KB, contiguous), so an update or a
 * "how many below rank r" query touches a few cache lines instead of ~log2(m) scattered nodes.
 * Both trees (risk set t = 0, events t = 1) are interleaved: outer[2K + t]; inner slot q of
 * bucket h at 256 h + 4q: [+t] tree node q (1..63), [+2+t] the count of rank 64 h + q.
 * The events of one time read both trees in one walk; their later-member influence (event counts
 * once the whole time is added) then follows from the run of equal ranks, without a second query.
 * At the end of a stratum the remaining event-count queries (every row closes its later-member
 * influence) use a prefix sum of the per-rank event counts when that is cheaper.
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
  const nb = (m >> 6) + 1;
  const outer = new Int32Array(2 * (nb + 1));
  const inner = new Int32Array(256 * nb);
  const pre = new Int32Array(m + 1);
  let concordant = 0, discordant = 0, tiedX = 0, tiedY = 0, tiedXY = 0;
  for (let s = 0; s + 1 < bounds.length; s++) {
    const a = bounds[s], b = bounds[s + 1];
    let riskTotal = 0, evTotal = 0;
    let i = a;
    while (i < b) {
      if ((key[i] & 1) === 0) {
        // a censored row joins the risk set; its later-member influence starts here
        const r = rank[i];
        const less = below(outer, inner, r, 1);
        const eq = inner[(r >> 6) * 256 + 4 * (r & 63) + 3];
        infl[3 * i] -= less;
        infl[3 * i + 1] -= evTotal - less - eq;
        infl[3 * i + 2] -= eq;
        add(outer, inner, nb, r, 0);
        riskTotal++;
        i++;
        continue;
      }
      const g = key[i];
      // pass 1: the events at this time against the risk set (tied.y / tied.xy among themselves),
      // each joining the event tree; one walk reads both trees. Events of the block with a
      // smaller rank are already in the event tree, so its count below r is final here; the
      // count at r still lacks the rest of the row's run of equal ranks (added in pass 2).
      let j = i, runStart = i, runRank = -1;
      for (; j < b && key[j] === g; j++) {
        const r = rank[j];
        tiedY += j - i;
        if (r !== runRank) {
          runRank = r;
          runStart = j;
        }
        tiedXY += j - runStart;
        let less = 0, lessE = 0;
        for (let k = r >> 6; k > 0; k -= k & -k) {
          less += outer[2 * k];
          lessE += outer[2 * k + 1];
        }
        const base = (r >> 6) * 256;
        for (let k = r & 63; k > 0; k -= k & -k) {
          less += inner[base + 4 * k];
          lessE += inner[base + 4 * k + 1];
        }
        const at = base + 4 * (r & 63);
        const eq = inner[at + 2];
        const eqBefore = inner[at + 3] - (j - runStart); // events at rank r before this block
        const greater = riskTotal - less - eq;
        concordant += greater;
        discordant += less;
        tiedX += eq;
        infl[3 * j] += greater - lessE;
        infl[3 * j + 1] += less + lessE + eqBefore;
        infl[3 * j + 2] += eq - eqBefore;
        add(outer, inner, nb, r, 1);
        evTotal++;
      }
      // pass 2: the events join the risk set; their later-member influence starts here
      // (event counts at rank r: eqBefore + the run length; above r: evTotal - below - at)
      for (let q = i; q < j; ) {
        const r = rank[q];
        let e = q + 1;
        while (e < j && rank[e] === r) e++;
        const run = e - q;
        for (; q < e; q++) {
          infl[3 * q + 1] += run - evTotal;
          infl[3 * q + 2] -= run;
          add(outer, inner, nb, r, 0);
          riskTotal++;
        }
      }
      i = j;
    }
    closeStratum(outer, inner, pre, m, a, b, evTotal, rank, infl);
    if (s + 2 < bounds.length) {
      for (let k = a; k < b; k++) clear(outer, inner, nb, rank[k]);
    }
  }
  counts[0] += concordant;
  counts[1] += discordant;
  counts[2] += tiedX;
  counts[3] += tiedY - tiedXY; // tied.xy pairs were counted in tied.y as well
  counts[4] += tiedXY;
}

/** Count in tree t (0 risk set, 1 events) of the ranks below r. */
function below(outer: Int32Array, inner: Int32Array, r: number, t: number): number {
  let less = 0;
  for (let k = r >> 6; k > 0; k -= k & -k) less += outer[2 * k + t];
  const base = (r >> 6) * 256 + t;
  for (let k = r & 63; k > 0; k -= k & -k) less += inner[base + 4 * k];
  return less;
}

/** Adds one at rank r to tree t. */
function add(outer: Int32Array, inner: Int32Array, nb: number, r: number, t: number): void {
  const h = r >> 6, l = r & 63, base = h * 256 + t;
  inner[base + 4 * l + 2]++;
  for (let k = l + 1; k < 64; k += k & -k) inner[base + 4 * k]++;
  for (let k = h + 1; k <= nb; k += k & -k) outer[2 * k + t]++;
}

/** Zeroes every cell an update of either tree at rank r touches. */
function clear(outer: Int32Array, inner: Int32Array, nb: number, r: number): void {
  const h = r >> 6, l = r & 63, base = h * 256;
  inner[base + 4 * l + 2] = 0;
  inner[base + 4 * l + 3] = 0;
  for (let k = l + 1; k < 64; k += k & -k) {
    inner[base + 4 * k] = 0;
    inner[base + 4 * k + 1] = 0;
  }
  for (let k = h + 1; k <= nb; k += k & -k) {
    outer[2 * k] = 0;
    outer[2 * k + 1] = 0;
  }
}

/**
 * Every row of the stratum [a, b) is still at risk at its earliest time: adds the event counts
 * below / above / at its rank to its influence, from a prefix sum of the per-rank event counts
 * (`pre`, length m + 1: counts below each rank) when m < (b - a) log2(m), else one query per row.
 */
function closeStratum(
  outer: Int32Array, inner: Int32Array, pre: Int32Array, m: number,
  a: number, b: number, evTotal: number, rank: Int32Array, infl: Int32Array,
): void {
  if (m < (b - a) * Math.log2(m + 1)) {
    let cum = 0;
    for (let r = 0; r < m; r++) {
      pre[r] = cum;
      cum += inner[(r >> 6) * 256 + 4 * (r & 63) + 3];
    }
    pre[m] = cum;
    for (let q = a; q < b; q++) {
      const r = rank[q];
      const less = pre[r], eq = pre[r + 1] - less;
      infl[3 * q] += less;
      infl[3 * q + 1] += evTotal - less - eq;
      infl[3 * q + 2] += eq;
    }
    return;
  }
  for (let q = a; q < b; q++) {
    const r = rank[q];
    const less = below(outer, inner, r, 1);
    const eq = inner[(r >> 6) * 256 + 4 * (r & 63) + 3];
    infl[3 * q] += less;
    infl[3 * q + 1] += evTotal - less - eq;
    infl[3 * q + 2] += eq;
  }
}
