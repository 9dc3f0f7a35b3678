import { describe, expect, it } from "vitest";
import { cohortSchema } from "../../lib/data/cohortSchema";
import type { CohortRow } from "../../lib/data/cohortTypes";
import { ColumnSet, deriveVariables } from "../../lib/data/deriveVariables";
import { rowsToColumns } from "../../lib/data/rowsToColumns";
import { validRow } from "./cohortFiles";

function derive(edits: Array<Partial<CohortRow>>, bmiCutoffs?: "who" | "asian"): ColumnSet {
  const rows = edits.map((e, i) => ({ ...validRow(i + 1), ...e }) as CohortRow);
  return deriveVariables(rowsToColumns(rows, cohortSchema()), { bmiCutoffs });
}
const num = (c: ColumnSet, k: string) => Array.from(c[k] as Float64Array);

describe("deriveVariables", () => {
  it("computes exactly the derived variables listed in the schema, in its order", () => {
    expect(Object.keys(derive([{}]))).toEqual(cohortSchema().derived.map((d) => d.name));
  });
  it("os_months = os_days / 30.4375; age_decades = age / 10", () => {
    const d = derive([{ os_days: 365.25 * 2 }, { os_days: null }]);
    expect(num(d, "os_months")).toEqual([24, NaN]);
    expect(num(d, "age_decades")[0]).toBeCloseTo(5.8, 12);
  });
  it("csf_wbc_log2 = log2(csf_wbc + 1): per doubling of the count, zero counts kept", () => {
    expect(num(derive([{ csf_wbc: 0 }, { csf_wbc: 3 }, { csf_wbc: 255 }, { csf_wbc: null }]), "csf_wbc_log2")).toEqual([0, 2, 8, NaN]);
  });
  it("age groups at the 50/60/70 boundaries", () => {
    expect(derive([{ age: 49 }, { age: 50 }, { age: 69 }, { age: 70 }]).age_group).toEqual(["18-49", "50-59", "60-69", "70-80"]);
  });
  it("Karnofsky >= 70", () => {
    expect(num(derive([{ kps: 60 }, { kps: 70 }, { kps: null }]), "kps_ge70")).toEqual([0, 1, NaN]);
  });
  it("BMI categories: WHO by default, Asian cut-offs as an option", () => {
    const rows = [{ bmi: 18.4 }, { bmi: 18.5 }, { bmi: 24 }, { bmi: 27.5 }, { bmi: 30 }, { bmi: null }];
    expect(derive(rows).bmi_category).toEqual(["underweight", "normal", "normal", "overweight", "obese", ""]);
    expect(derive(rows, "asian").bmi_category).toEqual(["underweight", "normal", "overweight", "obese", "obese", ""]);
  });
  it("eGFR by CKD-EPI 2021, KDIGO categories and eGFR < 60", () => {
    // man 70 y, Scr 2.0 mg/dL (176.8 µmol/L): 142 × (2/0.9)^-1.2 × 0.9938^70 = 142 × 0.38358 × 0.64704 = 35.24 -> G3b
    const d = derive([{ sex: "male", age: 70, creatinine: 176.8 }, { creatinine: null }]);
    const hand = 142 * Math.pow(2 / 0.9, -1.2) * Math.pow(0.9938, 70);
    expect(num(d, "gfr_ckd_epi")[0]).toBeCloseTo(hand, 10);
    expect(hand).toBeCloseTo(35.24, 2);
    expect(d.ckd_stage).toEqual(["G3b", ""]);
    expect(num(d, "gfr_lt60")).toEqual([1, NaN]);
  });
  it("ATP III lipid categories from mmol/L (× 38.67 or 88.57 to mg/dL)", () => {
    // TC 5.2 mmol/L = 201 mg/dL; LDL 4.2 = 162 mg/dL; HDL 1.03 = 39.8 mg/dL; TG 1.7 = 150.6 mg/dL
    const d = derive([{ total_cholesterol: 5.2, ldl_c: 4.2, hdl_c: 1.03, triglycerides: 1.7 }, { total_cholesterol: 5.1, ldl_c: 2.5, hdl_c: 1.6, triglycerides: 5.7 }]);
    expect(d.tc_category).toEqual(["borderline_high", "desirable"]);
    expect(d.ldl_category).toEqual(["high", "optimal"]);
    expect(d.hdl_category).toEqual(["low", "high"]);
    expect(num(d, "hdl_low")).toEqual([1, 0]);
    expect(d.tg_category).toEqual(["borderline_high", "very_high"]);
  });
  it("driver subgroups: 0 for other tumours, missing when the NSCLC was not tested", () => {
    const breast = { primary_tumor: "breast", nsclc_histology: null, egfr_status: null, alk_status: null, her2_status: "positive" };
    const d = derive([{}, { egfr_status: null }, breast, { ...breast, her2_status: null }]);
    expect(num(d, "egfr_mutant_nsclc")).toEqual([1, NaN, 0, 0]);
    expect(num(d, "alk_positive_nsclc")).toEqual([0, 0, 0, 0]);
    expect(num(d, "her2_positive_breast")).toEqual([0, 0, 1, NaN]);
  });
  it("treatment indicators", () => {
    const none = { it_chemo: 0, it_chemo_agent: null, it_chemo_start_day: null, targeted: 0, targeted_agent: null, targeted_start_day: null, bsc_only: 1 };
    const d = derive([{}, { it_chemo_agent: "methotrexate", targeted_agent: "alk_tki", radiotherapy: 1, rt_field: "involved_field", radiotherapy_start_day: 9 }, none, { it_chemo_agent: null, rt_field: null, radiotherapy: 1 }]);
    expect(num(d, "it_pemetrexed")).toEqual([1, 0, 0, NaN]);
    expect(num(d, "targeted_matched")).toEqual([1, 0, 0, 1]);
    expect(d.rt_type).toEqual(["none", "involved_field", "none", ""]);
    expect(num(d, "any_active_treatment")).toEqual([1, 1, 0, 1]);
  });
  it("neurological progression with death as a competing risk", () => {
    const d = derive([{}, { neuro_prog: 0, neuro_prog_days: null }, { neuro_prog: 0, neuro_prog_days: null, vital_status: 0 }, { neuro_prog_days: null }]);
    expect(num(d, "nprog_time")).toEqual([150, 200, 200, NaN]);
    expect(num(d, "nprog_status")).toEqual([1, 2, 0, NaN]);
  });
});
