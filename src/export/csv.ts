/**
 * Cells a spreadsheet would read as a formula (OWASP "CSV injection"): starting with =, +, -, @,
 * tab or carriage return. They are neutralised with a leading single quote, so `=HYPERLINK(…)`
 * shows as text instead of running.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text with formula starts neutralised. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: formula starts neutralised; quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(value: string | undefined): string {
  if (value === undefined) return '';
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One RFC 4180 record, CRLF-terminated. */
export function csvRow(fields: readonly (string | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
