/**
 * Validates a cohort file and prints the report: patient flow, every problem by row, column and
 * rule, counts by rule, missing values per field. Exit code 0 when the file can be analysed,
 * 1 when it cannot (a fatal problem), 2 on wrong usage.
 *   npx tsx tools/validate.ts [file.csv|file.xlsx]    (default: LM_DATA, else data/lm-cohort.csv)
 */
import { cohortPath } from "../lib/data/cohortPath";
import { formatReport } from "../lib/data/formatReport";
import { validateCohort } from "../lib/data/validateCohort";

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "");
  if (args.length > 1 || args.some((a) => a.startsWith("-"))) {
    console.error("usage: npx tsx tools/validate.ts [file.csv|file.xlsx]");
    return 2;
  }
  const file = args[0] ?? cohortPath();
  const { report } = await validateCohort(file);
  console.log(formatReport(report));
  return report.fatal ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exit(1);
  },
);
