import { describe, expect, it } from "vitest";
import { writeFileSync } from "fs";
import { join } from "path";
import { CohortError } from "../../lib/data/CohortError";
import { cohortSchema } from "../../lib/data/cohortSchema";
import { loadCohort } from "../../lib/data/loadCohort";
import { tempDir, writeRows } from "./cohortFiles";

/** loadCohort must throw a CohortError whose message names the row, column and rule. */
async function expectFatal(path: string, where: string, rule: string): Promise<CohortError> {
  const err = await loadCohort(path).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(CohortError);
  expect((err as Error).message).toContain(`${where}, rule ${rule}:`);
  return err as CohortError;
}

const fields = () => cohortSchema().fields.map((f) => f.name);

describe("loadCohort: valid files", () => {
  it("loads the bundled cohort: 400 rows analysed, no fatal problem, typed columns", async () => {
    const c = await loadCohort("data/lm-cohort.csv");
    expect(c.report.fatal).toBe(false);
    expect(c.report.rowsReceived).toBe(400);
    expect(c.report.rowsAnalysed).toBe(400);
    expect(c.frame.shape).toEqual([400, fields().length + cohortSchema().derived.length]);
    expect(c.columns.os_days).toBeInstanceOf(Float64Array);
    expect(Array.isArray(c.columns.primary_tumor)).toBe(true);
    expect(c.report.problems.every((p) => p.severity === "warning")).toBe(true);
  });

  it("excludes (does not drop silently) a row without os_days and counts it", async () => {
    const path = writeRows("excl.csv", 4, (r) => { r[2].os_days = null; r[2].it_chemo_start_day = 5; });
    const c = await loadCohort(path);
    expect(c.report.rowsReceived).toBe(4);
    expect(c.report.rowsExcluded).toBe(1);
    expect(c.report.rowsAnalysed).toBe(3);
    expect(c.report.exclusions).toEqual([{ row: 3, studyCode: "LM-0003", reasons: ["os_days: missing-excludes-row"] }]);
    expect(c.report.problems.find((p) => p.rule === "missing-excludes-row")?.message).toContain("death (vital_status 1) without os_days");
    expect(c.rowNumbers).toEqual([1, 2, 4]);
  });

  it("keeps a row whose treatment start day is unknown, with a warning", async () => {
    const path = writeRows("warn.csv", 3, (r) => { r[1].it_chemo_start_day = null; });
    const c = await loadCohort(path);
    expect(c.report.rowsAnalysed).toBe(3);
    expect(c.report.problems).toEqual([expect.objectContaining({ row: 2, column: "it_chemo_start_day", rule: "expected-when", severity: "warning" })]);
    expect(Number.isNaN(c.columns.it_chemo_start_day[1])).toBe(true);
  });

  it("reads NA as missing", async () => {
    const path = writeRows("na.csv", 2, (r) => { r[0].bmi = "NA"; });
    const c = await loadCohort(path);
    expect(Number.isNaN(c.columns.bmi[0])).toBe(true);
    expect(c.report.missing.bmi).toEqual({ count: 1, applicable: 2, percent: 50 });
  });

  it("round-trips a few rows through XLSX with the same columns as CSV", async () => {
    const edit = (r: any[]) => { r[1].bmi = null; r[2].sex = "male"; r[2].creatinine = 95.5; };
    const csv = await loadCohort(writeRows("rt.csv", 4, edit));
    const xlsx = await loadCohort(writeRows("rt.xlsx", 4, edit));
    expect(xlsx.report.format).toBe("xlsx");
    expect(xlsx.report.problems).toEqual([]);
    for (const [name, col] of Object.entries(csv.columns)) {
      expect(Array.from((xlsx.columns as any)[name]), name).toEqual(Array.from(col as ArrayLike<unknown>));
    }
  });

  it("accepts the columns in any order", async () => {
    const c = await loadCohort(writeRows("order.csv", 2, undefined, [...fields()].reverse()));
    expect(c.report.rowsAnalysed).toBe(2);
  });
});

