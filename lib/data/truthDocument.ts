import { cohortSchema } from "./cohortSchema";
import { simulationTruth, TimeDependentTerm, TruthTerm } from "./simulationTruth";

function coding(t: TruthTerm): string {
  if (t.level !== undefined) return `1 when ${t.column} is ${t.level}, 0 for any other level (reference ${t.reference})`;
  const d = cohortSchema().derived.find((x) => x.name === t.column);
  return d ? `derived variable ${t.column}: ${d.definition.split(". An ever-treated")[0]}` : `schema field ${t.column} (0/1)`;
}

const term = (t: TruthTerm) => ({ ...t, hazardRatio: Math.exp(t.logHR), coding: coding(t) });
const tdTerm = (t: TimeDependentTerm) => ({
  ...t,
  hazardRatio: Math.exp(t.logHR),
  coding: `0 from day 0 to ${t.startDay}, 1 after it (t > ${t.startDay}); 0 throughout when ${t.flag} is 0`,
});

/**
 * The content of data/truth.json: the exact data-generating model of simulateCohort for the
 * bundled file (n, seed), with every term's coding in the data layer's terms, so that an
 * estimate can be compared with its true value.
 */
export function truthDocument(options: { n: number; seed: number; file: string }) {
  const t = simulationTruth;
  return {
    description: "True parameters of the synthetic LM cohort: simulateCohort({ n, seed }) in lib/data/simulateCohort.ts. Not patient data.",
    generatedBy: "npx tsx tools/generateCohort.ts",
    file: options.file,
    n: options.n,
    seed: options.seed,
    schemaVersion: cohortSchema().version,
    timeUnit: "days from LM diagnosis",
    death: {
      model: "Proportional hazards: h(t | x) = h0(t) exp(sum(logHR * x) + sum(logHR_k * 1{t > start_k})), treatments acting from their start day",
      baselineHazard: { distribution: "Weibull", cumulativeHazard: "H0(t) = (t / scale)^shape", ...t.death.baseline },
      terms: t.death.terms.map(term),
      timeDependent: t.death.timeDependent.map(tdTerm),
    },
    progression: {
      model: "Cause-specific proportional hazards of neurological progression, death a competing risk; baseline covariates only; progression does not change the death hazard",
      baselineHazard: { distribution: "Weibull", cumulativeHazard: "H0(t) = (t / scale)^shape", ...t.progression.baseline },
      terms: t.progression.terms.map(term),
    },
    censoring: t.censoring,
    discretisation: t.discretisation,
    recovery: "The log hazard ratios are conditional on all terms: fit one Cox model with every death term, the treatments as time-dependent covariates (start-stop rows split at the start days), on complete cases (missing values are MCAR or MAR on covariates). Progression: cause-specific Cox model of nprog_time with nprog_status == 1 as the event (deaths censored). Rounding times up to whole days adds a small grouping bias (ties).",
  };
}
