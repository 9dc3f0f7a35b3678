/**
 * Scratch and output buffers shared by the Cox partial-likelihood kernels (coxRightSums,
 * coxCountingSums) and the Newton–Raphson driver, allocated once per fit (p = number of
 * covariates): `u` the score vector, `imat` the information matrix (p x p row-major; the kernels
 * fill its upper triangle and zero the rest), the running risk-set sums `a`, `cmat` and the
 * tied-event sums `a2`, `cmat2`.
 */
export interface CoxWork {
  p: number;
  u: Float64Array;
  imat: Float64Array;
  a: Float64Array;
  a2: Float64Array;
  cmat: Float64Array;
  cmat2: Float64Array;
  /** Running risk-set total sum exp(eta) (kept here so coxTieBlock can update it). */
  denom: number;
}

/** Allocates the buffers for p covariates. */
export function coxWork(p: number): CoxWork {
  return {
    p,
    u: new Float64Array(p),
    imat: new Float64Array(p * p),
    a: new Float64Array(p),
    a2: new Float64Array(p),
    cmat: new Float64Array(p * p),
    cmat2: new Float64Array(p * p),
    denom: 0,
  };
}
