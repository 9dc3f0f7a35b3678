import { describe, expect, it } from "vitest";
import { groupCodes, optionalGroupCodes, type Label } from "../../lib/checkInput";

/** Park–Miller generator: reproducible test data. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** The plain definition: distinct labels in first-seen order, stably sorted as R sorts factor levels. */
function reference(values: ArrayLike<Label>): { codes: number[]; levels: Label[] } {
  const lv = Array.from(new Set(Array.from(values)));
  const allNumbers = lv.every((v) => typeof v === "number");
  lv.sort(allNumbers ? (a, b) => (a as number) - (b as number) : (a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
  const index = new Map(lv.map((v, k) => [v, k]));
  return { codes: Array.from(values, (v) => index.get(v)!), levels: lv };
}

describe("groupCodes: the one-pass paths give the plain definition's codes and levels", () => {
  const rnd = rng(5);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const cases: Record<string, ArrayLike<string | number>> = {
    "small integers (typed array)": Float64Array.from({ length: 500 }, () => pick([3, 1, 2, 10, 0])),
    "small integers (array)": Array.from({ length: 500 }, () => pick([5, 4, 1])),
    "largest small integer": Array.from({ length: 100 }, () => pick([65535, 0, 7])),
    "non-integer numbers": Array.from({ length: 500 }, () => pick([2.5, -1, 1e6, 0.1, 7])),
    "large integers": Array.from({ length: 200 }, () => pick([70000, 65536, 3])),
    "-0 with 0": [1, -0, 0, 2, -0],
    strings: Array.from({ length: 500 }, () => pick(["b", "a", "B", "ä", "a10", "a9"])),
    "numbers and strings mixed": Array.from({ length: 500 }, () => pick<string | number>([1, "1", 10, "2", "x"])),
    "a single row": ["only"],
    empty: [],
  };
  for (const [name, values] of Object.entries(cases)) {
    it(name, () => {
      const a = groupCodes("g", values);
      const b = reference(values);
      expect(a.levels).toEqual(b.levels);
      expect(Array.from(a.codes)).toEqual(b.codes);
    });
  }
  it("stores -0 as the level +0 (as a Set does) and keeps the first-seen label of ties (\"1\" before 1)", () => {
    expect(Object.is(groupCodes("g", [-0, 0, 3]).levels[0], 0)).toBe(true);
    expect(Object.is(groupCodes("g", [-0, 0.5]).levels[0], 0)).toBe(true);
    expect(groupCodes("g", ["1", 1, 2]).levels).toEqual(["1", 1, 2]);
  });
});

describe("groupCodes: explicit levels and errors", () => {
  it("uses the order of explicit levels", () => {
    const g = groupCodes("g", ["b", "a", "b"], ["b", "a"]);
    expect(g.levels).toEqual(["b", "a"]);
    expect(Array.from(g.codes)).toEqual([0, 1, 0]);
  });
  it("names the first invalid label, a label outside the levels and an empty level", () => {
    expect(() => groupCodes("g", [1, NaN])).toThrow("g[1] = null: a group label must be a non-empty string or a finite number");
    expect(() => groupCodes("g", [1, 2, Infinity, NaN])).toThrow("g[2] = null: a group label must be a non-empty string or a finite number");
    expect(() => groupCodes("g", ["a", ""])).toThrow('g[1] = "": a group label must be a non-empty string or a finite number');
    expect(() => groupCodes("g", [1, null as unknown as number])).toThrow("g[1] = null: a group label must be a non-empty string or a finite number");
    expect(() => groupCodes("g", ["a", undefined as unknown as string])).toThrow("g[1] = undefined: a group label must be a non-empty string or a finite number");
    expect(() => groupCodes("g", ["a", "c"], ["a", "b"])).toThrow('g[1] = "c": not one of the levels ["a","b"]');
    expect(() => groupCodes("g", ["a", "a"], ["a", "b"])).toThrow('g: level "b" has no observations (empty group)');
  });
});

describe("optionalGroupCodes", () => {
  it("without a grouping gives one level null and no codes", () => {
    expect(optionalGroupCodes("group", undefined)).toEqual({ codes: null, levels: [null] });
  });
  it("with a grouping is groupCodes", () => {
    const g = optionalGroupCodes("group", ["b", "a", "b"]);
    expect(g.levels).toEqual(["a", "b"]);
    expect(Array.from(g.codes!)).toEqual([1, 0, 1]);
  });
  it("rejects levels without a grouping, naming both", () => {
    expect(() => optionalGroupCodes("group", undefined, ["a"])).toThrow(/levels: given without group/);
  });
});
