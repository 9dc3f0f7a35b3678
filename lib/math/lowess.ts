import { InputError } from "../checkInput";

export interface LowessOptions {
  /** Smoother span: the fraction of points that influence each fitted value (R's f, default 2/3). */
  f?: number;
  /** Robustifying iterations (R's iter, default 3). */
  iter?: number;
  /** Points within delta of the last fitted x are interpolated, not fitted (R default 0.01 * range(x)). */
  delta?: number;
}

/**
 * Locally weighted scatterplot smoothing, exactly as R's lowess() (the C routine clowess).
 *
 * Points are sorted by x (stably, as R's order()). Each fitted value is a weighted linear fit
 * over the ns = max(2, min(n, floor(f n + 1e-7))) nearest points with tricube weights
 * (1 - (r/h)^3)^3, h the distance to the farthest of them (ties on the right included); when the
 * weighted spread of x is tiny the fit is a weighted mean. Then `iter` robustness passes re-fit
 * with bisquare weights (1 - (e / 6 MAD)^2)^2 of the residuals e, stopping early when 6 MAD is
 * below 1e-7 times the mean absolute residual. Points closer than `delta` to the last fitted x
 * are linearly interpolated.
 * Returns x sorted and the smoothed y at each x.
 *
 * R: lowess(x, y, f = 2/3, iter = 3, delta = 0.01 * diff(range(x)))
 * Reference: Cleveland WS (1979) JASA 74:829–836; Cleveland WS (1981) Am Stat 35:54.
 */
export function lowess(x: ArrayLike<number>, y: ArrayLike<number>, options: LowessOptions = {}): { x: number[]; y: number[] } {
  const n = x.length;
  if (y.length !== n) throw new InputError(`lowess: x has ${n} values but y has ${y.length}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) throw new InputError(`lowess: x[${i}], y[${i}] must be finite numbers`);
  }
  const f = options.f ?? 2 / 3;
  const iter = options.iter ?? 3;
  if (!(f > 0)) throw new InputError(`lowess: f = ${f} must be > 0`);
  if (!(iter >= 0) || Math.floor(iter) !== iter) throw new InputError(`lowess: iter = ${iter} must be a whole number >= 0`);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const xs = order.map((i) => x[i]);
  const ysIn = order.map((i) => y[i]);
  if (n === 0) return { x: [], y: [] };
  const delta = options.delta ?? 0.01 * (xs[n - 1] - xs[0]);
  return { x: xs, y: clowess(xs, ysIn, f, iter, delta) };
}

/** One local fit at xs (R's lowest); indices are 0-based, nleft..nright inclusive. */
function lowest(
  x: number[], y: number[], xs: number, nleft: number, nright: number,
  w: Float64Array, userw: boolean, rw: Float64Array,
): number | null {
  const n = x.length;
  const range = x[n - 1] - x[0];
  const h = Math.max(xs - x[nleft], x[nright] - xs);
  const h9 = 0.999 * h;
  const h1 = 0.001 * h;
  let a = 0;
  let j = nleft;
  while (j < n) {
    w[j] = 0;
    const r = Math.abs(x[j] - xs);
    if (r <= h9) {
      if (r <= h1) w[j] = 1;
      else {
        const q = r / h;
        const c = 1 - q * q * q;
        w[j] = c * c * c;
      }
      if (userw) w[j] *= rw[j];
      a += w[j];
    } else if (x[j] > xs) break;
    j++;
  }
  const nrt = j - 1;
  if (a <= 0) return null;
  for (j = nleft; j <= nrt; j++) w[j] /= a;
  if (h > 0) {
    a = 0;
    for (j = nleft; j <= nrt; j++) a += w[j] * x[j];
    let b = xs - a;
    let c = 0;
    for (j = nleft; j <= nrt; j++) c += w[j] * (x[j] - a) * (x[j] - a);
    if (Math.sqrt(c) > 0.001 * range) {
      b /= c;
      for (j = nleft; j <= nrt; j++) w[j] *= b * (x[j] - a) + 1;
    }
  }
  let ys = 0;
  for (j = nleft; j <= nrt; j++) ys += w[j] * y[j];
  return ys;
}

/** R's clowess on sorted x, translated to 0-based indices. */
function clowess(x: number[], y: number[], f: number, nsteps: number, delta: number): number[] {
  const n = x.length;
  const ys = new Array<number>(n).fill(0);
  if (n < 2) {
    ys[0] = y[0];
    return ys;
  }
  const rw = new Float64Array(n);
  const res = new Float64Array(n);
  const ns = Math.max(2, Math.min(n, Math.floor(f * n + 1e-7)));
  for (let iter = 1; iter <= nsteps + 1; iter++) {
    let nleft = 0;
    let nright = ns - 1;
    let last = -1;
    let i = 0;
    for (;;) {
      if (nright < n - 1) {
        const d1 = x[i] - x[nleft];
        const d2 = x[nright + 1] - x[i];
        if (d1 > d2) {
          nleft++;
          nright++;
          continue;
        }
      }
      const fit = lowest(x, y, x[i], nleft, nright, res, iter > 1, rw);
      ys[i] = fit === null ? y[i] : fit;
      if (last < i - 1) {
        const denom = x[i] - x[last];
        for (let j = last + 1; j < i; j++) {
          const alpha = (x[j] - x[last]) / denom;
          ys[j] = alpha * ys[i] + (1 - alpha) * ys[last];
        }
      }
      last = i;
      const cut = x[last] + delta;
      for (i = last + 1; i < n; i++) {
        if (x[i] > cut) break;
        if (x[i] === x[last]) {
          ys[i] = ys[last];
          last = i;
        }
      }
      i = Math.max(last + 1, i - 1);
      if (last >= n - 1) break;
    }
    for (let k = 0; k < n; k++) res[k] = y[k] - ys[k];
    let sc = 0;
    for (let k = 0; k < n; k++) sc += Math.abs(res[k]);
    sc /= n;
    if (iter > nsteps) break;
    const abs = Array.from(res, Math.abs).sort((a, b) => a - b);
    const m1 = Math.floor(n / 2);
    const cmad = n % 2 === 0 ? 3 * (abs[m1] + abs[n - m1 - 1]) : 6 * abs[m1];
    if (cmad < 1e-7 * sc) break;
    const c9 = 0.999 * cmad;
    const c1 = 0.001 * cmad;
    for (let k = 0; k < n; k++) {
      const r = Math.abs(res[k]);
      if (r <= c1) rw[k] = 1;
      else if (r <= c9) {
        const q = r / cmad;
        rw[k] = (1 - q * q) * (1 - q * q);
      } else rw[k] = 0;
    }
  }
  return ys;
}
