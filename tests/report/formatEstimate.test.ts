import { describe, expect, it } from "vitest";
import { formatEstimate } from "../../lib/report/formatEstimate";

const fit = { terms: ["a", "b=x"], hr: [0.7, 1.523], hrLower: [0.55, 1.1], hrUpper: [0.9, 2.1], p: [0.0041, 0.0004], confLevel: 0.95 };

describe("formatEstimate", () => {
  it("formats medians, with 'not reached' where the curve or a limit does not cross 0.5", () => {
    expect(formatEstimate.median({ estimate: 4.66, lower: 3.9, upper: 5.5 })).toBe("4.7 months (95% CI 3.9–5.5)");
    expect(formatEstimate.median({ estimate: 50.3, lower: 33.4, upper: NaN })).toBe("50.3 months (95% CI 33.4–not reached)");
    expect(formatEstimate.median({ estimate: NaN, lower: 20, upper: NaN })).toBe("not reached (95% CI 20.0–not reached)");
  });
  it("formats survival, hazard ratios, counts and tests", () => {
    expect(formatEstimate.survival({ survival: 0.623, lower: 0.51, upper: 0.751 })).toBe("62.3% (95% CI 51.0–75.1)");
    expect(formatEstimate.hr(fit, "a")).toBe("HR 0.70 (95% CI 0.55–0.90; p = 0.004)");
    expect(formatEstimate.ratio({ hr: 1.523, lower: 1.1, upper: 2.1, p: 0.0004 })).toBe("HR 1.52 (95% CI 1.10–2.10; p < 0.001)");
    expect(() => formatEstimate.hr(fit, "c")).toThrow("c is not a term of the fit");
    expect(formatEstimate.countOf(12, 400)).toBe("12 of 400 (3.0%)");
    expect(formatEstimate.countOf(3, 400, 5)).toBe("<5 of 400");
    expect(formatEstimate.count(3, 5)).toBe("<5");
    expect(formatEstimate.test({ chisq: 11.424, df: 2, p: 0.0033 })).toBe("χ² = 11.42, df = 2, p = 0.003");
  });
  it("labels every hazard ratio of a variable", () => {
    expect(formatEstimate.variableHrs({ column: "a", label: "Age", unit: "per 10 years" }, fit)).toBe("Age (per 10 years): HR 0.70 (95% CI 0.55–0.90; p = 0.004)");
    expect(formatEstimate.variableHrs({ column: "b", label: "Group", reference: "y", levelLabels: { x: "X", y: "Y" } }, fit)).toBe("Group: X vs Y HR 1.52 (95% CI 1.10–2.10; p < 0.001)");
  });
});
