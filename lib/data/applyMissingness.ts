import type { CohortRow } from "./cohortTypes";
import type { Rng } from "./createRng";

/**
 * Blanks baseline values of a simulated row the way a retrospective chart review loses them
 * (the row is changed in place). Mechanisms, all independent of the outcome given the
 * covariates (MCAR or MAR), so complete-case analyses of the simulated truth stay unbiased:
 *  - lipid panel (total, LDL, HDL cholesterol, triglycerides, together): MAR, 8% in 2024 rising
 *    by 1.5 points per earlier year (23% in 2014), plus 8 points when Karnofsky < 60; LDL alone
 *    a further 3%;
 *  - creatinine and urea together: 5%, 10% when Karnofsky < 60 (MAR); platelets 4% (MCAR);
 *  - BMI 8%, CSF opening pressure 12%, CSF protein and glucose 5%, CSF white cells 6%,
 *    interval from primary 3%, MRI pattern 2%, smoking 3% (then no pack-years), pack-years of
 *    smokers 20% (MCAR);
 *  - EGFR not tested: 5% of adenocarcinomas, 40% of other NSCLC; ALK not tested: 30% of
 *    EGFR-mutant, 8% of other NSCLC; HER2 and hormone receptors unknown: 4% of breast cancers
 *    (MAR on histology and EGFR).
 */
export function applyMissingness(row: CohortRow, rng: Rng): void {
  const drop = (p: number, ...fields: string[]) => { if (rng.bernoulli(p)) for (const f of fields) row[f] = null; };
  const year = row.lm_year as number;
  const lowKps = (row.kps as number) < 60;
  drop(0.08 + 0.015 * (2024 - year) + (lowKps ? 0.08 : 0), "total_cholesterol", "triglycerides", "ldl_c", "hdl_c");
  drop(0.03, "ldl_c");
  drop(lowKps ? 0.1 : 0.05, "creatinine", "urea");
  drop(0.04, "platelets");
  drop(0.08, "bmi");
  drop(0.12, "csf_opening_pressure");
  drop(0.05, "csf_protein", "csf_glucose");
  drop(0.06, "csf_wbc");
  drop(0.03, "primary_to_lm_months");
  drop(0.02, "mri_pattern");
  drop(0.03, "smoking", "pack_years");
  if (row.pack_years !== null) drop(0.2, "pack_years");
  if (row.primary_tumor === "nsclc") {
    const egfrMutant = row.egfr_status === "mutant";
    drop(row.nsclc_histology === "adenocarcinoma" ? 0.05 : 0.4, "egfr_status");
    drop(egfrMutant ? 0.3 : 0.08, "alk_status");
  }
  if (row.primary_tumor === "breast") {
    drop(0.04, "her2_status");
    drop(0.04, "hr_status");
  }
}
