import { describe, expect, it } from "vitest";
import { cohortSchema } from "../../lib/data/cohortSchema";
import type { CohortReport } from "../../lib/data/cohortTypes";
import { completeCaseTable, followUpSummary, followUpTable, missingnessTable, mostMissing, patientFlow, patientFlowTable } from "../../lib/report/dataAudit";
import { medianFollowUp } from "../../lib/survival/medianFollowUp";

const schema = cohortSchema();
const report: CohortReport = {
  file: "/x/cohort.csv", format: "csv", schemaVersion: "1.0.0", rowNumbering: "", rowsReceived: 12, rowsExcluded: 2, rowsAnalysed: 10,
  exclusions: [{ row: 3, studyCode: "LM-0003", reasons: ["os_days: missing-excludes-row"] }, { row: 7, studyCode: "LM-0007", reasons: ["vital_status: missing-excludes-row", "os_days: missing-excludes-row"] }],
  problems: [
    { row: 2, column: "it_chemo_start_day", value: null, rule: "expected-when", severity: "warning", message: "m" },
    { row: 5, column: "it_chemo_start_day", value: null, rule: "expected-when", severity: "warning", message: "m" },
    { row: 6, column: "rt_field", value: null, rule: "expected-when", severity: "warning", message: "m" },
  ],
  missing: { bmi: { count: 2, applicable: 10, percent: 20 }, egfr_status: { count: 1, applicable: 4, percent: 25 }, age: { count: 0, applicable: 10, percent: 0 } },
  fatal: false,
};

describe("patient flow", () => {
  it("aggregates exclusions by reason and warnings by rule and column, never by row", () => {
    const flow = patientFlow(report, schema);
    expect(flow).toMatchObject({ received: 12, excluded: 2, analysed: 10 });
    expect(flow.reasons).toEqual([{ reason: "Overall survival time missing", count: 2 }, { reason: "Vital status missing", count: 1 }]);
    expect(flow.warnings.map((w) => [w.column, w.count])).toEqual([["it_chemo_start_day", 2], ["rt_field", 1]]);
    const html = patientFlowTable(flow, schema, { suppressBelow: 5 }).html;
    expect(html).not.toContain("LM-0003");
    expect(html).toContain("&lt;5");
    expect(html).toContain("Counts below 5 are shown as &lt;5.");
  });
  it("missingness lists fields with a missing value where they apply, most missing first for the findings", () => {
    const html = missingnessTable(report, schema).html;
    expect(html).toContain("Body-mass index");
    expect(html).toContain("Primary tumour: NSCLC");
    expect(html).toContain("Demographics and host factors");
    expect(html).not.toContain("Primary tumor<");
    expect(html).not.toContain("Age at LM diagnosis");
    expect(mostMissing(report, schema, 1)).toEqual([{ name: "egfr_status", label: "EGFR mutation status", missing: 1, applicable: 4, percent: 25 }]);
  });
});

describe("follow-up", () => {
  const cols = { t: Float64Array.from([2, 5, 8, 13, 20, 30, 4, 9]), e: Float64Array.from([1, 0, 1, 0, 1, 0, 1, 1]), y: Float64Array.from([2020, 2020, 2020, 2021, 2021, 2021, 2022, 2022]) };
  it("median follow-up is the reverse Kaplan–Meier median; censored before the horizon counted per group", () => {
    const s = followUpSummary(cols, { time: "t", event: "e", horizon: 12, group: "y" });
    expect(s.overall.medianFollowUp).toEqual(medianFollowUp({ time: cols.t, event: cols.e }));
    expect(s.overall.censoredBeforeHorizon).toBe(1);
    expect(s.byGroup.map((r) => [r.group, r.n, r.deaths, r.censoredBeforeHorizon])).toEqual([["2020", 3, 2, 1], ["2021", 3, 1, 0], ["2022", 2, 2, 0]]);
    expect(Number.isNaN(s.byGroup[2].medianFollowUp.estimate)).toBe(true); // every patient died: nothing to estimate from
    expect(followUpTable(s).html).toContain("Alive, followed &lt; 12 months");
  });
});

describe("completeCaseTable", () => {
  it("lists missing covariates, the patients left out and the model's patients and events", () => {
    const html = completeCaseTable({ total: 400, missingBy: { hdl_low: 71, kps_ge70: 0 }, droppedMissingCovariate: 154, droppedMissingStart: 2, n: 244, events: 213 }, { hdl_low: "Low HDL cholesterol" }).html;
    expect(html).toContain("Low HDL cholesterol missing");
    expect(html).not.toContain("kps_ge70");
    expect(html).toContain("244");
    expect(html).toContain("start day unknown");
  });
});
