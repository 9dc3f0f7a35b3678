import { describe, expect, it } from "vitest";
import { InputError } from "../../lib/checkInput";
import { basehaz } from "../../lib/survival/basehaz";
import { coxph } from "../../lib/survival/coxph";
import { coxSurvival } from "../../lib/survival/coxSurvival";
import { expectRel } from "../helpers/expectRel";
import { num } from "../helpers/fixtures";
import { coxCase, coxFixture, fitCoxCase } from "./coxCases";

const TOL = 1e-9;
const worst: Record<string, number> = {};
const note = (q: string, w: number) => (worst[q] = Math.max(worst[q] ?? 0, w));

describe("coxSurvival against R survfit(coxph fit, newdata) (tests/fixtures/cox.json)", () => {
  for (const cc of coxFixture.curves) {
    it(`${cc.name}: ${cc.call}`, () => {
      const fit = fitCoxCase(coxCase(cc.fit));
      const curves = coxSurvival(fit, cc.newdata ?? undefined);
      expect(curves.length).toBe(cc.curves.length);
      cc.curves.forEach((e, k) => {
        const g = curves[k];
        expect(g.profile).toBe(e.profile);
        expect(g.strata === null ? null : String(g.strata)).toBe(e.strata);
        expect(Array.from(g.time)).toEqual(e.time);
        expect(Array.from(g.nRisk)).toEqual(e.nRisk);
        expect(Array.from(g.nEvent)).toEqual(e.nEvent);
        expect(Array.from(g.nCensor)).toEqual(e.nCensor);
        note("cumHaz", expectRel(g.cumHaz, e.cumHaz, TOL, "cumHaz"));
        note("survival", expectRel(g.survival, e.survival, TOL, "survival"));
        note("stdErr", expectRel(g.stdErr, num(e.stdErr), TOL, "stdErr"));
        note("lower", expectRel(g.lower, num(e.lower), TOL, "lower"));
        note("upper", expectRel(g.upper, num(e.upper), TOL, "upper"));
        expect(g.confType).toBe("log");
        expect(g.confLevel).toBe(0.95);
      });
    });
  }
  for (const b of coxFixture.basehaz) {
    it(`basehaz ${b.name}: ${b.call}`, () => {
      const h = basehaz(fitCoxCase(coxCase(b.fit)), false);
      expect(Array.from(h.time)).toEqual(b.time);
      note("basehaz", expectRel(h.hazard, b.hazard, TOL, "hazard"));
      expect(h.strata === null ? null : h.strata.map(String)).toEqual(b.strata);
    });
  }
  it("reports the worst relative difference per quantity", () => {
    console.log("coxSurvival vs R, worst relative difference:", JSON.stringify(worst));
    expect(Object.keys(worst).length).toBe(6);
  });
});

