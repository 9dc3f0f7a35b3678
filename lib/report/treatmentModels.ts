import type { CoxFit } from "../survival/CoxFit";
import { coxph } from "../survival/coxph";
import { landmark } from "../survival/landmark";
import { pick, splitAtSwitches } from "../survival/splitAtSwitches";
import { columnsOf, modelMatrix, numbersAt, type ColumnSource, type ModelMatrix, type TermSpec } from "./modelMatrix";

/** A treatment recorded as a 0/1 flag and the day it started (days from time zero). */
export interface TreatmentSpec {
  /** Coefficient name, e.g. "it_chemo(t)" for the time-dependent term. */
  term: string;
  /** 0/1 column: ever received. */
  flag: string;
  /** Start-day column (missing when never received). */
  startDay: string;
}

export interface TreatmentModelsInput {
  columns: ColumnSource;
  /** Follow-up column on the scale of the start days (days), and the 0/1 event column. */
  time: string;
  event: string;
  /** Baseline terms adjusted for in both models (may be empty). */
  baseline: readonly TermSpec[];
  treatments: readonly TreatmentSpec[];
  /** A column to stratify on (a separate baseline hazard per level), e.g. a term failing proportional hazards. */
  strata?: string;
  /**
   * Time-dependent model only: let one term's coefficient change at day `at` (a step-function
   * β(t), the remedy for a term failing proportional hazards that cannot be a stratum): follow-up
   * is also split at `at`, and the term is replaced by `<term> [t ≤ at]` and `<term> [t > at]`
   * (R: survSplit(cut = at) and the term's interaction with the period).
   */
  splitEffect?: { term: string; at: number };
  ties?: "efron" | "breslow";
}

export interface TreatmentModels {
  /** Treatment as a baseline "ever received" flag (term `flag`): immortal-time biased. */
  naive: CoxFit;
  /** Treatment as a time-dependent covariate switching on at its start day (term `term`). */
  timeDependent: CoxFit;
  /** Patients in both fits (the same complete cases). */
  n: number;
  /** Rows considered. */
  total: number;
  /** Dropped: a baseline covariate, time or event missing. */
  droppedMissingCovariate: number;
  /** Dropped: treated but the start day is missing (the switch time is unknown). */
  droppedMissingStart: number;
  /** Dropped: follow-up of 0 days (no interval to split; both models leave them out). */
  droppedZeroTime: number;
  /** Row indices (into the input columns) of the patients fitted. */
  rows: Int32Array;
  /** The baseline design over those patients (term names and codings: modelMatrix). */
  design: ModelMatrix;
  /** Counting-process rows of the time-dependent fit. */
  splitRows: number;
  /** Per treatment term: patients treated among those fitted. */
  treated: Record<string, number>;
}

/**
 * The two ways of putting a treatment that starts after time zero into a Cox model, fitted on
 * the same patients with the same baseline adjustment:
 *  - naive: the treatment as a baseline flag (ever vs never). Treated patients had to survive
 *    until their start day, so their early follow-up is "immortal" and the hazard ratio is
 *    biased towards benefit (Suissa 2008);
 *  - time-dependent: follow-up split at each start day (splitAtSwitches), the treatment
 *    covariate 0 before and 1 after, fitted on (start, stop] rows (R: tmerge + coxph).
 * Complete cases: rows missing a baseline covariate, the time or event, or (when treated) the
 * start day are dropped and counted; rows with zero follow-up are dropped from both (counted).
 */
