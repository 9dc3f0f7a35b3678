/**
 * One figure of every kind, built from real results (tests/figures/sampleInputs.ts), for the
 * browser test and for looking at. Each spec names itself in layout.meta.name.
 */
import type { FigureSpec } from "../../lib/notebook/show";
import { lowess } from "../../lib/math/lowess";
import { cumulativeIncidenceFigure } from "../../lib/figures/cumulativeIncidenceFigure";
import { timeScales } from "../../lib/figures/figureDefaults";
import { forestPlot } from "../../lib/figures/forestPlot";
import { forestRows } from "../../lib/figures/forestRows";
import { kmFigure } from "../../lib/figures/kmFigure";
import { logLogFigure } from "../../lib/figures/logLogFigure";
import { schoenfeldFigure } from "../../lib/figures/schoenfeldFigure";
import { coxTable } from "../../lib/figures/coxTable";
import type { Table } from "../../lib/figures/makeTable";
import { milestoneTable } from "../../lib/figures/milestoneTable";
import { tableOne } from "../../lib/figures/tableOne";
import { tableOneSummary } from "../../lib/stats/tableOneSummary";
import { survivalAt } from "../../lib/survival/survivalAt";
import { datasets } from "../helpers/fixtures";
import { MONTH, cellLabels, cellLevels, kmByCellType, kmOverall, rInputs, vetFits, vetTermMeta } from "./sampleInputs";

export interface SampleFigure {
  name: string;
  spec: FigureSpec;
  /** Has a risk table whose numbers must sit under the x ticks. */
  riskTable: boolean;
}

export function sampleFigures(): SampleFigure[] {
  const k = kmByCellType();
  const fits = vetFits();
  const common = { variable: "celltype", legendTitle: "Cell type", groupLabels: cellLabels, timeScale: timeScales.daysToMonths, xLabel: "Months since diagnosis" };
  const zph = rInputs.zph;
  const karno = zph.residuals[zph.terms.findIndex((t: any) => t.term === "karno10")];
  const overall = kmOverall();
  return [
    { name: "km-risk-table", riskTable: true, spec: kmFigure(k.curves, { ...common, riskTable: k.riskTable, pValue: k.test, medians: k.medians, name: "km-risk-table" }) },
    { name: "km-kmunicate", riskTable: true, spec: kmFigure(k.curves, { ...common, breaks: [0, 6, 12, 18, 24, 30], riskTableContent: "kmunicate", minAtRisk: 3, percent: true, suppressBelow: 3, name: "km-kmunicate" }) },
    { name: "km-overall", riskTable: true, spec: kmFigure([overall], { timeScale: timeScales.daysToMonths, breakStep: 6, title: "Overall survival", name: "km-overall" }) },
    {
      name: "cumulative-incidence", riskTable: true,
      spec: cumulativeIncidenceFigure(rInputs.cif, {
        variable: "sex", legendTitle: "Sex", groupLabels: { F: "Female", M: "Male" }, causeLabels: { 1: "Progression", 2: "Death without progression" },
        tests: rInputs.gray, xLabel: "Months since diagnosis", breakStep: 60, name: "cumulative-incidence",
      }),
    },
    { name: "forest-both", riskTable: false, spec: forestPlot(forestRows(vetTermMeta(), fits), { model: fits.multivariable, name: "forest-both", notes: ["Univariable: one Cox model per variable."] }) },
    {
      name: "forest-not-estimable", riskTable: false,
      spec: forestPlot(forestRows(vetTermMeta(true), { multivariable: fits.notEstimable }), { model: fits.notEstimable, name: "forest-not-estimable", title: "Multivariable model with a collinear and a separating term" }),
    },
    { name: "log-log", riskTable: false, spec: logLogFigure(k.curves, { ...common, name: "log-log" }) },
    {
      name: "schoenfeld-karno", riskTable: false,
      spec: schoenfeldFigure(zph, fits.multivariable, "karno10", { label: "Karnofsky score (per 10 points)", smooth: lowess(zph.x, karno), timeScale: timeScales.daysToMonths, name: "schoenfeld-karno" }),
    },
  ];
}

/** One table of every kind, as HTML, for the browser test and for looking at. */
export function sampleTables(): { name: string; table: Table }[] {
  const vet = datasets().veteran;
  const summary = tableOneSummary({
    data: { ...vet, trt: (vet.trt as number[]).map((t) => (t === 1 ? "standard" : "test")), prior: (vet.prior as number[]).map((p) => (p === 10 ? "yes" : "no")) },
    groupBy: { name: "celltype", label: "Cell type", levels: cellLevels, levelLabels: cellLabels },
    variables: [
      { name: "age", label: "Age", type: "continuous", unit: "years" },
      { name: "karno", label: "Karnofsky score", type: "continuous" },
      { name: "trt", label: "Treatment", type: "categorical", levelLabels: { standard: "Standard", test: "Test drug" } },
      { name: "prior", label: "Prior therapy", type: "categorical", levels: ["no", "yes"], levelLabels: { no: "No", yes: "Yes" } },
    ],
  });
  const k = kmByCellType();
  const fits = vetFits();
  const milestones = [3, 6, 12].map((m) => m * MONTH);
  return [
    { name: "table-one", table: tableOne(summary, { caption: "Table 1. Patient characteristics by cell type", suppressBelow: 5 }) },
    { name: "cox-table", table: coxTable(forestRows(vetTermMeta(true), { univariable: fits.univariable, multivariable: fits.notEstimable }), { caption: "Table 2. Cox regression", model: fits.notEstimable }) },
    {
      name: "milestone-table",
      table: milestoneTable(k.curves.map((c) => ({ group: c.group, rows: survivalAt(c, milestones) })), { caption: "Table 3. Milestone survival", timeScale: timeScales.daysToMonths, groupLabels: cellLabels, groupTitle: "Cell type", suppressBelow: 5 }),
    },
  ];
}
