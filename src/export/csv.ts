/** One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(value: string | undefined): string {
  if (value === undefined) return '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One RFC 4180 record, CRLF-terminated. */
export function csvRow(fields: readonly (string | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
