import type { FigureSpec } from "../notebook/show";
import type { CoxFit } from "../survival/CoxFit";
import { escapeText } from "./escapeText";
import { figureDefaults, timeScales, type TimeScale } from "./figureDefaults";
import { numberFormat } from "./numberFormat";
import { pValueText } from "./pValueText";
import { timeBreaks } from "./timeBreaks";

/** The parts of a cox.zph result the figure reads (lib/survival's coxZph, structurally). */
export interface CoxZphLike {
  terms: readonly { term: string; chisq: number; df: number; p: number }[];
  /** Event times (data units). */
  time: ArrayLike<number>;
  /** Transformed event times (R's zph$x). */
  x: ArrayLike<number>;
  /** Scaled Schoenfeld residuals: one column per term, in the order of `terms` (or one row per event). */
  residuals: readonly ArrayLike<number>[];
  transform: string;
}

export interface SchoenfeldFigureOptions {
  /** Data-dictionary label of the term (default the term name). */
  label?: string;
  /** A smooth of the residuals on the transformed time scale, e.g. lowess(zph.x, column) from lib/math/lowess. */
  smooth?: { x: ArrayLike<number>; y: ArrayLike<number> };
  /** Legend text of the smooth (default "Lowess smooth (f = 2/3)"). */
  smoothLabel?: string;
  timeScale?: TimeScale;
  name?: string;
}

/** Column `j` of the residuals, accepting column-major (per term) or row-major (per event) layout. */
function residualColumn(zph: CoxZphLike, j: number): number[] {
  const nEvents = zph.x.length;
  const r = zph.residuals;
  if (r.length === zph.terms.length && (r[0]?.length ?? 0) === nEvents) return Array.from(r[j]);
  if (r.length === nEvents && (r[0]?.length ?? 0) === zph.terms.length) return r.map((row) => row[j]);
  throw new Error(`schoenfeldFigure: residuals are neither terms x events (${zph.terms.length} x ${nEvents}) nor events x terms`);
}

/**
 * Scaled Schoenfeld residuals of one Cox term against transformed time (as R's
 * plot(cox.zph(fit)[term])), with a smooth estimate of beta(t) passed in (never computed here),
 * a dotted horizontal line at the fitted coefficient (none for a term that groups several
 * coefficients), and the term's cox.zph test in the title.
 * The x axis is on the transform's scale with ticks labelled in display time (the time at each
 * tick by linear interpolation of the (time, x) pairs, as R's plot.cox.zph labels its axis).
 */
