import type { Label } from "../checkInput";
import type { FigureSpec } from "../notebook/show";
import { atRiskFromCurve, type RiskTableGroup } from "./atRiskFromCurve";
import { colorFor } from "./colorFor";
import { escapeText } from "./escapeText";
import { figureDefaults, timeScales, type TimeScale } from "./figureDefaults";
import { groupLabel } from "./groupLabel";
import { pValueText } from "./pValueText";
import { riskTableTraces } from "./riskTableTraces";
import { stepCurveTraces } from "./stepCurveTraces";
import { survivalPanelLayout } from "./survivalPanelLayout";
import type { SurvivalPanelOptions } from "./SurvivalPanelOptions";
import { defaultTimeAxis, keepBreaks } from "./defaultTimeAxis";

/** One cumulative incidence curve, as lib/survival's cumulativeIncidence returns it (structural). */
export interface CumulativeIncidenceCurveLike {
  group: Label | null;
  cause: number;
  time: ArrayLike<number>;
  estimate: ArrayLike<number>;
  lower?: ArrayLike<number>;
  upper?: ArrayLike<number>;
  nRisk?: ArrayLike<number>;
  confLevel?: number;
}

/** Gray's test for one cause (cmprsk::cuminc's Tests row). */
export interface GrayTestLike {
  cause: number;
  stat: number;
  df: number;
  p: number;
}

export interface CumulativeIncidenceFigureOptions extends SurvivalPanelOptions {
  /** Display label per cause code, e.g. { 1: "LM progression", 2: "Death without progression" }. */
  causeLabels?: Readonly<Record<string, string>>;
  /** Gray's test per cause (text, or cuminc-style rows), shown top-left. */
  tests?: string | readonly GrayTestLike[];
}

/**
 * Cumulative incidence (competing risks) in the style of kmFigure: one panel, a step line per
 * (group, cause) starting at (0, 0) through exactly the estimates passed in, colour by group
 * (colorFor; by cause when there is a single curve per cause and no groups) and line dash by
 * cause, optional stepped bands, Gray's test per cause, and the number at risk per group under
 * the shared time axis.
 */
export function cumulativeIncidenceFigure(
  curves: readonly CumulativeIncidenceCurveLike[],
  options: CumulativeIncidenceFigureOptions = {},
): FigureSpec {
  if (curves.length === 0) throw new Error("cumulativeIncidenceFigure: no curves");
  const scale: TimeScale = options.timeScale ?? timeScales.months;
  const variable = options.variable ?? "group";
  const suppress = options.suppressBelow ?? figureDefaults.suppressBelow;
  const causes = Array.from(new Set(curves.map((c) => c.cause))).sort((a, b) => a - b);
  const causeLabel = (k: number) => options.causeLabels?.[String(k)] ?? `Cause ${k}`;
  const grouped = curves.some((c) => c.group !== null);
  const given = Array.isArray(options.riskTable) ? (options.riskTable as readonly RiskTableGroup[]) : null;
  // Every cause's curve of a group carries the group's risk set: pool one curve per group.
  const seenGroup = new Set<string>();
  const perGroup = curves.filter((c) => (seenGroup.has(String(c.group)) ? false : (seenGroup.add(String(c.group)), true)));
  const { breaks, xMax } = defaultTimeAxis(perGroup, scale.divisor, scale.unit, {
    xMax: options.xMax,
    breaks: options.breaks,
    tableBreaks: given && given.length ? given[0].rows.map((r) => r.time / scale.divisor) : undefined,
    breakStep: options.breakStep,
  });

  const bands: Record<string, unknown>[] = [];
  const lines: Record<string, unknown>[] = [];
  for (const c of curves) {
    const gl = groupLabel(c.group, options.groupLabels);
    const color = grouped ? colorFor(variable, c.group) : colorFor("cause", causeLabel(c.cause));
    const name = escapeText(grouped ? `${gl}: ${causeLabel(c.cause)}` : causeLabel(c.cause));
    const t = stepCurveTraces({
      name, legendGroup: name, color, dash: figureDefaults.causeDash[causes.indexOf(c.cause) % figureDefaults.causeDash.length],
      time: c.time, value: c.estimate, lower: c.lower, upper: c.upper, nRisk: c.nRisk, start: 0, divisor: scale.divisor,
      unit: scale.unit, valueName: "Cumulative incidence", minAtRisk: options.minAtRisk ?? figureDefaults.minAtRisk,
      band: options.confBand ?? curves.length <= 2, censorTicks: false, confLevel: c.confLevel,
    });
    bands.push(...t.band);
    lines.push(t.line);
  }

  let table = null;
  if (options.riskTable !== false) {
    let groups = given && !options.breaks ? keepBreaks(given, breaks, scale.divisor) : given;
    if (!groups && perGroup.every((c) => c.nRisk)) {
      groups = perGroup.map((c) => atRiskFromCurve({ group: c.group, time: c.time, nRisk: c.nRisk! }, breaks.map((b) => b * scale.divisor)));
    }
    if (groups) {
      const blocks = groups.map((g) => ({ label: groupLabel(g.group, options.groupLabels), color: grouped ? colorFor(variable, g.group) : figureDefaults.overallColor, table: g }));
      table = riskTableTraces(blocks, breaks, scale.divisor, "atRisk", suppress, "Number at risk");
    }
  }
  const annotations: Record<string, unknown>[] = [];
  if (options.tests !== undefined) {
    const text = typeof options.tests === "string"
      ? escapeText(options.tests)
      : options.tests.map((g) => escapeText(pValueText({ test: `Gray's test, ${causeLabel(g.cause)}`, chisq: g.stat, df: g.df, p: g.p }))).join("<br>");
    annotations.push({ text, xref: "x domain", yref: "y domain", x: 0.02, y: 0.98, xanchor: "left", yanchor: "top", showarrow: false, align: "left", bgcolor: "rgba(255,255,255,0.85)" });
  }
  const layout = survivalPanelLayout({
    breaks, xMax, xTitle: options.xLabel ?? `Time (${scale.unit})`,
    yTitle: options.yLabel ?? "Cumulative incidence", percent: options.percent ?? false, legendTitle: options.legendTitle,
    title: options.title, legendEntries: lines.map((l) => String(l.name)), riskTable: table, annotations, shapes: [], name: options.name,
  });
  return { data: [...bands, ...lines, ...(table ? table.traces : [])], layout, config: { responsive: true, displaylogo: false } };
}
