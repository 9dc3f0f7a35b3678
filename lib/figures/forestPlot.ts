import type { FigureSpec } from "../notebook/show";
import { figureDefaults } from "./figureDefaults";
import { estimatePText, estimateText } from "./estimateText";
import type { ForestRow } from "./forestRows";
import { modelFootnote, type ModelSummaryLike } from "./modelFootnote";
import { numberFormat } from "./numberFormat";
import { logTicks } from "./logTicks";
import { escapeText } from "./escapeText";
import { forestColumns, wrapWords } from "./forestColumns";

export interface ForestPlotOptions {
  /** Which estimates to draw (default: every kind the rows carry). */
  show?: "univariable" | "multivariable" | "both";
  /** The multivariable fit (or its summary) for the footnote: n, events, EPV, concordance, global test. */
  model?: ModelSummaryLike;
  /** Number of patients of `model`, when its n counts split (start, stop] rows (see modelFootnote). */
  patients?: number;
  globalTest?: "lr" | "wald" | "score";
  /** Extra footnote lines (e.g. how many were excluded for missing data). */
  notes?: readonly string[];
  /** Show the n and events columns (default true). */
  showCounts?: boolean;
  suppressBelow?: number;
  /** HR axis range; default from the intervals drawn, always including 1. */
  xRange?: [number, number];
  title?: string;
  name?: string;
}

type Which = "univariable" | "multivariable";

/**
 * Forest plot of hazard ratios: one line per row of forestRows (variable headings, levels with
 * "reference", continuous terms), columns n and events on the left, HR (95% CI) and p on the
 * right (annotations), a log-scaled HR axis with a line at 1, and univariable and multivariable
 * estimates side by side (two markers per line, offset) when both are present. Estimates that
 * are not estimable are written out ("not estimable (separation)" / "(collinear)") and never
 * drawn as an interval. Intervals beyond the axis end in an arrowhead. Footnote from `model`.
 * The figure has a fixed pixel width sized to its columns (forestColumns).
 */
