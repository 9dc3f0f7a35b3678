import { describe, expect, it } from "vitest";
import { modelMatrix, numbersAt, rowsWhere, subsetColumns } from "../../lib/report/modelMatrix";

const columns = {
  time: Float64Array.from([5, 8, 3, 9, 4, 7]),
  event: Float64Array.from([1, 0, 1, 1, NaN, 1]),
  age: Float64Array.from([50, 60, NaN, 70, 40, 80]),
  tumour: ["a", "b", "c", "", "b", "a"],
};

describe("modelMatrix", () => {
  it("keeps complete cases, codes indicators column=level against the reference, scales per unit", () => {
    const mm = modelMatrix(columns, [{ column: "age", per: 10, name: "age10" }, { column: "tumour", reference: "a" }], { also: ["time", "event"] });
    expect(Array.from(mm.rows)).toEqual([0, 1, 5]);
    expect(mm.total).toBe(6);
    expect(mm.dropped).toBe(3);
    expect(mm.missingBy).toEqual({ age: 1, tumour: 1, time: 0, event: 1 });
    expect(Object.keys(mm.covariates)).toEqual(["age10", "tumour=b"]); // level c has no complete case: no term
    expect(Array.from(mm.covariates.age10)).toEqual([5, 6, 8]);
    expect(Array.from(mm.covariates["tumour=b"])).toEqual([0, 1, 0]);
    expect(mm.termInfo["tumour=b"]).toEqual({ column: "tumour", level: "b", reference: "a" });
  });
  it("keeps the order of `levels` and restricts to `subset`", () => {
    const mm = modelMatrix(columns, [{ column: "tumour", reference: "b", levels: ["c", "a"] }], { subset: [0, 1, 2, 4] });
    expect(Array.from(mm.rows)).toEqual([0, 1, 2, 4]);
    expect(Object.keys(mm.covariates)).toEqual(["tumour=c", "tumour=a"]);
    expect(mm.total).toBe(4);
  });
  it("refuses an absent column and a text column without a reference", () => {
    expect(() => modelMatrix(columns, [{ column: "bmi" }])).toThrow("column bmi is not in the data");
    expect(() => modelMatrix(columns, [{ column: "tumour" }])).toThrow("column tumour is text");
  });
  it("numbersAt, subsetColumns and rowsWhere pick rows", () => {
    expect(Array.from(numbersAt(columns.time, [5, 0]))).toEqual([7, 5]);
    const rows = rowsWhere(columns, "tumour", ["a"]);
    expect(Array.from(rows)).toEqual([0, 5]);
    expect(subsetColumns(columns, ["time", "tumour"], rows)).toEqual({ time: [5, 7], tumour: ["a", "a"] });
    expect(() => rowsWhere(columns, "sex", ["f"])).toThrow("column sex is not in the data");
  });
});
