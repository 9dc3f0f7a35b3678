import { describe, expect, it } from "vitest";
import { quadFormGinv } from "../../lib/math/quadFormGinv";
import { expectRel } from "../helpers/expectRel";

describe("quadFormGinv", () => {
  it("b' V^-1 b for a positive definite V", () => {
    // V = [[4, 2], [2, 3]], V^-1 = [[3, -2], [-2, 4]] / 8; b = (1, 2): (3 - 8 + 16) / 8 = 11/8
    const r = quadFormGinv([[4, 2], [2, 3]], [1, 2]);
    expectRel(r.value, 11 / 8, 1e-15, "value");
    expect(r.rank).toBe(2);
  });
  it("a singular V drops the dependent pivot", () => {
    // V = [[1, 1], [1, 1]] (rank 1), b = (2, 2) in its range: b' V^- b = 4
    const r = quadFormGinv([[1, 1], [1, 1]], [2, 2]);
    expectRel(r.value, 4, 1e-15, "value");
    expect(r.rank).toBe(1);
  });
  it("a zero matrix has rank 0 and value 0", () => {
    expect(quadFormGinv([[0]], [3])).toEqual({ value: 0, rank: 0 });
  });
  it("3 x 3 against an explicit inverse", () => {
    const v = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]; // inverse = [[3,2,1],[2,4,2],[1,2,3]]/4
    const b = [1, -2, 3];
    const inv = [[3, 2, 1], [2, 4, 2], [1, 2, 3]].map((r) => r.map((x) => x / 4));
    let want = 0;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) want += b[i] * inv[i][j] * b[j];
    expectRel(quadFormGinv(v, b).value, want, 1e-14, "value");
  });
});
