/**
 * Generalized Cholesky decomposition C = F D F' of a symmetric non-negative definite matrix,
 * with F unit lower triangular and D diagonal, as survival's cholesky2 (Therneau): a column whose
 * pivot falls below `toler` times the largest diagonal element (or is NaN/infinite) is deemed
 * redundant — its D entry is set to 0 and it is skipped, so collinear columns are "aliased"
 * instead of breaking the factorization.
 *
 * Storage: `m` is n x n, row-major, m[i * n + j]. On entry the upper triangle (j >= i) holds C;
 * the lower triangle need not be filled. On exit D is on the diagonal, F strictly below it, and
 * the strict upper triangle is untouched.
 *
 * Returns the rank (number of non-zero pivots), negated when a pivot was below -8 * tolerance
 * (the matrix is not non-negative definite); 0 when no diagonal element is positive.
 * Default tolerance: coxph.control()$toler.chol = .Machine$double.eps^0.75 (defaults.coxTolerChol).
 * Reference: Therneau & Grambsch (2000), Modeling Survival Data, section 3.3; R: survival:::cholesky2 (C).
 */
export function cholesky2(m: Float64Array, n: number, toler: number): number {
  let maxDiag = 0;
  for (let i = 0; i < n; i++) {
    if (m[i * n + i] > maxDiag) maxDiag = m[i * n + i];
    for (let j = i + 1; j < n; j++) m[j * n + i] = m[i * n + j];
  }
  if (maxDiag === 0) return 0;
  const eps = maxDiag * toler;
  let rank = 0;
  let nonneg = 1;
  for (let i = 0; i < n; i++) {
    const pivot = m[i * n + i];
    if (!Number.isFinite(pivot) || pivot < eps) {
      m[i * n + i] = 0;
      if (pivot < -8 * eps) nonneg = -1;
      continue;
    }
    rank++;
    for (let j = i + 1; j < n; j++) {
      const f = m[j * n + i] / pivot;
      m[j * n + i] = f;
      m[j * n + j] -= f * f * pivot;
      for (let k = j + 1; k < n; k++) m[k * n + j] -= f * m[k * n + i];
    }
  }
  return rank * nonneg;
}
