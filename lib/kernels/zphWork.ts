/**
 * Scratch and accumulators shared by the cox.zph kernels (zphRightKernel, zphCountingKernel)
 * and their tied-death step zphDeaths, allocated once per call for p covariates and nEvent events.
 * Matrices are p x p row-major; only the lower triangle (j <= i) of the running sums is used.
 *   a, cmat, denom      risk-weighted sums over the risk set excluding the deaths at the current time
 *   a2, cmat2, denom2   the same sums over the deaths at the current time
 *   u                   sum over deaths of g(t) (x - xbar(t))  (the time-weighted score)
 *   i0, i1, i2          information blocks sum v(t), sum g v(t), sum g^2 v(t)  (v = weighted variance of x)
 *   schoen              Schoenfeld residuals x - xbar(t), one row of p per event, row-major
 */
export interface ZphWork {
  p: number;
  a: Float64Array;
  a2: Float64Array;
  cmat: Float64Array;
  cmat2: Float64Array;
  denom: number;
  denom2: number;
  u: Float64Array;
  i0: Float64Array;
  i1: Float64Array;
  i2: Float64Array;
  schoen: Float64Array;
}

export function zphWork(p: number, nEvent: number): ZphWork {
  return {
    p,
    a: new Float64Array(p),
    a2: new Float64Array(p),
    cmat: new Float64Array(p * p),
    cmat2: new Float64Array(p * p),
    denom: 0,
    denom2: 0,
    u: new Float64Array(p),
    i0: new Float64Array(p * p),
    i1: new Float64Array(p * p),
    i2: new Float64Array(p * p),
    schoen: new Float64Array(nEvent * p),
  };
}

/** Empties the risk-set sums a, cmat, denom (a new stratum, or nobody left at risk). */
export function zphClearRiskSet(w: ZphWork): void {
  w.a.fill(0);
  w.cmat.fill(0);
  w.denom = 0;
}

/** Adds (sign = 1) or removes (sign = -1) one row with risk r = exp(eta) and centred covariates x[.][row]. */
export function zphRiskSetAdd(w: ZphWork, x: Float64Array[], row: number, r: number, sign: number): void {
  const p = w.p;
  w.denom += sign * r;
  for (let i = 0; i < p; i++) {
    const xi = r * x[i][row];
    w.a[i] += sign * xi;
    for (let j = 0; j <= i; j++) w.cmat[i * p + j] += sign * xi * x[j][row];
  }
}

/** Records a death at time weight g: its x goes to `slot` of schoen, into u and into a2, cmat2, denom2. */
export function zphDeathAdd(w: ZphWork, x: Float64Array[], row: number, r: number, g: number, slot: number): void {
  const p = w.p;
  w.denom2 += r;
  for (let i = 0; i < p; i++) {
    const xi = x[i][row];
    w.schoen[slot * p + i] = xi;
    w.u[i] += g * xi;
    w.a2[i] += r * xi;
    for (let j = 0; j <= i; j++) w.cmat2[i * p + j] += r * xi * x[j][row];
  }
}
