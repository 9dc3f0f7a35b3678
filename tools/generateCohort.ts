/**
 * Writes the bundled synthetic cohort: data/lm-cohort.csv (simulateCohort, n = 400, fixed seed),
 * data/truth.json (the true model) and data/README.md. Byte-identical on every run.
 *   npx tsx tools/generateCohort.ts           write the three files
 *   npx tsx tools/generateCohort.ts --check   exit 1 when any of them differs from a fresh run
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { bundledCohort } from "../lib/data/bundledCohort";
import { renderDataReadme } from "../lib/data/renderDataReadme";
import { simulateCohort } from "../lib/data/simulateCohort";
import { truthDocument } from "../lib/data/truthDocument";
import { cohortToCsv } from "../lib/data/writeCohort";

const dir = resolve(__dirname, "..", "data");
const { n, seed, file } = bundledCohort;
const rows = simulateCohort({ n, seed });
const files: Record<string, string> = {
  "lm-cohort.csv": cohortToCsv(rows),
  "truth.json": `${JSON.stringify(truthDocument({ n, seed, file }), null, 2)}\n`,
  "README.md": renderDataReadme(rows, { seed }),
};
if (process.argv.includes("--check")) {
  const stale = Object.keys(files).filter((f) => !existsSync(join(dir, f)) || readFileSync(join(dir, f), "utf8") !== files[f]);
  if (stale.length > 0) {
    console.error(`stale in data/: ${stale.join(", ")} (run npx tsx tools/generateCohort.ts)`);
    process.exit(1);
  }
  console.log("data/ is up to date");
} else {
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  console.log(`wrote data/lm-cohort.csv (${rows.length} rows), data/truth.json, data/README.md`);
}
