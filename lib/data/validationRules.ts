import type { Severity } from "./cohortTypes";

/** Why problems are fatal or exclusions (rendered into the data dictionary). */
export const validationPolicy =
  "A wrong column set, a wrong type, an out-of-range or unknown value, a duplicate study code, identifier-like text or an impossible sequence of events (a start day after death) means the export itself is wrong or unsafe: analysing the remaining rows would silently change the cohort, so the whole file is refused until it is corrected. Only a missing outcome (os_days or vital_status) is an exclusion: the patient is eligible but cannot contribute to survival analyses, which the patient flow must show. Missing covariates are not problems: they are counted per field, and each analysis states how it handles them.";

/**
 * Every rule the validator applies, with its severity and meaning; rendered into
 * data-schema/DICTIONARY.md. "fatal" stops loading (the file must be corrected); "exclude"
 * removes the row from the analysis and counts it in the patient flow; "warning" keeps the row
 * and reports the problem. Why a problem is fatal or an exclusion: validationPolicy.
 */
export const validationRules: Record<string, { severity: Severity; description: string }> = {
  unreadable: { severity: "fatal", description: "The file cannot be read as CSV (comma-separated, header row, every row with the header's number of fields) or XLSX (first sheet, header row)." },
  "empty-file": { severity: "fatal", description: "The file has a header but no data row." },
  "unknown-column": { severity: "fatal", description: "A column that is not in the schema, refused by name: the guard against an identifier (name, hospital number, date) slipping into an export." },
  "missing-column": { severity: "fatal", description: "A schema column is absent from the file, refused by name (every column must be present; values may be empty where allowed)." },
  "duplicate-column": { severity: "fatal", description: "A column name appears twice in the header." },
  "identifier-like": { severity: "fatal", description: "A text value looks like a personal identifier (e-mail, ID-card number, phone number, calendar date, long number); the value is redacted in the report." },
  type: { severity: "fatal", description: "The value is not of the field's type (a number, a whole number, or text)." },
  enum: { severity: "fatal", description: "The value is not one of the field's allowed values (case-sensitive)." },
  range: { severity: "fatal", description: "The number is outside the field's allowed range (inclusion limits for age and year)." },
  "multiple-of": { severity: "fatal", description: "The number is not a multiple of the field's step (Karnofsky: 10)." },
  pattern: { severity: "fatal", description: "The text does not match the field's pattern (study code LM-0001)." },
  "missing-forbidden": { severity: "fatal", description: "A field that may not be missing is empty." },
  unique: { severity: "fatal", description: "The study code appears in more than one row." },
  "applies-when": { severity: "fatal", description: "A value is given where it cannot apply: a driver status for another tumour type, pack-years for a never smoker, an agent or start day for a treatment that was not given, a progression day without progression." },
  "not-after": { severity: "fatal", description: "A day (treatment start, neurological progression) falls after os_days, i.e. after death or last contact." },
  exclusive: { severity: "fatal", description: "Best supportive care only is 1 while an anti-tumour treatment is 1." },
  "missing-excludes-row": { severity: "exclude", description: "os_days or vital_status is missing (a death without a time included): the row is excluded from the analysis and counted in the patient flow." },
  "expected-when": { severity: "warning", description: "A value expected from another field is missing: the agent or start day of a given treatment, the day of a neurological progression. The row is kept; analyses that need the value drop it." },
  "blank-lines": { severity: "warning", description: "The CSV has blank lines or the sheet empty rows; they are skipped and not counted as rows." },
};
