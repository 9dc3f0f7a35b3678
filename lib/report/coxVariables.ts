import type { CohortSchema } from "../data/cohortTypes";
import type { CoxVariable } from "./coxForest";
import { fieldInfo } from "./fieldInfo";

/** A column to model: its name, or the name with a reference level / step / display overrides. */
export type CoxVariableSpec =
  | string
  | {
    column: string; reference?: string; levels?: readonly string[]; per?: number; unit?: string; label?: string; name?: string;
    /** The field whose dictionary entry describes a computed column (e.g. csf_wbc for log2(csf_wbc + 1)). */
    dictionary?: string;
  };

/**
 * Model variables labelled from the data dictionary:
 *  - a 0/1 flag (levels 0 and 1) is one numeric term, shown as "<label> (yes vs no)" with the
 *    dictionary's value labels;
 *  - any other field with a list of values is categorical: indicators against `reference`
 *    (default the dictionary's first level), levels in dictionary order;
 *  - a number is continuous, per `per` units (default 1), shown "per <per> <unit>".
 */
export function coxVariables(schema: CohortSchema, specs: readonly CoxVariableSpec[]): CoxVariable[] {
  return specs.map((spec) => {
    const s = typeof spec === "string" ? { column: spec } : spec;
    const info = fieldInfo(schema, s.dictionary ?? s.column);
    const label = s.label ?? info.label;
    const levels = info.levels;
    if (levels && levels.length === 2 && levels.includes("0") && levels.includes("1") && s.reference === undefined) {
      return { column: s.column, label, name: s.name, unit: s.unit ?? `${info.levelLabels["1"]} vs ${info.levelLabels["0"]}` };
    }
    if (levels) {
      const reference = s.reference ?? levels[0];
      return { column: s.column, label, reference, levels: s.levels ?? levels.filter((l) => l !== reference), levelLabels: info.levelLabels };
    }
    const per = s.per ?? 1;
    const unit = s.unit ?? (info.unit ? (per === 1 ? `per ${info.unit}` : `per ${per} ${info.unit}`) : per === 1 ? "per unit" : `per ${per}`);
    return { column: s.column, label, per, unit, name: s.name };
  });
}
