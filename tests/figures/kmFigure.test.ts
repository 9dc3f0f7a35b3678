import { beforeEach, describe, expect, it } from "vitest";
import { atRiskFromCurve } from "../../lib/figures/atRiskFromCurve";
import { colorFor, resetColors, setLevelOrder } from "../../lib/figures/colorFor";
import { figureDefaults, timeScales } from "../../lib/figures/figureDefaults";
import { riskSetEnd } from "../../lib/figures/defaultTimeAxis";
import { kmFigure } from "../../lib/figures/kmFigure";
import { timeBreaks } from "../../lib/figures/timeBreaks";
import { kaplanMeier } from "../../lib/survival/kaplanMeier";
import { survivalAt } from "../../lib/survival/survivalAt";
import { MONTH, cellLabels, kmByCellType, kmOverall } from "./sampleInputs";

type Trace = Record<string, any>;
const byRole = (data: unknown[], role: string) => (data as Trace[]).filter((t) => t.meta?.role === role);

beforeEach(() => resetColors());

describe("kmFigure: curves are exactly the estimates passed in", () => {
  const k = kmByCellType();
  const fig = kmFigure(k.curves, { variable: "celltype", groupLabels: cellLabels, timeScale: timeScales.daysToMonths, riskTable: k.riskTable, confBand: true });
  const lines = byRole(fig.data, "curve");

  it("one hv step line per group, starting at (0, 1), x = time / divisor, y = survival", () => {
    expect(lines).toHaveLength(k.curves.length);
    lines.forEach((t, g) => {
      const c = k.curves[g];
      expect(t.line.shape).toBe("hv");
      expect(t.x).toEqual([0, ...Array.from(c.time, (v) => v / MONTH)]);
      expect(t.y).toEqual([1, ...Array.from(c.survival)]);
    });
  });
  it("stepped bands fill between lower and upper, ending where a limit is undefined", () => {
    const lo = byRole(fig.data, "bandLower");
    const up = byRole(fig.data, "bandUpper");
    expect(lo).toHaveLength(4);
    lo.forEach((t, g) => {
      const c = k.curves[g];
      expect(t.line.shape).toBe("hv");
      expect(up[g].fill).toBe("tonexty");
      // The upper band trace follows its lower one, so tonexty fills exactly between them.
      expect((fig.data as Trace[]).indexOf(up[g])).toBe((fig.data as Trace[]).indexOf(t) + 1);
      const finite = Array.from(c.lower).findIndex((v, i) => !Number.isFinite(v) || !Number.isFinite(c.upper[i]));
      const m = finite < 0 ? c.time.length : finite;
      expect(t.y.slice(1, m + 1)).toEqual(Array.from(c.lower).slice(0, m));
      expect(up[g].y.slice(1, m + 1)).toEqual(Array.from(c.upper).slice(0, m));
      expect(t.y.every(Number.isFinite)).toBe(true);
    });
  });
  it("censoring ticks at each censoring time, at the curve's height", () => {
    const ticks = byRole(fig.data, "censor");
    ticks.forEach((t, g) => {
      const c = k.curves[g];
      const idx = Array.from(c.nCensor).flatMap((n, i) => (n > 0 ? [i] : []));
      expect(t.x).toEqual(idx.map((i) => c.time[i] / MONTH));
      expect(t.y).toEqual(idx.map((i) => c.survival[i]));
      expect(t.marker.symbol).toBe(figureDefaults.censorSymbol);
    });
  });
  it("legend names carry n and events; colours come from colorFor", () => {
    expect(lines[1].name).toBe("Small cell (n = 48, events = 45)");
    lines.forEach((t, g) => expect(t.line.color).toBe(colorFor("celltype", k.curves[g].group)));
  });
  it("the spec is plain JSON (no typed arrays)", () => {
    const round = JSON.parse(JSON.stringify(fig));
    expect(round.data[0].x).toEqual((fig.data as Trace[])[0].x);
  });
});

