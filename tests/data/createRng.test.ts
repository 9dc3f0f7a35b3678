import { describe, expect, it } from "vitest";
import { createRng } from "../../lib/data/createRng";

describe("createRng", () => {
  it("repeats its stream for a seed and differs between seeds", () => {
    const a = createRng(5), b = createRng(5), c = createRng(6);
    const xa = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xa);
  });
  it("draws uniforms in (0, 1) with mean 1/2 and normals with mean 0, variance 1", () => {
    const r = createRng(1);
    const u = Array.from({ length: 100000 }, () => r.uniform());
    expect(Math.min(...u)).toBeGreaterThan(0);
    expect(Math.max(...u)).toBeLessThan(1);
    expect(Math.abs(u.reduce((s, x) => s + x, 0) / u.length - 0.5)).toBeLessThan(0.005);
    const z = Array.from({ length: 100000 }, () => r.normal());
    const m = z.reduce((s, x) => s + x, 0) / z.length;
    expect(Math.abs(m)).toBeLessThan(0.015);
    expect(Math.abs(z.reduce((s, x) => s + (x - m) ** 2, 0) / z.length - 1)).toBeLessThan(0.02);
  });
  it("picks levels in proportion to their weights", () => {
    const r = createRng(2);
    const k = Array.from({ length: 40000 }, () => r.pick(["a", "b"], [1, 3])).filter((x) => x === "b").length;
    expect(Math.abs(k / 40000 - 0.75)).toBeLessThan(0.01);
  });
});
