import { describe, expect, it } from "vitest";
import { linearPredictor } from "../../lib/data/linearPredictor";

describe("linearPredictor", () => {
  it("sums logHR × value, indicators for level terms, NaN when a value is missing", () => {
    const columns = { kps_ge70: new Float64Array([1, 0, NaN]), primary_tumor: ["sclc", "nsclc", "sclc"] };
    const lp = linearPredictor(columns, [
      { term: "kps_ge70", column: "kps_ge70", logHR: -0.6 },
      { term: "primary_tumor=sclc", column: "primary_tumor", level: "sclc", reference: "nsclc", logHR: 0.5 },
    ], 3);
    expect(lp[0]).toBeCloseTo(-0.1, 15);
    expect(lp[1]).toBe(0);
    expect(lp[2]).toBeNaN();
  });
  it("refuses a term whose column is absent", () => {
    expect(() => linearPredictor({}, [{ term: "x", column: "x", logHR: 1 }], 1)).toThrow("linearPredictor: column x of term x is missing");
  });
});