export function treatmentModels(input: TreatmentModelsInput): TreatmentModels {
  const columns = columnsOf(input.columns);
  const treatments = input.treatments;
  if (treatments.length === 0) throw new Error("treatmentModels: give at least one treatment");
  const mm = modelMatrix(columns, input.baseline, { also: [input.time, input.event, ...treatments.map((t) => t.flag), ...(input.strata ? [input.strata] : [])] });
  const time0 = columns[input.time];
  let droppedMissingStart = 0;
  let droppedZeroTime = 0;
  const keep: number[] = [];
  const keepIdx: number[] = [];
  Array.from(mm.rows).forEach((i, j) => {
    const unknownStart = treatments.some((t) => Number(columns[t.flag][i]) === 1 && Number.isNaN(Number(columns[t.startDay][i])));
    if (unknownStart) { droppedMissingStart++; return; }
    if (!(Number(time0[i]) > 0)) { droppedZeroTime++; return; }
    keep.push(i);
    keepIdx.push(j);
  });
  const rows = Int32Array.from(keep);
  const baseline: Record<string, Float64Array> = {};
  for (const [name, col] of Object.entries(mm.covariates)) baseline[name] = Float64Array.from(keepIdx, (j) => col[j]);
  const time = numbersAt(columns[input.time], rows);
  const event = numbersAt(columns[input.event], rows);
  const flags: Record<string, Float64Array> = {};
  const switches: Record<string, Float64Array> = {};
  const treated: Record<string, number> = {};
  for (const t of treatments) {
    flags[t.flag] = numbersAt(columns[t.flag], rows);
    switches[t.term] = Float64Array.from(rows, (i, j) => (flags[t.flag][j] === 1 ? Number(columns[t.startDay][i]) : NaN));
    treated[t.term] = flags[t.flag].reduce((a, b) => a + b, 0);
  }
  const ties = input.ties;
  const strata = input.strata ? Array.from(rows, (i) => String(columns[input.strata as string][i])) : undefined;
  const naive = coxph({ time, event, covariates: { ...baseline, ...flags }, strata, ties });
  const se = input.splitEffect;
  const PERIOD = "\u0000after";
  const split = splitAtSwitches({ time, event, switches: se ? { ...switches, [PERIOD]: new Float64Array(time.length).fill(se.at) } : switches });
  const splitBaseline: Record<string, Float64Array> = {};
  for (const [name, col] of Object.entries(baseline)) splitBaseline[name] = Float64Array.from(pick(col, split.row));
  let tdCovariates: Record<string, Float64Array> = { ...splitBaseline };
  for (const t of treatments) tdCovariates[t.term] = split.indicators[t.term];
  if (se) {
    const x = tdCovariates[se.term];
    if (!x) throw new Error(`treatmentModels: splitEffect term ${se.term} is not a term of the model (${Object.keys(tdCovariates).join(", ")})`);
    const after = split.indicators[PERIOD];
    const out: Record<string, Float64Array> = {};
    for (const [name, col] of Object.entries(tdCovariates)) {
      if (name !== se.term) { out[name] = col; continue; }
      out[`${name} [t ≤ ${se.at}]`] = col.map((v, r) => v * (1 - after[r]));
      out[`${name} [t > ${se.at}]`] = col.map((v, r) => v * after[r]);
    }
    tdCovariates = out;
  }
  const timeDependent = coxph({ start: split.start, time: split.stop, event: split.event, covariates: tdCovariates, strata: strata && pick(strata, split.row), ties });
  return {
    naive, timeDependent, n: rows.length, rows, design: { ...mm, rows, covariates: baseline }, total: mm.total, droppedMissingCovariate: mm.dropped,
    droppedMissingStart, droppedZeroTime, splitRows: split.start.length, treated,
  };
}

export interface LandmarkModel {
  /** Landmark time (days). */
  at: number;
  /** Patients still in follow-up after the landmark and with complete covariates. */
  n: number;
  /** Patients whose follow-up ended at or before the landmark (dead or censored), left out. */
  endedBeforeLandmark: number;
  /** Left out for a missing covariate, time or event, or (when treated) start day. */
  droppedMissing: number;
  /** Per treatment flag: treated by the landmark, and treated only after it (counted as unexposed: the method's price). */
  exposed: Record<string, number>;
  startedAfter: Record<string, number>;
  /** Cox model from the landmark: one term per treatment (`termOf[flag]`: treated by the landmark) plus the baseline terms. */
  fit: CoxFit;
  termOf: Record<string, string>;
  /**
   * Kaplan–Meier data of the `focus` treatment: every patient in follow-up after the landmark with
   * the outcome and that treatment known (covariates not required): months since the landmark,
   * event, exposure label. `curveEndedBeforeLandmark`: patients of that set left out because their
   * follow-up ended by the landmark.
   */
  curveData: { time: Float64Array; event: Float64Array; group: string[] };
  curveEndedBeforeLandmark: number;
}

/**
 * Landmark analysis of treatments that start after time zero (Anderson, Cain & Gelber 1983):
 * patients still in follow-up after day `at` are classed by whether each treatment had started
 * by then (landmark() in lib/survival) and followed from the landmark; one Cox model of those
 * exposures adjusted for the baseline terms, complete cases (as treatmentModels). Treatments
 * started after the landmark count as unexposed. Times in days; `daysPerMonth` converts the
 * Kaplan–Meier data of the `focus` treatment (all patients with it known, see curveData) to
 * months since the landmark.
 */
