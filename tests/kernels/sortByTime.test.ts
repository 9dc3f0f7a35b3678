import { describe, expect, it } from "vitest";
import { mergeNearTimes } from "../../lib/kernels/mergeNearTimes";
import { mergeSortedTimes, sortByTime } from "../../lib/kernels/sortByTime";

/** Park–Miller generator: reproducible test data. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/**
 * The reference: merge (mergeNearTimes), then a comparator sort by code, then merged time; rows
 * whose times were merged stay in the order of their original times (any order within a tie is
 * equivalent for the estimators, this is the one sortByTime gives), then input row.
 */
function reference(time: Float64Array, code: Int32Array | null, timefix: boolean) {
  const t = timefix ? mergeNearTimes(time) : time;
  const order = Array.from(time.keys()).sort((a, b) => (code ? code[a] - code[b] : 0) || t[a] - t[b] || time[a] - time[b] || a - b);
  return { order, time: order.map((i) => t[i]) };
}

describe("sortByTime", () => {
  const rnd = rng(11);
  const n = 3000;
  // rounded times (heavy ties), near-ties within sqrt(eps) (merged by timefix), zeros and -0
  const time = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const base = Math.round(rnd() * 500) / 10;
    const r = rnd();
    time[i] = r < 0.1 ? base + 1e-10 : r < 0.15 ? base * (1 + 1e-12) : r < 0.17 ? 0 : base;
  }
  const code = new Int32Array(n);
  for (let i = 0; i < n; i++) code[i] = Math.floor(rnd() * 4);

  for (const timefix of [true, false]) {
    it(`orders by time like a stable comparator sort (timefix ${timefix})`, () => {
      const s = sortByTime(time, null, 1, timefix);
      const ref = reference(time, null, timefix);
      expect(Array.from(s.order)).toEqual(ref.order);
      expect(Array.from(s.time)).toEqual(ref.time);
      expect(Array.from(s.ends)).toEqual([n]);
    });
    it(`orders by code, then time (timefix ${timefix})`, () => {
      const s = sortByTime(time, code, 4, timefix);
      const ref = reference(time, code, timefix);
      expect(Array.from(s.order)).toEqual(ref.order);
      expect(Array.from(s.time)).toEqual(ref.time);
      const counts = [0, 1, 2, 3].map((c) => code.filter((x) => x === c).length);
      expect(Array.from(s.ends)).toEqual([counts[0], counts[0] + counts[1], counts[0] + counts[1] + counts[2], n]);
    });
  }

  it("merges exactly as mergeNearTimes, including chains and the relative rule", () => {
    const big = 1e9;
    for (const v of [
      [2 + 1e-9, 1, 2, 1 + 1e-12, 5],
      [1, 1 + 1e-8, 1 + 2e-8, 1 + 3e-8],
      [big, big + 1, big + 100],
      [3, 1, 2, 1],
      [7],
    ]) {
      const t = Float64Array.from(v);
      const sorted = Float64Array.from(v).sort();
      mergeSortedTimes(sorted);
      expect(Array.from(sorted)).toEqual(Array.from(mergeNearTimes(t)).sort((a, b) => a - b));
    }
  });

  it("handles -0 with 0 as one time, and a single row", () => {
    const s = sortByTime(Float64Array.from([0, -0, 1, -0]), null, 1, true);
    expect(Array.from(s.time).map((x) => x === 0)).toEqual([true, true, true, false]);
    expect(Array.from(sortByTime(Float64Array.of(4), null, 1, true).order)).toEqual([0]);
  });
});
