import type { Label } from "../checkInput";
import type { FigureSpec } from "../notebook/show";
import { colorFor } from "./colorFor";
import { escapeText } from "./escapeText";
import { figureDefaults, timeScales, type TimeScale } from "./figureDefaults";
import { groupLabel } from "./groupLabel";
import { logTicks } from "./logTicks";

/** What the plot reads from a Kaplan–Meier curve (a SurvivalCurve fits). */
export interface LogLogCurveInput {
  group: Label | null;
  time: ArrayLike<number>;
  survival: ArrayLike<number>;
}

export interface LogLogFigureOptions {
  variable?: string;
  legendTitle?: string;
  groupLabels?: Readonly<Record<string, string>>;
  timeScale?: TimeScale;
  title?: string;
  name?: string;
}

/**
 * Log-minus-log plot for checking proportional hazards: log(−log S(t)) against time on a log
 * axis, a step line per group (colorFor). Under proportional hazards the curves are parallel,
 * vertical distance = log hazard ratio. Only points with 0 < S < 1 and t > 0 are drawn (the
 * transform is undefined elsewhere); the transform is for display, the estimates are the inputs.
 */
export function logLogFigure(curves: readonly LogLogCurveInput[], options: LogLogFigureOptions = {}): FigureSpec {
  const scale = options.timeScale ?? timeScales.months;
  const variable = options.variable ?? "group";
  const data = curves.map((c) => {
    const x: number[] = [];
    const y: number[] = [];
    const hover: string[] = [];
    const label = escapeText(groupLabel(c.group, options.groupLabels));
    for (let k = 0; k < c.time.length; k++) {
      const s = c.survival[k];
      if (!(s > 0 && s < 1) || !(c.time[k] > 0)) continue;
      x.push(c.time[k] / scale.divisor);
      y.push(Math.log(-Math.log(s)));
      hover.push(`${label}<br>Time ${(c.time[k] / scale.divisor).toFixed(2)} ${scale.unit}<br>S = ${s.toFixed(3)}<br>log(−log S) = ${y[y.length - 1].toFixed(3)}`);
    }
    const color = colorFor(variable, c.group);
    return {
      type: "scatter", mode: "lines", name: label, x, y, hovertext: hover, hoverinfo: "text",
      line: { shape: "hv", color, width: figureDefaults.lineWidth },
    };
  });
  const xs = data.flatMap((d) => d.x);
  const ticks = xs.length ? logTicks(Math.min(...xs), Math.max(...xs)) : [];
  const layout: Record<string, unknown> = {
    height: 460,
    margin: { t: options.title ? 80 : 50, b: 60, l: 70, r: 24 },
    font: figureDefaults.font,
    plot_bgcolor: "#ffffff",
    xaxis: { type: "log", tickmode: "array", tickvals: ticks, ticktext: ticks.map(String), title: { text: `Time (${scale.unit}, log scale)` }, showline: true, linecolor: "#444", ticks: "outside", gridcolor: "#eceff3" },
    yaxis: { title: { text: "log(\u2212log S(t))" }, showline: true, linecolor: "#444", ticks: "outside", gridcolor: "#eceff3", zeroline: false },
    legend: { orientation: "h", x: 0, xanchor: "left", y: 1.02, yanchor: "bottom", title: options.legendTitle ? { text: escapeText(options.legendTitle) } : undefined },
    hovermode: "closest",
  };
  if (options.title) layout.title = { text: escapeText(options.title), x: 0, xanchor: "left", xref: "paper" };
  if (options.name) layout.meta = { name: options.name };
  return { data, layout, config: { responsive: true, displaylogo: false } };
}
