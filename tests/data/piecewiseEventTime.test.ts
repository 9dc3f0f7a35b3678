import { describe, expect, it } from "vitest";
import { piecewiseEventTime } from "../../lib/data/piecewiseEventTime";
import { expectRel } from "../helpers/expectRel";

const H = (t: number, shape: number, scale: number) => Math.pow(t / scale, shape);

describe("piecewiseEventTime", () => {
  it("without switches inverts the Weibull cumulative hazard: T = scale (E e^-lp)^(1/shape)", () => {
    expectRel(piecewiseEventTime(0.7, 0.3, [], 0.9, 260), 260 * Math.pow(0.7 * Math.exp(-0.3), 1 / 0.9), 1e-14, "T");
  });
  it("ignores a switch after the event time", () => {
    const t0 = piecewiseEventTime(0.05, 0, [], 0.9, 260);
    expect(t0).toBeLessThan(30);
    expect(piecewiseEventTime(0.05, 0, [{ day: 30, logHR: -1 }], 0.9, 260)).toBe(t0);
  });
  it("solves H(T) = E across switches: exp(lp) H0(s) + exp(lp + g) (H0(T) - H0(s))", () => {
    const [lp, g1, g2, s1, s2, e] = [0.2, -0.7, 0.4, 10, 40, 1.3];
    const T = piecewiseEventTime(e, lp, [{ day: s2, logHR: g2 }, { day: s1, logHR: g1 }], 0.9, 260);
    expect(T).toBeGreaterThan(s2);
    const cum = Math.exp(lp) * H(s1, 0.9, 260) + Math.exp(lp + g1) * (H(s2, 0.9, 260) - H(s1, 0.9, 260)) + Math.exp(lp + g1 + g2) * (H(T, 0.9, 260) - H(s2, 0.9, 260));
    expectRel(cum, e, 1e-12, "H(T)");
  });
});
