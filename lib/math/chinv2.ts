/**
 * Inverse of C = F D F' from its generalized Cholesky factor (cholesky2). On exit the upper
 * triangle and diagonal of `m` (n x n, row-major) hold C^-1 (the lower triangle holds F^-1);
 * rows/columns with a zero pivot (aliased) are zero: the generalized inverse that R reports as
 * the variance of a Cox fit, with zero variance for NA coefficients.
 * Note: like R, this reads only the diagonal and the strict lower triangle.
 * Reference: R survival:::chinv2 (C); Therneau & Grambsch (2000), section 3.3.
 */
export function chinv2(m: Float64Array, n: number): void {
  // invert F in place (unit lower triangular), and D on the diagonal
  for (let i = 0; i < n; i++) {
    if (m[i * n + i] > 0) {
      m[i * n + i] = 1 / m[i * n + i];
      for (let j = i + 1; j < n; j++) {
        m[j * n + i] = -m[j * n + i];
        for (let k = 0; k < i; k++) m[j * n + k] += m[j * n + i] * m[i * n + k];
      }
    }
  }
  // C^-1 = F^-T D^-1 F^-1, written to the upper triangle
  for (let i = 0; i < n; i++) {
    if (m[i * n + i] === 0) {
      for (let j = 0; j < i; j++) m[j * n + i] = 0;
      for (let j = i; j < n; j++) m[i * n + j] = 0;
      continue;
    }
    for (let j = i + 1; j < n; j++) {
      const t = m[j * n + i] * m[j * n + j];
      m[i * n + j] = t;
      for (let k = i; k < j; k++) m[i * n + k] += t * m[j * n + k];
    }
  }
}
