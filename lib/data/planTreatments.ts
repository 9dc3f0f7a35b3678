import type { CohortRow } from "./cohortTypes";
import type { Rng } from "./createRng";

/** A planned treatment: its first day (whole days from LM diagnosis, >= 1) and agent or field. */
export interface PlannedTreatment {
  day: number;
  detail: string | null;
}

/** Planned treatments of one patient by treatment flag (it_chemo, targeted, ...); absent = not planned. */
export type TreatmentPlan = Partial<Record<"it_chemo" | "targeted" | "radiotherapy" | "systemic_chemo" | "immunotherapy", PlannedTreatment>>;

/**
 * Decides at LM diagnosis which treatments a simulated patient is meant to receive and when,
 * from the recorded (observed) baseline: intrathecal chemotherapy for 60% (30% when Karnofsky
 * < 50; pemetrexed share rising from 15% in 2014 to 80%, halved in breast cancer), targeted
 * therapy for 85% of EGFR-mutant or ALK-positive NSCLC and 70% of HER2-positive breast cancer
 * (3% others), radiotherapy 30% (+15 points with brain metastases; whole-brain mostly with
 * brain metastases), systemic chemotherapy 35% (SCLC 60%, +15 points with progressive
 * extracranial disease, -20 points when targeted therapy is planned), immunotherapy (melanoma
 * 60%, driver-negative NSCLC from 2018 25%, others 5%); probabilities halved when Karnofsky <
 * 50. Start days: 1 + floor(lognormal) with medians about 6 (intrathecal), 8 (targeted),
 * 14 (radiotherapy), 16 (systemic chemotherapy) and 21 days (immunotherapy), capped at 120.
 * A plan is only an intention: the patient receives a treatment only if alive and in follow-up
 * on its start day (simulateCohort).
 */
export function planTreatments(row: CohortRow, rng: Rng): TreatmentPlan {
  const kps = row.kps as number;
  const frail = kps < 50 ? 0.5 : 1;
  const day = (median: number) => Math.min(120, 1 + Math.floor(median * Math.exp(0.6 * rng.normal())));
  const plan: TreatmentPlan = {};
  const year = row.lm_year as number;
  const primary = row.primary_tumor;
  if (rng.bernoulli(kps < 50 ? 0.3 : 0.6)) {
    const pem = Math.min(0.8, 0.15 + 0.1 * (year - 2014)) * (primary === "breast" ? 0.5 : 1);
    const agent = rng.bernoulli(pem) ? "pemetrexed" : rng.pick(["methotrexate", "cytarabine", "thiotepa"], [55, 35, 10]);
    plan.it_chemo = { day: day(5.5), detail: agent };
  }
  const driver = row.egfr_status === "mutant" ? "egfr_tki" : row.alk_status === "positive" ? "alk_tki" : row.her2_status === "positive" ? "anti_her2" : null;
  const pTargeted = driver === "anti_her2" ? 0.7 : driver ? 0.85 : 0.03;
  if (rng.bernoulli(pTargeted * frail)) plan.targeted = { day: day(7.5), detail: driver ?? "other" };
  const brain = row.brain_mets === 1;
  if (rng.bernoulli((0.3 + (brain ? 0.15 : 0)) * frail)) {
    const field = brain ? rng.pick(["whole_brain", "involved_field", "craniospinal"], [55, 35, 10]) : rng.pick(["whole_brain", "involved_field", "craniospinal"], [30, 55, 15]);
    plan.radiotherapy = { day: day(13.5), detail: field };
  }
  const pChemo = (primary === "sclc" ? 0.6 : 0.35) + (row.extracranial_status === "progressive" ? 0.15 : 0) - (plan.targeted ? 0.2 : 0);
  if (rng.bernoulli(Math.max(0.05, pChemo) * frail)) plan.systemic_chemo = { day: day(15.5), detail: null };
  const pImmuno = primary === "melanoma" ? 0.6 : primary === "nsclc" && !driver && year >= 2018 ? 0.25 : 0.05;
  if (rng.bernoulli(pImmuno * frail)) plan.immunotherapy = { day: day(20.5), detail: null };
  return plan;
}
