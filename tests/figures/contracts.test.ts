/**
 * The builders fed with lib/survival's own results, as a notebook would: coxph -> forestRows /
 * forestPlot / coxTable, coxZph + lowess -> schoenfeldFigure, cumulativeIncidence + grayTest ->
 * cumulativeIncidenceFigure, kaplanMeier + survivalAt + logRank -> kmFigure / milestoneTable.
 * The type assertions keep the builders' structural inputs in step with the real result types.
 */
import { describe, expect, it } from "vitest";
import type { RiskTableRow } from "../../lib/figures/atRiskFromCurve";
import { coxTable } from "../../lib/figures/coxTable";
import { cumulativeIncidenceFigure, type CumulativeIncidenceCurveLike, type GrayTestLike } from "../../lib/figures/cumulativeIncidenceFigure";
import { forestPlot } from "../../lib/figures/forestPlot";
import { forestRows } from "../../lib/figures/forestRows";
import type { MilestoneRowLike } from "../../lib/figures/milestoneTable";
import type { TestLike } from "../../lib/figures/pValueText";
import { schoenfeldFigure, type CoxZphLike } from "../../lib/figures/schoenfeldFigure";
import { lowess } from "../../lib/math/lowess";
import type { CumulativeIncidenceCurve } from "../../lib/survival/CumulativeIncidenceCurve";
import { coxph } from "../../lib/survival/coxph";
import { coxZph, type CoxZphResult } from "../../lib/survival/coxZph";
import { cumulativeIncidence } from "../../lib/survival/cumulativeIncidence";
import { grayTest, type GrayTestResult } from "../../lib/survival/grayTest";
import type { LogRankResult } from "../../lib/survival/logRank";
import type { SurvivalAtRow } from "../../lib/survival/survivalAt";
import { datasets } from "../helpers/fixtures";
import { expectRel } from "../helpers/expectRel";
import { rInputs, vetStatus, vetTime, vetTermMeta } from "./sampleInputs";

// Compile-time: every real result type is accepted where the builders take a structural one.
const typeChecks = (z: CoxZphResult, c: CumulativeIncidenceCurve, g: GrayTestResult, l: LogRankResult, s: SurvivalAtRow) => {
  const a: CoxZphLike = z;
  const b: CumulativeIncidenceCurveLike = c;
  const d: GrayTestLike = g;
  const e: TestLike = l;
  const f: RiskTableRow = s;
  const h: MilestoneRowLike = s;
  return [a, b, d, e, f, h];
};
void typeChecks;

const vet = datasets().veteran;
const cell = vet.celltype as string[];
const dummy = (level: string) => cell.map((c) => (c === level ? 1 : 0));
const covariates = {
  trttest: (vet.trt as number[]).map((t) => (t === 2 ? 1 : 0)),
  celltypesmallcell: dummy("smallcell"),
  celltypeadeno: dummy("adeno"),
  celltypelarge: dummy("large"),
  karno10: (vet.karno as number[]).map((k) => k / 10),
  age: vet.age as number[],
};

describe("builders on lib/survival results", () => {
  const multi = coxph({ time: vetTime, event: vetStatus, covariates });
  const uni = {
    trt: coxph({ time: vetTime, event: vetStatus, covariates: { trttest: covariates.trttest } }),
    celltype: coxph({ time: vetTime, event: vetStatus, covariates: { celltypesmallcell: covariates.celltypesmallcell, celltypeadeno: covariates.celltypeadeno, celltypelarge: covariates.celltypelarge } }),
    karno10: coxph({ time: vetTime, event: vetStatus, covariates: { karno10: covariates.karno10 } }),
    age: coxph({ time: vetTime, event: vetStatus, covariates: { age: covariates.age } }),
  };

  it("coxph -> forestRows: the same estimates as R's fits, drawn and tabled", () => {
    const rows = forestRows(vetTermMeta(), { univariable: uni, multivariable: multi });
    const adeno = rows.find((r) => r.level === "adeno")!;
    const r = rInputs.multivariable;
    expectRel(adeno.multivariable!.hr, r.hr[r.terms.indexOf("celltypeadeno")], 1e-8, "HR");
    const fig = forestPlot(rows, { model: multi });
    const texts = ((fig.layout as Record<string, any>).annotations as Record<string, any>[]).map((a) => a.text);
    expect(texts).toContain("3.25 (1.82–5.81)");
    expect(coxTable(rows, { model: multi }).body.map((row) => row.map((c) => c.text)).find((row) => row[0] === "Adenocarcinoma")).toEqual(
      ["Adenocarcinoma", "27", "26", "3.15 (1.77–5.59)", "<0.001", "3.25 (1.82–5.81)", "<0.001"],
    );
  });

  it("coxZph + lowess -> schoenfeldFigure (one column per coefficient, and a grouped term)", () => {
    const zph = coxZph(multi);
    const j = zph.terms.findIndex((t) => t.term === "karno10");
    const fig = schoenfeldFigure(zph, multi, "karno10", { smooth: lowess(zph.x, zph.residuals[j]) });
    const data = fig.data as Record<string, any>[];
    expect(data[0].y).toEqual(Array.from(zph.residuals[j]));
    expect(data).toHaveLength(3);
    const grouped = coxZph(multi, { terms: [
      { term: "trt", columns: ["trttest"] }, { term: "celltype", columns: ["celltypesmallcell", "celltypeadeno", "celltypelarge"] },
      { term: "karno10", columns: ["karno10"] }, { term: "age", columns: ["age"] },
    ] });
    const g = schoenfeldFigure(grouped, multi, "celltype", { label: "Cell type" });
    expect((g.data as unknown[]).length).toBe(1); // residuals only: no single coefficient to draw
    expect((g.layout as Record<string, any>).title.text).toMatch(/^Cell type: cox.zph: χ² = [\d.]+, df = 3, p = /);
  });

  it("cumulativeIncidence + grayTest -> cumulativeIncidenceFigure", () => {
    const mg = datasets().mgus2;
    const time = mg.etime as number[];
    const cause = mg.cause as number[];
    const group = mg.sex as string[];
    const curves = cumulativeIncidence({ time, cause, group });
    const tests = grayTest({ time, cause, group });
    const fig = cumulativeIncidenceFigure(curves, { variable: "sex", causeLabels: { 1: "Progression", 2: "Death" }, tests });
    const lines = (fig.data as Record<string, any>[]).filter((t) => t.meta?.role === "curve");
    expect(lines).toHaveLength(4);
    lines.forEach((t, i) => expect(t.y).toEqual([0, ...Array.from(curves[i].estimate)]));
    expect((fig.layout as Record<string, any>).annotations[0].text).toContain("Gray's test, Death: χ² = 11.65, df = 1");
    // Same estimates as R's Aalen–Johansen curves of figureInputs.json.
    expectRel(Array.from(curves[0].estimate), rInputs.cif[0].estimate, 1e-10, "CIF");
  });
});
