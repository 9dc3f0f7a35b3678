import type { CohortProblem, CohortReport } from "./cohortTypes";

/** One problem as a line: "row 12, column age, rule range: 85 is above the maximum 80". */
export function formatProblem(p: CohortProblem): string {
  const where = [p.row === null ? "file" : `row ${p.row}`, p.column === null ? null : `column ${p.column}`].filter(Boolean).join(", ");
  return `${where}, rule ${p.rule}: ${p.message}`;
}

/**
 * The validation report as plain text for the console (tools/validate.ts): the patient flow
 * (received, excluded with reasons, analysed), every problem with its severity, counts by rule,
 * missing values per field among the rows analysed, and the verdict.
 */
export function formatReport(report: CohortReport): string {
  const lines: string[] = [];
  lines.push(`File: ${report.file} (${report.format}, schema ${report.schemaVersion})`);
  lines.push("");
  lines.push("Patient flow");
  lines.push(`  rows received:  ${report.rowsReceived}`);
  lines.push(`  rows excluded:  ${report.rowsExcluded}`);
  for (const e of report.exclusions) lines.push(`    row ${e.row}${e.studyCode ? ` (${e.studyCode})` : ""}: ${e.reasons.join("; ")}`);
  lines.push(`  rows analysed:  ${report.rowsAnalysed}`);
  lines.push("");
  lines.push(`Problems: ${report.problems.length} (${report.rowNumbering})`);
  for (const sev of ["fatal", "exclude", "warning"] as const) {
    for (const p of report.problems.filter((q) => q.severity === sev)) lines.push(`  ${sev.toUpperCase().padEnd(7)} ${formatProblem(p)}`);
  }
  const byRule = new Map<string, number>();
  for (const p of report.problems) byRule.set(`${p.severity} ${p.rule}`, (byRule.get(`${p.severity} ${p.rule}`) ?? 0) + 1);
  if (byRule.size > 0) {
    lines.push("");
    lines.push("Problems by rule");
    for (const [k, v] of [...byRule].sort()) lines.push(`  ${k.padEnd(32)} ${v}`);
  }
  lines.push("");
  lines.push("Missing values among rows analysed where the field applies (fields with none are not listed)");
  const missing = Object.entries(report.missing).filter(([, m]) => m.count > 0);
  if (missing.length === 0) lines.push("  none");
  for (const [name, m] of missing) lines.push(`  ${name.padEnd(26)} ${String(m.count).padStart(6)} of ${String(m.applicable).padStart(6)}  ${m.percent.toFixed(1).padStart(5)}%`);
  lines.push("");
  const fatal = report.problems.filter((p) => p.severity === "fatal").length;
  lines.push(report.fatal ? `RESULT: the file CANNOT be analysed (${fatal} fatal problem(s)).` : `RESULT: the file can be analysed (${report.rowsAnalysed} rows).`);
  return lines.join("\n");
}
