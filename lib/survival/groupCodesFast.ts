import { Label, groupCodes } from "../checkInput";

/**
 * groupCodes (lib/checkInput.ts) with the same contract and results, in one pass for the common
 * large-data cases: labels that are small non-negative integers (a lookup table, no hashing) and
 * any other valid labels (one Map lookup per row instead of an array copy, a Set and a Map).
 * Anything else (an explicit `levels` order, an invalid label) goes to groupCodes itself,
 * so every error message is groupCodes' own.
 *
 * Levels are ordered as groupCodes orders them: numbers ascending when every label is a number,
 * otherwise by String(label) code point, ties in order of first appearance (a stable sort of the
 * labels in first-seen order, as groupCodes sorts its Set).
 */
export function groupCodesFast(name: string, values: ArrayLike<Label>, levels?: readonly Label[]): { codes: Int32Array; levels: Label[] } {
  if (levels === undefined) {
    const fast = smallIntegerCodes(values) ?? firstSeenCodes(values);
    if (fast !== null) return fast;
  }
  return groupCodes(name, values, levels);
}

const SMALL = 65536;

function smallIntegerCodes(values: ArrayLike<Label>): { codes: Int32Array; levels: Label[] } | null {
  const n = values.length;
  const count = new Int32Array(SMALL);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== "number" || !(v >= 0 && v < SMALL) || Math.floor(v) !== v || (v === 0 && 1 / v < 0)) return null;
    count[v]++;
  }
  const code = count; // reuse: value -> code
  const lv: Label[] = [];
  for (let v = 0; v < SMALL; v++) {
    if (count[v] > 0) {
      code[v] = lv.length;
      lv.push(v);
    }
  }
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = code[values[i] as number];
  return { codes, levels: lv };
}

function firstSeenCodes(values: ArrayLike<Label>): { codes: Int32Array; levels: Label[] } | null {
  const n = values.length;
  const index = new Map<Label, number>();
  const seen: Label[] = [];
  const codes = new Int32Array(n);
  let last: Label | undefined;
  let lastCode = -1;
  let allNumbers = true;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === last) {
      codes[i] = lastCode;
      continue;
    }
    if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v)) || v === "") return null;
    let k = index.get(v);
    if (k === undefined) {
      k = seen.length;
      index.set(v, k);
      seen.push(v);
      if (typeof v !== "number") allNumbers = false;
    }
    codes[i] = k;
    last = v;
    lastCode = k;
  }
  const order = seen.map((_, k) => k);
  order.sort(
    allNumbers
      ? (a, b) => (seen[a] as number) - (seen[b] as number)
      : (a, b) => (String(seen[a]) < String(seen[b]) ? -1 : String(seen[a]) > String(seen[b]) ? 1 : 0),
  );
  const recode = new Int32Array(seen.length);
  order.forEach((k, r) => (recode[k] = r));
  for (let i = 0; i < n; i++) codes[i] = recode[codes[i]];
  return { codes, levels: order.map((k) => seen[k]) };
}
