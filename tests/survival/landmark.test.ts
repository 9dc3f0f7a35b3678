import { describe, expect, it } from "vitest";
import { landmark } from "../../lib/survival/landmark";

describe("landmark", () => {
  it("keeps subjects followed past the landmark, classified by exposure at the landmark", () => {
    const r = landmark({ time: [10, 20, 30, 25, 40], event: [1, 1, 0, 1, 1], switchTime: [5, 25, NaN, 30, 30], at: 30 });
    // rows 0 (10), 1 (20), 2 (30, not > 30) excluded; row 3 (25) excluded; row 4 exposed at 30 (<= 30)
    expect(r.excluded).toBe(4);
    expect(Array.from(r.row)).toEqual([4]);
    expect(Array.from(r.time)).toEqual([10]);
    expect(Array.from(r.exposed)).toEqual([1]);
  });

  it("counts exposures that start after the landmark as unexposed", () => {
    const r = landmark({ time: [50, 60], event: [1, 0], switchTime: [40, 10], at: 30 });
    expect(Array.from(r.exposed)).toEqual([0, 1]);
    expect(Array.from(r.event)).toEqual([1, 0]);
  });

  it("rejects a landmark that is not a positive finite time", () => {
    expect(() => landmark({ time: [1], event: [1], switchTime: [NaN], at: 0 })).toThrow(/at = 0: the landmark must be a finite time > 0/);
    expect(() => landmark({ time: [-1], event: [1], switchTime: [NaN], at: 1 })).toThrow(/time\[0\] = -1/);
  });
});
