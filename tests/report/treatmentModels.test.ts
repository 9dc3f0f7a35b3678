import { describe, expect, it } from "vitest";
import { landmarkModel, treatmentByType, treatmentModels } from "../../lib/report/treatmentModels";
import { coxph } from "../../lib/survival/coxph";
import { landmark } from "../../lib/survival/landmark";
import { pick, splitAtSwitches } from "../../lib/survival/splitAtSwitches";
import { reportCohort } from "./reportCohort";

// 12 patients: days, death, a baseline covariate, one treatment with its start day.
const d = {
  days: Float64Array.from([30, 45, 60, 12, 90, 120, 15, 200, 75, 40, 0, 100]),
  dead: Float64Array.from([1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1]),
  x: Float64Array.from([1, 0, 1, 0, 1, 0, 1, 0, NaN, 1, 0, 1]),
  trt: Float64Array.from([1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1]),
  trt_start: Float64Array.from([5, NaN, 10, NaN, 20, 3, NaN, 8, 4, NaN, NaN, 30]),
  agent: ["a", "", "b", "", "a", "b", "", "a", "a", "b", "", ""],
};
const trt = { term: "trt(t)", flag: "trt", startDay: "trt_start" };

describe("treatmentModels", () => {
  const m = treatmentModels({ columns: d, time: "days", event: "dead", baseline: [{ column: "x" }], treatments: [trt] });
  const rows = [0, 1, 2, 3, 4, 5, 6, 7, 11]; // 8: x missing; 9: treated, start unknown; 10: 0 days
  it("drops and counts missing covariates, unknown start days and zero follow-up, and fits both models on the same patients", () => {
    expect(m.n).toBe(9);
    expect(m.droppedMissingCovariate).toBe(1);
    expect(m.droppedMissingStart).toBe(1);
    expect(m.droppedZeroTime).toBe(1);
    expect(Array.from(m.rows)).toEqual(rows);
    expect(m.treated["trt(t)"]).toBe(6);
  });
  it("naive: the ever-treated flag as a baseline covariate (coxph directly)", () => {
    const direct = coxph({ time: rows.map((i) => d.days[i]), event: rows.map((i) => d.dead[i]), covariates: { x: rows.map((i) => d.x[i]), trt: rows.map((i) => d.trt[i]) } });
    expect(m.naive.terms).toEqual(["x", "trt"]);
    expect(m.naive.coef[1]).toBeCloseTo(direct.coef[1], 12);
  });
  it("time-dependent: splitAtSwitches rows then coxph with start (R: tmerge + coxph)", () => {
    const split = splitAtSwitches({ time: rows.map((i) => d.days[i]), event: rows.map((i) => d.dead[i]), switches: { "trt(t)": rows.map((i) => (d.trt[i] === 1 ? d.trt_start[i] : NaN)) } });
    const direct = coxph({ start: split.start, time: split.stop, event: split.event, covariates: { x: pick(rows.map((i) => d.x[i]), split.row), "trt(t)": split.indicators["trt(t)"] } });
    expect(m.timeDependent.terms).toEqual(["x", "trt(t)"]);
    expect(m.timeDependent.coef[1]).toBeCloseTo(direct.coef[1], 12);
    expect(m.splitRows).toBe(split.start.length);
  });
  it("splitEffect replaces a term by its before/after-day-`at` parts", () => {
    const s = treatmentModels({ columns: d, time: "days", event: "dead", baseline: [{ column: "x" }], treatments: [trt], splitEffect: { term: "trt(t)", at: 50 } });
    expect(s.timeDependent.terms).toEqual(["x", "trt(t) [t ≤ 50]", "trt(t) [t > 50]"]);
    expect(() => treatmentModels({ columns: d, time: "days", event: "dead", baseline: [], treatments: [trt], splitEffect: { term: "y", at: 5 } })).toThrow("splitEffect term y is not a term");
  });
});

describe("landmarkModel", () => {
  it("classes patients by treatment started by the landmark, as landmark() does, and fits from the landmark", () => {
    const lm = landmarkModel({ columns: d, time: "days", event: "dead", treatments: [trt], focus: "trt", at: 25, baseline: [{ column: "x" }], daysPerMonth: 30, labels: { exposed: "yes", unexposed: "no" } });
    const rows = [0, 1, 2, 3, 4, 5, 6, 7, 10, 11];
    const ref = landmark({ time: rows.map((i) => d.days[i]), event: rows.map((i) => d.dead[i]), switchTime: rows.map((i) => (d.trt[i] === 1 ? d.trt_start[i] : NaN)), at: 25 });
    expect(lm.n).toBe(ref.time.length);
    expect(lm.endedBeforeLandmark).toBe(ref.excluded);
    expect(lm.exposed.trt).toBe(ref.exposed.reduce((a, b) => a + b, 0));
    expect(lm.startedAfter.trt).toBe(1); // patient 11 starts on day 30
    expect(lm.fit.terms).toEqual(["trt by day 25", "x"]);
    // Curves: every patient with the outcome and treatment known (patient 8's missing x does not matter).
    expect(lm.curveData.time.length).toBe(ref.time.length + 1);
    expect(lm.curveData.group.filter((g) => g === "yes").length).toBe(lm.exposed.trt + 1);
  });
});

describe("treatmentByType", () => {
  it("one flag per type, missing when treated with the detail unknown", () => {
    const t = treatmentByType(d, trt, "agent", { a: ["a"], b: ["b"] });
    expect(Array.from(t.columns["trt:a"])).toEqual([1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, NaN]);
    expect(Array.from(t.columns["trt:b"])).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, NaN]);
    expect(t.treatments).toEqual([{ term: "trt:a(t)", flag: "trt:a", startDay: "trt_start" }, { term: "trt:b(t)", flag: "trt:b", startDay: "trt_start" }]);
  });
  it("on a simulated cohort, intrathecal pemetrexed and other agents partition the treated patients with a known agent", () => {
    const c = reportCohort();
    const t = treatmentByType(c, { term: "it(t)", flag: "it_chemo", startDay: "it_chemo_start_day" }, "it_chemo_agent", { pem: ["pemetrexed"], other: ["methotrexate", "cytarabine", "thiotepa"] });
    const it = c.it_chemo as Float64Array;
    const known = Array.from(it).filter((v, i) => v === 1 && (c.it_chemo_agent as string[])[i] !== "").length;
    const pem = t.columns["it_chemo:pem"], other = t.columns["it_chemo:other"];
    expect(Array.from(pem).filter((v) => v === 1).length + Array.from(other).filter((v) => v === 1).length).toBe(known);
    expect(Array.from(pem).every((v, i) => Number.isNaN(v) || v * other[i] === 0)).toBe(true);
  });
});
