/**
 * Sample quantiles by R's default definition (type 7): for sorted x of length n and probability p,
 * h = 1 + (n - 1) p, lo = floor(h), and Q(p) = (1 - (h - lo)) x[lo] + (h - lo) x[lo + 1] (1-based),
 * written in R's exact arithmetic so results match bit for bit. NaN for an empty sample.
 * Values must be finite (the caller drops missing values).
 *
 * R: quantile(x, probs = p, type = 7, names = FALSE)
 * Reference: Hyndman RJ, Fan Y (1996) Am Stat 50:361–365.
 */
export function quantile7(values: ArrayLike<number>, probs: readonly number[]): number[] {
  const x = Array.from(values).sort((a, b) => a - b);
  const n = x.length;
  return probs.map((p) => {
    if (n === 0) return NaN;
    const index = 1 + Math.max(n - 1, 0) * p;
    const lo = Math.floor(index);
    const hi = Math.ceil(index);
    const qs = x[lo - 1];
    if (index > lo && x[hi - 1] !== qs) {
      const h = index - lo;
      return (1 - h) * qs + h * x[hi - 1];
    }
    return qs;
  });
}
