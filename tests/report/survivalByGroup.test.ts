import { describe, expect, it } from "vitest";
import { survivalByGroup } from "../../lib/report/survivalByGroup";
import { kaplanMeier } from "../../lib/survival/kaplanMeier";
import { logRank } from "../../lib/survival/logRank";
import { survivalQuantile } from "../../lib/survival/survivalQuantile";

const columns = {
  t: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
  e: Float64Array.from([1, 1, 0, 1, 1, 0, 1, 1, 1, 0]),
  g: Float64Array.from([0, 1, 0, 1, 0, 1, 0, 1, NaN, 1]),
};

describe("survivalByGroup", () => {
  it("equals kaplanMeier, survivalQuantile and logRank on the rows with a group", () => {
    const s = survivalByGroup(columns, { time: "t", event: "e", group: "g" });
    const keep = [0, 1, 2, 3, 4, 5, 6, 7, 9];
    const time = keep.map((i) => columns.t[i]), event = keep.map((i) => columns.e[i]), group = keep.map((i) => columns.g[i]);
    const km = kaplanMeier({ time, event, group });
    expect(s.n).toBe(9);
    expect(s.excluded).toBe(1);
    expect(s.curves.map((c) => Array.from(c.survival))).toEqual(km.curves.map((c) => Array.from(c.survival)));
    expect(s.medians[1].estimate).toBe(survivalQuantile(km.curves[1], 0.5).estimate);
    expect(s.logRank!.chisq).toBe(logRank({ time, event, group }).chisq);
  });
  it("matches dictionary levels by text (\"1\" matches 1), keeps their order and drops absent ones", () => {
    const s = survivalByGroup(columns, { time: "t", event: "e", group: "g", levels: ["1", "0", "2"] });
    expect(s.curves.map((c) => c.group)).toEqual(["1", "0"]);
    expect(() => survivalByGroup(columns, { time: "t", event: "e", group: "g", levels: ["1"] })).toThrow("levels outside the list given: 0");
  });
  it("gives one curve and no test without a group", () => {
    const s = survivalByGroup(columns, { time: "t", event: "e" });
    expect(s.curves).toHaveLength(1);
    expect(s.curves[0].group).toBeNull();
    expect(s.logRank).toBeNull();
    expect(s.n).toBe(10);
  });
});
