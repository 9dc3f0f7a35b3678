/**
 * Quantile of a step function given as cumulative probability y at times x, with R's rules
 * (survival's internal findq, used by quantile.survfit).
 *
 * Preconditions: x = [firstTime, t_1..t_m] sorted ascending; y = [0, 1 - S(t_1).. 1 - S(t_m)]
 * (NaN allowed, as for undefined confidence limits); every p in (0, 1); tol > 0.
 *
 * Rules carried over from R:
 *  - if max(y) < min(p) (over all requested p), every quantile is NaN;
 *  - repeated y values are dropped (first occurrence kept, NaN counts as a value), so each
 *    remaining x is the time at which y first took its value;
 *  - i1 = the remaining point with the smallest y such that y + tol >= p,
 *    i2 = the one with the smallest y such that y - tol >= p (NaN if none), and the quantile is
 *    (x[i1] + x[i2]) / 2: x[i1] when y jumps over p, the midpoint of the flat stretch when y
 *    equals p (within tol) over an interval;
 *  - if the last remaining y is within tol of p, the quantile is (x[i1] + last time) / 2.
 */
export function findQuantile(x: Float64Array, y: Float64Array, p: ArrayLike<number>, tol: number): Float64Array {
  const out = new Float64Array(p.length).fill(NaN);
  let ymax = -Infinity;
  for (let i = 0; i < y.length; i++) if (y[i] > ymax) ymax = y[i];
  let pmin = Infinity;
  for (let j = 0; j < p.length; j++) pmin = Math.min(pmin, p[j]);
  if (ymax < pmin) return out;
  const xmax = x[x.length - 1];

  // Drop repeated y values, keeping the first occurrence.
  const seen = new Set<number>();
  const keep: number[] = [];
  for (let i = 0; i < y.length; i++) {
    if (seen.has(y[i])) continue;
    seen.add(y[i]);
    keep.push(i);
  }
  const last = y[keep[keep.length - 1]];
  // Non-NaN points ordered by y (R's approx sorts its abscissae).
  const byY = keep.filter((i) => !Number.isNaN(y[i])).sort((a, b) => y[a] - y[b]);

  // The point with the smallest y + shift >= v, or -1 when v lies outside [min, max] of y + shift
  // (approx(method = "constant", f = 1, rule = 1)).
  const locate = (shift: number, v: number): number => {
    if (byY.length === 0) return -1;
    if (v < y[byY[0]] + shift || v > y[byY[byY.length - 1]] + shift) return -1;
    let lo = 0;
    let hi = byY.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (y[byY[mid]] + shift >= v) hi = mid;
      else lo = mid + 1;
    }
    return byY[lo];
  };
  const at = (i: number): number => (i < 0 ? NaN : x[i]);

  for (let j = 0; j < p.length; j++) {
    const i1 = locate(tol, p[j]);
    const i2 = locate(-tol, p[j]);
    out[j] = (at(i1) + at(i2)) / 2;
    if (!Number.isNaN(last) && Math.abs(p[j] - last) < tol) out[j] = (at(i1) + xmax) / 2;
  }
  return out;
}
