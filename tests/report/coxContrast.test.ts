import { describe, expect, it } from "vitest";
import { coxContrast } from "../../lib/report/coxContrast";
import { multivariableCox } from "../../lib/report/coxForest";
import { reportCohort } from "./reportCohort";

describe("coxContrast", () => {
  it("equals the coefficient of the same comparison with the other level as reference", () => {
    const c = reportCohort(400, 11);
    const v = (reference: string) => [{ column: "extracranial_status", label: "E", reference }];
    const a = multivariableCox(c, v("none"), { time: "os_months", event: "vital_status" }).fit;
    const b = multivariableCox(c, v("controlled"), { time: "os_months", event: "vital_status" }).fit;
    const k = coxContrast(a, "extracranial_status=progressive", "extracranial_status=controlled");
    const j = b.terms.indexOf("extracranial_status=progressive");
    expect(k.coef).toBeCloseTo(b.coef[j], 6);
    expect(k.se).toBeCloseTo(b.se[j], 6);
    expect(k.p).toBeCloseTo(b.p[j], 6);
    expect(k.lower).toBeCloseTo(b.hrLower[j], 6);
    expect(() => coxContrast(a, "x", "extracranial_status=controlled")).toThrow("x is not a term of the fit");
  });
});
