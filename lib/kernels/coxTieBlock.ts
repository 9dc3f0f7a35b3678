import type { CoxWork } from "./coxWork";

/**
 * Adds the `nd` events tied at one time to the score, information and log partial likelihood,
 * once the risk-set sums hold everyone at risk except those events: w.denom = sum r, w.a = sum r x,
 * w.cmat = sum r x x' (lower triangle) over the others, and `denom2`, w.a2, w.cmat2 the same sums
 * over the tied events (r = exp(eta), unit case weights). The events' own x and eta are already
 * in w.u and the log-likelihood.
 *
 * Breslow (or a single event), with D, A, C the sums over the whole risk set:
 *   loglik -= d log D,  u -= d A/D,  I += d (C/D - A A'/D^2).
 * Efron: d terms k = 0..d-1 in which the tied events count with weight c_k = (k+1)/d,
 *   D_k = D0 + c_k D2,  A_k = A0 + c_k A2,  C_k = C0 + c_k C2:
 *   loglik -= sum log D_k,  u -= sum A_k/D_k,  I += sum (C_k/D_k - A_k A_k'/D_k^2),
 * gathered through the scalar sums of 1/D_k, c_k/D_k, 1/D_k^2, c_k/D_k^2, c_k^2/D_k^2 so the
 * cost is O(d + p^2) per time rather than O(d p^2) (same terms as R's loop, summed in another order).
 *
 * On exit w.denom, w.a, w.cmat include the events; w.a2, w.cmat2 are zeroed for the next time.
 * Adds to the upper triangle of w.imat (w.imat[j * p + i], j <= i). Returns the amount to
 * subtract from the log-likelihood. Reference: Efron (1977) JASA 72:557-565; Breslow (1974)
 * Biometrics 30:89-99; R: survival coxfit6.c / agfit4.c.
 */
export function coxTieBlock(w: CoxWork, nd: number, denom2: number, efron: boolean): number {
  const p = w.p;
  const { u, imat, a, a2, cmat, cmat2 } = w;
  const denom0 = w.denom;
  let drop: number;
  if (!efron || nd === 1) {
    const denom = denom0 + denom2;
    drop = nd * Math.log(denom);
    for (let i = 0; i < p; i++) a[i] += a2[i];
    for (let i = 0; i < p; i++) {
      const mi = a[i] / denom;
      u[i] -= nd * mi;
      const row = i * p;
      for (let j = 0; j <= i; j++) {
        const c = cmat[row + j] + cmat2[row + j];
        cmat[row + j] = c;
        imat[j * p + i] += (nd * (c - mi * a[j])) / denom;
      }
    }
    w.denom = denom;
  } else {
    drop = 0;
    let s1 = 0, s2 = 0, t0 = 0, t1 = 0, t2 = 0;
    for (let k = 0; k < nd; k++) {
      const c = (k + 1) / nd;
      const d = denom0 + c * denom2;
      drop += Math.log(d);
      const inv = 1 / d;
      const inv2 = inv * inv;
      s1 += inv;
      s2 += c * inv;
      t0 += inv2;
      t1 += c * inv2;
      t2 += c * c * inv2;
    }
    for (let i = 0; i < p; i++) {
      const ai = a[i], bi = a2[i];
      u[i] -= ai * s1 + bi * s2;
      const row = i * p;
      for (let j = 0; j <= i; j++) {
        const aj = a[j], bj = a2[j];
        imat[j * p + i] += cmat[row + j] * s1 + cmat2[row + j] * s2 - (ai * aj * t0 + (ai * bj + bi * aj) * t1 + bi * bj * t2);
        cmat[row + j] += cmat2[row + j];
      }
    }
    for (let i = 0; i < p; i++) a[i] += a2[i];
    w.denom = denom0 + denom2;
  }
  a2.fill(0);
  cmat2.fill(0);
  return drop;
}
