import { describe, expect, it } from "vitest";
import { lackingFields, requireFields } from "../../lib/notebook/requireFields";

const cohort = {
  report: { file: "/data/exports/cohort-2025.csv" },
  columns: { os_days: Float64Array.from([10, 20]), kps: Float64Array.from([NaN, NaN]), mri_pattern: ["", ""], sex: ["female", ""] },
};

describe("requireFields", () => {
  it("returns when every field has a value in some row", () => {
    expect(() => requireFields(cohort, ["os_days", "sex"])).not.toThrow();
  });
  it("names an absent column and the file (base name only)", () => {
    expect(() => requireFields(cohort, ["os_days", "hdl_c"])).toThrow("This notebook needs the column hdl_c, which cohort-2025.csv lacks (hdl_c: absent).");
  });
  it("treats a column empty in every row (numbers NaN, text empty) as lacking, listing all at once", () => {
    expect(() => requireFields(cohort, ["kps", "mri_pattern", "hdl_c"])).toThrow(
      "This notebook needs the columns kps, mri_pattern, hdl_c, which cohort-2025.csv lacks (kps: empty in all 2 rows analysed; mri_pattern: empty in all 2 rows analysed; hdl_c: absent).",
    );
  });
});

describe("lackingFields", () => {
  it("lists the fields absent or empty, in the order asked", () => {
    expect(lackingFields(cohort, ["hdl_c", "os_days", "kps", "sex"])).toEqual(["hdl_c", "kps"]);
    expect(lackingFields(cohort, ["os_days"])).toEqual([]);
  });
});
