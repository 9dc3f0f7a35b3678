import type { CohortRow } from "./cohortTypes";
import type { Rng } from "./createRng";

const round = (x: number, digits: number) => { const f = Math.pow(10, digits); return Math.round(x * f) / f; };
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const DAY = 86400000;

/** A simulated patient before treatment and outcome: every baseline field, complete (no missing value yet). */
export interface SimulatedBaseline {
  row: CohortRow;
  /** Days from LM diagnosis to the administrative end of follow-up (continuous). */
  adminDays: number;
}

/**
 * Draws the baseline of one patient, complete and rounded as written to the file, with
 * distributions modelled on published LM cohorts of a Chinese tertiary centre (lung cancer
 * dominant, EGFR-rich adenocarcinoma): tumour mix NSCLC 64%, breast 15%, GI 7%, other 6%,
 * SCLC 5%, melanoma 3%; EGFR mutant in about 60% of adenocarcinomas, ALK in 12% of EGFR-wild-
 * type adenocarcinomas, HER2 in 30% of breast cancers; Karnofsky 30-90 (lower with
 * hydrocephalus); incidence rising over 2014-2024 (2024 to August). Laboratory values follow
 * adult reference distributions with a minority of abnormal results. The diagnosis date stays
 * inside the simulator: only lm_year and the days to the end of follow-up leave it.
 */
export function simulateBaseline(rng: Rng, code: string, followUpEnd: string, accrualEnd: string): SimulatedBaseline {
  const ln = (median: number, sdlog: number) => median * Math.exp(sdlog * rng.normal());
  const yes = (p: number) => (rng.bernoulli(p) ? 1 : 0);
  const lastDay = Date.parse(accrualEnd);
  const weights = YEARS.map((y) => (1 + 0.15 * (y - 2014)) * (y === 2024 ? 8 / 12 : 1));
  const year = rng.pick(YEARS, weights);
  const start = Date.UTC(year, 0, 1);
  const end = Math.min(Date.UTC(year + 1, 0, 1), lastDay + DAY);
  const dx = start + rng.uniform() * (end - start);
  const adminDays = (Date.parse(followUpEnd) + DAY - dx) / DAY;

  const primary = rng.pick(["nsclc", "sclc", "breast", "gastrointestinal", "melanoma", "other"], [64, 5, 15, 7, 3, 6]);
  const nsclc = primary === "nsclc", breast = primary === "breast";
  const histology = nsclc ? rng.pick(["adenocarcinoma", "squamous", "other"], [88, 6, 6]) : null;
  const female = breast ? rng.bernoulli(0.99) : histology === "adenocarcinoma" ? rng.bernoulli(0.55) : rng.bernoulli(0.35);
  const sex = female ? "female" : "male";
  let age: number;
  do age = Math.round((breast ? 50 : 58) + 10.5 * rng.normal()); while (age < 18 || age > 80);
  const smoking = female ? rng.pick(["never", "former", "current"], [88, 8, 4]) : rng.pick(["never", "former", "current"], [35, 40, 25]);
  const packYears = smoking === "never" ? null : round(clamp(ln(25, 0.6), 1, 150), 1);
  const egfrP = histology === "adenocarcinoma" ? (female && smoking === "never" ? 0.68 : 0.5) : histology === "squamous" ? 0.05 : 0.15;
  const egfr = nsclc ? (rng.bernoulli(egfrP) ? "mutant" : "wildtype") : null;
  const alk = nsclc ? (egfr === "wildtype" && rng.bernoulli(histology === "adenocarcinoma" ? 0.12 : 0.02) ? "positive" : "negative") : null;
  const her2 = breast ? (rng.bernoulli(0.3) ? "positive" : "negative") : null;
  const hr = breast ? (rng.bernoulli(her2 === "positive" ? 0.5 : 0.7) ? "positive" : "negative") : null;
  const interval = rng.bernoulli(0.1) ? 0 : round(clamp(ln(egfr === "mutant" ? 30 : 18, 0.9), 0.1, 300), 1);

  const hydro = yes(0.14);
  const kps = clamp(rng.pick([30, 40, 50, 60, 70, 80, 90], [4, 8, 13, 20, 25, 22, 8]) - (hydro && rng.bernoulli(0.4) ? 10 : 0), 20, 90);
  const brainP = primary === "melanoma" ? 0.7 : breast ? 0.45 : 0.55;
  const row: CohortRow = {
    study_code: code, lm_year: year, age, sex, bmi: round(clamp(22.5 + 3.2 * rng.normal(), 14, 40), 1), smoking, pack_years: packYears,
    primary_tumor: primary, nsclc_histology: histology, egfr_status: egfr, alk_status: alk, her2_status: her2, hr_status: hr, primary_to_lm_months: interval,
    sx_headache: yes(hydro ? 0.88 : 0.65), sx_nausea_vomiting: yes(hydro ? 0.75 : 0.47), sx_vision_loss: yes(0.18), sx_hearing_loss: yes(0.1),
    sx_limb_weakness: yes(0.2), sx_cranial_nerve_palsy: yes(0.17), sx_seizures: yes(0.07), sx_cognitive_change: yes(hydro ? 0.28 : 0.12), sx_radicular_pain: yes(0.1),
    kps, brain_mets: yes(brainP), extracranial_status: rng.pick(["none", "controlled", "progressive"], [15, 45, 40]), hydrocephalus: hydro,
    mri_pattern: rng.pick(["linear", "nodular", "both", "none"], [55, 10, 20, 15]),
    csf_opening_pressure: Math.round(clamp(ln(hydro ? 280 : 200, 0.35), 50, 600)),
    csf_protein: round(clamp(ln(0.8, 0.6), 0.1, 15), 2),
    csf_glucose: round(clamp(2.7 + 0.8 * rng.normal(), 0.3, 8), 1),
    csf_wbc: Math.round(clamp(ln(6, 1.1), 0, 2000)),
    csf_cytology: "positive",
  };
  const tc = round(clamp(4.6 + 1.0 * rng.normal(), 1.5, 11), 2);
  const renal = rng.bernoulli(0.07) ? 1.9 : 1;
  Object.assign(row, {
    total_cholesterol: tc,
    triglycerides: round(clamp(ln(1.4, 0.45), 0.3, 15), 2),
    ldl_c: round(clamp(0.6 * tc + 0.3 * rng.normal(), 0.3, 9), 2),
    hdl_c: round(clamp((female ? 1.3 : 1.1) + 0.3 * rng.normal(), 0.3, 3.5), 2),
    creatinine: Math.round(clamp(ln(female ? 60 : 75, 0.22) * renal, 25, 900)),
    urea: round(clamp((5.2 + 1.6 * rng.normal()) * renal, 1, 40), 1),
    platelets: Math.round(clamp(220 + 70 * rng.normal(), 15, 800)),
  });
  return { row, adminDays };
}
