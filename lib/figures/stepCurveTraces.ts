import { figureDefaults } from "./figureDefaults";
import { numberFormat } from "./numberFormat";

/** One right-continuous step function to draw (a KM or cumulative incidence curve). */
export interface StepCurveInput {
  name: string;
  legendGroup: string;
  color: string;
  dash?: string;
  /** Observed times (data units) and the value just after each. */
  time: ArrayLike<number>;
  value: ArrayLike<number>;
  lower?: ArrayLike<number>;
  upper?: ArrayLike<number>;
  nRisk?: ArrayLike<number>;
  nCensor?: ArrayLike<number>;
  /** Value at time 0 (1 for survival, 0 for cumulative incidence). */
  start: number;
  /** Display time = data time / divisor. */
  divisor: number;
  unit: string;
  /** What the value is called in the hover text, e.g. "Survival". */
  valueName: string;
  /** Stop the curve at the first observed time with fewer than this many at risk. */
  minAtRisk: number;
  band: boolean;
  censorTicks: boolean;
  confLevel?: number;
}

export interface StepCurveTraces {
  /** Lower then upper band trace (the upper fills down to the lower), or empty. */
  band: Record<string, unknown>[];
  line: Record<string, unknown>;
  /** Censoring ticks, or null. */
  censor: Record<string, unknown> | null;
  /** Number of observed times drawn (the curve's points after (0, start)). */
  drawn: number;
}

/** rgba() of a #rrggbb colour. */
function withAlpha(hex: string, alpha: number): string {
  const v = parseInt(hex.slice(1), 16);
  return `rgba(${(v >> 16) & 255},${(v >> 8) & 255},${v & 255},${alpha})`;
}

/**
 * Plotly traces of one step curve: the line (shape "hv", starting at (0, start), one point per
 * observed time carrying exactly the value passed in), an optional stepped confidence band
 * (filled between lower and upper, ending where a limit is undefined), and optional censoring
 * ticks at the censoring times at the curve's height. With minAtRisk > 0 everything ends at the
 * last observed time after which at least minAtRisk remain at risk: the number at risk on
 * (t_k, t_k+1] is nRisk[k+1], so the curve stops at t_k when nRisk[k+1] < minAtRisk.
 * Hover: time, value with its interval, number at risk.
 */
export function stepCurveTraces(c: StepCurveInput): StepCurveTraces {
  const m = c.time.length;
  // Points 0..cut-1 are drawn; cut is the first index whose risk set is below the threshold.
  let cut = m;
  if (c.minAtRisk > 0 && c.nRisk) {
    for (let k = 0; k < m; k++) if (c.nRisk[k] < c.minAtRisk) { cut = k; break; }
  }
  const d = c.divisor;
  const pct = (v: number) => numberFormat.fixed(v, 3);
  const level = Math.round(100 * (c.confLevel ?? 0.95));
  const x: number[] = [0];
  const y: number[] = [c.start];
  const hover: string[] = [`${c.name}<br>Time 0 ${c.unit}<br>${c.valueName} ${pct(c.start)}` + (c.nRisk && m ? `<br>At risk ${c.nRisk[0]}` : "")];
  for (let k = 0; k < cut; k++) {
    x.push(c.time[k] / d);
    y.push(c.value[k]);
    const ci = c.lower && c.upper ? ` (${level}% CI ${numberFormat.range(c.lower[k], c.upper[k], 3)})` : "";
    const risk = c.nRisk ? `<br>At risk ${c.nRisk[k]}` : "";
    hover.push(`${c.name}<br>Time ${numberFormat.fixed(c.time[k] / d, 2)} ${c.unit}<br>${c.valueName} ${pct(c.value[k])}${ci}${risk}`);
  }
  if (cut < m) hover[hover.length - 1] += `<br>(curve stops: fewer than ${c.minAtRisk} at risk after this time)`;
  const line: Record<string, unknown> = {
    type: "scatter", mode: "lines", name: c.name, legendgroup: c.legendGroup, x, y,
    line: { shape: "hv", color: c.color, width: figureDefaults.lineWidth, dash: c.dash ?? "solid" },
    hovertext: hover, hoverinfo: "text",
    meta: { role: "curve" },
  };
  const band: Record<string, unknown>[] = [];
  if (c.band && c.lower && c.upper) {
    const bx: number[] = [0];
    const lo: number[] = [c.start];
    const up: number[] = [c.start];
    let k = 0;
    for (; k < cut; k++) {
      if (!Number.isFinite(c.lower[k]) || !Number.isFinite(c.upper[k])) break;
      bx.push(c.time[k] / d);
      lo.push(c.lower[k]);
      up.push(c.upper[k]);
    }
    if (k < cut) {
      // A limit is undefined from here on: hold the last band up to this time.
      bx.push(c.time[k] / d);
      lo.push(lo[lo.length - 1]);
      up.push(up[up.length - 1]);
    }
    const common = { type: "scatter", mode: "lines", legendgroup: c.legendGroup, showlegend: false, hoverinfo: "skip", x: bx };
    band.push(
      { ...common, name: `${c.name} lower`, y: lo, line: { shape: "hv", width: 0, color: c.color }, meta: { role: "bandLower" } },
      { ...common, name: `${c.name} upper`, y: up, line: { shape: "hv", width: 0, color: c.color }, fill: "tonexty",
        fillcolor: withAlpha(c.color, figureDefaults.bandOpacity), meta: { role: "bandUpper" } },
    );
  }
  let censor: Record<string, unknown> | null = null;
  if (c.censorTicks && c.nCensor) {
    const cx: number[] = [];
    const cy: number[] = [];
    const ch: string[] = [];
    for (let k = 0; k < cut; k++) {
      if (c.nCensor[k] > 0) {
        cx.push(c.time[k] / d);
        cy.push(c.value[k]);
        ch.push(`${c.name}<br>${c.nCensor[k]} censored at ${numberFormat.fixed(c.time[k] / d, 2)} ${c.unit}`);
      }
    }
    censor = {
      type: "scatter", mode: "markers", name: `${c.name} censored`, legendgroup: c.legendGroup, showlegend: false,
      x: cx, y: cy, hovertext: ch, hoverinfo: "text",
      marker: { symbol: figureDefaults.censorSymbol, size: figureDefaults.censorSize, color: c.color, line: { color: c.color, width: 1.5 } },
      meta: { role: "censor" },
    };
  }
  return { band, line, censor, drawn: cut };
}
