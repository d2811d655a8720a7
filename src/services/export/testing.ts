/** Test helpers for the exports: the text of an uncompressed PDF (see ./pdf.ts). */

/** The WinAnsi characters of 0x80–0x9F that differ from Latin-1 (what Helvetica text uses). */
const WIN_ANSI: Record<number, string> = {
  128: '€',
  133: '…',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
};

/**
 * The text shown by an uncompressed PDF's content streams: the strings of its `Tj`/`TJ`
 * operators (literal or hex, as pdfkit writes them), one text run per line.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const runs: string[] = [];
  const winAnsi = (text: string) => text.replace(/[\x80-\x9f]/g, (c) => WIN_ANSI[c.charCodeAt(0)] ?? c);
  const hex = (h: string) => winAnsi(Buffer.from(h.replace(/\s+/g, ''), 'hex').toString('latin1'));
  const literal = (l: string) => winAnsi(l.replace(/\\([()\\])/g, '$1'));
  for (const match of source.matchAll(
    /\[((?:<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ/g,
  )) {
    const parts = [...match[1]!.matchAll(/<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\)/g)];
    runs.push(parts.map((p) => (p[1] !== undefined ? hex(p[1]) : literal(p[2]!))).join(''));
  }
  for (const match of source.matchAll(/(?:<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\))\s*Tj/g))
    runs.push(match[1] !== undefined ? hex(match[1]) : literal(match[2]!));
  return runs.join('\n');
}
