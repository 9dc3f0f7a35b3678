import type { CoxWork } from "./coxWork";

/**
 * Adds the `nd` events tied at one time to the score, information and log partial likelihood,
 * once the risk-set sums hold everyone at risk except those events: w.denom = sum r, w.a = sum r x,
 * w.cmat = sum r x x' (lower triangle) over the others, and `denom2`, w.a2, w.cmat2 the same sums
 * over the tied events (r = exp(eta), unit case weights). The events' own x and eta are already
 * in w.u and the log-likelihood.
 *
 * Breslow (or a single event): the risk set counts every event fully,
 *   loglik -= d log D,  u -= d A/D,  I += d (C/D - (A/D)(A/D)').
 * Efron: the k-th of the d terms (k = 0..d-1) counts the tied events with weight (k+1)/d ... as R
 * builds it, adding denom2/d, a2/d, cmat2/d before each term and using weight 1 per term.
 *
 * On exit w.denom, w.a, w.cmat include the events; w.a2, w.cmat2 are zeroed for the next time.
 * Writes the upper triangle of w.imat (w.imat[j * p + i], j <= i). Returns the amount to subtract
 * from the log-likelihood. Reference: Efron (1977), JASA 72:557-565; Breslow (1974);
 * R: survival coxfit6.c / agfit4.c.
 */
export function coxTieBlock(w: CoxWork, nd: number, denom2: number, efron: boolean): number {
  const p = w.p;
  const { u, imat, a, a2, cmat, cmat2 } = w;
  let denom = w.denom;
  let drop = 0;
  const terms = efron && nd > 1 ? nd : 1;
  const frac = terms === 1 ? 1 : 1 / nd;
  const weight = terms === 1 ? nd : 1;
  for (let k = 0; k < terms; k++) {
    denom += denom2 * frac;
    drop += weight * Math.log(denom);
    for (let i = 0; i < p; i++) a[i] += a2[i] * frac;
    for (let i = 0; i < p; i++) {
      const mi = a[i] / denom;
      u[i] -= weight * mi;
      const row = i * p;
      for (let j = 0; j <= i; j++) {
        cmat[row + j] += cmat2[row + j] * frac;
        imat[j * p + i] += (weight * (cmat[row + j] - mi * a[j])) / denom;
      }
    }
  }
  w.denom = denom;
  a2.fill(0);
  cmat2.fill(0);
  return drop;
}
