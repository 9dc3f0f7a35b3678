import { showHtml } from "./show";

// Wide tables (Table 1 by six tumour types): headers may wrap, the label column keeps a readable
// width, and anything still too wide scrolls inside its box instead of spilling over the page.
const STYLE =
  "<style>.lm-table-wrap{overflow-x:auto;max-width:100%}" +
  ".lm-table-wrap table.lm-table{font-size:13px}" +
  ".lm-table-wrap table.lm-table thead th{white-space:normal}" +
  ".lm-table-wrap table.lm-table tbody td:first-child{min-width:190px}" +
  ".lm-table-wrap table.lm-table th,.lm-table-wrap table.lm-table td{padding:3px 8px}" +
  ".lm-table-wrap table.lm-table tbody td:not(:first-child){white-space:nowrap}" +
  ".lm-table-wrap table.lm-table td.lm-indent-1{padding-left:24px}.lm-table-wrap table.lm-table td.lm-indent-2{padding-left:40px}</style>";

/** Shows a table from lib/figures (anything with an `html` string) in a box that fits the page. */
export function showTable(table: { html: string }): void {
  showHtml(`${STYLE}<div class="lm-table-wrap">${table.html}</div>`);
}
