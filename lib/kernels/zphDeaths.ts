import type { ZphWork } from "./zphWork";

/**
 * The tied-death step of the cox.zph kernels: moves the nd deaths at one time (held in a2,
 * cmat2, denom2 of `w`) into the risk-set sums and adds this time's terms, with time weight g:
 *   Breslow (or nd = 1): one term with the full risk set,
 *     xbar = a / denom, v = cmat / denom - xbar xbar',  u -= g nd xbar,  I_k += g^k nd v
 *   Efron: nd terms, the deaths entering in steps of 1/nd (the k-th term uses
 *     a + (k/nd) a2 and denom + (k/nd) denom2, k = 1..nd), each with weight 1;
 *     the Schoenfeld mean is the average of the nd partial means.
 * Each death's Schoenfeld row (slots first .. first + nd - 1) becomes x - xbar.
 * Preconditions: nd >= 1; unit case weights; lower triangles of cmat, cmat2 filled.
 * Reference: survival's C routines zph1.c / zph2.c (survival 3.x); Efron (1977) JASA 72:557–565.
 */
export function zphDeaths(w: ZphWork, nd: number, g: number, efron: boolean, first: number): void {
  const p = w.p;
  const { a, a2, cmat, cmat2, u, i0, i1, i2, schoen } = w;
  if (!efron || nd === 1) {
    w.denom += w.denom2;
    for (let i = 0; i < p; i++) {
      a[i] += a2[i];
      const mean = a[i] / w.denom;
      u[i] -= g * nd * mean;
      for (let j = 0; j <= i; j++) {
        cmat[i * p + j] += cmat2[i * p + j];
        const v = (nd * (cmat[i * p + j] - mean * a[j])) / w.denom;
        i0[i * p + j] += v;
        i1[i * p + j] += v * g;
        i2[i * p + j] += v * g * g;
      }
      for (let k = 0; k < nd; k++) schoen[(first + k) * p + i] -= mean;
    }
  } else {
    for (let i = 0; i < p; i++) {
      let tmean = 0;
      for (let k = 0; k < nd; k++) {
        const f = (k + 1) / nd;
        tmean += (a[i] + a2[i] * f) / (w.denom + w.denom2 * f);
      }
      for (let k = 0; k < nd; k++) schoen[(first + k) * p + i] -= tmean / nd;
    }
    for (let k = 0; k < nd; k++) {
      w.denom += w.denom2 / nd;
      for (let i = 0; i < p; i++) {
        a[i] += a2[i] / nd;
        const mean = a[i] / w.denom;
        u[i] -= g * mean;
        for (let j = 0; j <= i; j++) {
          cmat[i * p + j] += cmat2[i * p + j] / nd;
          const v = (cmat[i * p + j] - mean * a[j]) / w.denom;
          i0[i * p + j] += v;
          i1[i * p + j] += g * v;
          i2[i * p + j] += g * g * v;
        }
      }
    }
  }
  a2.fill(0);
  cmat2.fill(0);
  w.denom2 = 0;
}
