/**
 * Input checks shared by every estimator. Each failure throws an InputError whose message
 * names the argument, the first offending index and the rule, e.g.
 *   "time[12] = -3: a time must be a finite number >= 0".
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export type NumericColumn = ArrayLike<number>;
export type Label = string | number;

/** Copies a numeric column into a Float64Array, rejecting anything that is not a number. */
export function toFloat64(name: string, values: NumericColumn | undefined): Float64Array {
  if (values === undefined || values === null || typeof (values as ArrayLike<number>).length !== "number") {
    throw new InputError(`${name}: expected an array of numbers`);
  }
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number") throw new InputError(`${name}[${i}] = ${JSON.stringify(v)}: must be a number`);
    out[i] = v;
  }
  return out;
}

/** Times: finite and >= 0. */
export function checkTime(name: string, values: NumericColumn | undefined): Float64Array {
  const t = toFloat64(name, values);
  for (let i = 0; i < t.length; i++) {
    if (!Number.isFinite(t[i]) || t[i] < 0) throw new InputError(`${name}[${i}] = ${t[i]}: a time must be a finite number >= 0`);
  }
  return t;
}

/** Event indicators: exactly 0 or 1 (booleans are accepted as 0/1). */
export function checkEvent(name: string, values: ArrayLike<number | boolean> | undefined): Float64Array {
  if (values === undefined || values === null) throw new InputError(`${name}: expected an array of 0/1 event indicators`);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const x = v === true ? 1 : v === false ? 0 : v;
    if (x !== 0 && x !== 1) throw new InputError(`${name}[${i}] = ${JSON.stringify(v)}: an event indicator must be 0 or 1`);
    out[i] = x;
  }
  return out;
}

/** Covariates: finite numbers (missing values are handled in the data layer, never here). */
export function checkFinite(name: string, values: NumericColumn | undefined): Float64Array {
  const x = toFloat64(name, values);
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw new InputError(`${name}[${i}] = ${x[i]}: must be a finite number`);
  }
  return x;
}

/** All named columns must have the same length as the first. */
export function checkLengths(columns: Record<string, ArrayLike<unknown> | undefined>): number {
  let n = -1;
  let first = "";
  for (const [name, col] of Object.entries(columns)) {
    if (col === undefined) continue;
    if (n < 0) {
      n = col.length;
      first = name;
    } else if (col.length !== n) {
      throw new InputError(`${name}: length ${col.length} differs from ${first} (length ${n})`);
    }
  }
  if (n === 0) throw new InputError(`${first}: no observations`);
  return n;
}

/**
 * Group labels to integer codes 0..k-1. Levels are sorted as R sorts factor levels
 * (numbers numerically, strings by code point, ties in order of first appearance) unless
 * `levels` gives the order; a level listed in `levels` with no observation, or a label outside
 * `levels`, is an error.
 *
 * Without `levels`, valid labels are coded in one pass: a lookup table when every label is a
 * small non-negative integer (no hashing), else one Map lookup per row; the first-seen levels are
 * then sorted and the codes renumbered. An invalid label, or an explicit `levels` order, takes the
 * checked path below, so every error message comes from one place.
 */
export function groupCodes(
  name: string,
  values: ArrayLike<Label>,
  levels?: readonly Label[],
): { codes: Int32Array; levels: Label[] } {
  if (levels === undefined) {
    const fast = smallIntegerCodes(values) ?? firstSeenCodes(values);
    if (fast !== null) return fast;
  }
  return checkedGroupCodes(name, values, levels);
}

/** Labels below this bound, all non-negative integers, are coded through a lookup table. */
const SMALL_LABEL = 65536;

function smallIntegerCodes(values: ArrayLike<Label>): { codes: Int32Array; levels: Label[] } | null {
  const n = values.length;
  let max = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== "number" || !(v >= 0 && v < SMALL_LABEL) || Math.floor(v) !== v || (v === 0 && 1 / v < 0)) return null;
    if (v > max) max = v;
  }
  const code = new Int32Array(max + 1); // counts, then value -> code
  for (let i = 0; i < n; i++) code[values[i] as number]++;
  const lv: Label[] = [];
  for (let v = 0; v <= max; v++) {
    if (code[v] > 0) {
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
      seen.push(v === 0 ? 0 : v); // -0 as +0, as a Set or Map key is stored
      if (typeof v !== "number") allNumbers = false;
    }
    codes[i] = k;
    last = v;
    lastCode = k;
  }
  // A stable sort of the first-seen labels: ties keep their order of first appearance.
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

function checkedGroupCodes(name: string, values: ArrayLike<Label>, levels?: readonly Label[]): { codes: Int32Array; levels: Label[] } {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v)) || v === "") {
      throw new InputError(`${name}[${i}] = ${JSON.stringify(v)}: a group label must be a non-empty string or a finite number`);
    }
  }
  let lv: Label[];
  if (levels) {
    lv = [...levels];
  } else {
    lv = Array.from(new Set(Array.from(values)));
    const allNumbers = lv.every((v) => typeof v === "number");
    lv.sort(allNumbers ? (a, b) => (a as number) - (b as number) : (a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
  }
  const index = new Map<Label, number>(lv.map((v, k) => [v, k]));
  const codes = new Int32Array(values.length);
  const counts = new Int32Array(lv.length);
  for (let i = 0; i < values.length; i++) {
    const k = index.get(values[i]);
    if (k === undefined) throw new InputError(`${name}[${i}] = ${JSON.stringify(values[i])}: not one of the levels ${JSON.stringify(lv)}`);
    codes[i] = k;
    counts[k]++;
  }
  for (let k = 0; k < lv.length; k++) {
    if (counts[k] === 0) throw new InputError(`${name}: level ${JSON.stringify(lv[k])} has no observations (empty group)`);
  }
  return { codes, levels: lv };
}

/**
 * Group codes when a grouping is optional: with `values`, groupCodes(name, values, levels);
 * without, codes = null and a single level null (one curve over all rows). `levels` without
 * `values` is an error.
 */
export function optionalGroupCodes(
  name: string,
  values: ArrayLike<Label> | undefined,
  levels?: readonly Label[],
): { codes: Int32Array | null; levels: (Label | null)[] } {
  if (values !== undefined) return groupCodes(name, values, levels);
  if (levels !== undefined) throw new InputError(`levels: given without ${name}`);
  return { codes: null, levels: [null] };
}
