import { figureDefaults } from "./figureDefaults";

/** One cell of a table; text is plain (escaped on rendering). */
export interface TableCell {
  text: string;
  colspan?: number;
  /** Indentation level of a row label (levels under a variable). */
  indent?: number;
  bold?: boolean;
  /** Greyed, italic text (e.g. "reference", "not estimable"). */
  muted?: boolean;
  /** Footnote marker shown as a superscript, e.g. "a". */
  sup?: string;
}

/** A formatted table: the cells (for toCsv) and the same table as an HTML string. */
export interface Table {
  caption?: string;
  head: TableCell[][];
  body: TableCell[][];
  footnotes: string[];
  /** CSS classes of the <table>, always including figureDefaults.tableClass. */
  className: string;
  html: string;
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// Scoped to .lm-table so it can sit in any page; the notebook page CSS styles plain tables too.
const STYLE =
  `<style>table.${figureDefaults.tableClass}{border-collapse:collapse;margin:12px 0;font-size:14px;font-variant-numeric:tabular-nums}` +
  `table.${figureDefaults.tableClass} caption{caption-side:top;text-align:left;font-weight:600;padding:4px 0}` +
  `table.${figureDefaults.tableClass} th,table.${figureDefaults.tableClass} td{padding:3px 10px;text-align:right;vertical-align:top;border-bottom:1px solid #e3e6ea}` +
  `table.${figureDefaults.tableClass} th:first-child,table.${figureDefaults.tableClass} td:first-child{text-align:left;min-width:14em}` +
  `table.${figureDefaults.tableClass} thead th{border-bottom:2px solid #9aa3ad;text-align:center;white-space:nowrap}` +
  `table.${figureDefaults.tableClass} thead tr:not(:last-child) th{border-bottom:0}` +
  `table.${figureDefaults.tableClass} thead tr:not(:last-child) th.lm-span{border-bottom:1px solid #9aa3ad}` +
  `table.${figureDefaults.tableClass} thead th:first-child{text-align:left}` +
  `table.${figureDefaults.tableClass} .lm-indent-1{padding-left:26px}table.${figureDefaults.tableClass} .lm-indent-2{padding-left:42px}` +
  `table.${figureDefaults.tableClass} .lm-muted{color:#5b6573;font-style:italic}` +
  `table.${figureDefaults.tableClass} tfoot td{border:0;text-align:left;color:#5b6573;font-size:12px;padding-top:6px}</style>`;

function cellHtml(c: TableCell, tag: "th" | "td"): string {
  const cls = [c.indent ? `lm-indent-${Math.min(c.indent, 2)}` : "", c.muted ? "lm-muted" : "", (c.colspan ?? 1) > 1 ? "lm-span" : ""]
    .filter(Boolean)
    .join(" ");
  const attrs = (c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : "") + (cls ? ` class="${cls}"` : "");
  let body = escapeHtml(c.text);
  if (c.bold && tag === "td") body = `<strong>${body}</strong>`;
  if (c.sup) body += `<sup>${escapeHtml(c.sup)}</sup>`;
  return `<${tag}${attrs}>${body}</${tag}>`;
}

/**
 * Builds a Table and its HTML: <table class="lm-table ..."> with caption, thead, tbody and the
 * footnotes in tfoot, plus a small scoped <style> so the table reads the same in a notebook page
 * and pasted elsewhere. Every cell's text is HTML-escaped ("<5" stays "<5").
 */
export function makeTable(parts: { caption?: string; head: TableCell[][]; body: TableCell[][]; footnotes?: string[]; className?: string }): Table {
  const className = [figureDefaults.tableClass, parts.className].filter(Boolean).join(" ");
  const width = Math.max(1, ...[...parts.head, ...parts.body].map((r) => r.reduce((a, c) => a + (c.colspan ?? 1), 0)));
  const footnotes = parts.footnotes ?? [];
  const html =
    STYLE +
    `<table class="${escapeHtml(className)}">` +
    (parts.caption ? `<caption>${escapeHtml(parts.caption)}</caption>` : "") +
    `<thead>${parts.head.map((r) => `<tr>${r.map((c) => cellHtml(c, "th")).join("")}</tr>`).join("")}</thead>` +
    `<tbody>${parts.body.map((r) => `<tr>${r.map((c) => cellHtml(c, "td")).join("")}</tr>`).join("")}</tbody>` +
    (footnotes.length ? `<tfoot>${footnotes.map((f) => `<tr><td colspan="${width}">${escapeHtml(f)}</td></tr>`).join("")}</tfoot>` : "") +
    `</table>`;
  return { caption: parts.caption, head: parts.head, body: parts.body, footnotes, className, html };
}
