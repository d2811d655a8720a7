/**
 * What the PDF exports share: an A4 document rendered to bytes (content streams uncompressed, so
 * the files stay small and their text can be checked), headings and paragraphs, and tables drawn
 * as text at positions that continue on new pages with their header row repeated. Text is in
 * Helvetica, the PDF standard font (no file to ship), so characters outside its WinAnsi set are
 * written in forms it has.
 */
import PDFDocument from 'pdfkit';

export type PdfDoc = InstanceType<typeof PDFDocument>;

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const BLACK = '#000000';

export interface PdfColumn {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** The months as dates are written in Bahasa Indonesia, January first. */
export const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** Characters outside the standard fonts' WinAnsi set, in forms they have. */
export const standardFontText = (text: string): string =>
  text.replaceAll('−', '-').replaceAll('≥', '>=').replaceAll('≤', '<=').replaceAll('→', '->');

/** An A4 document with `margin` on every side, drawn by `draw`, as PDF bytes. */
export function renderPdf(
  options: { margin: number; info: PDFKit.DocumentInfo },
  draw: (doc: PdfDoc) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'portrait', compress: false, ...options });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

/** A new page of the same size, orientation and margins as the current one. */
export function continuePage(doc: PdfDoc): void {
  const layout = doc.page.layout as 'portrait' | 'landscape';
  doc.addPage({ size: doc.page.size, layout, margins: doc.page.margins });
}

/** Starts a new page unless `height` points are left on this one. */
export function ensureRoom(doc: PdfDoc, height: number): void {
  if (doc.y + height > doc.page.maxY()) continuePage(doc);
}

/** The width between the current page's margins. */
export function contentWidth(doc: PdfDoc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/**
 * A bold line at the left margin: `before` and `after` are the space around it in lines,
 * `keepWith` the room it needs below it on the page. The regular 10-point font follows.
 */
export function heading(
  doc: PdfDoc,
  text: string,
  options: { size?: number; before?: number; after?: number; keepWith?: number } = {},
): void {
  if (options.keepWith) ensureRoom(doc, options.keepWith);
  if (options.before) doc.moveDown(options.before);
  doc
    .font(BOLD)
    .fontSize(options.size ?? 12)
    .fillColor(BLACK)
    .text(standardFontText(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(options.after ?? 0.3);
  doc.font(REGULAR).fontSize(10);
}

/** Text across the page from the left margin, followed by `after` lines of space. */
export function paragraph(
  doc: PdfDoc,
  text: string,
  options: { bold?: boolean; size?: number; after?: number } = {},
): void {
  doc
    .font(options.bold ? BOLD : REGULAR)
    .fontSize(options.size ?? 10)
    .fillColor(BLACK)
    .text(standardFontText(text), doc.page.margins.left, doc.y, { width: contentWidth(doc), align: 'left' });
  if (options.after) doc.moveDown(options.after);
}

/**
 * A table from the left margin, in bold header and regular rows of `fontSize`, each row as tall
 * as its tallest cell (and at least `rowMin`); a row that does not fit starts a new page, which
 * repeats the header row. `border` strokes the cells, `headerFill` fills the header's.
 */
export function table(
  doc: PdfDoc,
  columns: readonly PdfColumn[],
  rows: readonly (readonly string[])[],
  options: { fontSize: number; rowMin?: number; border?: string; headerFill?: string },
): void {
  const pad = 3;
  const left = doc.page.margins.left;
  const heightOf = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(options.fontSize);
    const heights = columns.map((column, i) =>
      doc.heightOfString(cells[i] || ' ', { width: column.width - 2 * pad }),
    );
    return Math.max(options.rowMin ?? 0, ...heights) + 2 * pad;
  };
  const drawRow = (cells: readonly string[], font: string, h: number, fill: string | undefined) => {
    const y = doc.y;
    let x = left;
    for (const [i, column] of columns.entries()) {
      if (fill) doc.rect(x, y, column.width, h).fill(fill);
      doc.rect(x, y, column.width, h).lineWidth(0.5);
      if (options.border) doc.strokeColor(options.border);
      doc.stroke();
      if (options.headerFill) doc.fillColor(BLACK);
      doc
        .font(font)
        .fontSize(options.fontSize)
        .text(cells[i] ?? '', x + pad, y + pad, {
          width: column.width - 2 * pad,
          align: column.align ?? 'left',
        });
      x += column.width;
    }
    doc.x = left;
    doc.y = y + h;
  };
  const header = columns.map((c) => standardFontText(c.header));
  const drawHeader = () => drawRow(header, BOLD, heightOf(header, BOLD), options.headerFill);
  drawHeader();
  for (const row of rows) {
    const cells = row.map(standardFontText);
    const h = heightOf(cells, REGULAR);
    if (doc.y + h > doc.page.maxY()) {
      continuePage(doc);
      drawHeader();
    }
    drawRow(cells, REGULAR, h, undefined);
  }
}
