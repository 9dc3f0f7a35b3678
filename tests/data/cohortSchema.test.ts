import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CohortColumns } from "../../lib/data/CohortColumns";
import { cohortSchema, cohortSchemaPath } from "../../lib/data/cohortSchema";
import { createRowValidator } from "../../lib/data/createRowValidator";

// Compile-time: exactly the keys of CohortColumns (a missing or extra key does not type-check).
const COLUMN_KINDS: Record<keyof CohortColumns, "number" | "text"> = {
  study_code: "text", lm_year: "number", age: "number", sex: "text", bmi: "number", smoking: "text", pack_years: "number",
  primary_tumor: "text", nsclc_histology: "text", egfr_status: "text", alk_status: "text", her2_status: "text", hr_status: "text", primary_to_lm_months: "number",
  sx_headache: "number", sx_nausea_vomiting: "number", sx_vision_loss: "number", sx_hearing_loss: "number", sx_limb_weakness: "number", sx_cranial_nerve_palsy: "number", sx_seizures: "number", sx_cognitive_change: "number", sx_radicular_pain: "number",
  kps: "number", brain_mets: "number", extracranial_status: "text", hydrocephalus: "number",
  mri_pattern: "text", csf_opening_pressure: "number", csf_protein: "number", csf_glucose: "number", csf_wbc: "number", csf_cytology: "text",
  total_cholesterol: "number", triglycerides: "number", ldl_c: "number", hdl_c: "number", creatinine: "number", urea: "number", platelets: "number",
  ommaya: "number", vp_shunt: "number", other_neurosurgery: "number",
  it_chemo: "number", it_chemo_agent: "text", it_chemo_start_day: "number", targeted: "number", targeted_agent: "text", targeted_start_day: "number",
  radiotherapy: "number", rt_field: "text", radiotherapy_start_day: "number", systemic_chemo: "number", systemic_chemo_start_day: "number",
  immunotherapy: "number", immunotherapy_start_day: "number", bsc_only: "number", os_days: "number", vital_status: "number", neuro_prog: "number", neuro_prog_days: "number",
  os_months: "number", age_decades: "number", csf_wbc_log2: "number", age_group: "text", kps_ge70: "number", bmi_category: "text", gfr_ckd_epi: "number", ckd_stage: "text", gfr_lt60: "number",
  tc_category: "text", ldl_category: "text", hdl_category: "text", hdl_low: "number", tg_category: "text",
  egfr_mutant_nsclc: "number", alk_positive_nsclc: "number", her2_positive_breast: "number", extracranial_progressive: "number",
  it_pemetrexed: "number", targeted_matched: "number", rt_type: "text", any_active_treatment: "number", nprog_time: "number", nprog_status: "number",
};

function schemaCopy(edit: (s: any) => void): string {
  const s = JSON.parse(readFileSync(cohortSchemaPath(), "utf8"));
  edit(s);
  const path = join(mkdtempSync(join(tmpdir(), "lm-schema-")), "schema.json");
  writeFileSync(path, JSON.stringify(s));
  return path;
}

describe("cohortSchema", () => {
  it("reads the schema: 61 fields, each with label, unit key, group and missing policy", () => {
    const s = cohortSchema();
    expect(s.fields.length).toBe(61);
    for (const f of s.fields) {
      expect(f.label, f.name).toBeTruthy();
      expect(f.group, f.name).toBeTruthy();
      expect(["allowed", "excludes-row", "forbidden"]).toContain(f.missing);
      expect((s.raw as any).properties[f.name]).toHaveProperty("x-unit");
    }
  });
  it("CohortColumns lists exactly the schema fields and derived variables, with their kinds", () => {
    const s = cohortSchema();
    const expected = [...s.fields, ...s.derived].map((f) => [f.name, f.kind === "text" ? "text" : "number"]);
    expect(Object.entries(COLUMN_KINDS)).toEqual(expected);
  });
  it("keeps ajv strict mode on: an unknown keyword is refused", () => {
    const path = schemaCopy((s) => { s.properties.age["x-lable"] = "typo"; });
    expect(() => cohortSchema(path)).toThrow(/unknown keyword: "x-lable"/);
  });
  it("checks annotation values against their meta-schema", () => {
    const path = schemaCopy((s) => { s.properties.age["x-missing"] = "sometimes"; });
    expect(() => cohortSchema(path)).toThrow(/x-missing/);
  });
  it("refuses a rule that names an unknown field", () => {
    const path = schemaCopy((s) => { s.properties.pack_years["x-applies-when"].field = "smoker"; });
    expect(() => cohortSchema(path)).toThrow("schema: pack_years refers to unknown field smoker");
  });
  it("refuses a derived variable built from an unknown field", () => {
    const path = schemaCopy((s) => { s["x-derived"].os_months["x-from"] = ["os_day"]; });
    expect(() => cohortSchema(path)).toThrow("schema: derived os_months refers to unknown field os_day");
  });
  it("gives a display label to every level of every categorical field and derived variable", () => {
    const s = cohortSchema();
    for (const f of [...s.fields, ...s.derived]) {
      if (!f.levels) continue;
      for (const l of f.levels) expect(f.valueLabels?.[String(l)], `${f.name} = ${l}`).toBeTruthy();
    }
    expect(s.derived.find((d) => d.name === "bmi_category")?.valueLabels).toEqual({ underweight: "Underweight", normal: "Normal", overweight: "Overweight", obese: "Obese" });
  });
  it("reads the display label of every field group from x-groups", () => {
    const s = cohortSchema();
    expect(s.groupLabels.primary_tumor).toBe("Primary tumour");
    for (const f of s.fields) expect(s.groupLabels[f.group], f.group).toBeTruthy();
  });
  it("refuses x-groups without a label for a group", () => {
    const path = schemaCopy((s) => { delete s["x-groups"].outcome; });
    expect(() => cohortSchema(path)).toThrow(/x-groups/);
  });
  it("validates a row: every problem of a row in one call", () => {
    const validate = createRowValidator(cohortSchema().raw);
    const row = Object.fromEntries(cohortSchema().fields.map((f) => [f.name, null]));
    expect(validate(row)).toBe(false);
    expect((validate.errors ?? []).length).toBeGreaterThan(5);
  });
});
