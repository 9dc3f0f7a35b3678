import type { CellValue, CohortProblem, CohortRow, CohortSchema } from "./cohortTypes";

function show(v: CellValue): string {
  return v === null ? "missing" : String(v);
}

/**
 * The cross-field rules of one row, read from the schema annotations (see validationRules):
 *  - x-missing "excludes-row": a missing os_days or vital_status excludes the row (a death
 *    without an outcome time included);
 *  - x-applies-when: a value given while the controlling field is not one of the listed values
 *    is fatal (driver status for another tumour, pack-years of a never smoker, agent or start
 *    day of a treatment not given); with ifMissing "warning" a missing value while the condition
 *    holds is a warning (start day or agent of a given treatment unknown);
 *  - x-not-after: a day after os_days (after death or last contact) is fatal;
 *  - x-exclusive-with: best supportive care only together with a treatment is fatal.
 * Columns in `skip` (absent, or with a cell-level problem) take part in no rule.
 * `row` is the 1-based data row number reported with each problem.
 */
export function checkCrossField(values: CohortRow, row: number, schema: CohortSchema, skip: ReadonlySet<string>): CohortProblem[] {
  const out: CohortProblem[] = [];
  const add = (column: string, rule: string, severity: CohortProblem["severity"], message: string) =>
    out.push({ row, column, value: values[column] === null ? null : String(values[column]), rule, severity, message });
  for (const f of schema.fields) {
    if (skip.has(f.name)) continue;
    const v = values[f.name];
    if (f.missing === "excludes-row" && v === null) {
      const dead = f.name === "os_days" && values.vital_status === 1 && !skip.has("vital_status");
      add(f.name, "missing-excludes-row", "exclude", dead ? "death (vital_status 1) without os_days: a death needs an outcome time; row excluded" : `${f.name} is missing; row excluded from the analysis`);
    }
    const cond = f.appliesWhen;
    if (cond && !skip.has(cond.field)) {
      const c = values[cond.field];
      const holds = c !== null && cond.in.includes(c);
      if (v !== null && !holds) {
        add(f.name, "applies-when", "fatal", `${f.name} is given (${v}) but applies only when ${cond.field} is ${cond.in.join(" or ")} (${cond.field} is ${show(c)})`);
      } else if (v === null && holds && cond.ifMissing === "warning") {
        add(f.name, "expected-when", "warning", `${f.name} is missing although ${cond.field} is ${show(c)}`);
      }
    }
    if (f.notAfter && !skip.has(f.notAfter) && typeof v === "number") {
      const limit = values[f.notAfter];
      if (typeof limit === "number" && v > limit) {
        const event = values.vital_status === 1 ? "death" : values.vital_status === 0 ? "last contact" : "death or last contact";
        add(f.name, "not-after", "fatal", `${f.name} = ${v} is after ${f.notAfter} = ${limit} (${event})`);
      }
    }
    if (f.exclusiveWith && v === 1) {
      const clash = f.exclusiveWith.filter((e) => !skip.has(e) && values[e] === 1);
      if (clash.length > 0) add(f.name, "exclusive", "fatal", `${f.name} is 1 but ${clash.join(", ")} ${clash.length > 1 ? "are" : "is"} 1`);
    }
  }
  return out;
}
