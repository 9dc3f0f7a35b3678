import { InputError } from "../checkInput";

export type PAdjustMethod = "holm" | "bonferroni" | "BH" | "none";

/**
 * Multiple-testing adjustment of p-values, as R's p.adjust(p, method) with n = p.length.
 *  - "bonferroni": min(1, n p_i).
 *  - "holm": with p sorted ascending, p_(i) -> max over j <= i of min(1, (n - j + 1) p_(j)) (step-down).
 *  - "BH": with p sorted descending, p_(i) -> min over j <= i of min(1, n / rank_j p_(j)), rank_j the
 *    ascending rank (step-up; Benjamini & Hochberg 1995).
 *  - "none": p unchanged.
 * Ties in p keep R's order (stable sort), so tied p-values get R's adjusted values.
 * References: Holm (1979), Scand J Stat 6:65–70; Benjamini & Hochberg (1995), JRSS-B 57:289–300.
 */
export function pAdjust(p: ArrayLike<number>, method: PAdjustMethod = "holm"): number[] {
  const n = p.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    if (!(p[i] >= 0 && p[i] <= 1)) throw new InputError(`p[${i}] = ${p[i]}: a p-value must lie in [0, 1]`);
  }
  if (method === "none") return Array.from(p);
  if (method === "bonferroni") return Array.from(p, (v) => Math.min(1, n * v));
  const idx = Array.from({ length: n }, (_, i) => i);
  if (method === "holm") {
    idx.sort((a, b) => p[a] - p[b]);
    let run = 0;
    for (let r = 0; r < n; r++) {
      run = Math.max(run, (n - r) * p[idx[r]]);
      out[idx[r]] = Math.min(1, run);
    }
    return out;
  }
  if (method === "BH") {
    idx.sort((a, b) => p[b] - p[a]);
    let run = Infinity;
    for (let r = 0; r < n; r++) {
      run = Math.min(run, (n / (n - r)) * p[idx[r]]);
      out[idx[r]] = Math.min(1, run);
    }
    return out;
  }
  throw new InputError(`pAdjust = ${JSON.stringify(method)}: must be one of "holm", "bonferroni", "BH", "none"`);
}
