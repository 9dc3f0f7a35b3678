import { expect } from "vitest";

/**
 * Relative difference |a - b| / max(|b|, floor), with NaN == NaN and equal infinities counting as 0.
 * `floor` keeps values that are zero in R (e.g. a survival of 0) from dividing by zero.
 */
export function relDiff(actual: number, expected: number, floor = 1e-300): number {
  if (Number.isNaN(expected) && Number.isNaN(actual)) return 0;
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return actual === expected ? 0 : Infinity;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), floor);
}

/** Asserts every element matches within relative tolerance `tol`; the message names the first failing index. */
export function expectRel(
  actual: ArrayLike<number> | number,
  expected: ArrayLike<number> | number,
  tol: number,
  label = "value",
  floor = 1e-300,
): number {
  const a = typeof actual === "number" ? [actual] : Array.from(actual);
  const e = typeof expected === "number" ? [expected] : Array.from(expected);
  expect(a.length, `${label}: length`).toBe(e.length);
  let worst = 0;
  for (let i = 0; i < e.length; i++) {
    const d = relDiff(a[i], e[i], floor);
    if (!(d <= tol)) throw new Error(`${label}[${i}]: got ${a[i]}, expected ${e[i]} (relative difference ${d} > ${tol})`);
    worst = Math.max(worst, d);
  }
  return worst;
}
