import { describe, expect, it } from "vitest";
import type { CoxFit } from "../../lib/survival/CoxFit";
import { coxph } from "../../lib/survival/coxph";
import { coxZph } from "../../lib/survival/coxZph";
import { expectRel } from "../helpers/expectRel";
import { datasets, num } from "../helpers/fixtures";
import { coxFitFromFixture, zphCases } from "./coxZphFixture";

const cases = zphCases();

describe("coxZph vs survival 3.5 cox.zph (fit rebuilt from R's coef and model)", () => {
  it.each(Object.entries(cases))("%s", (name, c) => {
    const fit = coxFitFromFixture(c);
    const z = coxZph(fit, { transform: c.transform, terms: c.useTerms ? c.assign : undefined });
    const table = c.result.table;
    const nt = table.length - 1;
    expect(z.terms.map((t) => t.term)).toEqual(c.useTerms ? table.slice(0, nt).map((t) => t.term) : c.terms);
    z.terms.forEach((t, k) => {
      expectRel(t.chisq, table[k].chisq, 1e-9, `${name} ${t.term} chisq`);
      expect(t.df).toBe(table[k].df);
      expectRel(t.p, table[k].p, 1e-9, `${name} ${t.term} p`);
    });
    expectRel(z.global.chisq, table[nt].chisq, 1e-9, `${name} global chisq`);
    expect(z.global.df).toBe(table[nt].df);
    expectRel(z.global.p, table[nt].p, 1e-9, `${name} global p`);
    expectRel(z.x, c.result.x, 1e-12, `${name} x`);
    expectRel(z.time, c.result.time, 0, `${name} time`);
    expect(z.residuals.length).toBe(c.result.y.length);
    z.residuals.forEach((col, k) => expectRel(col, num(c.result.y[k]), 1e-9, `${name} y[, ${k}]`));
    c.result.var.forEach((row, i) => expectRel(z.variance[i], row, 1e-9, `${name} var[${i}, ]`));
    if (c.result.strata === null) expect(z.strata).toBeNull();
    else expect(z.strata!.map(String)).toEqual(c.result.strata);
    expect(z.transform).toBe(c.transform);
  });
});

describe("coxZph end to end: coxZph(coxph(...)) vs cox.zph", () => {
  const d = datasets();
  const col = (set: string, k: string) => d[set][k] as number[];
  const lungRows = col("lung", "time").map((_, i) => i).filter((i) => ["time", "status", "age", "sex", "ph.ecog"].every((k) => d.lung[k][i] !== null));
  const lung = (k: string) => lungRows.map((i) => col("lung", k)[i]);
  const cell = d.veteran.celltype as string[];
  const builds: Record<string, () => CoxFit> = {
    lung: () => coxph({ time: lung("time"), event: lung("status"), covariates: { age: lung("age"), sex: lung("sex"), "ph.ecog": lung("ph.ecog") } }),
    lung_breslow: () => coxph({ time: lung("time"), event: lung("status"), covariates: { age: lung("age"), sex: lung("sex"), "ph.ecog": lung("ph.ecog") }, ties: "breslow" }),
    veteran: () => coxph({
      time: col("veteran", "time"), event: col("veteran", "status"),
      covariates: {
        trt: col("veteran", "trt"), karno: col("veteran", "karno"),
        celltypesmallcell: cell.map((c) => +(c === "smallcell")), celltypeadeno: cell.map((c) => +(c === "adeno")), celltypelarge: cell.map((c) => +(c === "large")),
      },
    }),
    ovarian: () => coxph({ time: col("ovarian", "futime"), event: col("ovarian", "fustat"), covariates: { age: col("ovarian", "age") }, strata: col("ovarian", "rx") }),
    heart: () => coxph({ start: col("heart", "start"), time: col("heart", "stop"), event: col("heart", "event"), covariates: { age: col("heart", "age"), transplant1: (d.heart.transplant as string[]).map((v) => +(v === "1")) } }),
    heart_breslow: () => coxph({ start: col("heart", "start"), time: col("heart", "stop"), event: col("heart", "event"), covariates: { age: col("heart", "age"), transplant1: (d.heart.transplant as string[]).map((v) => +(v === "1")) }, ties: "breslow" }),
  };
  const e2e: [string, string][] = [
    ["lung_km", "lung"], ["lung_log", "lung"], ["lung_breslow_km", "lung_breslow"], ["veteran_km_terms", "veteran"],
    ["veteran_km_columns", "veteran"], ["ovarian_km", "ovarian"], ["heart_km", "heart"], ["heart_breslow_km", "heart_breslow"],
  ];
  it.each(e2e)("%s", (name, build) => {
    const c = cases[name];
    const fit = builds[build]();
    expectRel(fit.coef, c.coef, 1e-8, `${name} coef`);
    const z = coxZph(fit, { transform: c.transform, terms: c.useTerms ? c.assign : undefined });
    const nt = c.result.table.length - 1;
    z.terms.forEach((t, k) => expectRel(t.chisq, c.result.table[k].chisq, 1e-8, `${name} ${t.term} chisq`));
    expectRel(z.global.chisq, c.result.table[nt].chisq, 1e-8, `${name} global`);
    expectRel(z.x, c.result.x, 1e-12, `${name} x`);
    z.residuals.forEach((r, k) => expectRel(r, num(c.result.y[k]), 1e-8, `${name} y[, ${k}]`));
  });
});

