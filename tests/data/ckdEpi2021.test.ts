import { describe, expect, it } from "vitest";
import { ckdEpi2021 } from "../../lib/data/ckdEpi2021";
import { expectRel } from "../helpers/expectRel";

// Hand computations from the CKD-EPI 2021 equation (Inker et al., NEJM 2021):
// eGFR = 142 × min(Scr/κ,1)^α × max(Scr/κ,1)^-1.200 × 0.9938^age × 1.012 [female]
describe("ckdEpi2021", () => {
  it("woman, 60 years, Scr 0.8 mg/dL (70.72 µmol/L): 142 × (0.8/0.7)^-1.2 × 0.9938^60 × 1.012", () => {
    // (0.8/0.7)^-1.2 = exp(-1.2 × 0.1335314) = 0.8519413; 0.9938^60 = 0.6885564
    const hand = 142 * 0.8519413 * 0.6885564 * 1.012; // = 84.298
    expectRel(ckdEpi2021(70.72, 60, "female"), hand, 1e-6, "eGFR");
    expect(Math.round(ckdEpi2021(70.72, 60, "female"))).toBe(84);
  });
  it("man, 50 years, Scr 1.0 mg/dL (88.4 µmol/L): 142 × (1/0.9)^-1.2 × 0.9938^50", () => {
    // (1/0.9)^-1.2 = exp(-1.2 × 0.1053605) = 0.8812335; 0.9938^50 = 0.7327395 (= 91.69)
    expectRel(ckdEpi2021(88.4, 50, "male"), 142 * 0.8812335 * 0.7327395, 1e-6, "eGFR");
  });
  it("woman, 40 years, Scr 0.5 mg/dL below κ uses α: 142 × (0.5/0.7)^-0.241 × 0.9938^40 × 1.012", () => {
    // (0.5/0.7)^-0.241 = exp(0.241 × 0.3364722) = 1.0844683; 0.9938^40 = 0.7797577 (= 121.52)
    expectRel(ckdEpi2021(44.2, 40, "female"), 142 * 1.0844683 * 0.7797577 * 1.012, 1e-6, "eGFR");
  });
  it("is NaN when creatinine, age or sex is missing", () => {
    expect(ckdEpi2021(NaN, 50, "male")).toBeNaN();
    expect(ckdEpi2021(80, NaN, "male")).toBeNaN();
    expect(ckdEpi2021(80, 50, "")).toBeNaN();
    expect(ckdEpi2021(0, 50, "male")).toBeNaN();
  });
});
