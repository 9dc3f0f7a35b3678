import { luSolve } from "../math/luSolve";

/**
 * cox.zph's scaled Schoenfeld residuals (its y) and their variance matrix (its var), from the
 * raw residuals of the zph kernels.
 *
 * Inputs: schoen (nEvent x p, row-major, rows grouped by stratum in increasing stratum code,
 * `rowStratum` giving each row's stratum); i0 = the p x p information matrix (lower triangle);
 * used[s * p + j] = events of stratum s if column j varies within it, else 0; the term groups.
 * Rules (survival 3.x): within a multi-column term a 0 in `used` is replaced by the term's
 * maximum; w_ij = sum_s min(used_sj, used_si); vmean = i0 / w (w = 0 read as 1). With T the
 * p x terms matrix (1 for a one-column term, the coefficients for a multi-column term), the
 * residuals become schoen T and vmean becomes T' vmean T. In each stratum the terms k with
 * used > 0 are scaled, r_k <- solve(vmean[k, k], r_k), the other terms become NaN (R's NA);
 * finally y = r + coef (one-column terms) or r + 1 (multi-column terms).
 * variance = solve(vmean) over the terms (NaN if singular). A stratum in which no term varies
 * keeps NaN rows (R misaligns its rows in that case).
 */
export function zphScaledResiduals(
  schoen: Float64Array,
  nEvent: number,
  p: number,
  rowStratum: Int32Array,
  nStrata: number,
  i0: Float64Array,
  used: Int32Array,
  groups: { idx: number[] }[],
  coef: Float64Array,
): { residuals: Float64Array[]; variance: number[][] } {
  const nt = groups.length;
  for (const g of groups) {
    if (g.idx.length < 2) continue;
    for (let s = 0; s < nStrata; s++) {
      let mx = 0;
      let anyZero = false;
      for (const j of g.idx) {
        mx = Math.max(mx, used[s * p + j]);
        if (used[s * p + j] === 0) anyZero = true;
      }
      if (anyZero) for (const j of g.idx) used[s * p + j] = mx;
    }
  }
  const vm = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let w = 0;
      for (let s = 0; s < nStrata; s++) w += Math.min(used[s * p + i], used[s * p + j]);
      vm[i * p + j] = vm[j * p + i] = i0[i * p + j] / (w === 0 ? 1 : w);
    }
  }
  const T = new Float64Array(p * nt);
  groups.forEach((g, t) => {
    for (const j of g.idx) T[j * nt + t] = g.idx.length === 1 ? 1 : coef[j];
  });
  const vt = new Float64Array(nt * nt);
  for (let a = 0; a < nt; a++) {
    for (let b = 0; b < nt; b++) {
      let s = 0;
      for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) s += T[i * nt + a] * vm[i * p + j] * T[j * nt + b];
      vt[a * nt + b] = s;
    }
  }
  const residuals = groups.map(() => new Float64Array(nEvent).fill(NaN));
  const r = new Float64Array(nt);
  for (let s = 0; s < nStrata; s++) {
    const k: number[] = [];
    groups.forEach((g, t) => {
      if (used[s * p + g.idx[0]] > 0) k.push(t);
    });
    if (k.length === 0) continue;
    const sub = new Float64Array(k.length * k.length);
    k.forEach((a, ia) => k.forEach((b, ib) => (sub[ia * k.length + ib] = vt[a * nt + b])));
    const inv = inverse(sub, k.length);
    for (let row = 0; row < nEvent; row++) {
      if (rowStratum[row] !== s) continue;
      for (let t = 0; t < nt; t++) {
        let v = 0;
        for (const j of groups[t].idx) v += schoen[row * p + j] * T[j * nt + t];
        r[t] = v;
      }
      k.forEach((t, ia) => {
        let v = 0;
        k.forEach((t2, ib) => (v += inv[ia * k.length + ib] * r[t2]));
        residuals[t][row] = v;
      });
    }
  }
  groups.forEach((g, t) => {
    const add = g.idx.length === 1 ? coef[g.idx[0]] : 1;
    for (let row = 0; row < nEvent; row++) residuals[t][row] += add;
  });
  const vinv = inverse(vt, nt);
  const variance = Array.from({ length: nt }, (_, a) => Array.from(vinv.subarray(a * nt, (a + 1) * nt)));
  return { residuals, variance };
}

/** Inverse of an m x m row-major matrix by LU solves of the unit vectors; all NaN when singular. */
function inverse(a: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  const e = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    e.fill(0);
    e[j] = 1;
    const col = luSolve(a, e, m);
    if (col === null) return out.fill(NaN);
    for (let i = 0; i < m; i++) out[i * m + j] = col[i];
  }
  return out;
}
