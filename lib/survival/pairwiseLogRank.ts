import { InputError, Label, checkEvent, checkLengths, checkTime, groupCodes } from "../checkInput";
import { defaults } from "../defaults";
import { PAdjustMethod, pAdjust } from "../math/pAdjust";
import { logRank } from "./logRank";
import { LogRankInput } from "./logRankSums";

export interface PairwiseLogRankOptions extends LogRankInput {
  /** p.adjust method over all pairs: "holm" (default), "bonferroni", "BH" or "none". */
  pAdjust?: PAdjustMethod;
}

export interface PairwiseLogRankRow {
  group1: Label;
  group2: Label;
  chisq: number;
  p: number;
  pAdjusted: number;
}

const METHODS: readonly string[] = ["holm", "bonferroni", "BH", "none"];

/**
 * Pairwise (weighted) log-rank tests: for every pair of group levels a < b (level order), the
 * test of logRank on the rows of those two groups only (strata, rho, timefix as given), then the
 * p-values adjusted together over all k(k-1)/2 pairs with pAdjust (R's p.adjust).
 * Each row: chisq on (usually) 1 df, its p, and the adjusted p. Rows come in the order
 * (1,2), (1,3), ..., (1,k), (2,3), ..., (k-1,k). Ties, weights and defaults as logRank;
 * pAdjust defaults to "holm".
 * R (as survminer::pairwise_survdiff): for each pair, survdiff(Surv(time, event) ~ group +
 *   strata(s), data = subset(d, group %in% c(a, b)), rho = rho); then p.adjust(p, method = "holm").
 * Reference: Holm (1979), Scand J Stat 6:65–70; Harrington & Fleming (1982).
 */
export function pairwiseLogRank(options: PairwiseLogRankOptions): PairwiseLogRankRow[] {
  const method = options.pAdjust === undefined ? defaults.pAdjust : options.pAdjust;
  if (!METHODS.includes(method)) {
    throw new InputError(`pAdjust = ${JSON.stringify(method)}: must be one of "holm", "bonferroni", "BH", "none"`);
  }
  // Check everything on the full data first, so messages carry the caller's row indices.
  checkLengths({ time: options.time, event: options.event, group: options.group, strata: options.strata });
  checkTime("time", options.time);
  checkEvent("event", options.event);
  const { codes, levels } = groupCodes("group", options.group, options.levels);
  if (levels.length < 2) {
    throw new InputError(`group: only one level (${JSON.stringify(levels[0])}); a log-rank test needs at least two groups`);
  }
  if (options.strata !== undefined) groupCodes("strata", options.strata);

  const rows: PairwiseLogRankRow[] = [];
  for (let a = 0; a < levels.length - 1; a++) {
    for (let b = a + 1; b < levels.length; b++) {
      const idx: number[] = [];
      for (let i = 0; i < codes.length; i++) if (codes[i] === a || codes[i] === b) idx.push(i);
      const pick = <T>(col: ArrayLike<T>): T[] => idx.map((i) => col[i]);
      const fit = logRank({
        time: pick(options.time),
        event: pick(options.event),
        group: pick(options.group),
        strata: options.strata === undefined ? undefined : pick(options.strata),
        rho: options.rho,
        levels: [levels[a], levels[b]],
        timefix: options.timefix,
      });
      rows.push({ group1: levels[a], group2: levels[b], chisq: fit.chisq, p: fit.p, pAdjusted: NaN });
    }
  }
  const adjusted = pAdjust(rows.map((r) => r.p), method);
  rows.forEach((r, i) => (r.pAdjusted = adjusted[i]));
  return rows;
}
