import { describe, expect, it } from "vitest";
import { logRank } from "../../lib/survival/logRank";
import { pairwiseLogRank } from "../../lib/survival/pairwiseLogRank";
import { expectRel } from "../helpers/expectRel";
import { loadFixture } from "../helpers/fixtures";
import { caseColumns } from "./logRankFixture";

const fx = loadFixture("logrank").cases;

describe("pairwiseLogRank vs R (survdiff per pair + p.adjust)", () => {
  for (const c of fx.pairwise) {
    it(c.call, () => {
      const rows = pairwiseLogRank({ ...caseColumns(c), rho: c.rho, levels: c.levels, pAdjust: c.pAdjust });
      expect(rows.map((r) => [r.group1, r.group2])).toEqual(c.pairs.map((p: any) => [p.group1, p.group2]));
      expectRel(rows.map((r) => r.chisq), c.pairs.map((p: any) => p.chisq), 1e-10, "chisq");
      expectRel(rows.map((r) => r.p), c.pairs.map((p: any) => p.p), 1e-10, "p");
      expectRel(rows.map((r) => r.pAdjusted), c.pairs.map((p: any) => p.pAdjusted), 1e-10, "pAdjusted");
    });
  }

  it("defaults to Holm", () => {
    const c = fx.pairwise.find((x: any) => x.pAdjust === "holm" && x.data === "veteran");
    const rows = pairwiseLogRank({ ...caseColumns(c), levels: c.levels });
    expectRel(rows.map((r) => r.pAdjusted), c.pairs.map((p: any) => p.pAdjusted), 1e-10, "pAdjusted");
  });
});

describe("pairwiseLogRank by hand and invariants", () => {
  const d = {
    time: [1, 3, 2, 4, 5, 6, 2.5],
    event: [1, 1, 1, 0, 1, 0, 1],
    group: ["A", "A", "B", "B", "C", "C", "C"],
  };
  it("each pair is the two-group logRank on that pair's rows; 'none' keeps p", () => {
    const rows = pairwiseLogRank({ ...d, pAdjust: "none" });
    expect(rows.map((r) => `${r.group1}${r.group2}`)).toEqual(["AB", "AC", "BC"]);
    expectRel(rows[0].chisq, 8 / 13, 1e-14, "A vs B");
    const ac = logRank({ time: [1, 3, 5, 6, 2.5], event: [1, 1, 1, 0, 1], group: ["A", "A", "C", "C", "C"] });
    expectRel(rows[1].chisq, ac.chisq, 1e-14, "A vs C");
    rows.forEach((r) => expect(r.pAdjusted).toBe(r.p));
  });
  it("bonferroni multiplies by the number of pairs (capped at 1)", () => {
    const rows = pairwiseLogRank({ ...d, pAdjust: "bonferroni" });
    rows.forEach((r) => expectRel(r.pAdjusted, Math.min(1, 3 * r.p), 1e-15, "bonferroni"));
  });
  it("row order of the input does not matter", () => {
    const perm = [6, 2, 0, 5, 1, 4, 3];
    const p = <T>(a: T[]) => perm.map((i) => a[i]);
    const a = pairwiseLogRank(d);
    const b = pairwiseLogRank({ time: p(d.time), event: p(d.event), group: p(d.group) });
    expectRel(b.map((r) => r.chisq), a.map((r) => r.chisq), 1e-14, "chisq");
  });
});

describe("pairwiseLogRank rejects bad input", () => {
  const ok = { time: [1, 2, 3, 4, 5, 6], event: [1, 0, 1, 1, 1, 0], group: [1, 1, 2, 2, 3, 3] };
  it("negative time", () => expect(() => pairwiseLogRank({ ...ok, time: [1, 2, 3, 4, -5, 6] })).toThrow(/time\[4\] = -5/));
  it("event = 2", () => expect(() => pairwiseLogRank({ ...ok, event: [2, 0, 1, 1, 1, 0] })).toThrow(/event\[0\] = 2/));
  it("lengths differ", () => expect(() => pairwiseLogRank({ ...ok, time: [1, 2] })).toThrow(/event: length 6 differs from time/));
  it("a single group", () => expect(() => pairwiseLogRank({ ...ok, group: [1, 1, 1, 1, 1, 1] })).toThrow(/group: only one level/));
  it("a group level with no rows", () =>
    expect(() => pairwiseLogRank({ ...ok, levels: [1, 2, 3, 4] })).toThrow(/group: level 4 has no observations/));
  it("NaN rho", () => expect(() => pairwiseLogRank({ ...ok, rho: NaN })).toThrow(/rho = NaN/));
  it("pAdjust unknown", () =>
    expect(() => pairwiseLogRank({ ...ok, pAdjust: "fdr" as any })).toThrow(/pAdjust = "fdr": must be one of/));
});
