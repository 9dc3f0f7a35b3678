import { existsSync, readFileSync } from "fs";
import type { DataFrame } from "danfojs-node";
import * as XLSX from "xlsx";
import { danfo } from "./danfo";

/** The raw table as read: header names and the text of every cell ("" when empty). */
export interface RawTable {
  format: "csv" | "xlsx";
  header: string[];
  rows: string[][];
  /** Blank lines inside a CSV or empty rows inside the sheet (skipped, not counted as rows). */
  blankLines: number;
  /** Header names that appear more than once (the reader renames the copies, e.g. a_1). */
  duplicateColumns: string[];
}

/** Splits one CSV line on commas outside double quotes and unquotes the fields. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function duplicates(names: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const n of names.map((x) => x.trim())) (seen.has(n) ? dup : seen).add(n);
  return [...dup];
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isNaN(v) ? "" : String(v);
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/**
 * Reads a CSV or XLSX file with danfojs-node without interpreting any value: every cell comes
 * back as text so that the validator sees exactly what the file holds. Rules: the format follows
 * the extension (.csv, .xlsx; anything else is refused); CSV is comma-separated with a header
 * row, read with typing off, empty lines skipped (and counted in `blankLines` when they are not
 * at the end); XLSX is the first sheet with the header in its first row, empty rows skipped (and
 * counted in `blankLines`), numbers written back as JavaScript prints them and date-formatted
 * cells as ISO dates (so that a calendar date is recognised as an identifier). Repeated header names are listed in `duplicateColumns`
 * (read from the header line itself, since the reader renames copies). Throws an Error when the file is missing, unreadable or has
 * no data row ("No data found" / "no data row").
 */
export async function readCohortTable(path: string): Promise<RawTable> {
  const lower = path.toLowerCase();
  const format = lower.endsWith(".csv") ? "csv" : lower.endsWith(".xlsx") ? "xlsx" : null;
  if (!format) throw new Error(`${path}: unsupported file type (expected .csv or .xlsx)`);
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  const dfd = danfo();
  let df: DataFrame;
  let blankLines = 0;
  let rawHeader: string[];
  if (format === "csv") {
    const lines = readFileSync(path, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
    rawHeader = splitCsvLine(lines.find((l) => l !== "") ?? "");
    let last = lines.length - 1;
    while (last >= 0 && lines[last].trim() === "") last--;
    for (let i = 0; i <= last; i++) if (lines[i] === "") blankLines++;
    const options = { dynamicTyping: false, skipEmptyLines: true } as unknown as Parameters<ReturnType<typeof danfo>["readCSV"]>[1];
    df = (await dfd.readCSV(path, options)) as DataFrame;
  } else {
    const book = XLSX.readFile(path, { cellDates: true });
    const sheet = book.Sheets[book.SheetNames[0]];
    rawHeader = ((XLSX.utils.sheet_to_json(sheet, { header: 1 })[0] as unknown[]) ?? []).map(cellText);
    df = (await dfd.readExcel(path, { parsingOptions: { cellDates: true } })) as DataFrame;
    const range = sheet["!ref"] ? XLSX.utils.decode_range(sheet["!ref"]) : null;
    if (range) blankLines = Math.max(0, range.e.r - range.s.r - df.shape[0]);
  }
  const header = df.columns.map((c) => String(c));
  if (df.shape[0] === 0 || header.length === 0) throw new Error(`${path}: no data row`);
  const values = df.values as unknown[][];
  const rows = values.map((r) => r.map(cellText));
  return { format, header, rows, blankLines, duplicateColumns: duplicates(rawHeader) };
}
