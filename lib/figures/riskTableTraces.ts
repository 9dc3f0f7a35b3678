import type { RiskTableGroup } from "./atRiskFromCurve";
import { escapeText } from "./escapeText";
import { numberFormat } from "./numberFormat";

/** One group of the table as drawn: its label, colour and counts at the breaks. */
export interface RiskTableBlock {
  label: string;
  color: string;
  table: RiskTableGroup;
}

export interface RiskTableTraces {
  traces: Record<string, unknown>[];
  /** y-axis lines (0 = top) and their labels for the table's y axis. */
  tickvals: number[];
  ticktext: string[];
  lines: number;
}

/**
 * The number-at-risk table under a survival panel, as plotly text traces on axes x2/y2 (x2 is
 * matched to the panel's x axis, so every number sits under the tick of its time). "atRisk":
 * one line per group; "kmunicate": per group a header line and the lines At risk, Censored,
 * Events (cumulative), the KMunicate layout (Morris et al., BMJ Open 2019;9:e030215).
 * An optional title takes the first line of the label column (so it is never cut off).
 * Each group's rows must be at exactly the axis breaks (times in data units = break x divisor);
 * counts below suppressBelow print as "<k".
 */
export function riskTableTraces(
  blocks: readonly RiskTableBlock[],
  breaks: readonly number[],
  divisor: number,
  content: "atRisk" | "kmunicate",
  suppressBelow: number,
  title?: string,
): RiskTableTraces {
  const traces: Record<string, unknown>[] = [];
  const tickvals: number[] = [];
  const ticktext: string[] = [];
  let line = 0;
  const addLine = (label: string, text: string[] | null, color: string, groupLabel: string, what: string) => {
    tickvals.push(line);
    ticktext.push(label);
    if (text) {
      traces.push({
        type: "scatter", mode: "text", xaxis: "x2", yaxis: "y2", x: breaks.slice(), y: breaks.map(() => line), text,
        textposition: "middle center", textfont: { color }, cliponaxis: false, hoverinfo: "skip", showlegend: false,
        name: `${groupLabel}: ${what}`, meta: { role: "riskTable", group: groupLabel, what },
      });
    }
    line++;
  };
  if (title) addLine(`<b>${escapeText(title)}</b>`, null, "#1d2330", "", "title");
  for (const b of blocks) {
    checkTimes(b, breaks, divisor);
    const fmt = (v: number | undefined) => (v === undefined ? numberFormat.missing : escapeText(numberFormat.count(v, suppressBelow)));
    const colored = `<span style="color:${b.color}">${escapeText(b.label)}</span>`;
    if (content === "atRisk") {
      addLine(colored, b.table.rows.map((r) => fmt(r.nRisk)), b.color, b.label, "at risk");
    } else {
      addLine(`<b>${colored}</b>`, null, b.color, b.label, "header");
      addLine("At risk", b.table.rows.map((r) => fmt(r.nRisk)), b.color, b.label, "at risk");
      addLine("Censored", b.table.rows.map((r) => fmt(r.nCensor)), b.color, b.label, "censored");
      addLine("Events", b.table.rows.map((r) => fmt(r.nEvent)), b.color, b.label, "events");
    }
  }
  return { traces, tickvals, ticktext, lines: line };
}

function checkTimes(b: RiskTableBlock, breaks: readonly number[], divisor: number): void {
  const rows = b.table.rows;
  const ok = rows.length === breaks.length &&
    rows.every((r, i) => Math.abs(r.time / divisor - breaks[i]) <= 1e-9 * Math.max(1, Math.abs(breaks[i])));
  if (!ok) {
    throw new Error(
      `risk table for ${b.label}: rows at times [${rows.map((r) => r.time).join(", ")}] do not match the axis breaks ` +
        `[${breaks.join(", ")}] x divisor ${divisor}; compute them with survivalAt(curve, breaks.map(t => t * ${divisor}))`,
    );
  }
}
