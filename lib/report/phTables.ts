import { makeTable, type Table, type TableCell } from "../figures/makeTable";
import { numberFormat } from "../figures/numberFormat";
import type { CoxFit } from "../survival/CoxFit";
import type { CoxZphResult } from "../survival/coxZph";

/** The cox.zph tests as a table: one line per term (χ², df, p), then the global test. */
export function zphTable(zph: CoxZphResult, labels: Readonly<Record<string, string>>, options: { caption?: string } = {}): Table {
  const body: TableCell[][] = zph.terms.map((t) => [
    { text: labels[t.term] ?? t.term }, { text: numberFormat.fixed(t.chisq, 2) }, { text: String(t.df) }, { text: numberFormat.p(t.p) },
  ]);
  body.push([{ text: "Global test", bold: true }, { text: numberFormat.fixed(zph.global.chisq, 2) }, { text: String(zph.global.df) }, { text: numberFormat.p(zph.global.p) }]);
  return makeTable({
    caption: options.caption,
    head: [[{ text: "Term" }, { text: "χ²" }, { text: "df" }, { text: "p" }]],
    body,
    footnotes: [`Score test of a time-varying coefficient β(t) = β + γ g(t) for each term (Grambsch & Therneau 1994; R's cox.zph, transform "${zph.transform}"); small p: evidence against proportional hazards for that term.`],
    className: "lm-zph-table",
  });
}

/** Two fits of the same terms side by side (e.g. before and after stratifying on a term): HR (95% CI) each. */
export function fitComparisonTable(
  a: { title: string; fit: CoxFit },
  b: { title: string; fit: CoxFit },
  labels: Readonly<Record<string, string>>,
  options: { caption?: string; notes?: readonly string[] } = {},
): Table {
  const cell = (fit: CoxFit, term: string): TableCell => {
    const i = fit.terms.indexOf(term);
    return i < 0 ? { text: numberFormat.missing, muted: true } : { text: numberFormat.hrCi(fit.hr[i], fit.hrLower[i], fit.hrUpper[i]) };
  };
  const terms = [...a.fit.terms, ...b.fit.terms.filter((t) => !a.fit.terms.includes(t))];
  return makeTable({
    caption: options.caption,
    head: [[{ text: "Term" }, { text: `${a.title}: HR (95% CI)` }, { text: `${b.title}: HR (95% CI)` }]],
    body: terms.map((t) => [{ text: labels[t] ?? t }, cell(a.fit, t), cell(b.fit, t)]),
    footnotes: [`${numberFormat.missing}: not a coefficient of that model.`, ...(options.notes ?? [])],
    className: "lm-fit-comparison",
  });
}

/** Terms sorted by their cox.zph p-value, smallest first. */
export function zphRanking(zph: CoxZphResult): { term: string; chisq: number; df: number; p: number }[] {
  return [...zph.terms].sort((x, y) => x.p - y.p);
}
