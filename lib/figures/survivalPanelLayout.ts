import { escapeText } from "./escapeText";
import { figureDefaults } from "./figureDefaults";
import { numberFormat } from "./numberFormat";
import type { RiskTableTraces } from "./riskTableTraces";

export interface SurvivalPanelLayoutInput {
  breaks: readonly number[];
  xMax: number;
  xTitle: string;
  yTitle: string;
  /** Show probabilities as percentages on the y axis. */
  percent: boolean;
  legendTitle?: string;
  title?: string;
  riskTable: RiskTableTraces | null;
  annotations: Record<string, unknown>[];
  shapes: Record<string, unknown>[];
  /** layout.meta.name: names exported files. */
  name?: string;
  /** Names of the legend entries (plotly pseudo-HTML), used to size the legend block above the panel. */
  legendEntries?: readonly string[];
}

/** Pixels per legend row (13 px font) and the longest entry (characters) that still shares a row with another. */
const LEGEND_ROW = 22;
const LEGEND_SHARED_CHARS = 60;

/**
 * The legend block above the panel: one row with up to two short entries (title on the left), else a
 * vertical list, the title on its own row and one row per entry (never wrapped by plotly, so the
 * reserved height does not depend on the rendered width). Returns the legend and its height in pixels.
 */
export function legendBlock(entries: readonly string[], legendTitle?: string): { legend: Record<string, unknown>; height: number } {
  const n = entries.length;
  const title = legendTitle ? escapeText(legendTitle) : undefined;
  const base = { x: 0, xanchor: "left", y: 1, yanchor: "bottom", yref: "paper", bgcolor: "rgba(255,255,255,0)", tracegroupgap: 0 };
  const plain = (e: string) => e.replace(/<[^>]*>/g, "").replace(/&[a-z#0-9]+;/gi, "x");
  const width = entries.reduce((w, e) => w + plain(e).length, 0) + (title ? plain(title).length : 0);
  if (n <= 1 || (n === 2 && width <= 2 * LEGEND_SHARED_CHARS)) {
    return { legend: { ...base, orientation: "h", title: title ? { text: title, side: "left" } : undefined }, height: LEGEND_ROW + 8 };
  }
  const rows = n + (title ? 1 : 0);
  return { legend: { ...base, orientation: "v", title: title ? { text: title, side: "top" } : undefined }, height: rows * LEGEND_ROW + 8 };
}

export function survivalPanelLayout(p: SurvivalPanelLayoutInput): Record<string, unknown> {
  // Top margin: the title (when any) above the legend block, the legend block above the panel.
  const block = legendBlock(p.legendEntries ?? [], p.legendTitle);
  const margin = { t: (p.title ? 40 : 10) + block.height, b: 24, l: 70, r: 24 };
  const tableH = p.riskTable ? p.riskTable.lines * figureDefaults.riskRowHeight + 8 : 0;
  const gap = p.riskTable ? figureDefaults.riskGap : 0;
  const panelH = figureDefaults.plotHeight;
  const inner = panelH + gap + tableH;
  const height = inner + margin.t + margin.b + (p.riskTable ? 0 : 50);
  if (!p.riskTable) margin.b += 50;
  const pad = 0.02 * p.xMax;
  const xaxis: Record<string, unknown> = {
    range: [-pad, p.xMax + pad], tickmode: "array", tickvals: p.breaks.slice(), ticktext: p.breaks.map(numberFormat.time),
    title: { text: escapeText(p.xTitle), standoff: 6 }, zeroline: false, showline: true, linecolor: "#444", ticks: "outside",
    showgrid: false, anchor: "y", automargin: false,
  };
  const yaxis: Record<string, unknown> = {
    range: [-0.02, 1.02], title: { text: escapeText(p.yTitle) }, tickvals: [0, 0.25, 0.5, 0.75, 1], zeroline: false,
    showline: true, linecolor: "#444", ticks: "outside", gridcolor: "#eceff3", automargin: true,
    tickformat: p.percent ? ".0%" : undefined,
    domain: p.riskTable ? [(tableH + gap) / inner, 1] : [0, 1],
  };
  const layout: Record<string, unknown> = {
    height,
    margin,
    font: figureDefaults.font,
    plot_bgcolor: "#ffffff",
    paper_bgcolor: "#ffffff",
    hovermode: "closest",
    xaxis,
    yaxis,
    legend: block.legend,
    annotations: p.annotations.slice(),
    shapes: p.shapes.slice(),
  };
  if (p.title) layout.title = { text: escapeText(p.title), x: 0, xanchor: "left", xref: "paper", y: 1, yref: "container", yanchor: "top", pad: { t: 12 } };
  if (p.name) layout.meta = { name: p.name };
  if (p.riskTable) {
    const t = p.riskTable;
    layout.xaxis2 = {
      matches: "x", anchor: "y2", showticklabels: false, showgrid: false, zeroline: false, showline: false, ticks: "",
    };
    layout.yaxis2 = {
      domain: [0, tableH / inner], range: [t.lines - 0.5, -0.5], tickmode: "array", tickvals: t.tickvals, ticktext: t.ticktext,
      showgrid: false, zeroline: false, showline: false, ticks: "", fixedrange: true, automargin: true,
    };
  }
  return layout;
}