describe("coxSurvival by hand", () => {
  // at b = 0 (iterMax 0) the baseline hazard is Nelson–Aalen (Breslow) or Fleming–Harrington (Efron)
  const time = [1, 2, 2, 3, 4, 4, 4, 6];
  const event = [1, 1, 1, 0, 1, 1, 0, 1];
  const x = [0.5, -1, 2, 0, 1, 0.3, -0.2, 0.8];
  it("Breslow at b = 0: H = sum d/n, S = exp(-H)", () => {
    const fit = coxph({ time, event, covariates: { x }, ties: "breslow", iterMax: 0 });
    const [c] = coxSurvival(fit);
    expect(Array.from(c.time)).toEqual([1, 2, 3, 4, 6]);
    expect(Array.from(c.nRisk)).toEqual([8, 7, 5, 4, 1]);
    expect(Array.from(c.nEvent)).toEqual([1, 2, 0, 2, 1]);
    expect(Array.from(c.nCensor)).toEqual([0, 0, 1, 1, 0]);
    const H = [1 / 8, 1 / 8 + 2 / 7, 1 / 8 + 2 / 7, 1 / 8 + 2 / 7 + 2 / 4, 1 / 8 + 2 / 7 + 2 / 4 + 1];
    expectRel(c.cumHaz, H, 1e-15, "H");
    expectRel(c.survival, H.map((h) => Math.exp(-h)), 1e-15, "S");
  });
  it("Efron at b = 0: tied deaths use 1/n + 1/(n-1) + ...", () => {
    const fit = coxph({ time, event, covariates: { x }, ties: "efron", iterMax: 0 });
    const [c] = coxSurvival(fit);
    const d1 = 1 / 8, d2 = 1 / 7 + 1 / 6, d4 = 1 / 4 + 1 / 3, d6 = 1;
    expectRel(c.cumHaz, [d1, d1 + d2, d1 + d2, d1 + d2 + d4, d1 + d2 + d4 + d6], 1e-15, "H");
  });
  it("one event-free covariate profile: se(H) = sqrt(sum dV + q'Vq) and log limits", () => {
    const fit = coxph({ time, event, covariates: { x }, ties: "breslow" });
    const [c] = coxSurvival(fit, { x: [0.4] });
    const b = fit.coef[0];
    const r = x.map((v) => Math.exp(b * (v - fit.means[0])));
    const r2 = Math.exp(b * (0.4 - fit.means[0]));
    let H0 = 0, V0 = 0, XB = 0;
    const times = [1, 2, 3, 4, 6];
    times.forEach((t, k) => {
      let N = 0, X = 0, d = 0;
      for (let i = 0; i < time.length; i++) {
        if (time[i] >= t) (N += r[i], (X += r[i] * x[i]));
        if (time[i] === t && event[i]) d++;
      }
      H0 += d / N;
      V0 += d / (N * N);
      XB += (X / N) * (d / N);
      const q = H0 * 0.4 - XB;
      const se = Math.sqrt((V0 + q * q * fit.variance[0][0]) * r2 * r2);
      expectRel(c.cumHaz[k], H0 * r2, 1e-13, `H(${t})`);
      expectRel(c.stdErr[k], se, 1e-12, `se(${t})`);
      const S = Math.exp(-H0 * r2);
      expectRel(c.lower[k], S * Math.exp(-1.959963984540054 * se), 1e-12, "lower");
      expectRel(c.upper[k], Math.min(1, S * Math.exp(1.959963984540054 * se)), 1e-12, "upper");
    });
  });
  it("a profile's hazard is the default curve's times exp((z - means)'b)", () => {
    const fit = fitCoxCase(coxCase("lung_efron"));
    const [base] = coxSurvival(fit);
    const z = [55, 2, 1];
    const [c] = coxSurvival(fit, { age: [z[0]], sex: [z[1]], "ph.ecog": [z[2]] });
    const f = Math.exp(fit.coef.reduce((s, b, k) => s + b * (z[k] - fit.means[k]), 0));
    expectRel(c.cumHaz, Array.from(base.cumHaz).map((h) => h * f), 1e-13, "H");
    expect(c.x).toEqual(z);
  });
  it("strata option keeps one stratum per profile; basehaz(centered) is the default curve", () => {
    const fit = fitCoxCase(coxCase("heart_strata_efron"));
    const all = coxSurvival(fit, { age: [-10, 5], year: [2, 4], transplant: [0, 1] });
    const one = coxSurvival(fit, { age: [-10, 5], year: [2, 4], transplant: [0, 1] }, { strata: [1, 0] });
    expect(one.map((c) => [c.profile, c.strata])).toEqual([[0, 1], [1, 0]]);
    expect(Array.from(one[0].cumHaz)).toEqual(Array.from(all[1].cumHaz));
    expect(Array.from(one[1].cumHaz)).toEqual(Array.from(all[2].cumHaz));
    const h = basehaz(fit);
    const def = coxSurvival(fit);
    expect(Array.from(h.hazard)).toEqual([...def[0].cumHaz, ...def[1].cumHaz]);
  });
  it("other confidence types follow survfit's formulas", () => {
    const fit = fitCoxCase(coxCase("ties_efron"));
    const [lg] = coxSurvival(fit);
    const [ll] = coxSurvival(fit, undefined, { confType: "log-log", confLevel: 0.9 });
    const [pl] = coxSurvival(fit, undefined, { confType: "plain" });
    const z90 = 1.6448536269514722;
    for (let i = 0; i < lg.time.length; i++) {
      const S = lg.survival[i], se = lg.stdErr[i];
      if (S < 1) {
        const w = (z90 * se) / Math.log(S);
        expectRel(ll.lower[i], Math.exp(-Math.exp(Math.log(-Math.log(S)) - w)), 1e-13, "log-log lower");
      }
      expectRel(pl.upper[i], Math.min(1, S + 1.959963984540054 * se * S), 1e-13, "plain upper");
    }
  });
});

describe("coxSurvival rejects bad input", () => {
  const fit = coxph({ time: [1, 2, 3, 4], event: [1, 0, 1, 1], covariates: { x: [0.1, 0.5, -0.2, 1], z: [1, 2, 1, 3] } });
  const fails = (f: () => unknown, message: string) => {
    expect(f).toThrow(InputError);
    expect(f).toThrow(message);
  };
  it("newdata missing a term", () => fails(() => coxSurvival(fit, { x: [1] }), "newdata.z: missing; newdata needs a column for every term (x, z)"));
  it("newdata with an unknown column", () => fails(() => coxSurvival(fit, { x: [1], z: [1], w: [2] }), "newdata.w: not a term of the model (x, z)"));
  it("newdata columns of different lengths", () => fails(() => coxSurvival(fit, { x: [1, 2], z: [1] }), "newdata.z: length 1 differs from the other newdata columns (length 2)"));
  it("non-finite newdata value", () => fails(() => coxSurvival(fit, { x: [1, NaN], z: [1, 2] }), "newdata.x[1] = NaN: must be a finite number"));
  it("strata on an unstratified model", () => fails(() => coxSurvival(fit, { x: [1], z: [1] }, { strata: ["a"] }), "strata: the model has no strata"));
  it("unknown confType", () => fails(() => coxSurvival(fit, undefined, { confType: "logit" as never }), 'confType = "logit": must be "log", "log-log" or "plain"'));
});
