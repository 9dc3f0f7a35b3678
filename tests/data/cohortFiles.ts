import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CohortRow } from "../../lib/data/cohortTypes";
import { writeCohort } from "../../lib/data/writeCohort";

/** A fresh temporary folder for the files of one test. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "lm-data-test-"));
}

/**
 * One valid patient (EGFR-mutant adenocarcinoma, intrathecal pemetrexed from day 5 and an
 * EGFR-TKI from day 3, dead on day 200 after progression on day 150). Every field is set.
 */
export function validRow(index: number): CohortRow {
  return {
    study_code: `LM-${String(index).padStart(4, "0")}`, lm_year: 2020, age: 58, sex: "female", bmi: 22.4, smoking: "never", pack_years: null,
    primary_tumor: "nsclc", nsclc_histology: "adenocarcinoma", egfr_status: "mutant", alk_status: "negative", her2_status: null, hr_status: null, primary_to_lm_months: 20.5,
    sx_headache: 1, sx_nausea_vomiting: 1, sx_vision_loss: 0, sx_hearing_loss: 0, sx_limb_weakness: 0, sx_cranial_nerve_palsy: 0, sx_seizures: 0, sx_cognitive_change: 0, sx_radicular_pain: 0,
    kps: 70, brain_mets: 1, extracranial_status: "controlled", hydrocephalus: 0,
    mri_pattern: "linear", csf_opening_pressure: 220, csf_protein: 0.85, csf_glucose: 2.6, csf_wbc: 12, csf_cytology: "positive",
    total_cholesterol: 4.6, triglycerides: 1.3, ldl_c: 2.8, hdl_c: 1.2, creatinine: 62, urea: 5.1, platelets: 210,
    ommaya: 1, vp_shunt: 0, other_neurosurgery: 0,
    it_chemo: 1, it_chemo_agent: "pemetrexed", it_chemo_start_day: 5,
    targeted: 1, targeted_agent: "egfr_tki", targeted_start_day: 3,
    radiotherapy: 0, rt_field: null, radiotherapy_start_day: null,
    systemic_chemo: 0, systemic_chemo_start_day: null, immunotherapy: 0, immunotherapy_start_day: null, bsc_only: 0,
    os_days: 200, vital_status: 1, neuro_prog: 1, neuro_prog_days: 150,
  };
}

/** `n` valid rows LM-0001 ... with `edit(rows)` applied, written to `name` in a temp folder; returns the path. */
export function writeRows(name: string, n: number, edit: (rows: CohortRow[]) => void = () => {}, columns?: string[]): string {
  const rows = Array.from({ length: n }, (_, i) => validRow(i + 1));
  edit(rows);
  const path = join(tempDir(), name);
  writeCohort(path, rows, columns);
  return path;
}
