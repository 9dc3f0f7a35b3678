import { describe, expect, it } from "vitest";
import { escapeText } from "../../lib/figures/escapeText";
import { figureDefaults } from "../../lib/figures/figureDefaults";
import { forestPlot } from "../../lib/figures/forestPlot";
import { forestRows, type ForestTermMeta } from "../../lib/figures/forestRows";
import { modelFootnote } from "../../lib/figures/modelFootnote";
import { vetFits, vetTermMeta } from "./sampleInputs";

type Trace = Record<string, any>;
const fits = vetFits();

describe("forestRows", () => {
  const rows = forestRows(vetTermMeta(), fits);

  it("one heading per categorical variable, one row per level, reference levels marked", () => {
    expect(rows.map((r) => [r.kind, r.label])).toEqual([
      ["variable", "Treatment"], ["level", "Standard"], ["level", "Test drug"],
      ["variable", "Cell type"], ["level", "Squamous"], ["level", "Small cell"], ["level", "Adenocarcinoma"], ["level", "Large cell"],
      ["continuous", "Karnofsky score (per 10 points)"], ["continuous", "Age (per year)"],
    ]);
    const refs = rows.filter((r) => r.isReference);
    expect(refs.map((r) => r.level)).toEqual(["standard", "squamous"]);
    for (const r of refs) {
      expect(r.univariable?.status).toBe("reference");
      expect(r.multivariable?.status).toBe("reference");
    }
  });
  it("estimates are the fits' own numbers, univariable from each variable's fit", () => {
    const adeno = rows.find((r) => r.level === "adeno")!;
    const m = fits.multivariable;
    const i = m.terms.indexOf("celltypeadeno");
    expect(adeno.multivariable).toEqual({ status: "estimate", hr: m.hr[i], lower: m.hrLower[i], upper: m.hrUpper[i], p: m.p[i] });
    const u = fits.univariable.celltype;
    const j = u.terms.indexOf("celltypeadeno");
    expect(adeno.univariable?.hr).toBe(u.hr[j]);
    expect(adeno.n).toBe(27);
    expect(adeno.events).toBe(26);
  });
  it("classifies aliased terms as collinear and infinite ones as separation", () => {
    const ne = forestRows(vetTermMeta(true), { multivariable: fits.notEstimable });
    expect(ne.find((r) => r.variable === "karnoCopy")!.multivariable!.status).toBe("aliased");
    expect(ne.find((r) => r.variable === "marker")!.multivariable!.status).toBe("infinite");
    expect(ne.find((r) => r.variable === "karno10")!.multivariable!.status).toBe("estimate");
  });
  it("a variable left out of the multivariable model is 'absent'; a missing level term is an error", () => {
    const extra: ForestTermMeta[] = [...vetTermMeta(), { variable: "marker", label: "Marker", type: "continuous" }];
    const r = forestRows(extra, fits);
    expect(r[r.length - 1].multivariable!.status).toBe("absent");
    expect(r[r.length - 1].univariable!.status).toBe("infinite");
    const bad = vetTermMeta();
    bad[1].levels = [...bad[1].levels!.slice(0, 3), { level: "large", term: "celltypeLARGE" }];
    expect(() => forestRows(bad, fits)).toThrow(/not "celltypeLARGE"/);
    const noRef = vetTermMeta();
    noRef[0].levels = noRef[0].levels!.map((l) => ({ ...l, term: l.term ?? "trtstandard" }));
    expect(() => forestRows(noRef, fits)).toThrow(/exactly one reference level/);
  });
});

