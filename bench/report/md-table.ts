/** Markdown table helpers shared by the report sections. */
export const row = (cells: (string | number | undefined)[]): string =>
  `| ${cells.map((c) => (c === undefined ? '—' : String(c))).join(' | ')} |`;
export const table = (head: string[], rows: (string | number | undefined)[][]): string[] => [
  row(head),
  row(head.map(() => '---')),
  ...rows.map(row),
];
export const ok = (pass: boolean): string => (pass ? '✅' : '❌');
export const n = (v: number | undefined): string =>
  v === undefined ? '—' : v.toLocaleString('en-GB');
