import { describe, expect, it } from "vitest";
import { pick, splitAtSwitches } from "../../lib/survival/splitAtSwitches";

describe("splitAtSwitches", () => {
  it("splits follow-up at switch times inside (0, time), as tmerge with tdc()", () => {
    const r = splitAtSwitches({
      time: [10, 5, 8, 6],
      event: [1, 0, 1, 1],
      // row 0 starts at 4; row 1 never; row 2 at day 0 (on from the start); row 3 on its last day (never reached)
      switches: { it: [4, NaN, 0, 6] },
    });
    expect(Array.from(r.start)).toEqual([0, 4, 0, 0, 0]);
    expect(Array.from(r.stop)).toEqual([4, 10, 5, 8, 6]);
    expect(Array.from(r.event)).toEqual([0, 1, 0, 1, 1]);
    expect(Array.from(r.row)).toEqual([0, 0, 1, 2, 3]);
    expect(Array.from(r.indicators.it)).toEqual([0, 1, 0, 1, 0]);
    expect(pick(["a", "b", "c", "d"], r.row)).toEqual(["a", "a", "b", "c", "d"]);
  });

  it("splits at the union of several switches", () => {
    const r = splitAtSwitches({ time: [10], event: [1], switches: { a: [2], b: [7] } });
    expect(Array.from(r.stop)).toEqual([2, 7, 10]);
    expect(Array.from(r.indicators.a)).toEqual([0, 1, 1]);
    expect(Array.from(r.indicators.b)).toEqual([0, 0, 1]);
    expect(Array.from(r.event)).toEqual([0, 0, 1]);
  });

  it("rejects bad input naming the argument and row", () => {
    expect(() => splitAtSwitches({ time: [1], event: [1], switches: {} })).toThrow(/switches: give at least one/);
    expect(() => splitAtSwitches({ time: [1, 0], event: [1, 1], switches: { a: [NaN, NaN] } })).toThrow(/time\[1\] = 0: counting-process rows need follow-up > 0/);
    expect(() => splitAtSwitches({ time: [1], event: [1], switches: { a: [Infinity] } })).toThrow(/switches\.a\[0\] = Infinity/);
    expect(() => splitAtSwitches({ time: [1, 2], event: [1], switches: { a: [1, 1] } })).toThrow(/event: length 1 differs/);
  });
});
