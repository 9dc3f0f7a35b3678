import type { Label } from "../checkInput";

/** The display label of a group level: its data-dictionary label, the level itself, or "All patients" for null. */
export function groupLabel(group: Label | null, labels?: Readonly<Record<string, string>>): string {
  if (group === null) return "All patients";
  return labels?.[String(group)] ?? String(group);
}
