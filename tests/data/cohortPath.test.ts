import { afterEach, describe, expect, it } from "vitest";
import { resolve } from "path";
import { cohortPath } from "../../lib/data/cohortPath";

describe("cohortPath", () => {
  const saved = process.env.LM_DATA;
  afterEach(() => { if (saved === undefined) delete process.env.LM_DATA; else process.env.LM_DATA = saved; });
  it("is data/lm-cohort.csv under the project root by default", () => {
    delete process.env.LM_DATA;
    expect(cohortPath()).toBe(resolve("data/lm-cohort.csv"));
  });
  it("follows LM_DATA when set", () => {
    process.env.LM_DATA = "exports/real.xlsx";
    expect(cohortPath()).toBe(resolve("exports/real.xlsx"));
  });
});
