import { describe, expect, it } from "vitest";
import { grayTest } from "../../lib/survival/grayTest";
import { pchisq } from "../../lib/math/pchisq";
import { expectRel } from "../helpers/expectRel";
import { datasets, loadFixture } from "../helpers/fixtures";

const fx = loadFixture("competing").cases;
const mg = datasets().mgus2;
const tie = fx.tieData as { time: number[]; cause: number[]; group: string[]; strata: number[] };
const mgTime = mg.etime as number[];
const mgCause = mg.cause as number[];
const mgSex = mg.sex as string[];
const mgOld = (mg.age as number[]).map((a) => (a > 70 ? "old" : "young"));

const inputs: Record<string, Parameters<typeof grayTest>[0]> = {
  mgus2_sex: { time: mgTime, cause: mgCause, group: mgSex },
  mgus2_sex_strata_age: { time: mgTime, cause: mgCause, group: mgSex, strata: mgOld },
  mgus2_sex_rho1: { time: mgTime, cause: mgCause, group: mgSex, rho: 1 },
  mgus2_age_strata_sex_rho_neg: { time: mgTime, cause: mgCause, group: (mg.age as number[]).map((a) => String(a > 70).toUpperCase()), strata: mgSex, rho: -0.5 },
  tie_group: { time: tie.time, cause: tie.cause, group: tie.group },
  tie_group_strata: { time: tie.time, cause: tie.cause, group: tie.group, strata: tie.strata },
  tie_group_strata_rho2: { time: tie.time, cause: tie.cause, group: tie.group, strata: tie.strata, rho: 2 },
};

describe("grayTest vs cmprsk::cuminc()$Tests", () => {
  const cases = Object.entries<any>(fx.cases).filter(([, c]) => c.tests !== null);
  it("covers every fixture with tests", () => expect(cases.map(([k]) => k).sort()).toEqual(Object.keys(inputs).sort()));
  it.each(cases)("%s", (name, c) => {
    const res = grayTest(inputs[name]);
    expect(res.map((r) => r.cause)).toEqual(c.tests.map((t: any) => t.cause));
    c.tests.forEach((t: any, k: number) => {
      expectRel(res[k].stat, t.stat, 1e-10, `${name} cause ${t.cause} stat`);
      expect(res[k].df).toBe(t.df);
      expectRel(res[k].p, t.p, 1e-9, `${name} cause ${t.cause} p (precise upper tail)`);
    });
  });
});

describe("grayTest invariants and by-hand checks", () => {
  it("row order and group relabelling / level order do not change the statistic", () => {
    const base = grayTest({ time: tie.time, cause: tie.cause, group: tie.group, strata: tie.strata });
    const n = tie.time.length;
    const perm = tie.time.map((_, i) => (i * 7 + 3) % n);
    const relab: Record<string, number> = { a: 30, b: 10, c: 20 };
    const other = grayTest({
      time: perm.map((i) => tie.time[i]),
      cause: perm.map((i) => tie.cause[i]),
      group: perm.map((i) => relab[tie.group[i]]),
      strata: perm.map((i) => `s${tie.strata[i]}`),
    });
    const reordered = grayTest({ time: tie.time, cause: tie.cause, group: tie.group, strata: tie.strata, levels: ["c", "a", "b"] });
    base.forEach((r, k) => {
      expectRel(other[k].stat, r.stat, 1e-12, "relabelled stat");
      expectRel(reordered[k].stat, r.stat, 1e-12, "reordered stat");
    });
  });

  it("p is the chi-square upper tail with ng - 1 df", () => {
    for (const r of grayTest({ time: tie.time, cause: tie.cause, group: tie.group })) {
      expect(r.df).toBe(2);
      expectRel(r.p, pchisq(r.stat, 2, false), 1e-15, "p");
    }
  });

  it("smallest case by hand: one event in group x at t = 1, y censored at t = 2", () => {
    // t = 1: R = (1, 1), pooled F = 1/2; score_x = 1 - 1/2 = 1/2. The variance terms
    // (a = [[1/2, -1/2], ...], c = a / 2, t4 = (1, 1/2), t3 = 1/2) sum to V = 1/4, so stat = 1.
    const [r] = grayTest({ time: [1, 2], cause: [1, 0], group: ["x", "y"] });
    expectRel(r.stat, 1, 1e-15, "stat");
    expectRel(r.p, pchisq(1, 1, false), 1e-15, "p");
  });
});

describe("grayTest degenerate variance", () => {
  it("a singular V gives NaN (cuminc reports stat -1, pv 1)", () => {
    // group b is censored at time 0, so only group a is ever at risk: V = 0
    const [r] = grayTest({ time: [1, 2, 0, 0], cause: [1, 1, 0, 0], group: ["a", "a", "b", "b"] });
    expect(r.stat).toBeNaN();
    expect(r.p).toBeNaN();
    expect(r.df).toBe(1);
  });
});

describe("grayTest rejects bad input", () => {
  const ok = { time: [1, 2, 3, 4], cause: [1, 2, 0, 1], group: ["a", "b", "a", "b"] };
  it("missing group", () => expect(() => grayTest({ time: ok.time, cause: ok.cause } as any)).toThrow("group: expected an array of group labels"));
  it("one group", () => expect(() => grayTest({ ...ok, group: ["a", "a", "a", "a"] })).toThrow('group: only one level ("a"); Gray\'s test needs at least two groups'));
  it("negative time", () => expect(() => grayTest({ ...ok, time: [1, 2, -3, 4] })).toThrow("time[2] = -3: a time must be a finite number >= 0"));
  it("non-finite cause", () => expect(() => grayTest({ ...ok, cause: [1, Infinity, 0, 1] })).toThrow("cause[1] = Infinity: must be a finite number"));
  it("no events", () => expect(() => grayTest({ ...ok, cause: [0, 0, 0, 0] })).toThrow("cause: no events (every value is 0 = censored)"));
  it("strata length", () => expect(() => grayTest({ ...ok, strata: [1, 2] })).toThrow("strata: length 2 differs from time (length 4)"));
  it("bad stratum label", () => expect(() => grayTest({ ...ok, strata: [1, null as any, 1, 2] })).toThrow("strata[1] = null: a group label must be a non-empty string or a finite number"));
  it("rho", () => expect(() => grayTest({ ...ok, rho: NaN })).toThrow("rho = NaN: must be a finite number"));
});
