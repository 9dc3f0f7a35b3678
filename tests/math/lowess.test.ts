import { describe, expect, it } from "vitest";
import { lowess } from "../../lib/math/lowess";
import { expectRel } from "../helpers/expectRel";
import { loadFixture } from "../helpers/fixtures";

const fx = loadFixture("lowess").cases as Array<{
  call: string; x: number[]; y: number[]; f: number; iter: number; delta: number; fitX: number[]; fitY: number[];
}>;

describe("lowess vs R's lowess()", () => {
  for (const c of fx) {
    it(c.call, () => {
      const r = lowess(c.x, c.y, { f: c.f, iter: c.iter, delta: c.delta });
      expect(r.x).toEqual(c.fitX);
      // Smoothed values can be near zero: compare on the scale of the data.
      const scale = Math.max(...c.y.map(Math.abs));
      expectRel(r.y, c.fitY, 1e-12, "y", scale);
    });
  }

  it("uses R's default delta = 0.01 * range(x)", () => {
    const c = fx[0];
    expectRel(lowess(c.x, c.y).y, c.fitY, 1e-12, "y", 100);
  });

  it("rejects mismatched lengths and non-finite input", () => {
    expect(() => lowess([1, 2], [1])).toThrow(/x has 2 values but y has 1/);
    expect(() => lowess([1, NaN], [1, 2])).toThrow(/finite/);
  });
});
