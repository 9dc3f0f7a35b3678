import { describe, expect, it } from "vitest";
import { cohortSchema } from "../../lib/data/cohortSchema";
import { parseCell } from "../../lib/data/parseCell";

const field = (name: string) => cohortSchema().byName.get(name)!;
const tokens = ["", "NA"];

describe("parseCell", () => {
  it("reads plain decimal numbers in number fields", () => {
    expect(parseCell(field("bmi"), " 22.5 ", tokens)).toBe(22.5);
    expect(parseCell(field("bmi"), "1e1", tokens)).toBe(10);
    expect(parseCell(field("age"), "-3", tokens)).toBe(-3);
  });
  it("keeps anything else as text so the schema reports a wrong type", () => {
    expect(parseCell(field("bmi"), "22,5", tokens)).toBe("22,5");
    expect(parseCell(field("bmi"), "1,000", tokens)).toBe("1,000");
    expect(parseCell(field("age"), "sixty", tokens)).toBe("sixty");
  });
  it("reads the missing tokens as null", () => {
    expect(parseCell(field("bmi"), "", tokens)).toBeNull();
    expect(parseCell(field("sex"), " NA ", tokens)).toBeNull();
  });
  it("keeps text fields as text (case-sensitive)", () => {
    expect(parseCell(field("sex"), "Female", tokens)).toBe("Female");
  });
});