describe("kmFigure: risk table", () => {
  const k = kmByCellType();
  it("numbers equal the survivalAt rows passed in, at the axis breaks", () => {
    const fig = kmFigure(k.curves, { timeScale: timeScales.daysToMonths, riskTable: k.riskTable, xMax: 30 });
    const rt = byRole(fig.data, "riskTable");
    expect(rt).toHaveLength(4);
    rt.forEach((t, g) => {
      expect(t.text).toEqual(k.riskTable[g].rows.map((r) => String(r.nRisk)));
      expect(t.x).toEqual(k.breaks);
      expect(t.xaxis).toBe("x2");
    });
    const layout = fig.layout as Trace;
    expect(layout.xaxis.tickvals).toEqual(k.breaks);
    expect(layout.xaxis2.matches).toBe("x");
  });
  it("refuses rows that are not at the breaks", () => {
    expect(() => kmFigure(k.curves, { timeScale: timeScales.daysToMonths, riskTable: k.riskTable, breaks: [0, 6, 12] })).toThrow(/do not match the axis breaks/);
  });
  it("fromCurves reads the same numbers as survivalAt (step lookup)", () => {
    for (const c of k.curves) {
      const times = [0, ...Array.from(c.time).slice(0, 12), c.time[3] + 0.5, c.time[c.time.length - 1], c.time[c.time.length - 1] + 1];
      const a = atRiskFromCurve(c, times).rows;
      const b = survivalAt(c, times);
      expect(a.map((r) => [r.nRisk, r.nEvent, r.nCensor])).toEqual(b.map((r) => [r.nRisk, r.nEvent, r.nCensor]));
    }
    const fig = kmFigure(k.curves, { timeScale: timeScales.daysToMonths, breaks: k.breaks });
    byRole(fig.data, "riskTable").forEach((t, g) => expect(t.text).toEqual(k.riskTable[g].rows.map((r) => String(r.nRisk))));
  });
  it("KMunicate: at risk, censored and events (cumulative) per group", () => {
    const fig = kmFigure(k.curves, { timeScale: timeScales.daysToMonths, riskTable: k.riskTable, xMax: 30, riskTableContent: "kmunicate" });
    const rt = byRole(fig.data, "riskTable");
    expect(rt.map((t) => t.meta.what).slice(0, 3)).toEqual(["at risk", "censored", "events"]);
    expect(rt[1].text).toEqual(k.riskTable[0].rows.map((r) => String(r.nCensor)));
    expect(rt[2].text).toEqual(k.riskTable[0].rows.map((r) => String(r.nEvent)));
    expect((fig.layout as Trace).yaxis2.ticktext.slice(1, 4)).toEqual(["At risk", "Censored", "Events"]);
  });
  it("suppressBelow hides small counts in the table and legend", () => {
    const fig = kmFigure(k.curves, { timeScale: timeScales.daysToMonths, riskTable: k.riskTable, xMax: 30, suppressBelow: 5 });
    const rt = byRole(fig.data, "riskTable");
    expect(rt[2].text).toEqual(k.riskTable[2].rows.map((r) => (r.nRisk > 0 && r.nRisk < 5 ? "&lt;5" : String(r.nRisk))));
    expect(rt[2].text).toContain("&lt;5"); // "<5", escaped for plotly's pseudo-HTML
  });
  it("riskTable: false draws no table and no second axis", () => {
    const fig = kmFigure(k.curves, { riskTable: false });
    expect(byRole(fig.data, "riskTable")).toHaveLength(0);
    expect((fig.layout as Trace).yaxis2).toBeUndefined();
  });
});

