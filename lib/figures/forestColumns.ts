import { estimatePText, estimateText } from "./estimateText";
import type { ForestRow } from "./forestRows";
import { numberFormat } from "./numberFormat";

/** Column positions of a forest plot, as fractions of the plotting width, and the figure width in pixels. */
export interface ForestColumns {
  width: number;
  n: number;
  events: number;
  plot: [number, number];
  hr: number[];
  p: number[];
}

// Average glyph widths of 12 px sans-serif text (regular, bold), generous so columns never touch.
const CHAR = 6.9;
const BOLD = 7.6;
const MARGIN = 10;

/**
 * Lays the forest plot out in pixels from its content, so no column overlaps another at any
 * screen or export size: the label column as wide as the longest label, n and events, a 240 px
 * plot, and per estimate kind an HR (95% CI) column as wide as its longest text and a p column.
 * The figure gets this fixed width (it is not stretched to the page).
 */
export function forestColumns(rows: readonly ForestRow[], sets: readonly ("univariable" | "multivariable")[], counts: boolean, suppressBelow: number): ForestColumns {
  const label = Math.max(120, ...rows.map((r) => r.label.length * (r.kind === "level" ? CHAR : BOLD) + (r.kind === "level" ? 14 : 0))) + 14;
  const countW = counts ? Math.max(40, ...rows.map((r) => numberFormat.count(r.n ?? 0, suppressBelow).length * CHAR + 18)) : 0;
  const eventsW = counts ? 58 : 0;
  const plotW = 240;
  const hrW = sets.map((w) => Math.max(13 * BOLD, ...rows.map((r) => estimateText(r[w]).length * CHAR)) + 22);
  const pW = sets.map((w) => Math.max(40, ...rows.map((r) => estimatePText(r[w]).length * CHAR)) + 18);
  const inner = label + countW + eventsW + 14 + plotW + 14 + hrW.reduce((a, b) => a + b, 0) + pW.reduce((a, b) => a + b, 0);
  const f = (px: number) => px / inner;
  let x = label;
  const n = f(x + countW / 2);
  x += countW;
  const events = f(x + eventsW / 2);
  x += eventsW + 14;
  const plot: [number, number] = [f(x), f(x + plotW)];
  x += plotW + 14;
  const hr: number[] = [];
  const p: number[] = [];
  sets.forEach((_, s) => {
    hr.push(f(x + hrW[s] / 2));
    x += hrW[s];
    p.push(f(x + pW[s] / 2));
    x += pW[s];
  });
  return { width: Math.ceil(inner + 2 * MARGIN), n, events, plot, hr, p };
}

/**
 * Splits text into lines of at most `max` characters at spaces (for plotly annotations, joined
 * by <br>), never next to "=", "<" or ">" so "p < 0.001" stays on one line.
 */
export function wrapWords(text: string, max: number): string[] {
  const words: string[] = [];
  for (const w of text.split(" ")) {
    const prev = words[words.length - 1];
    if (prev !== undefined && (/^[=<>≤≥]$/.test(w) || /[=<>≤≥]$/.test(prev))) words[words.length - 1] = `${prev} ${w}`;
    else words.push(w);
  }
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
