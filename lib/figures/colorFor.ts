import type { Label } from "../checkInput";
import { figureDefaults } from "./figureDefaults";

interface ColorRegistry {
  /** variable -> level label -> palette index */
  levels: Map<string, Map<string, number>>;
}

// Kept on globalThis so the assignment survives module reloads within one notebook kernel.
function registry(): ColorRegistry {
  const g = globalThis as { __lmColorRegistry?: ColorRegistry };
  if (!g.__lmColorRegistry) g.__lmColorRegistry = { levels: new Map() };
  return g.__lmColorRegistry;
}

/**
 * The colour of one level of a variable, stable across every figure of a session: the first
 * level seen for a variable gets the first Okabe–Ito colour, the next a new one, and a level
 * keeps its colour from then on (keyed on the level's label, so "Breast" is the same colour in
 * the KM plot, the cumulative incidence plot and the forest plot). Call setLevelOrder first to
 * fix the assignment from the data dictionary's level order, independent of drawing order.
 * A null level (a curve over the whole cohort) is black. Past 8 levels colours repeat.
 */
export function colorFor(variable: string, level: Label | null): string {
  if (level === null) return figureDefaults.overallColor;
  const reg = registry();
  let map = reg.levels.get(variable);
  if (!map) {
    map = new Map();
    reg.levels.set(variable, map);
  }
  const key = String(level);
  let index = map.get(key);
  if (index === undefined) {
    index = map.size;
    map.set(key, index);
  }
  return figureDefaults.palette[index % figureDefaults.palette.length];
}

/**
 * Fixes the colour order of a variable's levels (e.g. from the data dictionary), replacing any
 * earlier assignment for that variable: levels[i] gets palette colour i.
 */
export function setLevelOrder(variable: string, levels: readonly Label[]): void {
  registry().levels.set(variable, new Map(levels.map((l, i) => [String(l), i])));
}

/** Forgets every assignment (for tests, or a fresh start in a notebook). */
export function resetColors(): void {
  registry().levels.clear();
}
