import type { CellValue, FieldSpec } from "./cohortTypes";

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Turns the text of one cell into a value for the schema check. Rules: surrounding blanks are
 * ignored; a text listed in `missingTokens` (the schema's x-missing-tokens: "" and "NA") is
 * missing (null); in integer and number fields a plain decimal number (optional sign, point,
 * exponent; no thousands separators or decimal commas) becomes a number, anything else is kept as
 * text so that the schema check reports it as a wrong type; text fields keep the text as is
 * (levels are case-sensitive).
 */
export function parseCell(field: FieldSpec, raw: string, missingTokens: readonly string[]): CellValue {
  const s = raw.trim();
  if (missingTokens.includes(s)) return null;
  if (field.kind === "text") return s;
  return NUMBER.test(s) ? Number(s) : s;
}
