import { readFileSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";
import { cohortSchema } from "../../lib/data/cohortSchema";
import { simulationTruth } from "../../lib/data/simulationTruth";
import { driverGroups } from "../../lib/report/driverGroups";
import { compactLabels, daysPerMonth, fieldInfo } from "../../lib/report/fieldInfo";
import { termSpec } from "../../lib/report/coxForest";
import { modelMatrix } from "../../lib/report/modelMatrix";
import { prognosticModel } from "../../lib/report/prognosticModel";
import { summaryMedian, summaryRanking, summaryShare, tableOneVariables } from "../../lib/report/tableOneVariables";
import { tableOneSummary } from "../../lib/stats/tableOneSummary";
import { reportCohort } from "./reportCohort";

const schema = cohortSchema();

describe("prognosticModel", () => {
  it("codes exactly the terms of the documented truth, in its order (data/truth.json and simulationTruth)", () => {
    const spec = prognosticModel(schema);
    const c = reportCohort();
    const mm = modelMatrix(c, spec.baseline.map(termSpec));
    const truth = JSON.parse(readFileSync(join(__dirname, "../../data/truth.json"), "utf8"));
    expect(Object.keys(mm.covariates)).toEqual(truth.death.terms.map((t: { term: string }) => t.term));
    expect(Object.keys(mm.covariates)).toEqual(simulationTruth.death.terms.map((t) => t.term));
    expect(spec.treatments.map((t) => t.term)).toEqual(simulationTruth.death.timeDependent.map((t) => t.term));
    expect(spec.treatments.map((t) => [t.flag, t.startDay])).toEqual(simulationTruth.death.timeDependent.map((t) => [t.flag, t.startDay]));
  });
});

describe("fieldInfo and friends", () => {
  it("reads labels, units and levels from the dictionary", () => {
    expect(fieldInfo(schema, "primary_tumor")).toMatchObject({ label: "Primary tumour", levels: ["nsclc", "sclc", "breast", "gastrointestinal", "melanoma", "other"] });
    expect(fieldInfo(schema, "sx_headache").levelLabels).toEqual({ "0": "no", "1": "yes" });
    expect(fieldInfo(schema, "gfr_ckd_epi").unit).toBe("mL/min/1.73 m²");
    expect(() => fieldInfo(schema, "nonsense")).toThrow("nonsense is neither a schema field nor a derived variable");
    expect(daysPerMonth(schema)).toBe(30.4375);
    expect(compactLabels({ a: "Breast cancer", b: "Other solid tumour", c: "NSCLC" })).toEqual({ a: "Breast", b: "Other", c: "NSCLC" });
  });
  it("Table 1 variables: categorical with dictionary levels, continuous with units, categorical on request", () => {
    const v = tableOneVariables(schema, ["sex", "age", "lm_year"], { categorical: ["lm_year"] });
    expect(v).toEqual([
      { name: "sex", label: "Sex", type: "categorical", levels: ["female", "male"], levelLabels: fieldInfo(schema, "sex").levelLabels },
      { name: "age", label: "Age at LM diagnosis", type: "continuous", unit: "years" },
      { name: "lm_year", label: "Year of LM diagnosis", type: "categorical" },
    ]);
    const c = reportCohort();
    const s = tableOneSummary({ data: c, variables: v });
    const female = (c.sex as string[]).filter((x) => x === "female").length;
    expect(summaryShare(s, "sex", "female")).toMatchObject({ n: female, of: c.sex.length });
    expect(summaryRanking(s, "sex")[0].n).toBe(Math.max(female, c.sex.length - female));
    expect(summaryMedian(s, "age").n).toBe(c.age.length);
    expect(() => summaryShare(s, "age", 1)).toThrow("age is not a categorical variable");
  });
  it("driver groups: EGFR-mutant, else ALK-positive, else both negative; unknown otherwise", () => {
    const cols = {
      primary_tumor: ["nsclc", "nsclc", "nsclc", "nsclc", "breast", "breast", "sclc"],
      egfr_status: ["mutant", "wildtype", "wildtype", "", "", "", ""],
      alk_status: ["", "positive", "negative", "negative", "", "", ""],
      her2_status: ["", "", "", "", "positive", "", ""],
    };
    expect(driverGroups(cols, schema, "nsclc").values).toEqual(["EGFR-mutant", "ALK-positive", "EGFR wild-type, ALK-negative", "", "", "", ""]);
    expect(driverGroups(cols, schema, "breast").values).toEqual(["", "", "", "", "HER2-positive", "", ""]);
  });
});
