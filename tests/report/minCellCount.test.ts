import { describe, expect, it } from "vitest";
import { minCellCount } from "../../lib/report/minCellCount";

describe("minCellCount", () => {
  it("is 0 (no suppression) when LM_MIN_CELL is unset or empty", () => {
    expect(minCellCount({})).toBe(0);
    expect(minCellCount({ LM_MIN_CELL: "" })).toBe(0);
    expect(minCellCount({ LM_MIN_CELL: "  " })).toBe(0);
  });
  it("reads a whole number", () => {
    expect(minCellCount({ LM_MIN_CELL: "5" })).toBe(5);
    expect(minCellCount({ LM_MIN_CELL: " 10 " })).toBe(10);
    expect(minCellCount({ LM_MIN_CELL: "0" })).toBe(0);
  });
  it("refuses anything else, naming the value", () => {
    for (const bad of ["abc", "-1", "2.5", "5 patients"]) {
      expect(() => minCellCount({ LM_MIN_CELL: bad })).toThrow(`LM_MIN_CELL = ${JSON.stringify(bad)}`);
    }
  });
  it("reads process.env by default", () => {
    const saved = process.env.LM_MIN_CELL;
    process.env.LM_MIN_CELL = "7";
    try {
      expect(minCellCount()).toBe(7);
    } finally {
      if (saved === undefined) delete process.env.LM_MIN_CELL;
      else process.env.LM_MIN_CELL = saved;
    }
  });
});
