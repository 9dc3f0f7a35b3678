import { applyMissingness } from "./applyMissingness";
import { cohortSchema } from "./cohortSchema";
import type { CohortRow } from "./cohortTypes";
import { createRng } from "./createRng";
import { deriveVariables } from "./deriveVariables";
import { linearPredictor } from "./linearPredictor";
import { piecewiseEventTime } from "./piecewiseEventTime";
import { planTreatments, TreatmentPlan } from "./planTreatments";
import { rowsToColumns } from "./rowsToColumns";
import { simulateBaseline } from "./simulateBaseline";
import { simulationTruth } from "./simulationTruth";

const TREATMENTS = [
  { flag: "it_chemo", detail: "it_chemo_agent" },
  { flag: "targeted", detail: "targeted_agent" },
  { flag: "radiotherapy", detail: "rt_field" },
  { flag: "systemic_chemo", detail: null },
  { flag: "immunotherapy", detail: null },
] as const;

/**
 * Simulates a synthetic LM cohort of `n` patients, a pure function of (n, seed): rows with every
 * schema field, in schema order, values as they are written to the CSV (null = missing).
 * Steps: (1) complete baselines (simulateBaseline); (2) the true linear predictors, from the
 * variables as deriveVariables codes them (linearPredictor, simulationTruth); (3) missing values
 * (applyMissingness); (4) treatment plans from the recorded baseline (planTreatments); (5) death
 * time T from a Weibull proportional-hazards model whose treatment terms switch on at the start
 * days (piecewiseEventTime), progression time P from its own cause-specific hazard, censoring
 * C = min(administrative end of follow-up 2025-06-30, exponential loss to follow-up); a planned
 * treatment is received only if its start day comes before min(T, C), so treated patients
 * survived to their start day (immortal time) and those who die first are untreated;
 * os_days = ceil(min(T, C)), neuro_prog when P < min(T, C) with neuro_prog_days = ceil(P);
 * (6) procedures (Ommaya 55% of intrathecal patients, VP shunt 35% with hydrocephalus) and a few
 * unknown agents (2%), start days (1%) and progression days (2%). Three seeded streams
 * (createRng) keep baseline, missingness and outcomes independent. The model: data/README.md.
 */
export function simulateCohort(options: { n: number; seed: number }): CohortRow[] {
  const { n, seed } = options;
  if (!Number.isInteger(n) || n < 1 || n > 99999) throw new Error(`simulateCohort: n = ${n} must be a whole number from 1 to 99999`);
  const schema = cohortSchema();
  const rngBase = createRng(seed);
  const rngMiss = createRng(seed + 0x51ed27);
  const rngOut = createRng(seed + 0x2545f491);
  const truth = simulationTruth;
  const width = Math.max(4, String(n).length);
  const empty = (): CohortRow => Object.fromEntries(schema.fields.map((f) => [f.name, null]));
  const baselines = Array.from({ length: n }, (_, i) => {
    const b = simulateBaseline(rngBase, `LM-${String(i + 1).padStart(width, "0")}`, truth.censoring.followUpEnd, truth.censoring.accrualEnd);
    return { row: { ...empty(), ...b.row }, adminDays: b.adminDays };
  });
  const trueColumns = rowsToColumns(baselines.map((b) => b.row), schema);
  const all = { ...trueColumns, ...deriveVariables(trueColumns, { schema }) };
  const lpDeath = linearPredictor(all, truth.death.terms, n);
  const lpProg = linearPredictor(all, truth.progression.terms, n);
  const rows = baselines.map((b) => b.row);
  for (const row of rows) applyMissingness(row, rngMiss);
  return rows.map((row, i) => {
    const plan: TreatmentPlan = planTreatments(row, rngOut);
    const switches = truth.death.timeDependent
      .filter((t) => plan[t.flag as keyof TreatmentPlan])
      .map((t) => ({ day: plan[t.flag as keyof TreatmentPlan]!.day, logHR: t.logHR }));
    const { shape, scale } = truth.death.baseline;
    const T = piecewiseEventTime(rngOut.exponential(1), lpDeath[i], switches, shape, scale);
    const pb = truth.progression.baseline;
    const P = piecewiseEventTime(rngOut.exponential(1), lpProg[i], [], pb.shape, pb.scale);
    const C = Math.min(baselines[i].adminDays, rngOut.exponential(truth.censoring.lossRatePerDay));
    const end = Math.min(T, C);
    row.os_days = Math.ceil(end);
    row.vital_status = T <= C ? 1 : 0;
    row.neuro_prog = P < end ? 1 : 0;
    row.neuro_prog_days = P < end ? Math.ceil(P) : null;
    let any = false;
    for (const t of TREATMENTS) {
      const p = plan[t.flag];
      const given = p !== undefined && p.day < end;
      any = any || given;
      row[t.flag] = given ? 1 : 0;
      row[`${t.flag}_start_day`] = given ? p!.day : null;
      if (t.detail) row[t.detail] = given ? p!.detail : null;
    }
    row.bsc_only = any ? 0 : 1;
    row.ommaya = row.it_chemo === 1 ? (rngOut.bernoulli(0.55) ? 1 : 0) : rngOut.bernoulli(0.02) ? 1 : 0;
    row.vp_shunt = rngOut.bernoulli(row.hydrocephalus === 1 ? 0.35 : 0.01) ? 1 : 0;
    row.other_neurosurgery = rngOut.bernoulli(0.05) ? 1 : 0;
    for (const t of TREATMENTS) {
      if (row[t.flag] !== 1) continue;
      if (t.detail && rngOut.bernoulli(0.02)) row[t.detail] = null;
      if (rngOut.bernoulli(0.01)) row[`${t.flag}_start_day`] = null;
    }
    if (row.neuro_prog === 1 && rngOut.bernoulli(0.02)) row.neuro_prog_days = null;
    return row;
  });
}
