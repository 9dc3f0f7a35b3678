/**
 * Solves A x = b for a square A by LU decomposition with partial pivoting (the method of
 * LAPACK dgesv behind R's solve()). `a` is n x n row-major and `b` has length n; neither is
 * modified. Returns null when A is numerically singular: the k-th pivot has
 * |pivot| <= tol * max_i |A_ik| (relative to its own column, so badly scaled but regular
 * matrices pass; default tol = 1e-10; 1e-7 is the rank tolerance of R's qr()).
 * Reference: Golub GH, Van Loan CF (2013) Matrix Computations, 4th ed., section 3.4.
 */
export function luSolve(a: ArrayLike<number>, b: ArrayLike<number>, n: number, tol = 1e-10): Float64Array | null {
  const m = Float64Array.from(a as ArrayLike<number>);
  const x = Float64Array.from(b as ArrayLike<number>);
  const colMax = new Float64Array(n);
  for (let i = 0; i < n * n; i++) {
    const v = Math.abs(m[i]);
    if (!Number.isFinite(v)) return null;
    if (v > colMax[i % n]) colMax[i % n] = v;
  }
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(m[i * n + k]) > Math.abs(m[p * n + k])) p = i;
    if (!(Math.abs(m[p * n + k]) > tol * colMax[k])) return null;
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = m[k * n + j];
        m[k * n + j] = m[p * n + j];
        m[p * n + j] = t;
      }
      const t = x[k];
      x[k] = x[p];
      x[p] = t;
    }
    const piv = m[k * n + k];
    for (let i = k + 1; i < n; i++) {
      const l = m[i * n + k] / piv;
      if (l === 0) continue;
      for (let j = k + 1; j < n; j++) m[i * n + j] -= l * m[k * n + j];
      x[i] -= l * x[k];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let j = i + 1; j < n; j++) s -= m[i * n + j] * x[j];
    x[i] = s / m[i * n + i];
  }
  return x;
}
