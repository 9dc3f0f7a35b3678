/**
 * A term of a simulated proportional-hazards model, coded exactly as the data layer codes it:
 * `column` is a schema field or a derived variable (lib/data/deriveVariables.ts); with `level`
 * the term is the indicator column == level against `reference`; otherwise the term is the
 * column's numeric value (0/1 flags, age_decades = age / 10).
 */
export interface TruthTerm {
  term: string;
  column: string;
  level?: string;
  reference?: string;
  logHR: number;
}

/** A treatment acting from its start day: covariate 0 up to the start day, 1 after it. */
export interface TimeDependentTerm {
  term: string;
  flag: string;
  startDay: string;
  logHR: number;
}

/** A Weibull baseline: cumulative hazard H0(t) = (t / scale)^shape, t in days from LM diagnosis. */
export interface WeibullBaseline {
  shape: number;
  scale: number;
}

const tumour = (level: string, logHR: number): TruthTerm => ({ term: `primary_tumor=${level}`, column: "primary_tumor", level, reference: "nsclc", logHR });

/**
 * The data-generating model of simulateCohort, the "truth" written to data/truth.json.
 * Death: cause-specific hazard h(t | x) = h0(t) exp(sum beta x + sum gamma 1{t > start day}),
 * Weibull h0. Neurological progression: its own cause-specific Weibull hazard with baseline
 * covariates only (death is a competing risk; progression does not change the death hazard).
 * The log hazard ratios are conditional on every term listed (baseline and time-dependent),
 * so a fit recovers them only with all terms in the model and the treatments as time-dependent
 * covariates (start-stop data split at the start days), complete cases.
 */
export const simulationTruth = {
  death: {
    baseline: { shape: 0.9, scale: 260 } as WeibullBaseline,
    terms: [
      { term: "kps_ge70", column: "kps_ge70", logHR: -0.6 },
      { term: "age_decades", column: "age_decades", logHR: 0.12 },
      tumour("sclc", 0.5),
      tumour("breast", -0.1),
      tumour("gastrointestinal", 0.45),
      tumour("melanoma", 0.6),
      tumour("other", 0.3),
      { term: "egfr_mutant_nsclc", column: "egfr_mutant_nsclc", logHR: -0.35 },
      { term: "alk_positive_nsclc", column: "alk_positive_nsclc", logHR: -0.4 },
      { term: "her2_positive_breast", column: "her2_positive_breast", logHR: -0.45 },
      { term: "extracranial_progressive", column: "extracranial_progressive", logHR: 0.4 },
      { term: "brain_mets", column: "brain_mets", logHR: 0.2 },
      { term: "hydrocephalus", column: "hydrocephalus", logHR: 0.35 },
      { term: "gfr_lt60", column: "gfr_lt60", logHR: 0.3 },
      { term: "hdl_low", column: "hdl_low", logHR: 0.25 },
    ] as TruthTerm[],
    timeDependent: [
      { term: "it_chemo(t)", flag: "it_chemo", startDay: "it_chemo_start_day", logHR: -0.35 },
      { term: "targeted(t)", flag: "targeted", startDay: "targeted_start_day", logHR: -0.7 },
      { term: "radiotherapy(t)", flag: "radiotherapy", startDay: "radiotherapy_start_day", logHR: -0.15 },
      { term: "systemic_chemo(t)", flag: "systemic_chemo", startDay: "systemic_chemo_start_day", logHR: -0.25 },
      { term: "immunotherapy(t)", flag: "immunotherapy", startDay: "immunotherapy_start_day", logHR: -0.2 },
    ] as TimeDependentTerm[],
  },
  progression: {
    baseline: { shape: 1.0, scale: 420 } as WeibullBaseline,
    terms: [
      { term: "kps_ge70", column: "kps_ge70", logHR: -0.4 },
      { term: "hydrocephalus", column: "hydrocephalus", logHR: 0.5 },
      { term: "brain_mets", column: "brain_mets", logHR: 0.25 },
      { term: "extracranial_progressive", column: "extracranial_progressive", logHR: 0.2 },
    ] as TruthTerm[],
  },
  censoring: {
    /** LM diagnosis dates: uniform within each year, January 2014 to 31 August 2024. */
    accrualEnd: "2024-08-31",
    /** Administrative end of follow-up. */
    followUpEnd: "2025-06-30",
    /** Loss to follow-up: exponential, rate per day (about 7% a year). */
    lossRatePerDay: 0.0002,
  },
  /** os_days = ceil(min(T, C)); treatment start days are whole days >= 1 and the hazard switches there. */
  discretisation: "os_days = ceil(min(T, C)) and neuro_prog_days = ceil(P) for continuous T, C, P in days; start days are integers >= 1, so a treatment started on day s is received iff s < min(T, C) and then s < os_days",
};
