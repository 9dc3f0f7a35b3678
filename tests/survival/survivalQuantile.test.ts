import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../../lib/survival/kaplanMeier";
import { survivalQuantile } from "../../lib/survival/survivalQuantile";
import { expectRel } from "../helpers/expectRel";
import { num } from "../helpers/fixtures";
import { fitCase, kmCases } from "./kmCases";

const TOL = 1e-8;

describe("survivalQuantile against R quantile.survfit / print.survfit (km.json)", () => {
  for (const c of kmCases) {
    it(c.call, () => {
      const curves = fitCase(c);
      c.curves.forEach((r, k) => {
        const q3 = survivalQuantile(curves[k], [0.25, 0.5, 0.75]);
        expect(q3.map((q) => q.p)).toEqual([0.25, 0.5, 0.75]);
        expectRel(q3.map((q) => q.estimate), num(r.quantile3.estimate), TOL, `${r.group}: quantile`);
        expectRel(q3.map((q) => q.lower), num(r.quantile3.lower), TOL, `${r.group}: lower`);
        expectRel(q3.map((q) => q.upper), num(r.quantile3.upper), TOL, `${r.group}: upper`);
        const q1 = survivalQuantile(curves[k], 0.5);
        expectRel([q1.estimate, q1.lower, q1.upper], num([...r.quantile1.estimate, ...r.quantile1.lower, ...r.quantile1.upper]), TOL, `${r.group}: median`);
        // summary()$table uses the same survmean() as print(); it differs from quantile() only for "flat".
        const t = r.summaryTable;
        if (c.data !== "flat") expectRel([q1.estimate, q1.lower, q1.upper], num([t.median, t.lower, t.upper]), TOL, `${r.group}: table`);
        expect(r.printTable).toEqual(r.summaryTable);
      });
    });
  }
});

describe("survivalQuantile by hand", () => {
  it("midpoint rule: 4 deaths at 1..4, S = 1/2 on [2, 3) gives median 2.5", () => {
    const fit = kaplanMeier({ time: [1, 2, 3, 4], event: [1, 1, 1, 1] }).curves[0];
    expect(survivalQuantile(fit, 0.5).estimate).toBe(2.5);
    expect(survivalQuantile(fit, [0.25, 0.75]).map((q) => q.estimate)).toEqual([1.5, 3.5]);
    expect(survivalQuantile(fit, 0.6).estimate).toBe(3);
  });
  it("S equal to 1 - p up to the last time: midpoint with the last time", () => {
    const fit = kaplanMeier({ time: [1, 2, 3, 4], event: [1, 1, 0, 0] }).curves[0];
    expect(survivalQuantile(fit, 0.5).estimate).toBe(3);
  });
  it("not reached is NaN", () => {
    const fit = kaplanMeier({ time: [1, 2, 3], event: [1, 0, 0] }).curves[0];
    const q = survivalQuantile(fit, 0.5);
    expect(q.estimate).toBeNaN();
    expect(q.upper).toBeNaN();
  });
  it("R's joint rule: all NaN when 1 - S stays below the smallest p", () => {
    const fit = kaplanMeier({ time: [1, 2, 3, 4], event: [1, 0, 0, 0] }).curves[0]; // 1 - S = 1/4
    expect(survivalQuantile(fit, [0.25, 0.5])[0].estimate).toBe(2.5); // (1 + last time 4)/2
    expect(survivalQuantile(fit, 0.2).estimate).toBe(1);
    // R: f <- survfit(Surv(1:10, c(1,1,1,rep(0,7))) ~ 1); p <- 1 - f$surv[10] + 1e-12
    //    quantile(f, p) is NA but quantile(f, c(0.05, p)) gives 1.0, 6.5
    const g = kaplanMeier({ time: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], event: [1, 1, 1, 0, 0, 0, 0, 0, 0, 0] }).curves[0];
    const p = 1 - g.survival[9] + 1e-12;
    expect(survivalQuantile(g, p).estimate).toBeNaN();
    expect(survivalQuantile(g, [0.05, p]).map((q) => q.estimate)).toEqual([1, 6.5]);
  });
  it("accepts a tolerance option", () => {
    const fit = kaplanMeier({ time: [1, 2, 3, 4], event: [1, 1, 1, 1] }).curves[0];
    expect(survivalQuantile(fit, 0.5, { tolerance: 1e-3 }).estimate).toBe(2.5);
  });
});

describe("survivalQuantile rejects bad input", () => {
  const fit = kaplanMeier({ time: [1, 2], event: [1, 1] }).curves[0];
  it("p = 0", () => expect(() => survivalQuantile(fit, 0)).toThrow(/p\[0\] = 0: a probability must be strictly between 0 and 1/));
  it("p = 1", () => expect(() => survivalQuantile(fit, 1)).toThrow(/p\[0\] = 1/));
  it("p > 1 in an array", () => expect(() => survivalQuantile(fit, [0.5, 1.5])).toThrow(/p\[1\] = 1.5/));
  it("p NaN", () => expect(() => survivalQuantile(fit, NaN)).toThrow(/p\[0\] = null/));
  it("empty p", () => expect(() => survivalQuantile(fit, [])).toThrow(/no probabilities/));
  it("bad tolerance", () => expect(() => survivalQuantile(fit, 0.5, { tolerance: 0 })).toThrow(/tolerance = 0/));
});
