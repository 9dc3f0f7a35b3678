/**
 * Stable counting sort of a row order by an integer key: returns a new array holding `order`
 * re-sorted by key[order[i]] (ascending, or descending when asked), rows with equal keys kept
 * in their current relative order — so successive calls from the least to the most significant
 * key give a lexicographic order (LSD radix).
 *
 * Preconditions: every key[order[i]] is an integer in 0..k-1. O(n + k) time.
 */
export function countingSort(order: Int32Array, key: Int32Array, k: number, descending = false): Int32Array {
  const n = order.length;
  const count = new Int32Array(k + 1);
  for (let i = 0; i < n; i++) count[(descending ? k - 1 - key[order[i]] : key[order[i]]) + 1]++;
  for (let d = 1; d <= k; d++) count[d] += count[d - 1];
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = order[i];
    out[count[descending ? k - 1 - key[r] : key[r]]++] = r;
  }
  return out;
}
