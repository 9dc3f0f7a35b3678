import type { Table } from "./makeTable";

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A table as CSV (RFC 4180, CRLF line ends): the header rows (a spanning cell's text in its first
 * column, the rest empty), the body rows, then — unless `footnotes: false` — an empty line and one
 * line per footnote. Footnote markers follow their cell's text in brackets ("0.057 [a]"); counts
 * keep their suppressed form ("<5"). Prepend a UTF-8 BOM yourself if a spreadsheet needs one.
 */
export function toCsv(table: Table, options: { footnotes?: boolean } = {}): string {
  const row = (cells: Table["body"][number]) =>
    cells.flatMap((c) => [quote(c.sup ? `${c.text} [${c.sup}]` : c.text), ...new Array(Math.max(0, (c.colspan ?? 1) - 1)).fill("")]).join(",");
  const lines = [...table.head.map(row), ...table.body.map(row)];
  if (options.footnotes ?? true) {
    if (table.footnotes.length) lines.push("", ...table.footnotes.map(quote));
  }
  return lines.join("\r\n") + "\r\n";
}
