import { jStat } from "jstat";

/**
 * Regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 - P(a, x), each computed
 * directly (never as 1 minus the other) so that tail probabilities keep full relative precision.
 * Series for x < a + 1, modified-Lentz continued fraction otherwise (Press et al.,
 * Numerical Recipes, 3rd ed., section 6.2). log Gamma(a) is exact-by-summation for
 * integer and half-integer a (all chi-square degrees of freedom), jStat.gammaln otherwise.
 */
export function regularizedGamma(a: number, x: number): { p: number; q: number } {
  if (!(a > 0) || !(x >= 0)) return { p: NaN, q: NaN };
  if (x === 0) return { p: 0, q: 1 };
  if (x === Infinity) return { p: 1, q: 0 };
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
    }
    const p = sum * Math.exp(logPrefix);
    return { p, q: 1 - p };
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-17) break;
  }
  const q = Math.exp(logPrefix) * h;
  return { p: 1 - q, q };
}

const LOG_SQRT_PI = 0.5723649429247001; // log(sqrt(pi))

/** log Gamma(a): summed exactly for integer and half-integer a below 1e4. */
export function logGamma(a: number): number {
  const twice = 2 * a;
  if (Number.isInteger(twice) && a > 0 && a < 1e4) {
    let s = Number.isInteger(a) ? 0 : LOG_SQRT_PI; // Gamma(1) = 1, Gamma(1/2) = sqrt(pi)
    for (let k = Number.isInteger(a) ? 1 : 0.5; k < a; k++) s += Math.log(k);
    return s;
  }
  return jStat.gammaln(a);
}
