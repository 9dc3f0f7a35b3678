import { describe, expect, it } from "vitest";
import { readFileSync } from "fs";
import { join } from "path";
import { bundledCohort } from "../../lib/data/bundledCohort";
import { renderDataReadme } from "../../lib/data/renderDataReadme";
import { simulateCohort } from "../../lib/data/simulateCohort";
import { simulationTruth } from "../../lib/data/simulationTruth";
import { truthDocument } from "../../lib/data/truthDocument";
import { validateCohort } from "../../lib/data/validateCohort";
import { cohortToCsv, writeCohort } from "../../lib/data/writeCohort";
import { tempDir } from "./cohortFiles";

function kmMedian(rows: any[]): number {
  const d = rows.map((r) => [r.os_days, r.vital_status]).sort((a, b) => a[0] - b[0]);
  let s = 1, atRisk = d.length, i = 0;
  while (i < d.length) {
    const t = d[i][0];
    let e = 0, m = 0;
    while (i < d.length && d[i][0] === t) { e += d[i][1]; m++; i++; }
    s *= 1 - e / atRisk;
    atRisk -= m;
    if (s <= 0.5) return t;
  }
  return NaN;
}

describe("simulateCohort", () => {
  const rows = simulateCohort({ n: 3000, seed: 42 });

  it("is a pure function of (n, seed)", () => {
    expect(cohortToCsv(simulateCohort({ n: 50, seed: 7 }))).toBe(cohortToCsv(simulateCohort({ n: 50, seed: 7 })));
    expect(cohortToCsv(simulateCohort({ n: 50, seed: 8 }))).not.toBe(cohortToCsv(simulateCohort({ n: 50, seed: 7 })));
  });
  it("refuses a size that is not a whole number from 1 to 99999", () => {
    expect(() => simulateCohort({ n: 0, seed: 1 })).toThrow("simulateCohort: n = 0 must be a whole number from 1 to 99999");
  });
  it("writes files that pass validation (warnings only)", async () => {
    const path = join(tempDir(), "sim.csv");
    writeCohort(path, rows);
    const { report } = await validateCohort(path);
    expect(report.fatal).toBe(false);
    expect(report.rowsAnalysed).toBe(3000);
    expect(new Set(report.problems.map((p) => p.rule))).toEqual(new Set(["expected-when"]));
  });
  it("gives treatment only to patients alive and followed on the start day (immortal time)", () => {
    for (const t of simulationTruth.death.timeDependent) {
      for (const r of rows) {
        if (r[t.flag] === 1 && r[t.startDay] !== null) expect(r[t.startDay] as number).toBeLessThan(r.os_days as number);
        if (r[t.flag] === 0) expect(r[t.startDay]).toBeNull();
      }
    }
    expect(rows.every((r) => r.bsc_only === (["it_chemo", "targeted", "radiotherapy", "systemic_chemo", "immunotherapy"].some((f) => r[f] === 1) ? 0 : 1))).toBe(true);
  });
  it("has realistic survival: median OS of a few months, longer with EGFR-mutant NSCLC on targeted therapy and HER2-positive breast cancer, shorter with Karnofsky < 70 and melanoma", () => {
    const all = kmMedian(rows);
    expect(all / 30.4375).toBeGreaterThan(2);
    expect(all / 30.4375).toBeLessThan(7);
    expect(kmMedian(rows.filter((r) => r.egfr_status === "mutant" && r.targeted === 1))).toBeGreaterThan(1.8 * all);
    expect(kmMedian(rows.filter((r) => r.her2_status === "positive"))).toBeGreaterThan(1.5 * all);
    expect(kmMedian(rows.filter((r) => (r.kps as number) < 70))).toBeLessThan(0.8 * all);
    expect(kmMedian(rows.filter((r) => r.primary_tumor === "melanoma"))).toBeLessThan(0.6 * all);
  });
  it("has 5-25% missing laboratory values", () => {
    for (const f of ["total_cholesterol", "ldl_c", "hdl_c", "triglycerides", "creatinine", "urea"]) {
      const share = rows.filter((r) => r[f] === null).length / rows.length;
      expect(share, f).toBeGreaterThan(0.05);
      expect(share, f).toBeLessThan(0.25);
    }
  });
  it("data/ holds the bundled cohort, its truth and README exactly as generated (npx tsx tools/generateCohort.ts)", () => {
    const { n, seed, file } = bundledCohort;
    const bundled = simulateCohort({ n, seed });
    expect(readFileSync("data/lm-cohort.csv", "utf8") === cohortToCsv(bundled), "data/lm-cohort.csv is stale").toBe(true);
    expect(JSON.parse(readFileSync("data/truth.json", "utf8"))).toEqual(JSON.parse(JSON.stringify(truthDocument({ n, seed, file }))));
    expect(readFileSync("data/README.md", "utf8") === renderDataReadme(bundled, { seed }), "data/README.md is stale").toBe(true);
  });
});
