/**
 * Benchmark (not a test): writes a 10,000-row cohort from simulateCohort into a temporary folder
 * and times loadCohort on it (read with danfo, validate, derive, build the frame).
 *   npx tsx tools/benchLoad.ts [rows] [repeats]      defaults 10000 rows, 3 repeats
 */
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { loadCohort } from "../lib/data/loadCohort";
import { simulateCohort } from "../lib/data/simulateCohort";
import { writeCohort } from "../lib/data/writeCohort";

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10000);
  const repeats = Number(process.argv[3] ?? 3);
  const dir = mkdtempSync(join(tmpdir(), "lm-bench-"));
  try {
    let t = performance.now();
    const rows = simulateCohort({ n, seed: 1 });
    const simMs = performance.now() - t;
    const file = join(dir, "cohort.csv");
    writeCohort(file, rows);
    console.log(`simulateCohort(${n}): ${simMs.toFixed(0)} ms; file ${(statSync(file).size / 1e6).toFixed(2)} MB`);
    for (let r = 1; r <= repeats; r++) {
      t = performance.now();
      const cohort = await loadCohort(file);
      const ms = performance.now() - t;
      console.log(`loadCohort run ${r}: ${ms.toFixed(0)} ms (${cohort.report.rowsAnalysed} rows analysed, ${cohort.frame.shape[1]} columns, ${cohort.report.problems.length} warnings)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
