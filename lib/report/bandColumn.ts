/**
 * Cuts a numeric column into labelled bands: x < cuts[0] -> labels[0], cuts[0] <= x < cuts[1] ->
 * labels[1], ..., x >= last cut -> last label; missing (NaN) -> "" (missing for every lib
 * routine). Used for pre-specified groupings such as the era of diagnosis (lm_year < 2019 vs
 * >= 2019) or clinical categories of a laboratory value; never for cut-points chosen from the
 * outcome.
 */
export function bandColumn(values: ArrayLike<number>, cuts: readonly number[], labels: readonly string[]): string[] {
  if (labels.length !== cuts.length + 1) throw new Error(`bandColumn: ${cuts.length} cut(s) need ${cuts.length + 1} labels, got ${labels.length}`);
  for (let k = 1; k < cuts.length; k++) if (!(cuts[k] > cuts[k - 1])) throw new Error("bandColumn: cuts must increase");
  return Array.from(values, (x) => {
    if (typeof x !== "number" || Number.isNaN(x)) return "";
    let k = 0;
    while (k < cuts.length && x >= cuts[k]) k++;
    return labels[k];
  });
}
