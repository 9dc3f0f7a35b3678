import { describe, expect, it } from "vitest";
import { cohortSchema } from "../../lib/data/cohortSchema";
import { forestMeta, multivariableCox, termLabels, univariableCox, variableKey, zphTermsOf } from "../../lib/report/coxForest";
import { coxVariables } from "../../lib/report/coxVariables";
import { modelMatrix } from "../../lib/report/modelMatrix";
import { coxph } from "../../lib/survival/coxph";
import { reportCohort } from "./reportCohort";

const c = reportCohort();
const schema = cohortSchema();
const variables = coxVariables(schema, [{ column: "kps", per: 10 }, "hydrocephalus", { column: "primary_tumor", reference: "nsclc" }]);

describe("coxVariables", () => {
  it("codes a 0/1 flag as one term, an enum as indicators, a number per step, labelled from the dictionary", () => {
    expect(variables[0]).toMatchObject({ column: "kps", per: 10, unit: "per 10" });
    expect(coxVariables(schema, ["bmi", { column: "platelets", per: 50 }]).map((v) => v.unit)).toEqual(["per kg/m²", "per 50 10^9/L"]);
    expect(variables[1]).toEqual({ column: "hydrocephalus", label: "Hydrocephalus", name: undefined, unit: "yes vs no" });
    expect(variables[2]).toMatchObject({ column: "primary_tumor", label: "Primary tumour", reference: "nsclc", levels: ["sclc", "breast", "gastrointestinal", "melanoma", "other"] });
    expect(coxVariables(schema, [{ column: "x", dictionary: "csf_wbc", unit: "per doubling" }])[0]).toMatchObject({ column: "x", label: "CSF white cells", unit: "per doubling" });
  });
});

describe("univariableCox", () => {
  it("fits one model per variable on its complete cases, as coxph does", () => {
    const u = univariableCox(c, variables, { time: "os_months", event: "vital_status" });
    expect(Object.keys(u.fits)).toEqual(["kps", "hydrocephalus", "primary_tumor"]);
    const keep = Array.from({ length: c.kps.length }, (_, i) => i).filter((i) => !Number.isNaN((c.kps as Float64Array)[i]));
    const direct = coxph({ time: keep.map((i) => (c.os_months as Float64Array)[i]), event: keep.map((i) => (c.vital_status as Float64Array)[i]), covariates: { kps: keep.map((i) => (c.kps as Float64Array)[i] / 10) } });
    expect(u.fits.kps.coef[0]).toBeCloseTo(direct.coef[0], 12);
    expect(u.tests.find((t) => t.variable === "primary_tumor")!.df).toBe(u.fits.primary_tumor.terms.length);
    const meta = u.meta.find((m) => m.variable === "primary_tumor")!;
    expect(meta.levels![0].level).toBe("nsclc");
    expect(meta.levels![0].term).toBeUndefined();
    expect(meta.levels!.reduce((a, l) => a + (l.n ?? 0), 0)).toBe(u.fits.primary_tumor.n);
    expect(meta.levels!.reduce((a, l) => a + (l.events ?? 0), 0)).toBe(u.fits.primary_tumor.events);
  });
});

describe("multivariableCox", () => {
  it("fits complete cases; eventCode turns a competing-risks status into a cause-specific event", () => {
    const m = multivariableCox(c, variables, { time: "nprog_time", event: "nprog_status", eventCode: 1 });
    const status = Array.from(m.design.rows, (i) => (c.nprog_status as Float64Array)[i]);
    expect(m.fit.events).toBe(status.filter((s) => s === 1).length);
    expect(m.fit.n).toBe(m.design.rows.length);
    const sub = multivariableCox(c, variables.slice(0, 1), { time: "os_months", event: "vital_status", subset: m.design.rows });
    expect(sub.fit.n).toBe(m.fit.n);
  });
  it("forestMeta counts each level over the complete cases", () => {
    const mm = modelMatrix(c, [{ column: "hydrocephalus" }], { also: ["os_months", "vital_status"] });
    const meta = forestMeta([variables[1]], mm, c.vital_status as Float64Array);
    expect(meta[0]).toMatchObject({ variable: "hydrocephalus", type: "continuous", n: mm.rows.length });
  });
});

describe("labels and cox.zph groups", () => {
  it("labels every coefficient and groups indicators into one cox.zph term", () => {
    const terms = ["kps", "hydrocephalus", "primary_tumor=sclc", "primary_tumor=breast", "it_chemo(t)"];
    expect(termLabels(variables, terms, { "it_chemo(t)": "Intrathecal chemotherapy" })).toEqual({
      kps: "Karnofsky performance status (per 10)", hydrocephalus: "Hydrocephalus (yes vs no)",
      "primary_tumor=sclc": "Primary tumour: SCLC vs NSCLC", "primary_tumor=breast": "Primary tumour: Breast cancer vs NSCLC", "it_chemo(t)": "Intrathecal chemotherapy",
    });
    expect(zphTermsOf(variables, terms)).toEqual([
      { term: "kps", columns: ["kps"] }, { term: "hydrocephalus", columns: ["hydrocephalus"] },
      { term: "primary_tumor", columns: ["primary_tumor=sclc", "primary_tumor=breast"] }, { term: "it_chemo(t)", columns: ["it_chemo(t)"] },
    ]);
    expect(variables.map(variableKey)).toEqual(["kps", "hydrocephalus", "primary_tumor"]);
  });
});