export function forestPlot(rows: readonly ForestRow[], options: ForestPlotOptions = {}): FigureSpec {
  const hasUni = rows.some((r) => r.univariable);
  const hasMulti = rows.some((r) => r.multivariable);
  const show = options.show ?? (hasUni && hasMulti ? "both" : hasMulti ? "multivariable" : "univariable");
  const sets: Which[] = show === "both" ? ["univariable", "multivariable"] : [show];
  const suppress = options.suppressBelow ?? figureDefaults.suppressBelow;
  const counts = options.showCounts ?? true;
  const both = sets.length === 2;
  const col = forestColumns(rows, sets, counts, suppress);
  const range = options.xRange ?? autoRange(rows, sets);
  const [lo, hi] = range;
  const nRows = rows.length;
  const annotations: Record<string, unknown>[] = [];
  const shapes: Record<string, unknown>[] = [];
  const text = (x: number, y: number, s: string, extra: Record<string, unknown> = {}) =>
    annotations.push({ xref: "paper", yref: "y", x, y, text: s, showarrow: false, xanchor: "center", font: { size: 12 }, ...extra });
  const header = (x: number, s: string, anchor = "center") =>
    annotations.push({ xref: "paper", yref: "paper", x, y: 1, yanchor: "bottom", yshift: 4, text: `<b>${s}</b>`, showarrow: false, xanchor: anchor, font: { size: 12 } });

  header(0, "Variable", "left");
  if (counts) {
    header(col.n, "n");
    header(col.events, "Events");
  }
  sets.forEach((w, s) => {
    header(col.hr[s], both ? `${w === "univariable" ? "Univariable" : "Multivariable"}<br>HR (95% CI)` : "HR (95% CI)");
    header(col.p[s], "p");
  });

  let block = -1;
  let lastVariable = "";
  rows.forEach((r, i) => {
    if (r.variable !== lastVariable) {
      block++;
      lastVariable = r.variable;
    }
    if (block % 2 === 0) {
      shapes.push({ type: "rect", xref: "paper", yref: "y", x0: 0, x1: 1, y0: i - 0.5, y1: i + 0.5, fillcolor: "#f3f5f8", line: { width: 0 }, layer: "below" });
    }
    const label = r.kind === "variable" || r.kind === "continuous" ? `<b>${escapeText(r.label)}</b>` : escapeText(r.label);
    text(0, i, label, { xanchor: "left", xshift: r.kind === "level" ? 14 : 0 });
    if (counts && r.kind !== "variable") {
      text(col.n, i, r.n === undefined ? "" : escapeText(numberFormat.count(r.n, suppress)));
      text(col.events, i, r.events === undefined ? "" : escapeText(numberFormat.count(r.events, suppress)));
    }
    sets.forEach((w, s) => {
      if (r.kind === "variable") return;
      const e = r[w];
      const italic = e && (e.status === "reference" || e.status === "aliased" || e.status === "infinite");
      const hr = escapeText(estimateText(e));
      text(col.hr[s], i, italic ? `<i>${hr}</i>` : hr, { font: { size: 12, color: italic ? "#5b6573" : "#1d2330" } });
      text(col.p[s], i, escapeText(estimatePText(e)));
    });
  });

  const data: Record<string, unknown>[] = [];
  sets.forEach((w) => {
    const style = figureDefaults.estimateStyle[w];
    const offset = both ? (w === "univariable" ? -1 : 1) * figureDefaults.forestOffset : 0;
    const cx: (number | null)[] = [];
    const cy: (number | null)[] = [];
    const mx: number[] = [];
    const my: number[] = [];
    const hover: string[] = [];
    const arrows: { x: number; y: number; symbol: string }[] = [];
    rows.forEach((r, i) => {
      const e = r[w];
      if (!e || e.status !== "estimate") return;
      const y = i + offset;
      const a = Math.max(e.lower, lo);
      const b = Math.min(e.upper, hi);
      cx.push(a, b, null);
      cy.push(y, y, null);
      if (e.lower < lo) arrows.push({ x: lo, y, symbol: "triangle-left" });
      if (e.upper > hi) arrows.push({ x: hi, y, symbol: "triangle-right" });
      if (e.hr >= lo && e.hr <= hi) {
        mx.push(e.hr);
        my.push(y);
        hover.push(`${escapeText(r.label)}${r.kind === "level" ? ` (${escapeText(rowsVariableLabel(rows, i))})` : ""}<br>${w}: HR ${estimateText(e)}<br>p ${escapeText(numberFormat.p(e.p))}`);
      }
    });
    const name = w === "univariable" ? "Univariable" : "Multivariable";
    data.push({ type: "scatter", mode: "lines", x: cx, y: cy, line: { color: style.color, width: 2 }, hoverinfo: "skip", showlegend: false, legendgroup: w, name: `${name} 95% CI`, meta: { role: "ci", which: w } });
    if (arrows.length) {
      data.push({ type: "scatter", mode: "markers", x: arrows.map((a) => a.x), y: arrows.map((a) => a.y), marker: { symbol: arrows.map((a) => a.symbol), size: 9, color: style.color }, hoverinfo: "skip", showlegend: false, legendgroup: w, name: `${name} beyond axis`, meta: { role: "arrow", which: w } });
    }
    data.push({ type: "scatter", mode: "markers", x: mx, y: my, name, legendgroup: w, showlegend: both, hovertext: hover, hoverinfo: "text", marker: { symbol: style.symbol, size: 9, color: style.color, line: { color: "#ffffff", width: 1 } }, meta: { role: "hr", which: w } });
  });
  shapes.push({ type: "line", xref: "x", yref: "paper", x0: 1, x1: 1, y0: 0, y1: 1, line: { color: "#5b6573", width: 1, dash: "dash" } });

  const foot = [...(options.model ? [modelFootnote(options.model, { globalTest: options.globalTest, suppressBelow: suppress, patients: options.patients })] : []), ...(options.notes ?? [])]
    .flatMap((line) => wrapWords(line, Math.floor((col.width - 20) / 5.8)));
  const rowH = figureDefaults.forestRowHeight;
  const margin = { t: (options.title ? 40 : 0) + 34 + (both ? 40 : 0), b: 62 + 15 * foot.length, l: 10, r: 10 };
  if (foot.length) {
    annotations.push({ xref: "paper", yref: "paper", x: 0, y: 0, yshift: -58, xanchor: "left", yanchor: "top", align: "left", showarrow: false, text: foot.map(escapeText).join("<br>"), font: { size: 11, color: "#5b6573" } });
  }
  const layout: Record<string, unknown> = {
    height: margin.t + margin.b + nRows * rowH,
    width: col.width,
    margin,
    font: figureDefaults.font,
    plot_bgcolor: "rgba(0,0,0,0)",
    paper_bgcolor: "#ffffff",
    showlegend: both,
    legend: { orientation: "h", x: (col.plot[0] + col.plot[1]) / 2, xanchor: "center", y: 1, yanchor: "bottom", font: { size: 11 } },
    xaxis: {
      type: "log", domain: col.plot, range: [Math.log10(lo), Math.log10(hi)], tickmode: "array", tickvals: logTicks(lo, hi),
      ticktext: logTicks(lo, hi).map(String), title: { text: "Hazard ratio (log scale)", standoff: 4 }, showline: true, linecolor: "#444", ticks: "outside", showgrid: false, zeroline: false,
    },
    yaxis: { range: [nRows - 0.5, -0.5], visible: false, fixedrange: true },
    annotations,
    shapes,
    hovermode: "closest",
  };
  // Legend (two estimate kinds) above the column headings.
  if (both) (layout.legend as Record<string, unknown>).y = 1 + 40 / (nRows * rowH);
  if (options.title) layout.title = { text: escapeText(options.title), x: 0, xanchor: "left", xref: "paper" };
  if (options.name) layout.meta = { name: options.name };
  return { data, layout, config: { responsive: true, displaylogo: false } };
}

function rowsVariableLabel(rows: readonly ForestRow[], i: number): string {
  for (let k = i; k >= 0; k--) if (rows[k].kind === "variable" && rows[k].variable === rows[i].variable) return rows[k].label;
  return rows[i].variable;
}

/** HR axis range covering every drawn interval and 1, padded, within [0.01, 100] unless the estimates need more. */
function autoRange(rows: readonly ForestRow[], sets: Which[]): [number, number] {
  let lo = 1;
  let hi = 1;
  for (const r of rows) for (const w of sets) {
    const e = r[w];
    if (!e || e.status !== "estimate") continue;
    lo = Math.min(lo, Math.max(e.lower, Math.min(e.hr, 0.01)));
    hi = Math.max(hi, Math.min(e.upper, Math.max(e.hr, 100)));
  }
  return [snap(lo / 1.1, "down"), snap(hi * 1.1, "up")];
}

/** The nearest 1-2-5 x 10^k value below (down) or above (up) v. */
function snap(v: number, dir: "down" | "up"): number {
  const e = Math.floor(Math.log10(v));
  const steps = [1, 2, 5, 10].map((m) => m * Math.pow(10, e));
  return Number((dir === "down" ? steps.filter((s) => s <= v * (1 + 1e-12)).pop()! : steps.find((s) => s >= v * (1 - 1e-12))!).toPrecision(6));
}