describe("coxZph by hand", () => {
  it("one covariate, no ties, identity transform: u, information and scaled residuals from their definitions", () => {
    const time = [2, 5, 3, 8, 6, 1, 7];
    const event = [1, 1, 0, 1, 1, 1, 0];
    const xs = [0.5, -1, 2, 0.3, 1.2, -0.4, 0.8];
    const beta = 0.37;
    const fit = fitOf({ stop: time, event, x: [xs], coef: [beta], ties: "breslow" });
    const z = coxZph(fit, { transform: "identity" });
    const ev = time.map((_, i) => i).filter((i) => event[i] === 1).sort((a, b) => time[a] - time[b]);
    const gbar = ev.reduce((s, i) => s + time[i], 0) / ev.length;
    let u = 0, i11 = 0, i12 = 0, i22 = 0;
    const r: number[] = [];
    for (const i of ev) {
      const risk = time.map((_, j) => j).filter((j) => time[j] >= time[i]);
      const wsum = risk.reduce((s, j) => s + Math.exp(beta * xs[j]), 0);
      const xbar = risk.reduce((s, j) => s + Math.exp(beta * xs[j]) * xs[j], 0) / wsum;
      const v = risk.reduce((s, j) => s + Math.exp(beta * xs[j]) * xs[j] * xs[j], 0) / wsum - xbar * xbar;
      const g = time[i] - gbar;
      u += g * (xs[i] - xbar);
      i11 += v;
      i12 += g * v;
      i22 += g * g * v;
      r.push(xs[i] - xbar);
    }
    expectRel(z.global.chisq, (u * u) / (i22 - (i12 * i12) / i11), 1e-12, "chisq");
    expectRel(z.terms[0].chisq, z.global.chisq, 1e-14, "term = global");
    expectRel(z.x, ev.map((i) => time[i]), 0, "x");
    expectRel(z.residuals[0], r.map((ri) => beta + ri / (i11 / ev.length)), 1e-12, "y");
    expectRel(z.variance[0][0], ev.length / i11, 1e-12, "var");
  });

  it("km transform is 1 - KM just before each event time; rank uses average ranks", () => {
    const time = [1, 2, 2, 3, 4, 4, 5];
    const event = [1, 1, 0, 1, 1, 1, 0];
    const fit = fitOf({ stop: time, event, x: [[0, 1, 0, 1, 1, 0, 1]], coef: [0.2], ties: "efron" });
    // KM: S(1) = 6/7, S(2) = 6/7 * 5/6, S(3) = S(2) * 3/4, S(4) = S(3) * 1/3
    const S1 = 6 / 7, S2 = S1 * (5 / 6), S3 = S2 * (3 / 4);
    expectRel(coxZph(fit).x, [0, 1 - S1, 1 - S2, 1 - S3, 1 - S3], 1e-15, "km");
    expectRel(coxZph(fit, { transform: "rank" }).x, [1, 2.5, 4, 5.5, 5.5], 0, "rank");
    expect(coxZph(fit, { transform: "log" }).x[2]).toBe(Math.log(3));
  });
});

