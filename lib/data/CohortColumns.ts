/**
 * The typed columns returned by loadCohort: every schema field in schema order, then every
 * derived variable. Numbers (integers and 0/1 flags included) are Float64Array with NaN for
 * missing; categories are string[] with "" for missing. A test checks this list against the
 * schema (data-schema/lm-cohort.schema.json), so the two cannot drift apart.
 */
export interface CohortColumns {
  /** Study code */
  study_code: string[];
  /** Year of LM diagnosis (year) */
  lm_year: Float64Array;
  /** Age at LM diagnosis (years) */
  age: Float64Array;
  /** Sex */
  sex: string[];
  /** Body-mass index (kg/m²) */
  bmi: Float64Array;
  /** Smoking history */
  smoking: string[];
  /** Pack-years (pack-years) */
  pack_years: Float64Array;
  /** Primary tumour */
  primary_tumor: string[];
  /** NSCLC histology */
  nsclc_histology: string[];
  /** EGFR mutation status */
  egfr_status: string[];
  /** ALK rearrangement */
  alk_status: string[];
  /** HER2 status */
  her2_status: string[];
  /** Hormone-receptor status */
  hr_status: string[];
  /** Primary diagnosis to LM (months) */
  primary_to_lm_months: Float64Array;
  /** Headache */
  sx_headache: Float64Array;
  /** Nausea or vomiting */
  sx_nausea_vomiting: Float64Array;
  /** Vision loss */
  sx_vision_loss: Float64Array;
  /** Hearing loss */
  sx_hearing_loss: Float64Array;
  /** Limb weakness */
  sx_limb_weakness: Float64Array;
  /** Cranial nerve palsy */
  sx_cranial_nerve_palsy: Float64Array;
  /** Seizures */
  sx_seizures: Float64Array;
  /** Cognitive change */
  sx_cognitive_change: Float64Array;
  /** Radicular pain */
  sx_radicular_pain: Float64Array;
  /** Karnofsky performance status */
  kps: Float64Array;
  /** Brain parenchymal metastases */
  brain_mets: Float64Array;
  /** Extracranial disease */
  extracranial_status: string[];
  /** Hydrocephalus */
  hydrocephalus: Float64Array;
  /** MRI enhancement pattern */
  mri_pattern: string[];
  /** CSF opening pressure (mmH2O) */
  csf_opening_pressure: Float64Array;
  /** CSF protein (g/L) */
  csf_protein: Float64Array;
  /** CSF glucose (mmol/L) */
  csf_glucose: Float64Array;
  /** CSF white cells (cells/µL) */
  csf_wbc: Float64Array;
  /** CSF cytology */
  csf_cytology: string[];
  /** Total cholesterol (mmol/L) */
  total_cholesterol: Float64Array;
  /** Triglycerides (mmol/L) */
  triglycerides: Float64Array;
  /** LDL cholesterol (mmol/L) */
  ldl_c: Float64Array;
  /** HDL cholesterol (mmol/L) */
  hdl_c: Float64Array;
  /** Serum creatinine (µmol/L) */
  creatinine: Float64Array;
  /** Serum urea (mmol/L) */
  urea: Float64Array;
  /** Platelet count (10^9/L) */
  platelets: Float64Array;
  /** Ommaya reservoir */
  ommaya: Float64Array;
  /** Ventriculoperitoneal shunt */
  vp_shunt: Float64Array;
  /** Other neurosurgery */
  other_neurosurgery: Float64Array;
  /** Intrathecal chemotherapy */
  it_chemo: Float64Array;
  /** Intrathecal agent */
  it_chemo_agent: string[];
  /** Intrathecal chemotherapy start (days) */
  it_chemo_start_day: Float64Array;
  /** Targeted therapy */
  targeted: Float64Array;
  /** Targeted agent class */
  targeted_agent: string[];
  /** Targeted therapy start (days) */
  targeted_start_day: Float64Array;
  /** Radiotherapy */
  radiotherapy: Float64Array;
  /** Radiotherapy field */
  rt_field: string[];
  /** Radiotherapy start (days) */
  radiotherapy_start_day: Float64Array;
  /** Systemic chemotherapy */
  systemic_chemo: Float64Array;
  /** Systemic chemotherapy start (days) */
  systemic_chemo_start_day: Float64Array;
  /** Immunotherapy */
  immunotherapy: Float64Array;
  /** Immunotherapy start (days) */
  immunotherapy_start_day: Float64Array;
  /** Best supportive care only */
  bsc_only: Float64Array;
  /** Overall survival time (days) */
  os_days: Float64Array;
  /** Vital status */
  vital_status: Float64Array;
  /** Neurological progression */
  neuro_prog: Float64Array;
  /** Time to neurological progression (days) */
  neuro_prog_days: Float64Array;
  // derived (lib/data/deriveVariables.ts)
  /** Overall survival (months) (months) */
  os_months: Float64Array;
  /** Age (per 10 years) (decades) */
  age_decades: Float64Array;
  /** CSF white cells (log2 scale) (log2(cells/µL + 1)) */
  csf_wbc_log2: Float64Array;
  /** Age group (years) */
  age_group: string[];
  /** Karnofsky ≥ 70 */
  kps_ge70: Float64Array;
  /** BMI category */
  bmi_category: string[];
  /** eGFR (CKD-EPI 2021) (mL/min/1.73 m²) */
  gfr_ckd_epi: Float64Array;
  /** KDIGO GFR category */
  ckd_stage: string[];
  /** eGFR < 60 */
  gfr_lt60: Float64Array;
  /** Total cholesterol category */
  tc_category: string[];
  /** LDL cholesterol category */
  ldl_category: string[];
  /** HDL cholesterol category */
  hdl_category: string[];
  /** Low HDL cholesterol */
  hdl_low: Float64Array;
  /** Triglyceride category */
  tg_category: string[];
  /** EGFR-mutant NSCLC */
  egfr_mutant_nsclc: Float64Array;
  /** ALK-positive NSCLC */
  alk_positive_nsclc: Float64Array;
  /** HER2-positive breast cancer */
  her2_positive_breast: Float64Array;
  /** Progressive extracranial disease */
  extracranial_progressive: Float64Array;
  /** Intrathecal pemetrexed */
  it_pemetrexed: Float64Array;
  /** Driver-matched targeted therapy */
  targeted_matched: Float64Array;
  /** Radiotherapy type */
  rt_type: string[];
  /** Any anti-tumour treatment */
  any_active_treatment: Float64Array;
  /** Time to neurological progression or competing event (days) */
  nprog_time: Float64Array;
  /** Neurological progression status (competing risks) */
  nprog_status: Float64Array;
}
