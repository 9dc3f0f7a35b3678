import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../../lib/survival/kaplanMeier";
import { restrictedMean } from "../../lib/survival/restrictedMean";
import { expectRel } from "../helpers/expectRel";
import { fitCase, kmCases } from "./kmCases";

const TOL = 1e-8;
let worst = 0;

describe("restrictedMean against R summary(fit, rmean = tau)$table and print(fit, rmean = tau) (km.json)", () => {
  for (const c of kmCases) {
    it(c.call, () => {
      const curves = fitCase(c);
      c.curves.forEach((r, k) => {
        for (const rm of r.rmean!) {
          const m = restrictedMean(curves[k], rm.tau);
          expect(m.tau).toBe(rm.tau);
          worst = Math.max(worst, expectRel([m.estimate, m.stdErr], rm.summary, TOL, `${r.group} tau=${rm.tau} summary`));
          worst = Math.max(worst, expectRel([m.estimate, m.stdErr], rm.print, TOL, `${r.group} tau=${rm.tau} print`));
        }
      });
    });
  }
  it("worst relative difference is reported", () => {
    console.log(`restrictedMean: worst relative difference vs R = ${worst}`);
  });
});

describe("restrictedMean by hand", () => {
  it("4 deaths at 1..4: area and Greenwood-type variance", () => {
    const fit = kaplanMeier({ time: [1, 2, 3, 4], event: [1, 1, 1, 1] }).curves[0];
    // S = 1 on [0,1), 3/4 on [1,2), 1/2 on [2,3); tau = 3
    const m = restrictedMean(fit, 3);
    expectRel(m.estimate, 1 + 0.75 + 0.5, 1e-15, "rmst");
    // h1 = 1/(4*3), A1 = 0.75 + 0.5; h2 = 1/(3*2), A2 = 0.5; h3 = 1/(2*1), A3 = 0
    const v = (1 / 12) * 1.25 ** 2 + (1 / 6) * 0.25;
    expectRel(m.stdErr, Math.sqrt(v), 1e-15, "se");
  });
  it("tau beyond the last time extends the curve flat", () => {
    const fit = kaplanMeier({ time: [1, 2], event: [1, 0] }).curves[0];
    expectRel(restrictedMean(fit, 10).estimate, 1 + 0.5 * 9, 1e-15, "rmst");
  });
  it("tau before the first time gives tau with stdErr 0", () => {
    const fit = kaplanMeier({ time: [5, 6], event: [1, 0] }).curves[0];
    expect(restrictedMean(fit, 2)).toEqual({ estimate: 2, stdErr: 0, tau: 2 });
  });
});

describe("restrictedMean rejects bad input", () => {
  const fit = kaplanMeier({ time: [1, 2], event: [1, 1] }).curves[0];
  it("tau = 0", () => expect(() => restrictedMean(fit, 0)).toThrow(/tau = 0: must be a finite number > 0/));
  it("tau < 0", () => expect(() => restrictedMean(fit, -1)).toThrow(/tau = -1/));
  it("tau infinite", () => expect(() => restrictedMean(fit, Infinity)).toThrow(/tau = null/));
  it("tau NaN", () => expect(() => restrictedMean(fit, NaN)).toThrow(/tau = null/));
});
