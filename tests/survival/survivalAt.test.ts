import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../../lib/survival/kaplanMeier";
import { survivalAt } from "../../lib/survival/survivalAt";
import { expectRel } from "../helpers/expectRel";
import { num } from "../helpers/fixtures";
import { fitCase, kmCases } from "./kmCases";

const TOL = 1e-8;
const cumsum = (v: number[]) => v.reduce<number[]>((acc, x) => [...acc, (acc.length ? acc[acc.length - 1] : 0) + x], []);

describe("survivalAt against R summary(fit, times, extend = TRUE) (km.json)", () => {
  for (const c of kmCases) {
    it(c.call, () => {
      const curves = fitCase(c);
      c.curves.forEach((r, k) => {
        const at = r.at!;
        const rows = survivalAt(curves[k], c.times!);
        expect(rows.map((x) => x.time)).toEqual(at.time);
        expectRel(rows.map((x) => x.survival), num(at.surv), TOL, `${r.group}: surv`);
        expectRel(rows.map((x) => x.lower), num(at.lower), TOL, `${r.group}: lower`);
        expectRel(rows.map((x) => x.upper), num(at.upper), TOL, `${r.group}: upper`);
        expectRel(rows.map((x) => x.stdErr), num(at["std.err"]), TOL, `${r.group}: std.err`);
        expect(rows.map((x) => x.nRisk)).toEqual(at["n.risk"]);
        // R reports counts since the previous requested time; ours are cumulative.
        expect(rows.map((x) => x.nEvent)).toEqual(cumsum(at["n.event"] as number[]));
        expect(rows.map((x) => x.nCensor)).toEqual(cumsum(at["n.censor"] as number[]));
      });
    });
  }
});

describe("survivalAt by hand", () => {
  // rows at 1, 2, 3, 5 with n at risk 5, 4, 2, 1
  const fit = kaplanMeier({ time: [2, 1, 5, 2, 3], event: [1, 1, 0, 0, 1] }).curves[0];
  it("before, at, between and after the observed times, in the order asked", () => {
    const rows = survivalAt(fit, [2.5, 0, 2, 9]);
    expect(rows.map((r) => r.time)).toEqual([2.5, 0, 2, 9]);
    expect(rows.map((r) => r.survival)).toEqual([fit.survival[1], 1, fit.survival[1], fit.survival[3]]);
    expect(rows.map((r) => r.nRisk)).toEqual([2, 5, 4, 0]);
    expect(rows.map((r) => r.nEvent)).toEqual([2, 0, 2, 3]);
    expect(rows.map((r) => r.nCensor)).toEqual([1, 0, 1, 2]);
    expect([rows[1].lower, rows[1].upper, rows[1].stdErr]).toEqual([1, 1, 0]);
    expectRel(rows[0].stdErr, fit.survival[1] * fit.stdErr[1], 1e-15, "se(S)");
  });
  it("invariant to the order of the requested times", () => {
    const a = survivalAt(fit, [0.5, 2, 4]);
    const b = survivalAt(fit, [4, 0.5, 2]);
    expect(b).toEqual([a[2], a[0], a[1]]);
  });
});

describe("survivalAt rejects bad input", () => {
  const fit = kaplanMeier({ time: [1, 2], event: [1, 1] }).curves[0];
  it("negative time", () => expect(() => survivalAt(fit, [1, -1])).toThrow(/times\[1\] = -1/));
  it("NaN time", () => expect(() => survivalAt(fit, [NaN])).toThrow(/times\[0\] = NaN/));
  it("infinite time", () => expect(() => survivalAt(fit, [Infinity])).toThrow(/times\[0\] = Infinity/));
});
