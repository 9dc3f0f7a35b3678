import { describe, expect, it } from "vitest";
import { readFileSync } from "fs";
import { cohortSchema } from "../../lib/data/cohortSchema";
import { renderDictionary } from "../../lib/data/renderDictionary";
import { validationRules } from "../../lib/data/validationRules";

describe("data-schema/DICTIONARY.md", () => {
  const text = renderDictionary();
  it("is up to date with the schema (regenerate: npx tsx tools/genDictionary.ts)", () => {
    expect(readFileSync("data-schema/DICTIONARY.md", "utf8") === text, "DICTIONARY.md is stale: run npx tsx tools/genDictionary.ts").toBe(true);
  });
  it("documents every field, derived variable and validation rule", () => {
    for (const f of cohortSchema().fields) expect(text).toContain(`| \`${f.name}\` | ${f.label} |`);
    for (const d of cohortSchema().derived) expect(text).toContain(`| \`${d.name}\` |`);
    for (const r of Object.keys(validationRules)) expect(text).toContain(`| \`${r}\` |`);
  });
  it("cites the cut-offs' sources", () => {
    for (const ref of ["Inker LA", "KDIGO 2012", "Adult Treatment Panel III", "Lancet 2004", "Technical Report Series 894"]) expect(text).toContain(ref);
  });
});
