import type { CohortReport } from "./cohortTypes";
import { formatProblem } from "./formatReport";

/**
 * Thrown by loadCohort when a file cannot be analysed. The message names every fatal problem
 * (row, column, rule, what is wrong); `report` holds the full validation report.
 */
export class CohortError extends Error {
  readonly report: CohortReport;
  constructor(report: CohortReport) {
    const fatal = report.problems.filter((p) => p.severity === "fatal");
    super(`${report.file} cannot be analysed: ${fatal.length} fatal problem(s) (${report.rowNumbering}):\n${fatal.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.name = "CohortError";
    this.report = report;
  }
}
