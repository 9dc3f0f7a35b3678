import { InputError } from "../checkInput";
import { pchisq } from "../math/pchisq";
import { averageRanks } from "./rank";

/**
 * Kruskal–Wallis rank-sum test that k samples come from the same distribution.
 * With average ranks R_i over all N values, group sizes n_g and rank sums T_g:
 *   H = (12 / (N (N + 1)) sum T_g^2 / n_g - 3 (N + 1)) / (1 - sum(t^3 - t) / (N^3 - N)),
 * t the tie-group sizes; df = k - 1 (k = groups with at least one value);
 * p = P(chi2_df >= H). With two groups this is the Wilcoxon rank-sum test by its normal
 * approximation without continuity correction.
 *
 * R: kruskal.test(values, groups)
 * Reference: Kruskal WH, Wallis WA (1952) JASA 47:583–621.
 */
export function kruskalTest(samples: readonly (ArrayLike<number>)[]): { statistic: number; df: number; p: number } {
  const groups = samples.filter((s) => s.length > 0);
  if (groups.length < 2) throw new InputError("kruskalTest: needs at least two non-empty groups");
  const all: number[] = [];
  for (const g of groups) for (let i = 0; i < g.length; i++) {
    if (!Number.isFinite(g[i])) throw new InputError(`kruskalTest: value ${g[i]} is not a finite number`);
    all.push(g[i]);
  }
  const n = all.length;
  const { ranks, tieSizes } = averageRanks(all);
  let sum = 0;
  let offset = 0;
  for (const g of groups) {
    let t = 0;
    for (let i = 0; i < g.length; i++) t += ranks[offset + i];
    sum += (t * t) / g.length;
    offset += g.length;
  }
  const ties = tieSizes.reduce((a, t) => a + t * t * t - t, 0);
  const statistic = ((12 * sum) / (n * (n + 1)) - 3 * (n + 1)) / (1 - ties / (n * n * n - n));
  const df = groups.length - 1;
  return { statistic, df, p: pchisq(statistic, df, false) };
}
