/**
 * Writes data-schema/DICTIONARY.md from data-schema/lm-cohort.schema.json (renderDictionary).
 *   npx tsx tools/genDictionary.ts           write the file
 *   npx tsx tools/genDictionary.ts --check   exit 1 when the file is missing or stale
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { resolve } from "path";
import { renderDictionary } from "../lib/data/renderDictionary";

const target = resolve(__dirname, "..", "data-schema", "DICTIONARY.md");
const text = renderDictionary();
if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : null;
  if (current !== text) {
    console.error(`${target} is stale: run npx tsx tools/genDictionary.ts`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
