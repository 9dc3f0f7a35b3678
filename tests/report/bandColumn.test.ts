import { describe, expect, it } from "vitest";
import { bandColumn } from "../../lib/report/bandColumn";

describe("bandColumn", () => {
  it("cuts with the lower bound inclusive, NaN to missing", () => {
    expect(bandColumn([2014, 2018, 2019, 2024, NaN], [2019], ["early", "late"])).toEqual(["early", "early", "late", "late", ""]);
    expect(bandColumn([149.9, 150, 399, 400], [150, 400], ["low", "normal", "high"])).toEqual(["low", "normal", "normal", "high"]);
  });
  it("refuses a label count that does not match the cuts, and cuts that do not increase", () => {
    expect(() => bandColumn([1], [1, 2], ["a", "b"])).toThrow("2 cut(s) need 3 labels, got 2");
    expect(() => bandColumn([1], [2, 1], ["a", "b", "c"])).toThrow("cuts must increase");
  });
});
