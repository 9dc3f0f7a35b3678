import { describe, expect, it } from "vitest";
import { nelsonAalen } from "../../lib/survival/nelsonAalen";
import { expectRel } from "../helpers/expectRel";
import { caseInput, kmCases } from "./kmCases";

describe("nelsonAalen against R survfit cumhaz / std.chaz (km.json)", () => {
  for (const c of kmCases.filter((k) => k.confType === "log" && k.confLevel === 0.95)) {
    it(c.call, () => {
      const na = nelsonAalen(caseInput(c));
      expect(na.length).toBe(c.curves.length);
      c.curves.forEach((r, k) => {
        expect(na[k].group === null ? null : String(na[k].group)).toBe(r.group);
        expect(Array.from(na[k].time)).toEqual(r.time);
        expectRel(na[k].cumHaz, r.cumhaz, 1e-8, "cumhaz");
        expectRel(na[k].stdErr, r["std.chaz"], 1e-8, "std.chaz");
      });
    });
  }
});

describe("nelsonAalen by hand", () => {
  it("tied events share one risk set", () => {
    const [na] = nelsonAalen({ time: [1, 1, 2, 3], event: [1, 1, 0, 1] });
    expectRel(na.cumHaz, [2 / 4, 2 / 4, 2 / 4 + 1], 1e-15, "H");
    expectRel(na.stdErr, [Math.sqrt(2 / 16), Math.sqrt(2 / 16), Math.sqrt(2 / 16 + 1)], 1e-15, "se");
  });
});

describe("nelsonAalen rejects bad input", () => {
  it("negative time", () => expect(() => nelsonAalen({ time: [-1], event: [1] })).toThrow(/time\[0\] = -1/));
  it("event = 2", () => expect(() => nelsonAalen({ time: [1], event: [2] })).toThrow(/event\[0\] = 2/));
});
