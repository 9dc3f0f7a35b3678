import { describe, expect, it } from "vitest";
import { logRank } from "../../lib/survival/logRank";
import { logRankTrend } from "../../lib/survival/logRankTrend";
import { expectRel } from "../helpers/expectRel";
import { loadFixture } from "../helpers/fixtures";
import { caseColumns } from "./logRankFixture";

const fx = loadFixture("logrank").cases;

describe("logRankTrend vs R (survdiff obs/exp/var with explicit scores)", () => {
  for (const c of fx.trend) {
    it(c.call, () => {
      const r = logRankTrend({ ...caseColumns(c), rho: c.rho, levels: c.levels, scores: c.scores });
      expect(r.df).toBe(1);
      expect(r.scores).toEqual(c.scores);
      expectRel(r.u, c.U, 1e-10, "U");
      expectRel(r.v, c.V, 1e-10, "V");
      expectRel(r.chisq, c.chisq, 1e-10, "chisq");
      expectRel(r.p, c.p, 1e-10, "p");
    });
  }

  it("default scores are the numeric labels (lung ph.ecog 0..3)", () => {
    const c = fx.trend.find((x: any) => x.call.startsWith("with(survdiff(Surv(time, status) ~ ph.ecog, data = lung)"));
    const r = logRankTrend(caseColumns(c));
    expect(r.scores).toEqual([0, 1, 2, 3]);
    expectRel(r.chisq, c.chisq, 1e-10, "chisq");
  });

  it("default scores are 1..k for string labels, in level order", () => {
    const c = fx.trend[0];
    const r = logRankTrend({ ...caseColumns(c), levels: c.levels });
    expect(r.scores).toEqual([1, 2, 3, 4]);
    expectRel(r.chisq, c.chisq, 1e-10, "chisq");
  });
});

describe("logRankTrend and the coxph score test", () => {
  const [untied, tied] = fx.coxScore;
  it("equals coxph(ties = 'breslow') score test when no deaths are tied", () => {
    const r = logRankTrend(caseColumns(untied));
    expectRel(r.chisq, untied.score, 1e-10, "vs coxph score");
    expectRel(r.chisq, untied.survdiffTrend, 1e-10, "vs survdiff trend");
  });
  it("differs from it with tied deaths (matches the survdiff formula instead)", () => {
    const r = logRankTrend(caseColumns(tied));
    expectRel(r.chisq, tied.survdiffTrend, 1e-10, "vs survdiff trend");
    expect(Math.abs(r.chisq - tied.score) / tied.score).toBeGreaterThan(1e-3);
  });
});

describe("logRankTrend by hand and invariants", () => {
  const small = { time: [1, 3, 2, 4], event: [1, 1, 1, 0], group: ["A", "A", "B", "B"] };
  it("two groups: the trend test is the log-rank test", () => {
    const r = logRankTrend(small);
    expectRel(r.u, 1 * (2 - 4 / 3) + 2 * (1 - 5 / 3), 1e-14, "U"); // scores 1, 2: sum w (O - E)
    expectRel(r.chisq, 8 / 13, 1e-14, "chisq");
    expectRel(r.chisq, logRank(small).chisq, 1e-14, "vs logRank");
  });
  it("shifting or flipping the scores leaves chisq unchanged", () => {
    const c = fx.trend[0];
    const cols = caseColumns(c);
    const a = logRankTrend({ ...cols, levels: c.levels, scores: [1, 2, 3, 4] });
    const b = logRankTrend({ ...cols, levels: c.levels, scores: [10, 9, 8, 7] });
    expectRel(b.chisq, a.chisq, 1e-12, "chisq");
    expectRel(b.u, -a.u, 1e-12, "U");
  });
  it("equal scores give NaN (V = 0)", () => {
    expect(logRankTrend({ ...small, scores: [2, 2] }).chisq).toBeNaN();
  });
});

describe("logRankTrend rejects bad input", () => {
  const ok = { time: [1, 2, 3, 4], event: [1, 0, 1, 1], group: [1, 1, 2, 2] };
  it("negative time", () => expect(() => logRankTrend({ ...ok, time: [1, -2, 3, 4] })).toThrow(/time\[1\] = -2/));
  it("event = 2", () => expect(() => logRankTrend({ ...ok, event: [1, 0, 1, 2] })).toThrow(/event\[3\] = 2/));
  it("lengths differ", () => expect(() => logRankTrend({ ...ok, event: [1, 0, 1] })).toThrow(/event: length 3 differs/));
  it("a single group", () => expect(() => logRankTrend({ ...ok, group: [2, 2, 2, 2] })).toThrow(/group: only one level/));
  it("a group level with no rows", () =>
    expect(() => logRankTrend({ ...ok, levels: [0, 1, 2] })).toThrow(/group: level 0 has no observations/));
  it("NaN rho", () => expect(() => logRankTrend({ ...ok, rho: NaN })).toThrow(/rho = NaN/));
  it("scores of the wrong length", () => expect(() => logRankTrend({ ...ok, scores: [1, 2, 3] })).toThrow(/scores: length 3/));
  it("a non-finite score", () => expect(() => logRankTrend({ ...ok, scores: [1, Infinity] })).toThrow(/scores\[1\] = Infinity/));
});
