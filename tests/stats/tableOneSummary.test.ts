import { describe, expect, it } from "vitest";
import { tableOneSummary, type TableOneCategorical, type TableOneContinuous } from "../../lib/stats/tableOneSummary";
import { expectRel } from "../helpers/expectRel";
import { datasets, loadFixture } from "../helpers/fixtures";

const lung = datasets().lung;
const ref = loadFixture("tableone").cases.lungBySex;

describe("tableOneSummary: lung by sex vs R", () => {
  const s = tableOneSummary({
    data: lung,
    groupBy: { name: "sex", label: "Sex", levelLabels: { 1: "Male", 2: "Female" } },
    variables: [
      { name: "age", label: "Age", type: "continuous", unit: "years" },
      { name: "wt.loss", label: "Weight loss", type: "continuous", unit: "lb" },
      { name: "ph.ecog", label: "ECOG performance status", type: "categorical" },
      { name: "status", label: "Died", type: "categorical", levels: [0, 1] },
    ],
  });
  const [age, wt, ecog, status] = s.variables;

  it("columns: overall then groups with their n", () => {
    expect(s.columns.map((c) => [c.label, c.n])).toEqual([["Overall", 228], ["Male", 138], ["Female", 90]]);
    expect(s.groupLabel).toBe("Sex");
    expect(s.missingGroup).toBe(0);
  });
  it("continuous: R's quartiles overall and by group; Wilcoxon p", () => {
    const a = age as TableOneContinuous;
    expect(a.stats.map((x) => [x.min, x.q1, x.median, x.q3, x.max])).toEqual([ref.age.overall, ref.age.byGroup["1"], ref.age.byGroup["2"]]);
    expect(a.test?.test).toBe("wilcoxon");
    expectRel(a.test!.p, ref.age.p, 1e-10, "age p");
  });
  it("missing counts per column, tests on complete rows", () => {
    const w = wt as TableOneContinuous;
    expect(w.missing).toEqual([ref["wt.loss"].missing, ...ref["wt.loss"].missingByGroup]);
    expect(w.stats[0].n).toBe(228 - ref["wt.loss"].missing);
    expectRel(w.test!.p, ref["wt.loss"].p, 1e-10, "wt.loss p");
  });
  it("categorical: counts, non-missing denominators, Fisher when an expected count < 5", () => {
    const e = ecog as TableOneCategorical;
    expect(e.levels.map((l) => l.level)).toEqual([0, 1, 2, 3]);
    expect(e.levels.map((l) => l.counts.slice(1))).toEqual(ref["ph.ecog"].counts);
    expect(e.missing[0]).toBe(ref["ph.ecog"].missing);
    expect(e.nonMissing[0]).toBe(227);
    expect(e.test?.test).toBe("fisher");
    expectRel(e.test!.p, ref["ph.ecog"].p, 1e-9, "ecog p");
  });
  it("categorical: chi-square when every expected count is >= 5", () => {
    const st = status as TableOneCategorical;
    expect(st.levels.map((l) => l.counts.slice(1))).toEqual(ref.status.counts);
    expect(st.test?.test).toBe("chisq");
    expect(st.test?.df).toBe(1);
    expectRel(st.test!.p, ref.status.p, 1e-10, "status p");
  });
});

describe("tableOneSummary: edge cases", () => {
  it("no grouping: overall only, no tests", () => {
    const s = tableOneSummary({ data: { x: [1, 2, 3, null] }, variables: [{ name: "x", label: "X", type: "continuous" }] });
    expect(s.columns).toHaveLength(1);
    expect(s.variables[0].test).toBeNull();
    expect(s.variables[0].missing).toEqual([1]);
  });
  it("rows with a missing group count in Overall only", () => {
    const s = tableOneSummary({
      data: { g: ["a", "b", null, "a"], y: ["u", "v", "u", ""] },
      groupBy: { name: "g", label: "G" },
      variables: [{ name: "y", label: "Y", type: "categorical" }],
    });
    expect(s.missingGroup).toBe(1);
    const y = s.variables[0] as TableOneCategorical;
    expect(y.levels.map((l) => l.counts)).toEqual([[2, 1, 0], [1, 0, 1]]);
    expect(y.missing).toEqual([1, 1, 0]);
  });
  it("a value outside the listed levels is an error naming the row", () => {
    expect(() =>
      tableOneSummary({ data: { y: ["a", "z"] }, variables: [{ name: "y", label: "Y", type: "categorical", levels: ["a", "b"] }] }),
    ).toThrow(/y\[1\] = "z"/);
  });
});
