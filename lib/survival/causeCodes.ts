import { checkFinite, InputError } from "../checkInput";

/**
 * Competing-risks cause codes: 0 = censored, any other finite number a cause. Returns the
 * distinct causes ascending (as cuminc's sort(unique(cause[cause != 0]))) and each row's cause
 * index, 0 for censored and k (1-based) for causes[k - 1]. Rejects non-finite codes and
 * data without any event.
 */
export function causeCodes(name: string, values: ArrayLike<number>): { index: Int32Array; causes: number[] } {
  const c = checkFinite(name, values);
  const causes = Array.from(new Set(Array.from(c).filter((v) => v !== 0))).sort((a, b) => a - b);
  if (causes.length === 0) throw new InputError(`${name}: no events (every value is 0 = censored)`);
  const map = new Map<number, number>(causes.map((v, k) => [v, k + 1]));
  const index = new Int32Array(c.length);
  for (let i = 0; i < c.length; i++) index[i] = c[i] === 0 ? 0 : (map.get(c[i]) as number);
  return { index, causes };
}
