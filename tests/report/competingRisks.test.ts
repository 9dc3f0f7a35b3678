import { describe, expect, it } from "vitest";
import { competingRisksByGroup, incidenceAt, incidenceTable } from "../../lib/report/competingRisks";
import { cumulativeIncidence } from "../../lib/survival/cumulativeIncidence";
import { grayTest } from "../../lib/survival/grayTest";

const d = {
  t: Float64Array.from([2, 3, 3, 5, 7, 8, 9, 11, 12, 14, NaN]),
  s: Float64Array.from([1, 2, 0, 1, 2, 1, 0, 2, 1, 0, 1]),
  g: Float64Array.from([0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1]),
};

describe("competingRisksByGroup", () => {
  it("equals cumulativeIncidence and grayTest on the complete rows; levels matched by text", () => {
    const r = competingRisksByGroup(d, { time: "t", status: "s", group: "g", levels: ["0", "1"] });
    expect(r.n).toBe(10);
    expect(r.excluded).toBe(1);
    const time = Array.from(d.t).slice(0, 10), cause = Array.from(d.s).slice(0, 10), group = Array.from(d.g).slice(0, 10);
    const ref = cumulativeIncidence({ time, cause, group });
    expect(r.curves.map((c) => Array.from(c.estimate))).toEqual(ref.map((c) => Array.from(c.estimate)));
    expect(r.gray!.map((g) => g.stat)).toEqual(grayTest({ time, cause, group }).map((g) => g.stat));
    expect(r.curves.map((c) => c.group)).toEqual(["0", "1", "0", "1"]);
  });
  it("incidenceAt steps: 0 before the first time, the value at or before each time", () => {
    const r = competingRisksByGroup(d, { time: "t", status: "s" });
    const prog = r.curves.find((c) => c.cause === 1)!;
    const at = incidenceAt(prog, [1, 2, 4.5, 100]);
    expect(at[0].estimate).toBe(0);
    expect(at[1].estimate).toBeCloseTo(0.1, 12);
    expect(at[2].estimate).toBe(at[1].estimate);
    expect(at[3].estimate).toBe(prog.estimate[prog.estimate.length - 1]);
    expect(r.gray).toBeNull();
    const html = incidenceTable(r.curves, [6, 12], { causeLabels: { "1": "Progression", "2": "Death" } }).html;
    expect(html).toContain("Progression");
    expect(html).toContain("Death");
  });
});
