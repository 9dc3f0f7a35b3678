/**
 * Notebook display layer: the only part of lib/ that imports tslab. Figures arrive as plotly.js
 * specifications from lib/figures and are drawn in the page; tables arrive as HTML strings.
 *
 * The plotly.js bundle (plotly.js-basic-dist-min: scatter, bar) is inlined once per kernel
 * session, in the output of the first figure, so an exported page is self-contained and
 * opens offline from a file (no CDN). Figure ids are a per-session counter, so rendering
 * twice gives identical pages.
 */
import * as tslab from "tslab";
import { readFileSync } from "fs";

export interface FigureSpec {
  data: unknown[];
  layout?: Record<string, unknown>;
  config?: Record<string, unknown>;
}

interface SessionState {
  plotlyInlined: boolean;
  figureCount: number;
}

function session(): SessionState {
  const g = globalThis as { __lmNotebookSession?: SessionState };
  if (!g.__lmNotebookSession) g.__lmNotebookSession = { plotlyInlined: false, figureCount: 0 };
  return g.__lmNotebookSession;
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** The HTML that draws one figure; the plotly bundle is prepended when `withBundle`. */
export function figureHtml(fig: FigureSpec, id: string, withBundle: boolean): string {
  const bundle = withBundle
    ? `<script>${readFileSync(require.resolve("plotly.js-basic-dist-min/plotly-basic.min.js"), "utf8")}</script>`
    : "";
  const height = (fig.layout && (fig.layout.height as number)) || 450;
  const config = { responsive: true, displaylogo: false, ...(fig.config || {}) };
  return (
    `${bundle}<div id="${id}" class="lm-figure" style="width:100%;min-height:${height}px"></div>` +
    `<script>Plotly.newPlot(${scriptJson(id)}, ${scriptJson(fig.data)}, ${scriptJson(fig.layout || {})}, ${scriptJson(config)});</script>`
  );
}

/** Draws a plotly figure in the notebook output. */
export function showFigure(fig: FigureSpec): void {
  const s = session();
  s.figureCount += 1;
  tslab.display.html(figureHtml(fig, `lm-figure-${s.figureCount}`, !s.plotlyInlined));
  s.plotlyInlined = true;
}

/** Shows an HTML fragment (tables from lib/figures). */
export function showHtml(html: string): void {
  tslab.display.html(html);
}

/** Shows Markdown text (findings written from computed numbers). */
export function showMarkdown(markdown: string): void {
  tslab.display.markdown(markdown);
}

/**
 * Records the notebook's headline answer (e.g. "Median OS 4.1 months (95% CI 3.5–4.9)"): shown in
 * the notebook and picked up by the index page (tools/buildIndex.ts reads the .lm-headline element).
 */
export function showHeadline(text: string): void {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  tslab.display.html(`<div class="lm-headline">${escaped}</div><p><strong>${escaped}</strong></p>`);
}
