/**
 * Stable ascending order (row indices) of finite doubles, by LSD radix sort on their IEEE-754
 * bits: each value maps to a 64-bit unsigned key with the same order (negative: all bits
 * flipped; positive: sign bit flipped), sorted in 4 passes of 16 bits; a pass whose digit is
 * the same for every value is skipped. -0 sorts just before 0; ties keep index order.
 *
 * Preconditions: `values` finite (NaN has no place in an order). O(n) time, a handful of
 * n-length work arrays, no per-row allocation — it replaces a comparator sort, which is
 * several times slower at 10^6 rows.
 */
export function radixOrder(values: Float64Array): Int32Array {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const hiWord = LITTLE_ENDIAN ? 1 : 0;
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + hiWord], l = words[2 * i + 1 - hiWord];
    if (h & 0x80000000) {
      hi[i] = ~h >>> 0; // negative: flip every bit
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0; // positive: flip the sign bit
      lo[i] = l;
    }
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const count = new Int32Array(65537);
  for (let pass = 0; pass < 4; pass++) {
    const key = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[((key[i] >>> shift) & 0xffff) + 1]++;
    let skip = false;
    for (let d = 1; d <= 65536; d++) {
      if (count[d] === n) skip = true;
      count[d] += count[d - 1];
    }
    if (skip) continue;
    for (let i = 0; i < n; i++) {
      const r = order[i];
      next[count[(key[r] >>> shift) & 0xffff]++] = r;
    }
    const t = order;
    order = next;
    next = t;
  }
  return order;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
