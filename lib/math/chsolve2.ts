/**
 * Solves C b = y given the generalized Cholesky factor C = F D F' from cholesky2 (lower
 * triangle and diagonal of `m`, n x n row-major). `y` is overwritten with b. Components whose
 * pivot D[i] is 0 (aliased columns) get b[i] = 0, so the solution is the one with the aliased
 * coefficients held at zero — R's chsolve2 convention.
 * Reference: R survival:::chsolve2 (C); Therneau & Grambsch (2000), section 3.3.
 */
export function chsolve2(m: Float64Array, n: number, y: Float64Array): void {
  // forward: F z = y
  for (let i = 0; i < n; i++) {
    let s = y[i];
    for (let j = 0; j < i; j++) s -= y[j] * m[i * n + j];
    y[i] = s;
  }
  // backward: D F' b = z
  for (let i = n - 1; i >= 0; i--) {
    const d = m[i * n + i];
    if (d === 0) {
      y[i] = 0;
      continue;
    }
    let s = y[i] / d;
    for (let j = i + 1; j < n; j++) s -= y[j] * m[j * n + i];
    y[i] = s;
  }
}
