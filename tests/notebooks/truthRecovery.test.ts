/**
 * The notebooks' analyses recover the documented truth (data/truth.json) on a large cohort drawn
 * from the same generator (simulateCohort, fixed seed), loaded through the same path as the
 * notebooks (CSV -> loadCohort: validation and deriveVariables):
 *  - 07-prognostic-model and 05-treatment: the pre-specified Cox model (prognosticModel) with
 *    the treatments as time-dependent covariates (treatmentModels().timeDependent) recovers every
 *    true log hazard ratio, baseline and treatment terms alike;
 *  - 05-treatment: the naive "ever vs never treated" model (treatmentModels().naive) is biased
 *    towards benefit, as immortal time predicts;
 *  - 08-neurological-progression: the cause-specific Cox model of progression (multivariableCox
 *    with eventCode 1) recovers the progression hazard ratios.
 * Tolerance per term: |estimate - truth| < 3.5 SE and < 0.1 on the log scale. The seed is the
 * bundled cohort's seed (20240831), fixed in advance; at n = 20,000 the SEs of the rarest terms
 * (ALK, HER2, melanoma: 0.05-0.065) make 0.1 about 1.6-2 SE for them, so that bound is the
 * binding one there and 3.5 SE elsewhere.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCohort, type Cohort } from "../../lib/data/loadCohort";
import { simulateCohort } from "../../lib/data/simulateCohort";
import { writeCohort } from "../../lib/data/writeCohort";
import { multivariableCox, termSpec } from "../../lib/report/coxForest";
import { prognosticModel } from "../../lib/report/prognosticModel";
import { treatmentModels, type TreatmentModels } from "../../lib/report/treatmentModels";
import type { CoxFit } from "../../lib/survival/CoxFit";

interface TruthTerm { term: string; logHR: number; flag?: string }
const truth = JSON.parse(readFileSync(join(__dirname, "../../data/truth.json"), "utf8")) as {
  death: { terms: TruthTerm[]; timeDependent: TruthTerm[] };
  progression: { terms: TruthTerm[] };
};

const N = 20000;
const SEED = 20240831;
const MAX_SE = 3.5;
const MAX_ABS = 0.1;

let dir: string;
let cohort: Cohort;
let models: TreatmentModels;

/** Terms of `fit` that miss the truth: |coef - truth| >= 3.5 SE or >= 0.1. */
function misses(fit: CoxFit, terms: readonly TruthTerm[]): string[] {
  return terms.flatMap((t) => {
    const i = fit.terms.indexOf(t.term);
    if (i < 0) return [`${t.term}: not in the model`];
    const d = fit.coef[i] - t.logHR;
    return Math.abs(d) < MAX_SE * fit.se[i] && Math.abs(d) < MAX_ABS
      ? []
      : [`${t.term}: estimate ${fit.coef[i].toFixed(3)}, truth ${t.logHR}, difference ${d.toFixed(3)} = ${(d / fit.se[i]).toFixed(2)} SE`];
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lm-truth-"));
  const file = join(dir, "cohort.csv");
  writeCohort(file, simulateCohort({ n: N, seed: SEED }));
  cohort = await loadCohort(file);
  const spec = prognosticModel(cohort.schema);
  models = treatmentModels({
    columns: cohort.columns,
    time: "os_days", event: "vital_status", baseline: spec.baseline.map(termSpec), treatments: spec.treatments,
  });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`truth recovery on simulateCohort({ n: ${N}, seed: ${SEED} })`, () => {
  it("the pre-specified model has exactly the terms of data/truth.json, in its order", () => {
    expect(models.timeDependent.terms).toEqual([...truth.death.terms, ...truth.death.timeDependent].map((t) => t.term));
    expect(models.timeDependent.converged).toBe(true);
    // Complete cases: a realistic share is dropped, and the rest is large enough to test tightly.
    expect(models.n).toBeGreaterThan(0.5 * N);
    expect(models.n + models.droppedMissingCovariate + models.droppedMissingStart + models.droppedZeroTime).toBe(N);
  });

  it("every baseline log hazard ratio of the prognostic model is recovered (time-dependent treatments in the model)", () => {
    expect(misses(models.timeDependent, truth.death.terms)).toEqual([]);
  });

  it("the time-dependent treatment terms are unbiased", () => {
    expect(misses(models.timeDependent, truth.death.timeDependent)).toEqual([]);
  });

  it("the naive ever-vs-never grouping is biased towards benefit (immortal time), clearly below the truth", () => {
    for (const t of truth.death.timeDependent) {
      const i = models.naive.terms.indexOf(t.flag as string);
      const j = models.timeDependent.terms.indexOf(t.term);
      const naive = models.naive.coef[i];
      // Below the truth by more than 3.5 of its own SEs, and below the time-dependent estimate.
      expect(naive - t.logHR, `${t.flag}: naive ${naive.toFixed(3)} vs truth ${t.logHR}`).toBeLessThan(-MAX_SE * models.naive.se[i]);
      expect(naive).toBeLessThan(models.timeDependent.coef[j]);
    }
  });

  it("the cause-specific Cox model of neurological progression recovers its log hazard ratios", () => {
    const variables = truth.progression.terms.map((t) => ({ column: t.term, label: t.term }));
    const { fit } = multivariableCox(cohort.columns, variables, { time: "nprog_time", event: "nprog_status", eventCode: 1 });
    expect(fit.terms).toEqual(truth.progression.terms.map((t) => t.term));
    expect(misses(fit, truth.progression.terms)).toEqual([]);
  });
});