export function landmarkModel(input: {
  columns: ColumnSource; time: string; event: string; treatments: readonly TreatmentSpec[]; focus: string; at: number;
  baseline: readonly TermSpec[]; daysPerMonth: number; labels: { exposed: string; unexposed: string }; ties?: "efron" | "breslow";
}): LandmarkModel {
  const columns = columnsOf(input.columns);
  const treatments = input.treatments;
  if (!treatments.some((t) => t.flag === input.focus)) throw new Error(`landmarkModel: focus ${input.focus} is not one of the treatments`);
  const mm = modelMatrix(columns, input.baseline, { also: [input.time, input.event, ...treatments.map((t) => t.flag)] });
  const keepIdx: number[] = [];
  let droppedStart = 0;
  Array.from(mm.rows).forEach((i, j) => {
    if (treatments.some((t) => Number(columns[t.flag][i]) === 1 && Number.isNaN(Number(columns[t.startDay][i])))) droppedStart++;
    else keepIdx.push(j);
  });
  const rows = keepIdx.map((j) => mm.rows[j]);
  const time = Float64Array.from(rows, (i) => Number(columns[input.time][i]));
  const event = Float64Array.from(rows, (i) => Number(columns[input.event][i]));
  const switchOf = (t: TreatmentSpec) => Float64Array.from(rows, (i) => (Number(columns[t.flag][i]) === 1 ? Number(columns[t.startDay][i]) : NaN));
  const covariates: Record<string, Float64Array> = {};
  const termOf: Record<string, string> = {};
  const exposed: Record<string, number> = {};
  const startedAfter: Record<string, number> = {};
  let kept: Int32Array | null = null;
  let lmTime: Float64Array | null = null;
  let lmEvent: Float64Array | null = null;
  let excluded = 0;
  for (const t of treatments) {
    const sw = switchOf(t);
    const lm = landmark({ time, event, switchTime: sw, at: input.at });
    kept = lm.row;
    lmTime = lm.time;
    lmEvent = lm.event;
    excluded = lm.excluded;
    const term = `${t.flag} by day ${input.at}`;
    termOf[t.flag] = term;
    covariates[term] = lm.exposed;
    exposed[t.flag] = lm.exposed.reduce((a, b) => a + b, 0);
    startedAfter[t.flag] = Array.from(lm.row).filter((k, j) => lm.exposed[j] === 0 && sw[k] > input.at).length;
  }
  const rowsLm = kept as Int32Array;
  for (const [name, col] of Object.entries(mm.covariates)) covariates[name] = Float64Array.from(rowsLm, (k) => col[keepIdx[k]]);
  const fit = coxph({ time: lmTime as Float64Array, event: lmEvent as Float64Array, covariates, ties: input.ties });
  // Kaplan–Meier data: every patient with the outcome and the focus treatment known (no covariate needed).
  const f = treatments.find((t) => t.flag === input.focus) as TreatmentSpec;
  const all: number[] = [];
  for (let i = 0; i < columns[input.time].length; i++) {
    const tt = Number(columns[input.time][i]), ev = Number(columns[input.event][i]), fl = Number(columns[f.flag][i]);
    if (Number.isNaN(tt) || Number.isNaN(ev) || Number.isNaN(fl) || (fl === 1 && Number.isNaN(Number(columns[f.startDay][i])))) continue;
    all.push(i);
  }
  const km = landmark({
    time: Float64Array.from(all, (i) => Number(columns[input.time][i])),
    event: Float64Array.from(all, (i) => Number(columns[input.event][i])),
    switchTime: Float64Array.from(all, (i) => (Number(columns[f.flag][i]) === 1 ? Number(columns[f.startDay][i]) : NaN)),
    at: input.at,
  });
  return {
    at: input.at, n: rowsLm.length, endedBeforeLandmark: excluded, droppedMissing: mm.dropped + droppedStart,
    exposed, startedAfter, fit, termOf,
    curveData: {
      time: km.time.map((d) => d / input.daysPerMonth), event: km.event,
      group: Array.from(km.exposed, (e) => (e === 1 ? input.labels.exposed : input.labels.unexposed)),
    },
    curveEndedBeforeLandmark: km.excluded,
  };
}

/**
 * Splits one treatment into types (e.g. intrathecal pemetrexed vs other agents; radiotherapy by
 * field) for the models above: one 0/1 flag column per type, `<flag>:<type>`, that is 1 when the
 * treatment was given with a detail in that type's list, 0 when not given or given as another
 * type, and missing (NaN) when given with the detail unknown (those patients are then dropped
 * by the models and counted). Every type shares the treatment's start day. Returns the new
 * columns (to add to the cohort's) and the TreatmentSpecs, with term `<flag>:<type>(t)`.
 */
export function treatmentByType(
  source: ColumnSource,
  treatment: TreatmentSpec,
  detail: string,
  types: Readonly<Record<string, readonly string[]>>,
): { columns: Record<string, Float64Array>; treatments: TreatmentSpec[] } {
  const c = columnsOf(source);
  const flag = c[treatment.flag];
  const det = c[detail];
  if (!flag || !det) throw new Error(`treatmentByType: column ${!flag ? treatment.flag : detail} is not in the data`);
  const columns: Record<string, Float64Array> = {};
  const treatments: TreatmentSpec[] = [];
  for (const [type, values] of Object.entries(types)) {
    const name = `${treatment.flag}:${type}`;
    columns[name] = Float64Array.from({ length: flag.length }, (_, i) => {
      if (Number(flag[i]) !== 1) return Number.isNaN(Number(flag[i])) ? NaN : 0;
      const d = det[i];
      if (d === "" || d === null || d === undefined) return NaN;
      return values.includes(String(d)) ? 1 : 0;
    });
    treatments.push({ term: `${name}(t)`, flag: name, startDay: treatment.startDay });
  }
  return { columns, treatments };
}
