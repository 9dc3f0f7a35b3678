import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The provenance block every fixture carries: R and package versions. */
export interface Provenance { r: string; survival: string; cmprsk: string; generatedBy: string }

// Fixture JSON encodes NA as null and infinities as "Inf"/"-Inf" (tests/fixtures/common.R).
function revive(_key: string, v: unknown): unknown {
  if (v === "Inf") return Infinity;
  if (v === "-Inf") return -Infinity;
  return v;
}

/** Reads tests/fixtures/<name>.json written by the R scripts. */
export function loadFixture<T = any>(name: string): { provenance: Provenance; cases: T } {
  const text = readFileSync(join(__dirname, "..", "fixtures", `${name}.json`), "utf8");
  return JSON.parse(text, revive);
}

/** A numeric column with R's NA (null) turned into NaN. */
export function num(col: Array<number | null>): number[] {
  return col.map((v) => (v === null ? NaN : v));
}

/** The shared input data sets (tests/fixtures/datasets.R): lung, veteran, ovarian, heart, mgus2, ties. */
export function datasets(): Record<string, Record<string, Array<number | string | null>>> {
  return loadFixture("datasets").cases;
}
