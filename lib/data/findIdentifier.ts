/**
 * Recognises text that looks like a personal identifier, so that it never enters an analysis
 * table or a report. Returns the kind of identifier (e.g. "e-mail address") or null.
 *
 * Rules, checked in this order on the trimmed text:
 *  - e-mail address: something@domain.tld;
 *  - national ID-card number: 18 characters (17 digits and a digit or X: the PRC resident ID,
 *    GB 11643-1999) or the older 15-digit card;
 *  - phone number: a mainland mobile number (optional +86, 11 digits starting 13-19), a landline
 *    with area code (0xx-xxxxxxxx), or any +country number of 8 or more digits;
 *  - calendar date: yyyy-mm-dd / yyyy/mm/dd / yyyy.mm.dd / 2020年3月1日, dd-mm-yyyy / mm/dd/yyyy,
 *    compact yyyymmdd (years 1900-2099), or a day and an English month name with a year;
 *  - long number: any run of 6 or more digits (hospital, record, insurance or bed numbers).
 * Study codes (LM- and 4 or 5 digits) and ordinary numbers such as 123.45 pass.
 */
export function findIdentifier(text: string): string | null {
  const s = text.trim();
  if (s === "") return null;
  for (const [kind, re] of PATTERNS) if (re.test(s)) return kind;
  return null;
}

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

const PATTERNS: Array<[string, RegExp]> = [
  ["e-mail address", /[^\s@]+@[^\s@]+\.[A-Za-z]{2,}/],
  ["national ID-card number", /(?:^|\D)\d{17}[\dXx](?![\dXx])/],
  ["national ID-card number", /(?:^|\D)\d{15}(?!\d)/],
  ["phone number", /(?:^|[^\d])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/],
  ["phone number", /(?:^|\D)0\d{2,3}[\s-]\d{7,8}(?!\d)/],
  ["phone number", /\+\d(?:[\s().-]?\d){7,}/],
  ["calendar date", /(?:^|\D)(?:19|20)\d{2}\s*[-/.年]\s*(?:0?[1-9]|1[0-2])\s*[-/.月]\s*(?:0?[1-9]|[12]\d|3[01])(?!\d)/],
  ["calendar date", /(?:^|\D)(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:19|20)?\d{2}(?!\d)/],
  ["calendar date", /(?:^|\D)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)/],
  ["calendar date", new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?[\\s-]+${MONTH}[\\s,-]+\\d{2,4}\\b`, "i")],
  ["calendar date", new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, "i")],
  ["long number", /\d{6,}/],
];
