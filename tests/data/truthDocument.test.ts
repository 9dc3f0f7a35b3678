import { describe, expect, it } from "vitest";
import { cohortSchema } from "../../lib/data/cohortSchema";
import { simulationTruth } from "../../lib/data/simulationTruth";
import { truthDocument } from "../../lib/data/truthDocument";

describe("truthDocument", () => {
  const doc = truthDocument({ n: 10, seed: 1, file: "x.csv" });
  it("codes every term with a column the data layer provides", () => {
    const known = new Set([...cohortSchema().fields.map((f) => f.name), ...cohortSchema().derived.map((d) => d.name)]);
    for (const t of [...doc.death.terms, ...doc.progression.terms]) {
      expect(known.has(t.column), t.term).toBe(true);
      expect(t.coding, t.term).toBeTruthy();
      expect(t.hazardRatio).toBeCloseTo(Math.exp(t.logHR), 15);
    }
    for (const t of doc.death.timeDependent) {
      expect(known.has(t.flag) && known.has(t.startDay), t.term).toBe(true);
      expect(cohortSchema().byName.get(t.flag)?.startDay).toBe(t.startDay);
    }
  });
  it("writes the exact simulation parameters", () => {
    expect(doc.death.baselineHazard.shape).toBe(simulationTruth.death.baseline.shape);
    expect(doc.death.terms.map((t) => t.logHR)).toEqual(simulationTruth.death.terms.map((t) => t.logHR));
    expect(doc.death.timeDependent.map((t) => t.logHR)).toEqual(simulationTruth.death.timeDependent.map((t) => t.logHR));
  });
});
