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
}

/**
 * The layout shared by the Kaplan–Meier and cumulative incidence figures: the probability panel
 * on axes x/y, and, when there is a risk table, the table on x2/y2 below it; x2 matches x, so
 * both share one time axis with ticks at `breaks`. Heights are fixed in pixels (panel
 * figureDefaults.plotHeight, each table line riskRowHeight), so the figure grows with the table.
 * Titles are plain text (escaped here).
 */
export function survivalPanelLayout(p: SurvivalPanelLayoutInput): Record<string, unknown> {
  const margin = { t: p.title ? 90 : 60, b: 24, l: 70, r: 24 };
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
    legend: {
      orientation: "h", x: 0, xanchor: "left", y: 1.02, yanchor: "bottom", bgcolor: "rgba(255,255,255,0)",
      title: p.legendTitle ? { text: escapeText(p.legendTitle), side: "left" } : undefined,
    },
    annotations: p.annotations.slice(),
    shapes: p.shapes.slice(),
  };
  if (p.title) layout.title = { text: escapeText(p.title), x: 0, xanchor: "left", xref: "paper", y: 0.99, yanchor: "top" };
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
