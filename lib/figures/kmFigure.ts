import type { Label } from "../checkInput";
import type { FigureSpec } from "../notebook/show";
import type { SurvivalCurve } from "../survival/SurvivalCurve";
import { atRiskFromCurve, type RiskTableGroup } from "./atRiskFromCurve";
import { colorFor } from "./colorFor";
import { escapeText } from "./escapeText";
import { figureDefaults, timeScales } from "./figureDefaults";
import { groupLabel } from "./groupLabel";
import { numberFormat } from "./numberFormat";
import { pValueText, type TestLike } from "./pValueText";
import { riskTableTraces } from "./riskTableTraces";
import { stepCurveTraces } from "./stepCurveTraces";
import { survivalPanelLayout } from "./survivalPanelLayout";
import type { SurvivalPanelOptions } from "./SurvivalPanelOptions";
import { defaultTimeAxis, keepBreaks } from "./defaultTimeAxis";

export interface KmFigureOptions extends SurvivalPanelOptions {
  /** Censoring ticks (default true). */
  censorTicks?: boolean;
  /** Medians from survivalQuantile(curve, 0.5), with the group of their curve: dotted lines at S = 0.5. */
  medians?: readonly { group: Label | null; estimate: number }[];
  /** Test annotation: text, or a logRank-like result ({ chisq, df, p, rho? , test? }). */
  pValue?: string | TestLike;
  /** "atRisk" (default) or "kmunicate": at risk, censored and events per group. */
  riskTableContent?: "atRisk" | "kmunicate";
}

/**
 * Kaplan–Meier figure: one step curve per group (from (0, 1), exactly the estimates passed in),
 * shaded stepped confidence bands, censoring ticks, optional median lines, legend with n and
 * events, a test annotation naming its test, a time axis with regular breaks, and under it,
 * on the same time axis, the number at risk at each break (or the KMunicate table).
 * Colours come from colorFor(variable, level). Statistics are inputs, never computed here.
 */
export function kmFigure(curves: readonly SurvivalCurve[], options: KmFigureOptions = {}): FigureSpec {
  if (curves.length === 0) throw new Error("kmFigure: no curves");
  const scale = options.timeScale ?? timeScales.months;
  const variable = options.variable ?? "group";
  const suppress = options.suppressBelow ?? figureDefaults.suppressBelow;
  const given = Array.isArray(options.riskTable) ? (options.riskTable as readonly RiskTableGroup[]) : null;
  const { breaks, xMax } = defaultTimeAxis(curves, scale.divisor, scale.unit, {
    xMax: options.xMax,
    breaks: options.breaks,
    tableBreaks: given && given.length ? given[0].rows.map((r) => r.time / scale.divisor) : undefined,
    breakStep: options.breakStep,
  });
  const medianOf = new Map((options.medians ?? []).map((m) => [String(m.group), m.estimate / scale.divisor]));

  const bands: Record<string, unknown>[] = [];
  const lines: Record<string, unknown>[] = [];
  const censors: Record<string, unknown>[] = [];
  const shapes: Record<string, unknown>[] = [];
  const labels: string[] = [];
  curves.forEach((c) => {
    const label = escapeText(groupLabel(c.group, options.groupLabels));
    labels.push(label);
    const color = colorFor(variable, c.group);
    const median = medianOf.get(String(c.group));
    const medianText = median === undefined ? "" : `, median ${Number.isFinite(median) ? median.toFixed(1) : "not reached"}`;
    const t = stepCurveTraces({
      name: `${label} (n = ${numberFormat.count(c.n, suppress)}, events = ${numberFormat.count(c.events, suppress)}${medianText})`,
      legendGroup: label, color, time: c.time, value: c.survival, lower: c.lower, upper: c.upper, nRisk: c.nRisk,
      nCensor: c.nCensor, start: 1, divisor: scale.divisor, unit: scale.unit, valueName: "Survival",
      minAtRisk: options.minAtRisk ?? figureDefaults.minAtRisk, band: options.confBand ?? curves.length <= 2,
      censorTicks: options.censorTicks ?? true, confLevel: c.confLevel,
    });
    bands.push(...t.band);
    lines.push(t.line);
    if (t.censor) censors.push(t.censor);
    if (median !== undefined && Number.isFinite(median)) {
      shapes.push({ type: "line", xref: "x", yref: "y", x0: median, x1: median, y0: 0, y1: 0.5, line: { color, width: 1, dash: "dot" } });
    }
  });
  const reached = Array.from(medianOf.values()).filter(Number.isFinite);
  if (reached.length) {
    shapes.push({ type: "line", xref: "x", yref: "y", x0: 0, x1: Math.max(...reached), y0: 0.5, y1: 0.5, line: { color: "#777", width: 1, dash: "dot" } });
  }

  let table = null;
  if (options.riskTable !== false) {
    const groups = (given && !options.breaks ? keepBreaks(given, breaks, scale.divisor) : given) ?? curves.map((c) => atRiskFromCurve(c, breaks.map((b) => b * scale.divisor)));
    const blocks = groups.map((g) => ({ label: groupLabel(g.group, options.groupLabels), color: colorFor(variable, g.group), table: g }));
    const content = options.riskTableContent ?? "atRisk";
    table = riskTableTraces(blocks, breaks, scale.divisor, content, suppress, content === "atRisk" ? "Number at risk" : undefined);
  }
  const annotations: Record<string, unknown>[] = [];
  if (options.pValue !== undefined) {
    annotations.push({
      text: escapeText(pValueText(options.pValue)), xref: "x domain", yref: "y domain", x: 0.98, y: 0.98, xanchor: "right", yanchor: "top",
      showarrow: false, align: "left", bgcolor: "rgba(255,255,255,0.85)",
    });
  }
  const layout = survivalPanelLayout({
    breaks, xMax, xTitle: options.xLabel ?? `Time (${scale.unit})`,
    yTitle: options.yLabel ?? "Survival probability", percent: options.percent ?? false, legendTitle: options.legendTitle,
    title: options.title, legendEntries: lines.map((l) => String(l.name)), riskTable: table, annotations, shapes, name: options.name,
  });
  return { data: [...bands, ...lines, ...censors, ...(table ? table.traces : [])], layout, config: { responsive: true, displaylogo: false } };
}
