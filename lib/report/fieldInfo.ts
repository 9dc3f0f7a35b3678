import type { CohortSchema } from "../data/cohortTypes";

/** A column's data-dictionary description: label, unit, levels in dictionary order and their labels. */
export interface FieldInfo {
  name: string;
  label: string;
  unit: string | null;
  /** Levels in the dictionary's order (enum), null for a free number or text. */
  levels: string[] | null;
  /** Display label per level (keyed by String(level)); the level itself when the dictionary has none. */
  levelLabels: Record<string, string>;
}

/**
 * The data-dictionary description of a schema field or derived variable (data-schema/
 * lm-cohort.schema.json: x-label, x-unit, enum, x-value-labels), so that every table and figure
 * labels a variable the same way. Throws for a name the schema does not know.
 */
export function fieldInfo(schema: CohortSchema, name: string): FieldInfo {
  const spec = schema.byName.get(name) ?? schema.derived.find((d) => d.name === name);
  if (!spec) throw new Error(`fieldInfo: ${name} is neither a schema field nor a derived variable`);
  const levels = spec.levels ? spec.levels.filter((l) => l !== null).map(String) : null;
  const levelLabels: Record<string, string> = {};
  for (const l of levels ?? []) levelLabels[l] = spec.valueLabels?.[l] ?? l;
  return { name, label: spec.label, unit: spec.unit, levels, levelLabels };
}

/**
 * Shorter display labels for table column headers: the dictionary labels without a trailing
 * generic noun ("Breast cancer" -> "Breast", "Other solid tumour" -> "Other"), so a table with
 * one column per level fits the page. The dictionary labels stay the reference everywhere else.
 */
export function compactLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) out[k] = v.replace(/\s+(solid tumou?r|tumou?r|cancer)$/i, "");
  return out;
}

/** Days per month of the time axis (os_months = os_days / daysPerMonth; 30.4375 in the dictionary). */
export function daysPerMonth(schema: CohortSchema): number {
  const v = schema.derived.find((d) => d.name === "os_months")?.constants?.daysPerMonth;
  if (typeof v !== "number") throw new Error("daysPerMonth: the schema's os_months lacks x-constants.daysPerMonth");
  return v;
}