describe("kmFigure: options", () => {
  const k = kmByCellType();
  it("minAtRisk ends a curve at the last time after which at least that many remain at risk", () => {
    const c = k.curves[0];
    const fig = kmFigure([c], { minAtRisk: 10, riskTable: false, confBand: true });
    const line = byRole(fig.data, "curve")[0];
    const cut = Array.from(c.nRisk).findIndex((n) => n < 10);
    expect(line.x).toEqual([0, ...Array.from(c.time).slice(0, cut)]);
    expect(line.y).toEqual([1, ...Array.from(c.survival).slice(0, cut)]);
    expect(Math.max(...byRole(fig.data, "bandLower")[0].x)).toBe(c.time[cut - 1]);
    expect(Math.max(...byRole(fig.data, "censor")[0].x)).toBeLessThanOrEqual(c.time[cut - 1]);
  });
  it("p-value annotation names its test", () => {
    const fig = kmFigure(k.curves, { pValue: k.test, riskTable: false });
    const text = (fig.layout as Trace).annotations.map((a: Trace) => a.text).join(" ");
    expect(text).toBe("Log-rank test: χ² = 25.40, df = 3, p &lt; 0.001");
    const peto = kmFigure(k.curves, { pValue: { ...k.test, rho: 1 }, riskTable: false });
    expect((peto.layout as Trace).annotations[0].text).toMatch(/^Peto–Peto test/);
    expect((kmFigure(k.curves, { pValue: "Stratified log-rank p = 0.02", riskTable: false }).layout as Trace).annotations[0].text).toBe("Stratified log-rank p = 0.02");
  });
  it("median lines at S = 0.5 for medians passed in, none for a median not reached", () => {
    const medians = [...k.medians.slice(0, 2), { group: k.medians[2].group, estimate: NaN }];
    const fig = kmFigure(k.curves, { medians, timeScale: timeScales.daysToMonths, riskTable: false });
    const shapes = (fig.layout as Trace).shapes as Trace[];
    const vertical = shapes.filter((s) => s.x0 === s.x1);
    expect(vertical.map((s) => s.x0)).toEqual(medians.slice(0, 2).map((m) => m.estimate / MONTH));
    expect(vertical.every((s) => s.y0 === 0 && s.y1 === 0.5)).toBe(true);
    expect(byRole(fig.data, "curve")[2].name).toContain("median not reached");
  });
  it("confidence bands by default only for one or two curves", () => {
    expect(byRole(kmFigure(k.curves, { riskTable: false }).data, "bandLower")).toHaveLength(0);
    expect(byRole(kmFigure([kmOverall()], { riskTable: false }).data, "bandLower")).toHaveLength(1);
  });
  it("an overall curve is black and labelled 'All patients'", () => {
    const line = byRole(kmFigure([kmOverall()], { riskTable: false }).data, "curve")[0];
    expect(line.line.color).toBe(figureDefaults.overallColor);
    expect(line.name).toMatch(/^All patients \(n = 137, events = 128\)/);
  });
  it("default breaks every 3 or 6 months in display units", () => {
    expect(timeBreaks(27, "months")).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27]);
    expect(timeBreaks(40, "months")).toEqual([0, 6, 12, 18, 24, 30, 36]);
    expect(timeBreaks(40, "months", { step: 12 })).toEqual([0, 12, 24, 36]);
    expect(timeBreaks(1000, "days")).toEqual([0, 180, 360, 540, 720, 900]);
    const full = kmFigure([kmOverall()], { timeScale: timeScales.daysToMonths, xMax: 32.8 });
    expect((full.layout as Trace).xaxis.tickvals).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30]); // 32.8 months
  });
  it("default axis end: last break before the pooled number at risk drops below max(10% of the start, 10)", () => {
    const k = kmByCellType();
    const start = k.curves.reduce((s, c) => s + c.n, 0);
    const threshold = Math.max(0.1 * start, 10);
    const pooled = (t: number) => k.riskTable.reduce((s, g) => s + g.rows.find((r) => Math.abs(r.time / MONTH - t) < 1e-9)!.nRisk, 0);
    // Breaks given by the risk table: those with pooled count >= threshold are kept, the axis ends at the last.
    const fig = kmFigure(k.curves, { timeScale: timeScales.daysToMonths, riskTable: k.riskTable });
    const ticks = (fig.layout as Trace).xaxis.tickvals as number[];
    const expected = k.breaks.filter((b) => pooled(b) >= threshold);
    expect(ticks).toEqual(expected);
    expect(ticks.length).toBeLessThan(k.breaks.length);
    expect((fig.layout as Trace).xaxis.range[1]).toBeCloseTo(expected[expected.length - 1] * 1.02, 9);
    byRole(fig.data, "riskTable").forEach((t) => expect(t.x).toEqual(expected));
    // Breaks from timeBreaks: every break is at or before the drop, none after the axis end.
    const own = kmFigure(k.curves, { timeScale: timeScales.daysToMonths });
    const ownTicks = (own.layout as Trace).xaxis.tickvals as number[];
    const end = riskSetEnd(k.curves) / MONTH;
    expect(ownTicks[ownTicks.length - 1]).toBeLessThanOrEqual(end);
    expect(ownTicks).toEqual(timeBreaks(end, "months"));
    const pooledAt = (t: number) => k.curves.reduce((s, c) => s + atRiskFromCurve(c, [t]).rows[0].nRisk, 0);
    expect(pooledAt(end * MONTH)).toBeGreaterThanOrEqual(threshold);
    expect(pooledAt(end * MONTH + 1e-6)).toBeLessThan(threshold);
    // A breakStep that would leave fewer than four breaks gives way to the step chosen for the shorter axis.
    const coarse = kmFigure(k.curves, { timeScale: timeScales.daysToMonths, breakStep: 6 });
    const coarseTicks = (coarse.layout as Trace).xaxis.tickvals as number[];
    if (timeBreaks(end, "months", { step: 6 }).length < 4) expect(coarseTicks).toEqual(timeBreaks(end, "months"));
    else expect(coarseTicks).toEqual(timeBreaks(end, "months", { step: 6 }));
    // xMax overrides.
    expect((kmFigure(k.curves, { timeScale: timeScales.daysToMonths, xMax: 30 }).layout as Trace).xaxis.tickvals).toContain(30);
  });
});

