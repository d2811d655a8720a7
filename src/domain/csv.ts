/**
 * Minimal RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. Pure, no streaming:
 * our inputs (region lists, index spreadsheets) fit comfortably in memory.
 */

/** Parses CSV text into rows of fields. A trailing newline does not produce an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(i, end - 1) : text.slice(i, end);
    if (line.includes('"')) {
      i = parseRecord(text, i, ',', rows);
    } else {
      // Fast path: most lines have no quotes at all.
      rows.push(line.split(','));
      i = end + 1;
    }
  }
  return rows;
}

/**
 * Parses CSV whose fields are separated by `separator` (Excel set to Bahasa Indonesia writes `;`,
 * as `,` is its decimal separator). Record by record, without parseCsv's fast path, so a lone CR
 * ends a line as CRLF and LF do. A trailing newline does not produce an empty row.
 */
export function parseCsvRecords(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark
  while (i < text.length) i = parseRecord(text, i, separator, rows);
  return rows;
}

/** Parses one record (quoted fields may span lines); returns where the next one starts. */
function parseRecord(text: string, start: number, separator: string, rows: string[][]): number {
  const row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = start;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && field === '') inQuotes = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      return i + 1;
    } else field += ch;
  }
  if (inQuotes) throw new SyntaxError('CSV ends inside a quoted field');
  row.push(field);
  rows.push(row);
  return i;
}

/** Quotes a field only when it needs it. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = typeof value === 'string' ? value : String(value);
  if (s === '') return '""'; // an empty string, as opposed to NULL
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === QUOTE || c === COMMA || c === LF || c === CR) return `"${s.replaceAll('"', '""')}"`;
  }
  return s;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** One CSV line (with trailing newline) from a list of values; `null` is an empty, unquoted field. */
export function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}