describe("loadCohort: refused files name row, column and rule", () => {
  it("wrong type", async () => {
    await expectFatal(writeRows("type.csv", 3, (r) => { r[1].age = "sixty"; }), "row 2, column age", "type");
  });
  it("a decimal in a whole-number field", async () => {
    await expectFatal(writeRows("int.csv", 3, (r) => { r[2].os_days = 12.5; }), "row 3, column os_days", "type");
  });
  it("out-of-range value", async () => {
    const err = await expectFatal(writeRows("range.csv", 3, (r) => { r[2].age = 85; }), "row 3, column age", "range");
    expect(err.message).toContain("85 is above the maximum 80");
  });
  it("value outside the allowed levels", async () => {
    await expectFatal(writeRows("enum.csv", 3, (r) => { r[0].sex = "Female"; }), "row 1, column sex", "enum");
  });
  it("Karnofsky not in steps of 10", async () => {
    await expectFatal(writeRows("kps.csv", 3, (r) => { r[1].kps = 65; }), "row 2, column kps", "multiple-of");
  });
  it("study code not a pseudonym", async () => {
    await expectFatal(writeRows("pattern.csv", 3, (r) => { r[1].study_code = "P-12"; }), "row 2, column study_code", "pattern");
  });
  it("missing value in a field that may not be missing", async () => {
    await expectFatal(writeRows("forbidden.csv", 3, (r) => { r[1].sex = null; }), "row 2, column sex", "missing-forbidden");
  });
  it("duplicate study code", async () => {
    const err = await expectFatal(writeRows("dup.csv", 5, (r) => { r[4].study_code = "LM-0002"; }), "row 5, column study_code", "unique");
    expect(err.message).toContain("already used in row 2");
  });
  it("extra column, refused by name", async () => {
    const path = writeRows("extra.csv", 2, (r) => { for (const x of r) x.patient_name = "Wang"; }, [...fields(), "patient_name"]);
    await expectFatal(path, "file, column patient_name", "unknown-column");
  });
  it("missing required column, refused by name", async () => {
    await expectFatal(writeRows("missing.csv", 2, undefined, fields().filter((f) => f !== "kps")), "file, column kps", "missing-column");
  });
  it("duplicate column", async () => {
    await expectFatal(writeRows("dupcol.csv", 2, undefined, [...fields(), "age"]), "file, column age", "duplicate-column");
  });
  it.each([
    ["phone number", "sex", "13812345678"],
    ["national ID-card number", "study_code", "11010119900307451X"],
    ["calendar date", "os_days", "2021-03-14"],
    ["e-mail address", "it_chemo_agent", "li.lei@example.com"],
    ["long number", "mri_pattern", "MRN 0012345"],
    ["phone number", "creatinine", "13812345678"],
  ])("identifier-like value (%s), redacted", async (kind, column, value) => {
    const err = await expectFatal(writeRows(`id-${column}.csv`, 3, (r) => { r[1][column] = value; }), `row 2, column ${column}`, "identifier-like");
    expect(err.message).toContain(kind);
    expect(err.message).not.toContain(value);
    expect(err.report.problems.find((p) => p.rule === "identifier-like")?.value).toBe(`[redacted ${kind}]`);
  });
  it("identifier-like value: a date-formatted XLSX cell", async () => {
    const path = writeRows("date.xlsx", 3, (r) => { r[1].sex = new Date(Date.UTC(2021, 2, 14)) as unknown as string; });
    await expectFatal(path, "row 2, column sex", "identifier-like");
  });
  it("treatment start day after death", async () => {
    const err = await expectFatal(writeRows("after.csv", 3, (r) => { r[1].it_chemo_start_day = 230; }), "row 2, column it_chemo_start_day", "not-after");
    expect(err.message).toContain("it_chemo_start_day = 230 is after os_days = 200 (death)");
  });
  it("progression day after death", async () => {
    await expectFatal(writeRows("prog.csv", 3, (r) => { r[0].neuro_prog_days = 201; }), "row 1, column neuro_prog_days", "not-after");
  });
  it("driver status for the wrong tumour type", async () => {
    const path = writeRows("driver.csv", 3, (r) => { Object.assign(r[2], { primary_tumor: "breast", nsclc_histology: null, alk_status: null, her2_status: "negative", hr_status: "positive", targeted: 0, targeted_agent: null, targeted_start_day: null }); });
    await expectFatal(path, "row 3, column egfr_status", "applies-when");
  });
  it("pack-years for a never smoker", async () => {
    await expectFatal(writeRows("pack.csv", 3, (r) => { r[0].pack_years = 10; }), "row 1, column pack_years", "applies-when");
  });
  it("agent of a treatment that was not given", async () => {
    await expectFatal(writeRows("agent.csv", 3, (r) => { r[1].rt_field = "whole_brain"; }), "row 2, column rt_field", "applies-when");
  });
  it("best supportive care only together with a treatment", async () => {
    await expectFatal(writeRows("bsc.csv", 3, (r) => { r[1].bsc_only = 1; }), "row 2, column bsc_only", "exclusive");
  });
  it("a file with several problems lists all of them", async () => {
    const err = await expectFatal(writeRows("many.csv", 4, (r) => { r[0].age = 90; r[3].kps = 110; r[2].sex = "x"; }), "row 1, column age", "range");
    expect(err.message).toContain("row 3, column sex, rule enum:");
    expect(err.message).toContain("row 4, column kps, rule range:");
    expect(err.message).toContain("3 fatal problem(s)");
  });
  it("a header without data rows", async () => {
    const path = join(tempDir(), "empty.csv");
    writeFileSync(path, `${fields().join(",")}\n`);
    await expectFatal(path, "file", "empty-file");
  });
  it("an unsupported file type", async () => {
    const path = join(tempDir(), "cohort.txt");
    writeFileSync(path, "x");
    await expectFatal(path, "file", "unreadable");
  });
});
