import { beforeEach, describe, expect, it } from "vitest";
import { colorFor, resetColors } from "../../lib/figures/colorFor";
import { cumulativeIncidenceFigure } from "../../lib/figures/cumulativeIncidenceFigure";
import { figureDefaults, timeScales } from "../../lib/figures/figureDefaults";
import { kmFigure } from "../../lib/figures/kmFigure";
import { logLogFigure } from "../../lib/figures/logLogFigure";
import { schoenfeldFigure, type CoxZphLike } from "../../lib/figures/schoenfeldFigure";
import { lowess } from "../../lib/math/lowess";
import { kaplanMeier } from "../../lib/survival/kaplanMeier";
import { MONTH, kmByCellType, rInputs, vetFits } from "./sampleInputs";

type Trace = Record<string, any>;
beforeEach(() => resetColors());

describe("schoenfeldFigure", () => {
  const zph = rInputs.zph as CoxZphLike;
  const fit = vetFits().multivariable;
  const j = zph.terms.findIndex((t) => t.term === "karno10");
  const column = zph.residuals[j] as number[];
  const smooth = lowess(zph.x, column);
  const fig = schoenfeldFigure(zph, fit, "karno10", { label: "Karnofsky score", smooth, timeScale: timeScales.daysToMonths });
  const data = fig.data as Trace[];
  const layout = fig.layout as Trace;

  it("points are the term's scaled residuals against transformed time", () => {
    expect(data[0].x).toEqual(Array.from(zph.x));
    expect(data[0].y).toEqual(column);
  });
  it("draws the smooth passed in, unchanged", () => {
    expect(data[1].x).toEqual(smooth.x);
    expect(data[1].y).toEqual(smooth.y);
  });
  it("horizontal line at the fitted coefficient", () => {
    const coef = fit.coef[fit.terms.indexOf("karno10")];
    expect(data[2].y).toEqual([coef, coef]);
    expect(data[2].line.dash).toBe("dot");
  });
  it("title names the term and its cox.zph test", () => {
    expect(layout.title.text).toBe("Karnofsky score: cox.zph: χ² = 12.98, df = 1, p &lt; 0.001");
  });
  it("x ticks label display times at their transformed positions, increasing", () => {
    const v = layout.xaxis.tickvals as number[];
    expect(v.length).toBeGreaterThan(3);
    for (let i = 1; i < v.length; i++) expect(v[i]).toBeGreaterThan(v[i - 1]);
    // The km transform spreads the first month over ~30% of the axis: it is labelled too (0.2, 0.5).
    expect(layout.xaxis.ticktext.slice(0, 3)).toEqual(["0.2", "0.5", "1"]);
    const xs = Array.from(zph.x);
    const span = Math.max(...xs) - Math.min(...xs);
    expect(v[0] - Math.min(...xs)).toBeLessThan(span / 12);
    for (let i = 1; i < v.length; i++) expect(v[i] - v[i - 1]).toBeGreaterThanOrEqual(span / 12 - 1e-12);
  });
  it("accepts residuals one row per event too, and rejects unknown terms", () => {
    const rows = Array.from(zph.x, (_, i) => zph.residuals.map((col) => col[i]));
    const alt = schoenfeldFigure({ ...zph, residuals: rows }, fit, "karno10");
    expect((alt.data as Trace[])[0].y).toEqual(column);
    expect(() => schoenfeldFigure(zph, fit, "karno")).toThrow(/not in cox.zph/);
  });
});

describe("logLogFigure", () => {
  it("log(-log S) against time, only where 0 < S < 1", () => {
    const k = kmByCellType();
    const fig = logLogFigure(k.curves, { timeScale: timeScales.daysToMonths, variable: "celltype" });
    (fig.data as Trace[]).forEach((t, g) => {
      const c = k.curves[g];
      const keep = Array.from(c.survival).flatMap((s, i) => (s > 0 && s < 1 && c.time[i] > 0 ? [i] : []));
      expect(t.x).toEqual(keep.map((i) => c.time[i] / MONTH));
      expect(t.y).toEqual(keep.map((i) => Math.log(-Math.log(c.survival[i]))));
      expect(t.line.color).toBe(colorFor("celltype", c.group));
    });
    expect((fig.layout as Trace).xaxis.type).toBe("log");
  });
});

describe("cumulativeIncidenceFigure", () => {
  const cif = rInputs.cif as Trace[];
  const fig = cumulativeIncidenceFigure(cif as any, {
    variable: "sex", causeLabels: { 1: "Progression", 2: "Death" }, groupLabels: { F: "Female", M: "Male" }, tests: rInputs.gray, breakStep: 60,
  });
  const lines = (fig.data as Trace[]).filter((t) => t.meta?.role === "curve");

  it("one step line per group and cause from (0, 0) through the estimates passed in", () => {
    expect(lines).toHaveLength(4);
    lines.forEach((t, i) => {
      expect(t.line.shape).toBe("hv");
      expect(t.x).toEqual([0, ...cif[i].time]);
      expect(t.y).toEqual([0, ...cif[i].estimate]);
    });
  });
  it("colour by group (same registry as the KM figure), dash by cause", () => {
    lines.forEach((t, i) => {
      expect(t.line.color).toBe(colorFor("sex", cif[i].group));
      expect(t.line.dash).toBe(figureDefaults.causeDash[cif[i].cause - 1]);
    });
    expect(lines[0].name).toBe("Female: Progression");
    const km = kaplanMeier({ time: [1, 2, 3, 4], event: [1, 1, 1, 0], group: ["M", "F", "M", "F"] }).curves;
    const kmLines = (kmFigure(km, { variable: "sex", riskTable: false }).data as Trace[]).filter((t) => t.meta?.role === "curve");
    expect(kmLines.map((t) => t.line.color)).toEqual([colorFor("sex", "F"), colorFor("sex", "M")]);
  });
  it("Gray's test per cause, named", () => {
    const text = (fig.layout as Trace).annotations[0].text as string;
    expect(text).toBe("Gray's test, Progression: χ² = 1.19, df = 1, p = 0.27<br>Gray's test, Death: χ² = 11.65, df = 1, p &lt; 0.001");
  });
  it("number at risk per group read off the curves' nRisk at the breaks", () => {
    const rt = (fig.data as Trace[]).filter((t) => t.meta?.role === "riskTable");
    expect(rt).toHaveLength(2);
    const breaks = (fig.layout as Trace).xaxis.tickvals as number[];
    expect(rt[0].x).toEqual(breaks);
    const c = cif[0];
    const expected = breaks.map((b) => {
      const i = c.time.findIndex((t: number) => t >= b);
      return String(i < 0 ? 0 : c.nRisk[i]);
    });
    expect(rt[0].text).toEqual(expected);
  });
});
