import type { CoxFit } from "../survival/CoxFit";
import { figureDefaults } from "./figureDefaults";
import { numberFormat } from "./numberFormat";
import { pValueText } from "./pValueText";

/** The parts of a Cox fit a footnote reports. */
export type ModelSummaryLike = Pick<CoxFit, "n" | "events" | "terms" | "aliased" | "concordance" | "lrTest" | "waldTest" | "scoreTest">;

const TEST_NAMES = { lr: "likelihood-ratio test", wald: "Wald test", score: "score (log-rank) test" };

/**
 * One sentence describing a Cox model, every number from the fit:
 * "Multivariable model: n = 137, events = 128; 6 coefficients, 21.3 events per coefficient;
 * concordance 0.74 (SE 0.02); likelihood-ratio test: χ² = 62.10, df = 6, p < 0.001."
 * Events per coefficient counts the estimated (non-aliased) coefficients.
 * `fit.n` counts the rows of the fit, which for a counting-process (start, stop] model are split
 * intervals: pass `patients` to report the number of patients instead ("n = 137 patients (412 intervals)"
 * when the two differ).
 */
export function modelFootnote(
  model: ModelSummaryLike,
  options: { globalTest?: "lr" | "wald" | "score"; suppressBelow?: number; label?: string; patients?: number } = {},
): string {
  const which = options.globalTest ?? figureDefaults.globalTest;
  const test = which === "lr" ? model.lrTest : which === "wald" ? model.waldTest : model.scoreTest;
  const k = model.aliased.filter((a) => !a).length;
  const suppress = options.suppressBelow ?? figureDefaults.suppressBelow;
  const epv = k > 0 ? (model.events / k).toFixed(1) : numberFormat.missing;
  const c = model.concordance;
  const p = options.patients;
  const nText = p === undefined
    ? numberFormat.count(model.n, suppress)
    : p === model.n
      ? numberFormat.count(p, suppress)
      : `${numberFormat.count(p, suppress)} patients (${numberFormat.count(model.n, suppress)} intervals)`;
  return (
    `${options.label ?? "Multivariable model"}: n = ${nText}, events = ${numberFormat.count(model.events, suppress)}; ` +
    `${k} coefficient${k === 1 ? "" : "s"}, ${epv} events per coefficient; ` +
    `concordance ${numberFormat.fixed(c.estimate, 2)} (SE ${numberFormat.fixed(c.stdErr, 2)}); ` +
    `${pValueText({ test: TEST_NAMES[which], chisq: test.stat, df: test.df, p: test.p })}.`
  );
}
