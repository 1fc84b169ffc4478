/**
 * RFC 4180 CSV: fields in double quotes when they hold a comma, quote or line break; `""` is a quote.
 * @packageDocumentation
 */

/**
 * Write rows as CSV (CRLF line ends, as spreadsheets expect).
 * @param rows - the rows, each a list of fields.
 */
export const toCsv = (rows: string[][]): string =>
  rows.map((row) => row.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')).join('\r\n') +
  '\r\n';

/**
 * Read CSV text into rows (a leading byte-order mark and blank lines are ignored).
 * @param text - CSV text.
 */
export function fromCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c == '"' && s[i + 1] == '"') {
        field += '"';
        i++;
      } else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') quoted = true;
    else if (c == ',') {
      row.push(field);
      field = '';
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && s[i + 1] == '\n') i++;
      row.push(field);
      if (row.some((f) => f)) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f)) rows.push(row);
  return rows;
}