export function schoenfeldFigure(zph: CoxZphLike, fit: Pick<CoxFit, "terms" | "coef">, term: string, options: SchoenfeldFigureOptions = {}): FigureSpec {
  const j = zph.terms.findIndex((t) => t.term === term);
  if (j < 0) throw new Error(`schoenfeldFigure: term ${JSON.stringify(term)} is not in cox.zph (${zph.terms.map((t) => t.term).join(", ")})`);
  // A term grouping several coefficients (coxZph's `terms` option) has no single coefficient: no line then.
  const k = fit.terms.indexOf(term);
  const scale = options.timeScale ?? timeScales.months;
  const label = escapeText(options.label ?? term);
  const y = residualColumn(zph, j);
  const x = Array.from(zph.x);
  const time = Array.from(zph.time);
  const data: Record<string, unknown>[] = [{
    type: "scatter", mode: "markers", name: "Scaled Schoenfeld residuals", x, y,
    marker: { size: 6, color: "rgba(90,100,115,0.55)", line: { width: 0 } },
    hovertext: time.map((t, i) => `Time ${(t / scale.divisor).toFixed(2)} ${scale.unit}<br>Residual ${y[i].toFixed(3)}`), hoverinfo: "text",
  }];
  if (options.smooth) {
    data.push({
      type: "scatter", mode: "lines", name: options.smoothLabel ?? "Lowess smooth (f = 2/3)", x: Array.from(options.smooth.x),
      y: Array.from(options.smooth.y), line: { color: figureDefaults.palette[0], width: 2.5 }, hoverinfo: "skip",
    });
  }
  const xMin = Math.min(...x);
  const xMax = Math.max(...x);
  if (k >= 0) {
    const coef = fit.coef[k];
    data.push({
      type: "scatter", mode: "lines", name: `Cox coefficient, \u03b2 = ${numberFormat.fixed(coef, 3)}`, x: [xMin, xMax], y: [coef, coef],
      line: { color: figureDefaults.palette[1], width: 1.5, dash: "dot" }, hoverinfo: "skip",
    });
  }
  // Ticks at regular display times, placed on the transformed scale.
  const order = time.map((_, i) => i).sort((a, b) => time[a] - time[b]);
  const ts = order.map((i) => time[i]);
  const xs = order.map((i) => x[i]);
  const { breaks, tickvals } = transformedTicks(ts, xs, scale, (xMax - xMin) / 12);
  const t = zph.terms[j];
  const layout: Record<string, unknown> = {
    height: 460,
    margin: { t: 80, b: 60, l: 70, r: 24 },
    font: figureDefaults.font,
    plot_bgcolor: "#ffffff",
    title: { text: `${label}: ${escapeText(pValueText({ test: "cox.zph", chisq: t.chisq, df: t.df, p: t.p }))}`, x: 0, xanchor: "left", xref: "paper" },
    xaxis: {
      title: { text: `Time (${scale.unit}; ${zph.transform === "identity" ? "linear" : zph.transform + "-transformed"} scale)` },
      tickmode: "array", tickvals, ticktext: breaks.map(numberFormat.time), showline: true, linecolor: "#444", ticks: "outside", showgrid: false, zeroline: false,
    },
    yaxis: { title: { text: `\u03b2(t) for ${label}` }, showline: true, linecolor: "#444", ticks: "outside", gridcolor: "#eceff3", zeroline: true, zerolinecolor: "#c9ced6" },
    legend: { orientation: "h", x: 0, xanchor: "left", y: 1.0, yanchor: "bottom" },
    hovermode: "closest",
  };
  if (options.name) layout.meta = { name: options.name };
  return { data, layout, config: { responsive: true, displaylogo: false } };
}

/**
 * Ticks for a transformed time axis: display times chosen in priority order (the regular breaks of
 * timeBreaks, then the unit's steps and 1-2-5 values below the smallest step, larger first), each kept
 * when at least `gap` (transformed scale) from every kept tick, so the part of the axis where a
 * transform spreads early times (km, rank) gets labels too. `ts` sorted data times, `xs` their
 * transformed values.
 */
function transformedTicks(ts: number[], xs: number[], scale: TimeScale, gap: number): { breaks: number[]; tickvals: number[] } {
  const lo = ts[0] / scale.divisor;
  const hi = ts[ts.length - 1] / scale.divisor;
  const regular = timeBreaks(hi, scale.unit, { maxTicks: 40 });
  const steps = (figureDefaults.breakSteps[scale.unit] ?? []).slice();
  const smallest = steps.length ? Math.min(...steps) : regular[1] ?? hi;
  const below: number[] = [];
  for (let e = Math.floor(Math.log10(smallest)); e >= Math.floor(Math.log10(Math.max(lo, 1e-9))) - 1; e--) {
    for (const m of [5, 2, 1]) {
      const v = m * Math.pow(10, e);
      if (v < smallest * (1 - 1e-9)) below.push(Number(v.toPrecision(6)));
    }
  }
  const ladder = [...steps.sort((a, b) => b - a), ...below];
  const kept: { b: number; v: number }[] = [];
  for (const b of [...regular, ...ladder]) {
    if (b < lo * (1 - 1e-9) || b > hi * (1 + 1e-9) || kept.some((k) => k.b === b)) continue;
    const v = interpolate(ts, xs, b * scale.divisor);
    if (kept.every((k) => Math.abs(v - k.v) >= gap)) kept.push({ b, v });
  }
  kept.sort((a, b) => a.b - b.b);
  return { breaks: kept.map((k) => k.b), tickvals: kept.map((k) => k.v) };
}

/** Linear interpolation of y at x0 on increasing xs (held constant outside). */
function interpolate(xs: number[], ys: number[], x0: number): number {
  if (x0 <= xs[0]) return ys[0];
  for (let i = 1; i < xs.length; i++) {
    if (xs[i] >= x0) {
      const w = xs[i] === xs[i - 1] ? 1 : (x0 - xs[i - 1]) / (xs[i] - xs[i - 1]);
      return ys[i - 1] + w * (ys[i] - ys[i - 1]);
    }
  }
  return ys[ys.length - 1];
}
