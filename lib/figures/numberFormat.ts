import { figureDefaults } from "./figureDefaults";

const DASH = "\u2013"; // en dash between interval limits
const NA = "\u2014"; // em dash for a value that cannot be given

function fixed(x: number, digits: number): string {
  if (x === Infinity) return "\u221e";
  if (!Number.isFinite(x)) return NA;
  const s = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/**
 * The number formats shared by every figure and table, so the same quantity reads the same
 * everywhere: p-values "<0.001" / "0.034" / "0.35", hazard ratios with 2 decimals and an en-dash
 * interval "1.52 (1.10–2.10)", counts with small-cell suppression "<5", "n (%)".
 */
export const numberFormat = {
  /** p-value for a table cell: <0.001; 3 decimals below 0.1; else 2 (>0.99 near 1); "—" if NaN. */
  p(p: number): string {
    if (!Number.isFinite(p)) return NA;
    if (p < 0.001) return "<0.001";
    if (p < 0.1) return p.toFixed(3);
    return p > 0.99 ? ">0.99" : p.toFixed(2);
  },
  /** p-value in running text: "p < 0.001", "p = 0.034". */
  pText(p: number): string {
    const s = numberFormat.p(p);
    return s.startsWith("<") ? `p < ${s.slice(1)}` : s.startsWith(">") ? `p > ${s.slice(1)}` : `p = ${s}`;
  },
  /** A number with fixed decimals ("—" when not finite, ∞ for +Infinity). */
  fixed,
  /** Hazard ratio with its interval: "1.52 (1.10–2.10)". */
  hrCi(hr: number, lower: number, upper: number, digits = figureDefaults.hrDigits): string {
    return `${fixed(hr, digits)} (${fixed(lower, digits)}${DASH}${fixed(upper, digits)})`;
  },
  /** An interval "a–b". */
  range(lower: number, upper: number, digits: number): string {
    return `${fixed(lower, digits)}${DASH}${fixed(upper, digits)}`;
  },
  /** A count; 1..suppressBelow-1 become "<suppressBelow" (privacy); 0 and larger counts print as is. */
  count(n: number, suppressBelow = figureDefaults.suppressBelow): string {
    if (!Number.isFinite(n)) return NA;
    if (n > 0 && n < suppressBelow) return `<${suppressBelow}`;
    return String(Math.round(n));
  },
  /** True when `count` would hide n. */
  isSuppressed(n: number, suppressBelow = figureDefaults.suppressBelow): boolean {
    return n > 0 && n < suppressBelow;
  },
  /** "45 (37.5%)"; a suppressed count hides its percentage too ("<5"). */
  countPercent(n: number, denominator: number, suppressBelow = figureDefaults.suppressBelow, digits = figureDefaults.percentDigits): string {
    if (numberFormat.isSuppressed(n, suppressBelow)) return numberFormat.count(n, suppressBelow);
    const pct = denominator > 0 ? `${fixed((100 * n) / denominator, digits)}%` : NA;
    return `${numberFormat.count(n)} (${pct})`;
  },
  /** A probability as a percentage with its interval: "62.3% (51.0–75.1)"; "0.0% (—)" when a limit is undefined. */
  percentCi(p: number, lower: number, upper: number, digits = figureDefaults.percentDigits): string {
    if (!Number.isFinite(lower) || !Number.isFinite(upper)) return `${fixed(100 * p, digits)}% (${NA})`;
    return `${fixed(100 * p, digits)}% (${fixed(100 * lower, digits)}${DASH}${fixed(100 * upper, digits)})`;
  },
  /** "median (q1–q3)". */
  medianIqr(median: number, q1: number, q3: number, digits = figureDefaults.continuousDigits): string {
    return `${fixed(median, digits)} (${fixed(q1, digits)}${DASH}${fixed(q3, digits)})`;
  },
  /** A time on the display axis: integers as such, others with up to 2 decimals. */
  time(t: number): string {
    return Number.isInteger(t) ? String(t) : String(Math.round(t * 100) / 100);
  },
  dash: DASH,
  missing: NA,
};
