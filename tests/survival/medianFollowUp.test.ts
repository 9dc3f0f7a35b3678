import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../../lib/survival/kaplanMeier";
import { medianFollowUp } from "../../lib/survival/medianFollowUp";
import { survivalQuantile } from "../../lib/survival/survivalQuantile";
import { expectRel } from "../helpers/expectRel";
import { datasets, num } from "../helpers/fixtures";
import { followUpCases } from "./kmCases";

describe("medianFollowUp against R's reverse Kaplan–Meier median (km.json)", () => {
  const d = datasets();
  for (const c of followUpCases) {
    it(c.call, () => {
      const m = medianFollowUp({
        time: d[c.data][c.time] as number[],
        event: d[c.data][c.status] as number[],
        confType: c.confType,
        confLevel: c.confLevel,
      });
      expectRel([m.estimate, m.lower, m.upper], num([c.estimate, c.lower, c.upper]), 1e-8, "median follow-up");
    });
  }
});

describe("medianFollowUp by hand", () => {
  it("censorings are the events of the reverse curve; tied events stay at risk", () => {
    // reverse: censored at 2, 3, 4 (events), deaths at 1, 2 (censored)
    const m = medianFollowUp({ time: [1, 2, 2, 3, 4], event: [1, 1, 0, 0, 0] });
    // reverse KM: t=1 censored; t=2 n=4, d=1 -> 3/4; t=3 n=2, d=1 -> 3/8; median = 3
    expect(m.estimate).toBe(3);
    const direct = survivalQuantile(kaplanMeier({ time: [1, 2, 2, 3, 4], event: [0, 0, 1, 1, 1] }).curves[0], 0.5);
    expect(m).toEqual({ estimate: direct.estimate, lower: direct.lower, upper: direct.upper });
  });
});

describe("medianFollowUp rejects bad input", () => {
  it("event = 2", () => expect(() => medianFollowUp({ time: [1, 2], event: [2, 0] })).toThrow(/event\[0\] = 2/));
  it("negative time", () => expect(() => medianFollowUp({ time: [1, -2], event: [1, 0] })).toThrow(/time\[1\] = -2/));
  it("lengths differ", () => expect(() => medianFollowUp({ time: [1, 2], event: [1] })).toThrow(/event: length 1 differs/));
  it("confLevel", () => expect(() => medianFollowUp({ time: [1, 2], event: [1, 0], confLevel: 1 })).toThrow(/confLevel = 1/));
});
