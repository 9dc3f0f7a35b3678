/**
 * Gray's (1988) k-sample test for one cause, one stratum: adds this stratum's score vector and
 * its variance to running totals (cmprsk's Fortran routine crst, as summed by crstm).
 *
 * Preconditions: `time[0..n)` sorted ascending; `status[i]` is 0 (censored), 1 (the cause of
 * interest) or 2 (another cause); `group[i]` in 0..ng-1 with ng >= 2; `score` has length ng-1 and
 * `variance` (ng-1)^2 (row-major), both accumulated into (not cleared); `work` has length
 * >= 8 ng + 3 ng^2. Nothing is checked here.
 *
 * Notation at each distinct time with an event: for group g, R_g = number at risk, S_g(t-) its
 * all-cause KM, F_g(t-) its cause-1 CIF; h_g = R_g / S_g(t-), H = sum h_g (the "tr" of the
 * paper), Q = sum R_g (1 - F_g(t-)) / S_g(t-); the pooled CIF F(t) = F(t-) + d1 / H with d1 the
 * cause-1 events at t, and weight w = (1 - F(t-))^rho.
 *   score_g += w (d1_g - d1 R_g (1 - F_g(t-)) / (S_g(t-) Q))          (groups 0..ng-2)
 *   a_gg = w h_g (1 - h_g / H), a_gk = -w h_g h_k / H,   c += a d1 / (H (1 - F(t-)))
 * The variance collects, per group k, cause-1 terms with t4 = 1 - (1 - F(t)) / S_k(t) and
 * other-cause terms with t4 = (1 - F(t)) / S_k(t), each with cmprsk's tie factor, into
 * v (quadratic in a - t4 c), v2 and v3, finishing with v += c diag(v3) c' + c v2' + v2 c'.
 */
