import { figureDefaults } from "./figureDefaults";

/**
 * Axis breaks from 0 to at most `maxTime` (display units) at a step suited to the unit:
 * the smallest step of figureDefaults.breakSteps[unit] (months: 1, 2, 3, 6, 12, ...) giving at most
 * `maxTicks` + 1 breaks; for other units a 1-2-5 step. A given `step` is used as is.
 * Example: timeBreaks(27, "months") → [0, 3, 6, ..., 27]; timeBreaks(40, "months") → [0, 6, ..., 36].
 */
export function timeBreaks(maxTime: number, unit: string, options: { step?: number; maxTicks?: number } = {}): number[] {
  if (!(maxTime > 0) || !Number.isFinite(maxTime)) return [0];
  const maxTicks = options.maxTicks ?? figureDefaults.maxTicks;
  let step = options.step;
  if (step === undefined) {
    const candidates = figureDefaults.breakSteps[unit] ?? niceSteps(maxTime);
    step = candidates.find((s) => Math.floor(maxTime / s + 1e-9) <= maxTicks) ?? niceStep(maxTime / maxTicks);
  }
  if (!(step > 0)) throw new Error(`timeBreaks: step = ${step} must be > 0`);
  const out: number[] = [];
  for (let k = 0; k * step <= maxTime * (1 + 1e-9); k++) out.push(roundTo(k * step));
  return out;
}

function niceStep(raw: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

function niceSteps(maxTime: number): number[] {
  const p = Math.pow(10, Math.floor(Math.log10(maxTime)) - 2);
  const out: number[] = [];
  for (let e = p; e <= maxTime * 10; e *= 10) out.push(e, 2 * e, 5 * e);
  return out;
}

function roundTo(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
