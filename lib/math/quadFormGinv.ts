/**
 * Quadratic form b' V^- b for a symmetric non-negative definite V, with V^- the generalized
 * inverse from a tolerance-pivoted LDL' (Cholesky) decomposition, the scheme of survival's
 * cholesky2/chsolve2: a pivot below `toler` times the largest diagonal element is set to 0 and
 * its row is dropped, so a singular V still works and `rank` counts the pivots kept.
 *
 * With V = L D L' (L unit lower triangular) and z = L^{-1} b:  b' V^- b = sum over kept i of z_i^2 / D_i.
 * For a non-singular V this is b' solve(V, b), as R's survdiff computes its chi-square.
 * Default toler = 2.220446e-16^0.75 (coxph.control toler.chol).
 * Reference: Therneau & Grambsch (2000), Modeling Survival Data, section 3.3 (generalized inverse).
 */
export function quadFormGinv(
  v: ArrayLike<ArrayLike<number>>,
  b: ArrayLike<number>,
  toler = Math.pow(2.220446049250313e-16, 0.75),
): { value: number; rank: number } {
  const m = b.length;
  const a: Float64Array[] = [];
  let maxDiag = 0;
  for (let i = 0; i < m; i++) {
    a.push(Float64Array.from(v[i]));
    maxDiag = Math.max(maxDiag, Math.abs(v[i][i]));
  }
  const eps = maxDiag * toler;
  const keep = new Uint8Array(m);
  let rank = 0;
  // In-place LDL': column i below the diagonal becomes L[., i], a[i][i] becomes D_i.
  for (let i = 0; i < m; i++) {
    const pivot = a[i][i];
    if (!(pivot > eps)) {
      a[i][i] = 0;
      continue;
    }
    keep[i] = 1;
    rank++;
    for (let j = i + 1; j < m; j++) {
      const l = a[j][i] / pivot;
      a[j][i] = l;
      for (let k = i + 1; k <= j; k++) a[j][k] -= l * a[k][i] * pivot;
    }
  }
  // Forward substitution z = L^{-1} b, skipping the dropped columns.
  const z = Float64Array.from(b);
  let value = 0;
  for (let i = 0; i < m; i++) {
    if (!keep[i]) continue;
    for (let j = i + 1; j < m; j++) z[j] -= a[j][i] * z[i];
    value += (z[i] * z[i]) / a[i][i];
  }
  return { value, rank };
}
