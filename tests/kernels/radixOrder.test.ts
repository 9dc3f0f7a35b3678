import { describe, expect, it } from "vitest";
import { countingSort } from "../../lib/kernels/countingSort";
import { radixOrder } from "../../lib/kernels/radixOrder";

describe("radixOrder", () => {
  it("matches a stable comparator sort on negatives, -0/0, ties, tiny and huge magnitudes", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pool = [0, -0, 1, -1, 5e-324, -5e-324, 1e308, -1e308, 0.1, 0.30000000000000004, 2.5, -2.5];
    const x = new Float64Array(5000);
    for (let i = 0; i < x.length; i++) x[i] = i % 3 === 0 ? pool[Math.floor(rnd() * pool.length)] : (rnd() - 0.5) * 10 ** Math.floor(rnd() * 20 - 10);
    const order = Array.from(radixOrder(x));
    const expected = Array.from(x.keys()).sort((i, j) => x[i] - x[j] || (Object.is(x[i], -0) ? 0 : 1) - (Object.is(x[j], -0) ? 0 : 1) || i - j);
    expect(order).toEqual(expected);
  });

  it("empty and single inputs", () => {
    expect(Array.from(radixOrder(new Float64Array(0)))).toEqual([]);
    expect(Array.from(radixOrder(new Float64Array([3])))).toEqual([0]);
  });
});

describe("countingSort", () => {
  it("is stable, ascending or descending", () => {
    const key = new Int32Array([2, 0, 1, 0, 2, 1]);
    const id = new Int32Array([0, 1, 2, 3, 4, 5]);
    expect(Array.from(countingSort(id, key, 3))).toEqual([1, 3, 2, 5, 0, 4]);
    expect(Array.from(countingSort(id, key, 3, true))).toEqual([0, 4, 2, 5, 1, 3]);
  });
});
