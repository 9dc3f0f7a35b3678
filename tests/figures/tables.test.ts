import { describe, expect, it } from "vitest";
import { coxTable } from "../../lib/figures/coxTable";
import { timeScales } from "../../lib/figures/figureDefaults";
import { forestRows } from "../../lib/figures/forestRows";
import { makeTable } from "../../lib/figures/makeTable";
import { milestoneTable } from "../../lib/figures/milestoneTable";
import { numberFormat } from "../../lib/figures/numberFormat";
import { tableOne } from "../../lib/figures/tableOne";
import { toCsv } from "../../lib/figures/toCsv";
import { tableOneSummary } from "../../lib/stats/tableOneSummary";
import { survivalAt } from "../../lib/survival/survivalAt";
import { datasets } from "../helpers/fixtures";
import { MONTH, cellLabels, kmByCellType, vetFits, vetTermMeta } from "./sampleInputs";

const texts = (row: { text: string; sup?: string }[]) => row.map((c) => c.text);

describe("numberFormat", () => {
  it("p-values", () => {
    expect([0.0004, 0.001, 0.0496, 0.0999, 0.1, 0.354, 0.996, NaN].map(numberFormat.p)).toEqual(["<0.001", "0.001", "0.050", "0.100", "0.10", "0.35", ">0.99", "—"]);
    expect(numberFormat.pText(0.0001)).toBe("p < 0.001");
    expect(numberFormat.pText(0.034)).toBe("p = 0.034");
  });
  it("hazard ratios with 2 decimals and an en dash", () => {
    expect(numberFormat.hrCi(1.5234, 1.1, 2.104)).toBe("1.52 (1.10–2.10)");
    expect(numberFormat.hrCi(2, 0.5, Infinity)).toBe("2.00 (0.50–∞)");
  });
  it("small counts suppressed, with their percentages", () => {
    expect(numberFormat.count(3, 5)).toBe("<5");
    expect(numberFormat.count(0, 5)).toBe("0");
    expect(numberFormat.count(5, 5)).toBe("5");
    expect(numberFormat.countPercent(3, 40, 5)).toBe("<5");
    expect(numberFormat.countPercent(12, 40, 5)).toBe("12 (30.0%)");
  });
});

describe("tableOne", () => {
  const lung = datasets().lung;
  const summary = tableOneSummary({
    data: lung,
    groupBy: { name: "sex", label: "Sex", levelLabels: { 1: "Male", 2: "Female" } },
    variables: [
      { name: "age", label: "Age", type: "continuous", unit: "years" },
      { name: "ph.ecog", label: "ECOG performance status", type: "categorical" },
    ],
  });
  const t = tableOne(summary, { caption: "Table 1", suppressBelow: 3 });

  it("header: overall and group columns with n, p column", () => {
    expect(texts(t.head[t.head.length - 1])).toEqual(["Characteristic", "Overall (n = 228)", "Male (n = 138)", "Female (n = 90)", "p"]);
    expect(t.head[0].find((c) => c.text === "Sex")?.colspan).toBe(2);
  });
  it("continuous: median (IQR) per column, p with a marker naming Wilcoxon", () => {
    expect(texts(t.body[0])).toEqual(["Age, years, median (IQR)", "63.0 (56.0–69.0)", "64.0 (57.0–70.0)", "61.0 (55.0–68.0)", "0.057"]);
    expect(t.body[0][4].sup).toBe("a");
    expect(t.footnotes).toContain("a Wilcoxon rank-sum test.");
  });
  it("categorical: n (%) of known values, a Missing row, small counts suppressed", () => {
    const ecog = t.body.findIndex((r) => r[0].text.startsWith("ECOG"));
    expect(texts(t.body[ecog + 1])).toEqual(["0", "63 (27.8%)", "36 (26.3%)", "27 (30.0%)", ""]);
    expect(texts(t.body[ecog + 4])).toEqual(["3", "<3", "<3", "0 (0.0%)", ""]);
    expect(texts(t.body[ecog + 5])).toEqual(["Missing", "<3", "<3", "0", ""]);
    expect(t.body[ecog][4].sup).toBe("b");
    expect(t.footnotes).toContain("b Fisher's exact test.");
    expect(t.footnotes).toContain("Counts below 3 are shown as <3.");
  });
  it("HTML: a classed table, escaped text", () => {
    expect(t.html).toContain('<table class="lm-table lm-table-one">');
    expect(t.html).toContain("<caption>Table 1</caption>");
    expect(t.html).toContain("<td>&lt;3</td>");
    expect(t.html).not.toContain("<td><3");
  });
  it("CSV: quoted where needed, spans expanded, markers and footnotes kept", () => {
    const csv = toCsv(t).split("\r\n");
    expect(csv[1]).toBe("Characteristic,Overall (n = 228),Male (n = 138),Female (n = 90),p");
    expect(csv[2]).toBe('"Age, years, median (IQR)",63.0 (56.0–69.0),64.0 (57.0–70.0),61.0 (55.0–68.0),0.057 [a]');
    expect(csv).toContain("a Wilcoxon rank-sum test.");
    expect(toCsv(t, { footnotes: false })).not.toContain("Wilcoxon");
    expect(toCsv(makeTable({ head: [[{ text: 'say "hi"' }]], body: [] }))).toBe('"say ""hi"""\r\n');
  });
});

describe("coxTable", () => {
  const fits = vetFits();
  const rows = forestRows(vetTermMeta(true), { univariable: fits.univariable, multivariable: fits.notEstimable });
  const t = coxTable(rows, { model: fits.notEstimable, suppressBelow: 5 });

  it("the forest plot's rows: reference, estimates, not estimable", () => {
    expect(texts(t.head[1])).toEqual(["Characteristic", "n", "Events", "HR (95% CI)", "p", "HR (95% CI)", "p"]);
    const body = t.body.map(texts);
    expect(body[1]).toEqual(["Standard", "69", "64", "reference", "", "reference", ""]);
    const copy = body.find((r) => r[0].startsWith("Karnofsky score (duplicate)"))!;
    expect(copy.slice(5)).toEqual(["not estimable (collinear)", ""]);
    const marker = body.find((r) => r[0].startsWith("Rare marker"))!;
    expect(marker).toEqual(["Rare marker (synthetic)", "<5", "0", "not estimable (separation)", "", "not estimable (separation)", ""]);
  });
  it("footnote from the fit", () => {
    expect(t.footnotes.some((f) => f.startsWith("Multivariable model: n = 137, events = 128; 7 coefficients"))).toBe(true);
  });
});

describe("milestoneTable", () => {
  const k = kmByCellType();
  const times = [3, 6, 12].map((m) => m * MONTH);
  const groups = k.curves.map((c) => ({ group: c.group, rows: survivalAt(c, times) }));
  const t = milestoneTable(groups, { timeScale: timeScales.daysToMonths, groupLabels: cellLabels, suppressBelow: 5 });

  it("survival % (95% CI) and at risk at each milestone, from survivalAt rows", () => {
    expect(texts(t.head[0])).toEqual(["", "3 months", "6 months", "12 months"]);
    const r = groups[0].rows[0];
    expect(t.body[0][1].text).toBe(numberFormat.percentCi(r.survival, r.lower, r.upper));
    expect(t.body[0][2].text).toBe(String(r.nRisk));
    expect(t.body[2][4].text).toBe("<5"); // adenocarcinoma at 6 months: 1 at risk
  });
  it("refuses groups read at different times", () => {
    expect(() => milestoneTable([groups[0], { group: "x", rows: survivalAt(k.curves[1], [1, 2, 3]) }])).toThrow(/other times/);
  });
});
