import { describe, expect, it } from "vitest";
import { spawnSync } from "child_process";
import { join } from "path";
import { writeRows } from "./cohortFiles";

const run = (file: string) => spawnSync(process.execPath, [join("node_modules", "tsx", "dist", "cli.mjs"), "tools/validate.ts", file], { encoding: "utf8" });

describe("tools/validate.ts", () => {
  it("prints the patient flow and exits 0 on the bundled cohort", () => {
    const r = run("data/lm-cohort.csv");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("rows received:  400");
    expect(r.stdout).toContain("RESULT: the file can be analysed (400 rows).");
  });
  it("exits 1 and names row, column and rule when a start day is after death", () => {
    const r = run(writeRows("bad.csv", 3, (rows) => { rows[2].targeted_start_day = 250; }));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("FATAL   row 3, column targeted_start_day, rule not-after: targeted_start_day = 250 is after os_days = 200 (death)");
    expect(r.stdout).toContain("CANNOT be analysed");
  });
});
