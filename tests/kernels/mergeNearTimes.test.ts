import { describe, expect, it } from "vitest";
import { mergeNearTimes } from "../../lib/kernels/mergeNearTimes";

describe("mergeNearTimes (R aeqSurv)", () => {
  it("returns the input when no two times are near", () => {
    const t = Float64Array.from([3, 1, 2, 1]);
    expect(mergeNearTimes(t)).toBe(t);
  });
  it("maps near-equal times to the smallest of their block", () => {
    const t = Float64Array.from([2 + 1e-9, 1, 2, 1 + 1e-12, 5]);
    expect(Array.from(mergeNearTimes(t))).toEqual([2, 1, 2, 1, 5]);
  });
  it("uses the relative rule for large times", () => {
    const big = 1e9;
    const t = Float64Array.from([big, big + 1, big + 100]); // 1 / mean ~ 1e-9 merges, 99 does not
    expect(Array.from(mergeNearTimes(t))).toEqual([big, big, big + 100]);
  });
  it("chains merge to the first member", () => {
    const t = Float64Array.from([1, 1 + 1e-8, 1 + 2e-8, 1 + 3e-8]);
    expect(Array.from(mergeNearTimes(t))).toEqual([1, 1, 1, 1]);
  });
});
