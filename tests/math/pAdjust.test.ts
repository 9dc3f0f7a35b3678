import { describe, expect, it } from "vitest";
import { pAdjust } from "../../lib/math/pAdjust";
import { expectRel } from "../helpers/expectRel";
import { loadFixture } from "../helpers/fixtures";

const fx = loadFixture("logrank").cases;

describe("pAdjust vs R p.adjust", () => {
  for (const c of fx.pAdjust) {
    it(c.call, () => expectRel(pAdjust(c.p, c.method), c.adjusted, 1e-15, c.method));
  }
  it("holm by hand: step-down with running max", () => {
    // sorted 0.01, 0.02, 0.04 -> 0.03, 0.04, 0.04
    expectRel(pAdjust([0.04, 0.01, 0.02]), [0.04, 0.03, 0.04], 1e-15, "holm");
  });
  it("BH by hand: step-up with running min", () => {
    // sorted 0.01, 0.02, 0.04 -> 3*0.01 = 0.03, 1.5*0.02 = 0.03, 0.04
    expectRel(pAdjust([0.04, 0.01, 0.02], "BH"), [0.04, 0.03, 0.03], 1e-15, "BH");
  });
  it("a single p is unchanged", () => expect(pAdjust([0.3], "holm")).toEqual([0.3]));
  it("rejects a p outside [0, 1]", () => expect(() => pAdjust([0.1, 1.5])).toThrow(/p\[1\] = 1.5/));
  it("rejects an unknown method", () => expect(() => pAdjust([0.1], "fdr" as any)).toThrow(/pAdjust = "fdr"/));
});
