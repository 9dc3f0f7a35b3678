import { numberFormat } from "../figures/numberFormat";
import type { CoxFit } from "../survival/CoxFit";

const DASH = numberFormat.dash;
const reached = (x: number, digits: number) => (Number.isFinite(x) ? numberFormat.fixed(x, digits) : "not reached");

/**
 * Running-text formats for findings written from computed numbers, consistent with the tables
 * (lib/figures/numberFormat). Confidence level in the text is `confLevel` (default 0.95).
 */
export const formatEstimate = {
  /** A median survival: "4.7 months (95% CI 3.9–5.5)"; "not reached" where the curve or a limit does not cross 0.5. */
  median(m: { estimate: number; lower: number; upper: number }, unit = "months", digits = 1, confLevel = 0.95): string {
    const level = Math.round(100 * confLevel);
    if (!Number.isFinite(m.estimate)) return `not reached (${level}% CI ${reached(m.lower, digits)}${DASH}${reached(m.upper, digits)})`;
    return `${numberFormat.fixed(m.estimate, digits)} ${unit} (${level}% CI ${reached(m.lower, digits)}${DASH}${reached(m.upper, digits)})`;
  },
  /** A survival probability: "62.3% (95% CI 51.0–75.1)". */
  survival(r: { survival: number; lower: number; upper: number }, digits = 1, confLevel = 0.95): string {
    const level = Math.round(100 * confLevel);
    return `${numberFormat.fixed(100 * r.survival, digits)}% (${level}% CI ${numberFormat.range(100 * r.lower, 100 * r.upper, digits)})`;
  },
  /** A hazard ratio of one term of a Cox fit: "HR 0.70 (95% CI 0.55–0.90; p = 0.004)". */
  hr(fit: Pick<CoxFit, "terms" | "hr" | "hrLower" | "hrUpper" | "p" | "confLevel">, term: string): string {
    const i = fit.terms.indexOf(term);
    if (i < 0) throw new Error(`formatEstimate.hr: ${term} is not a term of the fit (${fit.terms.join(", ")})`);
    const level = Math.round(100 * fit.confLevel);
    return `HR ${numberFormat.fixed(fit.hr[i], 2)} (${level}% CI ${numberFormat.range(fit.hrLower[i], fit.hrUpper[i], 2)}; ${numberFormat.pText(fit.p[i])})`;
  },
  /** A hazard ratio given directly: "HR 0.70 (95% CI 0.55–0.90; p = 0.004)". */
  ratio(e: { hr: number; lower: number; upper: number; p: number }, confLevel = 0.95): string {
    return `HR ${numberFormat.fixed(e.hr, 2)} (${Math.round(100 * confLevel)}% CI ${numberFormat.range(e.lower, e.upper, 2)}; ${numberFormat.pText(e.p)})`;
  },
  /**
   * Every hazard ratio of one model variable, labelled: "Karnofsky performance status (per 10
   * points): HR 0.81 (95% CI 0.76–0.87; p < 0.001)" or, for a categorical variable, "Extracranial
   * disease: Controlled vs None HR 0.75 (…); Progressive vs None HR 1.36 (…)". Terms named as
   * modelMatrix names them (`column` or `column=level`).
   */
  variableHrs(
    v: { column: string; label: string; name?: string; reference?: string; unit?: string; levelLabels?: Readonly<Record<string, string>> },
    fit: Pick<CoxFit, "terms" | "hr" | "hrLower" | "hrUpper" | "p" | "confLevel">,
  ): string {
    if (v.reference === undefined) return `${v.label}${v.unit ? ` (${v.unit})` : ""}: ${formatEstimate.hr(fit, v.name ?? v.column)}`;
    const lab = (l: string) => v.levelLabels?.[l] ?? l;
    const parts = fit.terms
      .filter((t) => t.startsWith(`${v.column}=`))
      .map((t) => `${lab(t.slice(v.column.length + 1))} vs ${lab(v.reference as string)} ${formatEstimate.hr(fit, t)}`);
    return `${v.label}: ${parts.join("; ")}`;
  },
  /** "n of d (p%)", with small-cell suppression of n: "12 of 400 (3.0%)", "<5 of 400". */
  countOf(n: number, d: number, suppressBelow = 0, digits = 1): string {
    if (numberFormat.isSuppressed(n, suppressBelow)) return `${numberFormat.count(n, suppressBelow)} of ${numberFormat.count(d, suppressBelow)}`;
    return `${numberFormat.count(n)} of ${numberFormat.count(d, suppressBelow)} (${d > 0 ? numberFormat.fixed((100 * n) / d, digits) : numberFormat.missing}%)`;
  },
  /** A count with small-cell suppression: "12", "<5". */
  count(n: number, suppressBelow = 0): string {
    return numberFormat.count(n, suppressBelow);
  },
  /** A p-value in running text: "p = 0.034", "p < 0.001". */
  p(p: number): string {
    return numberFormat.pText(p);
  },
  /** A test: "χ² = 11.42, df = 2, p = 0.003". */
  test(t: { chisq?: number; stat?: number; df: number; p: number }): string {
    const s = t.chisq ?? t.stat ?? NaN;
    return `\u03c7\u00b2 = ${numberFormat.fixed(s, 2)}, df = ${t.df}, ${numberFormat.pText(t.p)}`;
  },
};