export function grayKernel(
  time: Float64Array,
  status: Int32Array,
  group: Int32Array,
  n: number,
  ng: number,
  rho: number,
  score: Float64Array,
  variance: Float64Array,
  work: Float64Array,
): void {
  const q = ng - 1;
  const nn = ng * ng;
  const d = work.subarray(0, 3 * ng); // d[s * ng + g]: censored (s = 0), cause 1, other cause at t
  const rs = work.subarray(3 * ng, 4 * ng);
  const f1m = work.subarray(4 * ng, 5 * ng);
  const f1 = work.subarray(5 * ng, 6 * ng);
  const skmm = work.subarray(6 * ng, 7 * ng);
  const skm = work.subarray(7 * ng, 8 * ng);
  const v3 = work.subarray(8 * ng, 9 * ng);
  const a = work.subarray(9 * ng, 9 * ng + nn); // a[i * ng + j]
  const c = work.subarray(9 * ng + nn, 9 * ng + 2 * nn);
  const v2 = work.subarray(9 * ng + 2 * nn, 9 * ng + 2 * nn + q * ng); // v2[i * ng + k]
  const v = variance; // this stratum's terms are added straight into the running total (lower triangle)
  work.fill(0, 0, 9 * ng + 2 * nn + q * ng);
  for (let i = 0; i < n; i++) rs[group[i]]++;
  for (let g = 0; g < ng; g++) {
    skmm[g] = 1;
    skm[g] = 1;
  }
  let fm = 0;
  let f = 0;
  let lo = 0;
  while (lo < n) {
    let hi = lo;
    while (hi + 1 < n && !(time[hi + 1] > time[lo])) hi++;
    for (let g = 0; g < 3 * ng; g++) d[g] = 0;
    for (let i = lo; i <= hi; i++) d[status[i] * ng + group[i]]++;
    let nd1 = 0;
    let nd2 = 0;
    for (let g = 0; g < ng; g++) {
      nd1 += d[ng + g];
      nd2 += d[2 * ng + g];
    }
    if (nd1 > 0 || nd2 > 0) {
      let tr = 0;
      let tq = 0;
      for (let g = 0; g < ng; g++) {
        if (rs[g] <= 0) continue;
        const td = d[ng + g] + d[2 * ng + g];
        skm[g] = (skmm[g] * (rs[g] - td)) / rs[g];
        f1[g] = f1m[g] + (skmm[g] * d[ng + g]) / rs[g];
        tr += rs[g] / skmm[g];
        tq += (rs[g] * (1 - f1m[g])) / skmm[g];
      }
      f = fm + nd1 / tr;
      const fb = Math.pow(1 - fm, rho);
      for (let i = 0; i < ng; i++) {
        for (let j = i; j < ng; j++) a[i * ng + j] = 0;
        if (rs[i] <= 0) continue;
        const t1 = rs[i] / skmm[i];
        a[i * ng + i] = fb * t1 * (1 - t1 / tr);
        c[i * ng + i] += (a[i * ng + i] * nd1) / (tr * (1 - fm));
        for (let j = i + 1; j < ng; j++) {
          if (rs[j] <= 0) continue;
          a[i * ng + j] = (-fb * t1 * rs[j]) / (skmm[j] * tr);
          c[i * ng + j] += (a[i * ng + j] * nd1) / (tr * (1 - fm));
        }
      }
      for (let i = 1; i < ng; i++) {
        for (let j = 0; j < i; j++) {
          a[i * ng + j] = a[j * ng + i];
          c[i * ng + j] = c[j * ng + i];
        }
      }
      for (let i = 0; i < q; i++) {
        if (rs[i] <= 0) continue;
        score[i] += fb * (d[ng + i] - (nd1 * rs[i] * (1 - f1m[i])) / (skmm[i] * tq));
      }
      if (nd1 > 0) {
        for (let k = 0; k < ng; k++) {
          if (rs[k] <= 0) continue;
          const t4 = skm[k] > 0 ? 1 - (1 - f) / skm[k] : 1;
          const t5 = nd1 > 1 ? 1 - (nd1 - 1) / (tr * skmm[k] - 1) : 1;
          const t3 = (t5 * skmm[k] * nd1) / (tr * rs[k]);
          v3[k] += t4 * t4 * t3;
          for (let i = 0; i < q; i++) {
            const t1 = a[i * ng + k] - t4 * c[i * ng + k];
            v2[i * ng + k] += t1 * t4 * t3;
            for (let j = 0; j <= i; j++) v[i * q + j] += t1 * (a[j * ng + k] - t4 * c[j * ng + k]) * t3;
          }
        }
      }
      if (nd2 > 0) {
        for (let k = 0; k < ng; k++) {
          const d2 = d[2 * ng + k];
          if (skm[k] <= 0 || d2 <= 0) continue;
          const t4 = (1 - f) / skm[k];
          const t5 = d2 > 1 ? 1 - (d2 - 1) / (rs[k] - 1) : 1;
          const t3 = (t5 * (skmm[k] * skmm[k] * d2)) / (rs[k] * rs[k]);
          v3[k] += t4 * t4 * t3;
          for (let i = 0; i < q; i++) {
            const t1 = t4 * c[i * ng + k];
            v2[i * ng + k] -= t1 * t4 * t3;
            for (let j = 0; j <= i; j++) v[i * q + j] += t1 * (t4 * c[j * ng + k]) * t3;
          }
        }
      }
    }
    if (hi >= n - 1) break;
    for (let i = lo; i <= hi; i++) rs[group[i]]--;
    fm = f;
    for (let g = 0; g < ng; g++) {
      f1m[g] = f1[g];
      skmm[g] = skm[g];
    }
    lo = hi + 1;
  }
  for (let i = 0; i < q; i++) {
    for (let j = 0; j <= i; j++) {
      for (let k = 0; k < ng; k++) {
        v[i * q + j] += c[i * ng + k] * c[j * ng + k] * v3[k];
        v[i * q + j] += c[i * ng + k] * v2[j * ng + k];
        v[i * q + j] += c[j * ng + k] * v2[i * ng + k];
      }
      v[j * q + i] = v[i * q + j];
    }
  }
}
