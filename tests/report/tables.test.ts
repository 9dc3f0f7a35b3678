import { describe, expect, it } from "vitest";
import { pAdjust } from "../../lib/math/pAdjust";
import { fitComparisonTable, zphRanking, zphTable } from "../../lib/report/phTables";
import { holmAdjusted, medianTable, pairwiseTable, screeningTable } from "../../lib/report/survivalTables";
import { survivalByGroup } from "../../lib/report/survivalByGroup";
import { treatmentModels } from "../../lib/report/treatmentModels";
import { compareTreatmentModels, treatmentComparisonTable, treatmentUseTable } from "../../lib/report/treatmentTables";
import { coxph } from "../../lib/survival/coxph";
import { coxZph } from "../../lib/survival/coxZph";
import { pairwiseLogRank } from "../../lib/survival/pairwiseLogRank";
import { reportCohort } from "./reportCohort";

const c = reportCohort(300, 5);

describe("survival tables", () => {
  it("medianTable shows each group's counts, median and survival at a time, suppressing small counts", () => {
    const s = survivalByGroup(c, { time: "os_months", event: "vital_status", group: "primary_tumor" });
    const html = medianTable(s, { at: 12, suppressBelow: 10 }).html;
    expect(html).toContain("12-month survival");
    for (const curve of s.curves) {
      if (curve.n >= 10) expect(html).toContain(`<td>${curve.n}</td>`);
    }
    if (s.curves.some((x) => x.n < 10 && x.n > 0)) expect(html).toContain("&lt;10");
  });
  it("pairwise and screening tables carry Holm-adjusted p-values", () => {
    const rows = pairwiseLogRank({ time: c.os_months as Float64Array, event: c.vital_status as Float64Array, group: c.primary_tumor as string[] });
    expect(pairwiseTable(rows).html).toContain(`${rows.length} comparisons by Holm's method`);
    const tests = [{ variable: "a", label: "A", n: 10, events: 8, chisq: 6, df: 1, p: 0.01 }, { variable: "b", label: "B", n: 10, events: 8, chisq: 1, df: 1, p: 0.3 }];
    expect(holmAdjusted(tests)).toEqual({ a: pAdjust([0.01, 0.3], "holm")[0], b: pAdjust([0.01, 0.3], "holm")[1] });
    expect(screeningTable(tests).html.indexOf(">A<")).toBeLessThan(screeningTable(tests).html.indexOf(">B<"));
  });
});

describe("proportional-hazards tables", () => {
  it("zphTable lists each term and the global test; zphRanking sorts by p", () => {
    const fit = coxph({ time: c.os_months as Float64Array, event: c.vital_status as Float64Array, covariates: { hydro: c.hydrocephalus as Float64Array, brain: c.brain_mets as Float64Array } });
    const zph = coxZph(fit);
    const html = zphTable(zph, { hydro: "Hydrocephalus" }).html;
    expect(html).toContain("Hydrocephalus");
    expect(html).toContain("Global test");
    expect(zphRanking(zph)[0].p).toBeLessThanOrEqual(zphRanking(zph)[1].p);
    const other = coxph({ time: c.os_months as Float64Array, event: c.vital_status as Float64Array, covariates: { hydro: c.hydrocephalus as Float64Array } });
    expect(fitComparisonTable({ title: "A", fit }, { title: "B", fit: other }, {}).html).toContain("not a coefficient of that model");
  });
});

describe("treatment tables", () => {
  it("treatment use and the naive / time-dependent comparison", () => {
    const treatments = [{ term: "it(t)", flag: "it_chemo", startDay: "it_chemo_start_day", label: "Intrathecal chemotherapy (from its start day)" }];
    const use = treatmentUseTable(c, treatments, { at: 30 }).html;
    expect(use).toContain("Intrathecal chemotherapy<");
    expect(use).toContain("Started by day 30");
    const m = treatmentModels({ columns: c, time: "os_days", event: "vital_status", baseline: [{ column: "kps_ge70" }], treatments });
    const rows = compareTreatmentModels(m, null, treatments);
    expect(rows[0].naiveMinusTimeDependent).toBeCloseTo(m.naive.coef[1] - m.timeDependent.coef[1], 12);
    expect(rows[0].landmark).toBeNull();
    const html = treatmentComparisonTable(rows).html;
    expect(html).not.toContain("Landmark at day");
    expect(treatmentComparisonTable(rows, { at: 30 }).html).toContain("Landmark at day 30");
  });
});