describe("coxZph invariants", () => {
  it("row order does not change the tests; residuals are the same multiset", () => {
    for (const name of ["lung_km", "heart_km", "ties_strata_km"]) {
      const c = cases[name];
      const fit = coxFitFromFixture(c);
      const n = fit.model.stop.length;
      const perm = Array.from({ length: n }, (_, i) => (i * 37 + 11) % n);
      const m = fit.model;
      const pf = { ...fit, model: {
        ...m,
        start: m.start === null ? null : Float64Array.from(perm, (i) => m.start![i]),
        stop: Float64Array.from(perm, (i) => m.stop[i]),
        event: Float64Array.from(perm, (i) => m.event[i]),
        x: m.x.map((col) => Float64Array.from(perm, (i) => col[i])),
        strata: Int32Array.from(perm, (i) => m.strata[i]),
      } };
      const a = coxZph(fit);
      const b = coxZph(pf);
      expectRel(b.global.chisq, a.global.chisq, 1e-12, `${name} global`);
      a.terms.forEach((t, k) => expectRel(b.terms[k].chisq, t.chisq, 1e-12, `${name} ${t.term}`));
      expectRel(b.time, a.time, 0, `${name} time`);
      a.residuals.forEach((col, k) => expectRel(Array.from(b.residuals[k]).sort(), Array.from(col).sort(), 1e-12, `${name} residual multiset`));
    }
  });

  it("relabelling strata reorders the residual blocks only", () => {
    const c = cases.ovarian_km;
    const fit = coxFitFromFixture(c);
    const swapped = { ...fit, model: { ...fit.model, strata: Int32Array.from(fit.model.strata, (s) => 1 - s), strataLevels: fit.model.strataLevels.slice().reverse() } };
    const a = coxZph(fit);
    const b = coxZph(swapped);
    expectRel(b.global.chisq, a.global.chisq, 1e-13, "global");
    const key = (z: typeof a) => Array.from(z.time, (t, i) => `${z.strata![i]}:${t}:${z.residuals[0][i].toPrecision(12)}`).sort();
    expect(key(b)).toEqual(key(a));
    expect(key(a).length).toBe(c.result.time.length);
    expect(b.strata![0]).toBe(a.strata![a.strata!.length - 1]);
  });

  it("a function transform returning the times equals identity; aliased coefficients are dropped", () => {
    const fit = coxFitFromFixture(cases.lung_identity);
    const a = coxZph(fit, { transform: "identity" });
    const b = coxZph(fit, { transform: (t) => t });
    expect(b.transform).toBe("user");
    expectRel(b.global.chisq, a.global.chisq, 0, "global");
    const aliased = { ...fit, terms: [...fit.terms, "dup"], coef: [...fit.coef, NaN], aliased: [...fit.aliased, true], model: { ...fit.model, x: [...fit.model.x, fit.model.x[0]] } };
    const c = coxZph(aliased, { transform: "identity" });
    expect(c.terms.map((t) => t.term)).toEqual(["age", "sex", "ph.ecog"]);
    expectRel(c.global.chisq, a.global.chisq, 0, "aliased dropped");
  });
});

describe("coxZph rejects bad input", () => {
  const fit = coxFitFromFixture(cases.lung_km);
  it("no model", () => expect(() => coxZph({ ...fit, model: undefined as any })).toThrow("fit: expected a CoxFit with its model (stop, event, x, strata), as returned by coxph"));
  it("ties", () => expect(() => coxZph({ ...fit, ties: "exact" as any })).toThrow('fit.ties = "exact": must be "efron" or "breslow"'));
  it("transform name", () => expect(() => coxZph(fit, { transform: "sqrt" as any })).toThrow('transform = "sqrt": must be "km", "rank", "identity", "log" or a function'));
  it("transform function length", () => expect(() => coxZph(fit, { transform: () => [1, 2] })).toThrow("transform: the function must return 227 values (one per row), got 2"));
  it("transform function value", () => expect(() => coxZph(fit, { transform: (t) => Array.from(t, (v, i) => (i === 3 ? NaN : v)) })).toThrow("transform: value [3] = NaN is not a finite number"));
  it("log of time 0", () => expect(() => coxZph(coxFitFromFixture(cases.ties_km), { transform: "log" })).toThrow('transform = "log": time[0] = 0 has no finite logarithm (times must be > 0)'));
  it("all aliased", () => expect(() => coxZph({ ...fit, coef: [NaN, NaN, NaN] })).toThrow("fit: no estimated (non-aliased) coefficients to test"));
  it("terms: unknown column", () => expect(() => coxZph(fit, { terms: [{ term: "a", columns: ["age", "sex", "ecog"] }] })).toThrow('terms[0].columns[2] = "ecog": not a coefficient of the fit (age, sex, ph.ecog)'));
  it("terms: duplicate", () => expect(() => coxZph(fit, { terms: [{ term: "a", columns: ["age", "sex"] }, { term: "b", columns: ["sex", "ph.ecog"] }] })).toThrow('terms[1].columns[0] = "sex": already assigned to terms[0]'));
  it("terms: missing", () => expect(() => coxZph(fit, { terms: [{ term: "a", columns: ["age", "sex"] }] })).toThrow('terms: coefficient "ph.ecog" is not assigned to any term'));
  it("terms: empty", () => expect(() => coxZph(fit, { terms: [{ term: "a", columns: [] }] })).toThrow("terms[0].columns: must be a non-empty array of coefficient names"));
});

/** A minimal CoxFit for the by-hand cases. */
function fitOf(m: { stop: number[]; event: number[]; x: number[][]; coef: number[]; ties: "efron" | "breslow" }): CoxFit {
  return coxFitFromFixture({
    call: "", terms: m.x.map((_, j) => `x${j + 1}`), coef: m.coef, var: m.x.map((_, i) => m.x.map((__, j) => (i === j ? 1 : 0))),
    means: m.x.map(() => 0), ties: m.ties, assign: [], useTerms: false, transform: "km",
    model: { start: null, stop: m.stop, event: m.event, x: m.x, strata: null, strataLevels: null },
    result: { table: [], x: [], time: [], y: [], yNames: [], var: [], strata: null },
  });
}
