import { describe, expect, it } from "vitest";
import { logRank } from "../../lib/survival/logRank";
import { expectRel } from "../helpers/expectRel";
import { datasets, loadFixture } from "../helpers/fixtures";
import { caseColumns } from "./logRankFixture";

const fx = loadFixture("logrank").cases;
const TOL = 1e-10;

describe("logRank vs R survdiff", () => {
  for (const c of fx.survdiff) {
    it(c.call, () => {
      const cols = caseColumns(c);
      const r = logRank({ ...cols, rho: c.rho, levels: c.levels });
      expect(r.groups).toEqual(c.levels);
      expect(r.n).toEqual(c.n);
      expect(r.df).toBe(c.df);
      expect(r.rho).toBe(c.rho);
      expectRel(r.observed, c.observed, TOL, "observed");
      expectRel(r.expected, c.expected, TOL, "expected");
      // Off-diagonal sums can be small; compare against the scale of the diagonal.
      const scale = Math.max(...c.variance.map((row: number[], i: number) => Math.abs(row[i])));
      r.variance.forEach((row, i) => expectRel(row, c.variance[i], TOL, `variance[${i}]`, scale));
      expectRel(r.chisq, c.chisq, TOL, "chisq");
      expectRel(r.p, c.p, TOL, "p");
    });
  }
});

describe("logRank by hand", () => {
  // A: deaths at 1 and 3; B: death at 2, censored at 4.
  const small = { time: [1, 3, 2, 4], event: [1, 1, 1, 0], group: ["A", "A", "B", "B"] };

  it("hypergeometric O - E and variance, no ties", () => {
    const r = logRank(small);
    // t=1: n=4, nA=2 -> E 1/2, V 1/4; t=2: n=3, nA=1 -> 1/3, 2/9; t=3: n=2, nA=1 -> 1/2, 1/4.
    expectRel(r.observed, [2, 1], 1e-15, "O");
    expectRel(r.expected, [4 / 3, 5 / 3], 1e-15, "E");
    expectRel(r.variance.flat(), [13 / 18, -13 / 18, -13 / 18, 13 / 18], 1e-15, "V");
    expectRel(r.chisq, 8 / 13, 1e-15, "chisq");
    expect(r.df).toBe(1);
    expect(r.n).toEqual([2, 2]);
  });

  it("Peto–Peto weights S(t-) (rho = 1)", () => {
    // S(1-) = 1, S(2-) = 3/4, S(3-) = 1/2.
    const r = logRank({ ...small, rho: 1 });
    expectRel(r.observed, [1.5, 0.75], 1e-15, "O");
    expectRel(r.expected[0], 1, 1e-15, "E_A");
    expectRel(r.variance[0][0], 7 / 16, 1e-15, "V");
    expectRel(r.chisq, 4 / 7, 1e-15, "chisq");
  });

  it("tied deaths share one risk set with the (n - d)/(n - 1) factor", () => {
    // t=2: n=6, nA=3, d=3 -> E_A 3/2, V (3*3/5)(1/4) = 9/20; t=3: n=3, nA=1 -> 1/3, 2/9.
    const r = logRank({ time: [2, 2, 5, 2, 3, 4], event: [1, 1, 0, 1, 1, 0], group: [1, 1, 1, 2, 2, 2] });
    expectRel(r.expected[0], 11 / 6, 1e-15, "E_A");
    expectRel(r.variance[0][0], 121 / 180, 1e-15, "V");
    expectRel(r.chisq, 5 / 121, 1e-14, "chisq");
  });

  it("a group with no expected events is left out of chisq and df, as R", () => {
    const r = logRank({ time: [...small.time, 0.5, 0.2], event: [...small.event, 0, 0], group: [...small.group, "C", "C"] });
    expect(r.expected[2]).toBe(0);
    expect(r.df).toBe(1);
    expectRel(r.chisq, 8 / 13, 1e-15, "chisq");
  });

  it("a singular variance (everyone dies at one time) gives chisq 0 on rank 0, where R's solve() fails", () => {
    const r = logRank({ time: [5, 5, 5, 5], event: [1, 1, 1, 1], group: [1, 1, 2, 2] });
    expect(r.chisq).toBe(0);
    expect(r.df).toBe(0);
    expect(r.p).toBe(1);
  });

  it("timefix merges times closer than sqrt(eps); timefix = false keeps them apart", () => {
    const t = [1, 1 + 1e-12, 2, 3];
    const e = [1, 1, 1, 0];
    const g = [1, 2, 1, 2];
    const merged = logRank({ time: t, event: e, group: g });
    const exact = logRank({ time: [1, 1, 2, 3], event: e, group: g });
    expect(merged.chisq).toBe(exact.chisq);
    const apart = logRank({ time: t, event: e, group: g, timefix: false });
    expect(apart.chisq).not.toBe(exact.chisq);
  });
});