describe("forestPlot", () => {
  const rows = forestRows(vetTermMeta(), fits);
  const fig = forestPlot(rows, { model: fits.multivariable });
  const data = fig.data as Trace[];
  const layout = fig.layout as Trace;
  const texts = (layout.annotations as Trace[]).map((a) => a.text as string);

  it("log HR axis with a dashed line at 1", () => {
    expect(layout.xaxis.type).toBe("log");
    expect((layout.shapes as Trace[]).some((s) => s.type === "line" && s.x0 === 1 && s.x1 === 1)).toBe(true);
    const [lo, hi] = layout.xaxis.range.map((v: number) => 10 ** v);
    expect(lo).toBeLessThan(1);
    expect(hi).toBeGreaterThan(1);
  });
  it("univariable and multivariable markers side by side, offset within the row", () => {
    const uni = data.find((t) => t.meta?.role === "hr" && t.meta.which === "univariable")!;
    const multi = data.find((t) => t.meta?.role === "hr" && t.meta.which === "multivariable")!;
    const row = rows.findIndex((r) => r.level === "smallcell");
    const m = fits.multivariable;
    expect(multi.x[multi.y.indexOf(row + figureDefaults.forestOffset)]).toBe(m.hr[m.terms.indexOf("celltypesmallcell")]);
    expect(uni.y).toContain(row - figureDefaults.forestOffset);
    expect(uni.marker.symbol).not.toBe(multi.marker.symbol);
  });
  it("reference rows say 'reference' and draw nothing", () => {
    expect(texts.filter((t) => t.includes("reference"))).toHaveLength(4);
    const refRows = rows.flatMap((r, i) => (r.isReference ? [i] : []));
    for (const t of data) for (const y of t.y) if (y !== null) expect(refRows).not.toContain(Math.round(y));
  });
  it("columns: labels from the metadata (never column names), n, events, HR (95% CI), p", () => {
    expect(texts).toContain("<b>Cell type</b>");
    expect(texts).not.toContain("celltype");
    expect(texts).toContain("2.35 (1.38–4.01)");
    expect(texts).toContain("&lt;0.001"); // escaped for plotly's pseudo-HTML
    expect(texts).toContain("<b>Multivariable<br>HR (95% CI)</b>");
  });
  it("footnote: n, events, events per coefficient, concordance and the global test, from the fit", () => {
    const foot = modelFootnote(fits.multivariable);
    expect(foot).toBe(
      "Multivariable model: n = 137, events = 128; 6 coefficients, 21.3 events per coefficient; concordance 0.74 (SE 0.02); likelihood-ratio test: χ² = 61.98, df = 6, p < 0.001.",
    );
    // In the figure the footnote is escaped for plotly and wrapped into lines.
    const shown = texts.find((t) => t.startsWith("Multivariable model:"))!;
    expect(shown.replace(/<br>/g, " ")).toContain(escapeText(foot));
    expect(modelFootnote(fits.multivariable, { globalTest: "wald" })).toContain("Wald test: χ² = ");
  });
  it("footnote: patients replaces the row count of a counting-process fit", () => {
    const split = { ...fits.multivariable, n: 412 };
    expect(modelFootnote(split, { patients: 137 })).toMatch(/^Multivariable model: n = 137 patients \(412 intervals\), events = 128;/);
    expect(modelFootnote(fits.multivariable, { patients: 137 })).toMatch(/^Multivariable model: n = 137, events = 128;/);
    const withOption = forestPlot(forestRows(vetTermMeta(), { multivariable: fits.multivariable }), { model: split, patients: 137 });
    expect(JSON.stringify(withOption.layout)).toContain("n = 137 patients (412 intervals)");
  });
});

describe("forestPlot: terms that are not estimable are never drawn as a CI", () => {
  const rows = forestRows(vetTermMeta(true), { univariable: fits.univariable, multivariable: fits.notEstimable });
  const fig = forestPlot(rows, { model: fits.notEstimable });
  const data = fig.data as Trace[];
  const texts = ((fig.layout as Trace).annotations as Trace[]).map((a) => a.text as string);
  const rowOf = (v: string) => rows.findIndex((r) => r.variable === v);

  it("writes 'not estimable (collinear)' and '(separation)' in the HR column", () => {
    expect(texts).toContain("<i>not estimable (collinear)</i>");
    expect(texts.filter((t) => t === "<i>not estimable (separation)</i>")).toHaveLength(2); // univariable and multivariable
  });
  it("no CI segment, marker or arrow on those rows", () => {
    const copy = rowOf("karnoCopy");
    const marker = rowOf("marker");
    const multiYs = data.filter((t) => t.meta?.which === "multivariable").flatMap((t) => t.y.filter((y: number | null) => y !== null).map(Math.round));
    expect(multiYs).not.toContain(copy);
    expect(multiYs).not.toContain(marker);
    const uniYs = data.filter((t) => t.meta?.which === "univariable").flatMap((t) => t.y.filter((y: number | null) => y !== null).map(Math.round));
    expect(uniYs).not.toContain(marker);
    expect(uniYs).toContain(copy); // its univariable fit is fine
  });
  it("the axis range ignores the infinite interval", () => {
    const [lo, hi] = (fig.layout as Trace).xaxis.range.map((v: number) => 10 ** v);
    expect(lo).toBeGreaterThan(0.1);
    expect(hi).toBeLessThan(20);
  });
  it("an interval beyond a given axis range ends in an arrowhead", () => {
    const clipped = forestPlot(rows, { xRange: [0.5, 2] });
    const arrows = (clipped.data as Trace[]).filter((t) => t.meta?.role === "arrow");
    expect(arrows.length).toBeGreaterThan(0);
    const ci = (clipped.data as Trace[]).filter((t) => t.meta?.role === "ci").flatMap((t) => t.x.filter((x: number | null) => x !== null));
    expect(Math.min(...ci)).toBeGreaterThanOrEqual(0.5);
    expect(Math.max(...ci)).toBeLessThanOrEqual(2);
  });
});
