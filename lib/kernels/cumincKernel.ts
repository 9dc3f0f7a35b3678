/**
 * Cumulative incidence (Aalen–Johansen) kernel for one group: one pass over its observations.
 *
 * Preconditions: `time[0..n)` sorted ascending, finite, >= 0; `cause[0..n)` holds 0 (censored)
 * or a cause index 1..nCause; every output array has room for m = number of distinct times
 * (`time`, `nRisk`: m; `nEvent`, `estimate`, `varCmprsk`, `varSurvfit`: nCause * m, laid out
 * [cause index - 1] * m + row); `scratch` has length >= 7 * nCause. Nothing is checked here.
 *
 * At each distinct time t (one output row, censor-only times included) with n at risk
 * (time >= t), d_k events of cause k, d = sum d_k and S(t-) the all-cause Kaplan–Meier:
 *   F_k(t) = F_k(t-) + S(t-) d_k / n,    S(t) = S(t-) (n - d) / n.
 * varCmprsk: the delta-method variance of cmprsk's Fortran routine cinc (Gray's cuminc), with
 *   its tie factor 1 - (d - 1)/(n - 1); it changes only at times with a cause-k event.
 * varSurvfit: the infinitesimal-jackknife variance sum_i IF_i(F_k(t))^2 that survfit reports for
 *   a multi-state fit. Subjects still at risk share one influence value (A for S, B_k for F_k);
 *   a subject leaving at t_e has IF(F_k(t)) = alpha_k + r F_k(t) afterwards, r = IF(S(t_e))/S(t_e),
 *   so three running sums (Q0_k = sum alpha^2, Q1_k = sum alpha r, Q2 = sum r^2) give the O(n) form
 *     var = Q0_k + 2 F_k Q1_k + F_k^2 Q2 + (number still at risk) B_k^2.
 * Returns m.
 */
export interface CumincRows {
  time: Float64Array;
  nRisk: Float64Array;
  nEvent: Float64Array;
  estimate: Float64Array;
  varCmprsk: Float64Array;
  varSurvfit: Float64Array;
}

export function cumincKernel(
  time: Float64Array,
  cause: Int32Array,
  n: number,
  nCause: number,
  out: CumincRows,
  scratch: Float64Array,
): number {
  const K = nCause;
  // scratch layout: F, v1, v2, v3, B, Q0, Q1 (K each)
  const F = scratch.subarray(0, K);
  const v1 = scratch.subarray(K, 2 * K);
  const v2 = scratch.subarray(2 * K, 3 * K);
  const v3 = scratch.subarray(3 * K, 4 * K);
  const B = scratch.subarray(4 * K, 5 * K);
  const Q0 = scratch.subarray(5 * K, 6 * K);
  const Q1 = scratch.subarray(6 * K, 7 * K);
  scratch.fill(0, 0, 7 * K);
  // Event counts of the current time live in out.nEvent (row j), read back below.
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || time[i] !== time[i - 1]) m++;
  let fk = 1; // all-cause KM S(t-)
  let A = 0; // influence of S(t) for a subject still at risk
  let Q2 = 0;
  let j = 0;
  let i = 0;
  while (i < n) {
    const t = time[i];
    const rs = n - i;
    let nCens = 0;
    for (let k = 0; k < K; k++) out.nEvent[k * m + j] = 0;
    while (i < n && time[i] === t) {
      const c = cause[i];
      if (c === 0) nCens++;
      else out.nEvent[(c - 1) * m + j]++;
      i++;
    }
    let nd = 0;
    for (let k = 0; k < K; k++) nd += out.nEvent[k * m + j];
    const fkn = (fk * (rs - nd)) / rs;
    const h = nd / rs;
    // Influence bookkeeping uses the values before this time: fk, A, B_k.
    for (let k = 0; k < K; k++) {
      const d1 = out.nEvent[k * m + j];
      if (d1 > 0) F[k] += (fk * d1) / rs;
    }
    // survfit (infinitesimal jackknife): subjects leaving now, grouped by status s (0 = censored).
    const exits = rs - (n - i);
    for (let s = 0; s <= K; s++) {
      const mult = s === 0 ? nCens : out.nEvent[(s - 1) * m + j];
      if (mult === 0) continue;
      const dS = A * (1 - h) - (fk * ((s === 0 ? 0 : 1) - h)) / rs;
      const r = fkn > 0 ? dS / fkn : 0;
      Q2 += mult * r * r;
      for (let k = 0; k < K; k++) {
        const hk = out.nEvent[k * m + j] / rs;
        const dF = B[k] + A * hk + (fk * ((s === k + 1 ? 1 : 0) - hk)) / rs;
        const alpha = dF - r * F[k];
        Q0[k] += mult * alpha * alpha;
        Q1[k] += mult * alpha * r;
      }
    }
    for (let k = 0; k < K; k++) {
      const hk = out.nEvent[k * m + j] / rs;
      B[k] += A * hk - (fk * hk) / rs;
    }
    A = A * (1 - h) + (fk * h) / rs;
    const stay = rs - exits;
    // cmprsk (cinc): accumulators per cause; the variance is refreshed only at cause-k times.
    for (let k = 0; k < K; k++) {
      const d1 = out.nEvent[k * m + j];
      const d2 = nd - d1;
      const f = F[k];
      if (d2 > 0 && fkn > 0) {
        const t5 = d2 > 1 ? 1 - (d2 - 1) / (rs - 1) : 1;
        const t6 = (fk * fk * t5 * d2) / (rs * rs);
        const t3 = 1 / fkn;
        const t4 = f / fkn;
        v1[k] += t4 * t4 * t6;
        v2[k] += t3 * t4 * t6;
        v3[k] += t3 * t3 * t6;
      }
      const row = k * m + j;
      if (d1 > 0) {
        const t5 = d1 > 1 ? 1 - (d1 - 1) / (rs - 1) : 1;
        const t6 = (fk * fk * t5 * d1) / (rs * rs);
        const t3 = fkn > 0 ? 1 / fkn : 0;
        const t4 = 1 + t3 * f;
        v1[k] += t4 * t4 * t6;
        v2[k] += t3 * t4 * t6;
        v3[k] += t3 * t3 * t6;
        out.varCmprsk[row] = v1[k] + f * f * v3[k] - 2 * f * v2[k];
      } else {
        out.varCmprsk[row] = j > 0 ? out.varCmprsk[row - 1] : 0;
      }
      out.estimate[row] = f;
      out.varSurvfit[row] = Q0[k] + 2 * f * Q1[k] + f * f * Q2 + stay * B[k] * B[k];
    }
    out.time[j] = t;
    out.nRisk[j] = rs;
    if (nd > 0) fk = fkn;
    j++;
  }
  return m;
}