describe("logRank invariants", () => {
  const lung = datasets().lung;
  const rows = lung.time.map((_, i) => i).filter((i) => lung["ph.ecog"][i] !== null);
  const base = {
    time: rows.map((i) => lung.time[i] as number),
    event: rows.map((i) => lung.status[i] as number),
    group: rows.map((i) => lung["ph.ecog"][i] as number),
    strata: rows.map((i) => lung.sex[i] as number),
  };

  it("row order does not matter", () => {
    const perm = base.time.map((_, i) => i);
    let seed = 12345;
    for (let i = perm.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [perm[i], perm[j]] = [perm[j], perm[i]];
    }
    const p = <T>(a: T[]) => perm.map((i) => a[i]);
    for (const rho of [0, 1]) {
      const a = logRank({ ...base, rho });
      const b = logRank({ time: p(base.time), event: p(base.event), group: p(base.group), strata: p(base.strata), rho });
      expectRel(b.chisq, a.chisq, 1e-12, "chisq");
      expectRel(b.expected, a.expected, 1e-12, "expected");
    }
  });

  it("relabelling groups permutes observed/expected and leaves chisq unchanged", () => {
    const names = ["d", "c", "b", "a"]; // ph.ecog 0..3 -> reversed alphabetical order
    const a = logRank(base);
    const b = logRank({ ...base, group: base.group.map((v) => names[v]) });
    expect(b.groups).toEqual(["a", "b", "c", "d"]);
    expectRel(b.observed, [...a.observed].reverse(), 1e-12, "observed");
    expectRel(b.expected, [...a.expected].reverse(), 1e-12, "expected");
    expectRel(b.chisq, a.chisq, 1e-10, "chisq");
    expect(b.df).toBe(a.df);
  });
});

describe("logRank rejects bad input", () => {
  const ok = { time: [1, 2, 3, 4], event: [1, 0, 1, 1], group: [1, 1, 2, 2] };
  it("negative time", () => expect(() => logRank({ ...ok, time: [1, 2, -3, 4] })).toThrow(/time\[2\] = -3/));
  it("event = 2", () => expect(() => logRank({ ...ok, event: [1, 2, 1, 1] })).toThrow(/event\[1\] = 2/));
  it("lengths differ", () => expect(() => logRank({ ...ok, group: [1, 1, 2] })).toThrow(/group: length 3 differs from time/));
  it("a single group", () => expect(() => logRank({ ...ok, group: [1, 1, 1, 1] })).toThrow(/group: only one level/));
  it("a group level with no rows", () =>
    expect(() => logRank({ ...ok, levels: [1, 2, 3] })).toThrow(/group: level 3 has no observations/));
  it("NaN rho", () => expect(() => logRank({ ...ok, rho: NaN })).toThrow(/rho = NaN/));
  it("strata length differs", () => expect(() => logRank({ ...ok, strata: [1, 2] })).toThrow(/strata: length 2/));
});
