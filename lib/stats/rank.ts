/**
 * Ranks with ties given their average rank (R's rank(x, ties.method = "average")), and the sizes
 * of the tie groups (R's table(x) restricted to counts), which rank tests use for tie corrections.
 */
export function averageRanks(values: ArrayLike<number>): { ranks: number[]; tieSizes: number[] } {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(n);
  const tieSizes: number[] = [];
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j++;
    const r = (i + 1 + j + 1) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]] = r;
    tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}