describe("kmFigure: legend and title", () => {
  it("the top margin grows with the legend rows; more than two entries are listed one per row under the legend title", () => {
    const k = kmByCellType();
    const one = kmFigure([kmOverall()], { title: "T", riskTable: false }).layout as Trace;
    const four = kmFigure(k.curves, { title: "T", legendTitle: "Cell type", riskTable: false }).layout as Trace;
    expect(one.legend.orientation).toBe("h");
    expect(four.legend).toMatchObject({ orientation: "v", yanchor: "bottom", y: 1, title: { text: "Cell type", side: "top" } });
    // Title row + 4 entry rows (22 px each) instead of one row, above the panel; the figure grows by as much.
    expect(four.margin.t - one.margin.t).toBe(4 * 22);
    expect(four.height - one.height).toBe(4 * 22);
    expect(four.title).toMatchObject({ yref: "container", y: 1, yanchor: "top" });
  });
});

describe("colorFor", () => {
  it("keeps a level's colour across figures and variables' orders", () => {
    const a = colorFor("tumour", "Breast");
    const b = colorFor("tumour", "Lung");
    expect(colorFor("tumour", "Breast")).toBe(a);
    expect(a).not.toBe(b);
    expect(colorFor("other", "Lung")).toBe(figureDefaults.palette[0]);
    setLevelOrder("tumour", ["Lung", "Breast"]);
    expect(colorFor("tumour", "Lung")).toBe(figureDefaults.palette[0]);
    expect(colorFor("tumour", "Breast")).toBe(figureDefaults.palette[1]);
    expect(colorFor("tumour", null)).toBe(figureDefaults.overallColor);
  });
  it("groups of a KM figure keep their colour when drawn in another order", () => {
    const km = kaplanMeier({ time: [1, 2, 3, 4, 5, 6], event: [1, 1, 0, 1, 1, 0], group: ["a", "b", "a", "b", "c", "c"] }).curves;
    const first = byRole(kmFigure(km, { variable: "v", riskTable: false }).data, "curve").map((t) => t.line.color);
    const again = byRole(kmFigure([km[2], km[0]], { variable: "v", riskTable: false }).data, "curve").map((t) => t.line.color);
    expect(again).toEqual([first[2], first[0]]);
  });
});
