/**
 * The business dashboard as an A4 PDF in Indonesian: one summary page (the place, the counts by
 * kind, legal status, activity and performance, PADes, capital and workers), then the tables —
 * figures per year, capital by source, per kecamatan, per kawasan, and the enterprises (the first
 * MAX_PDF_ENTERPRISES, the workbook holds them all). See ../export/pdf.ts for the page set-up.
 */
import type { BusinessDashboardView } from '../../contracts/enterprise-report.contract.ts';
import { dateText } from '../../domain/enterprise/report.ts';
import { formatRupiah } from '../../domain/money/rupiah.ts';
import {
  continuePage,
  heading,
  type PdfColumn,
  type PdfDoc,
  paragraph,
  renderPdf,
  table,
} from '../export/pdf.ts';

const MARGIN = 40;
const BORDER = '#9db8ab';
const HEADER_FILL = '#e7f5ef';
/** Beyond this the list is left to the workbook: a province's thousands of rows are no report to print. */
export const MAX_PDF_ENTERPRISES = 300;

const rp = (digits: string | null) => (digits === null ? '–' : formatRupiah(BigInt(digits)));
const n = (value: number | null) => (value === null ? '–' : value.toLocaleString('id-ID'));

function drawTable(
  doc: PdfDoc,
  columns: readonly PdfColumn[],
  rows: readonly (readonly string[])[],
  fontSize = 8,
) {
  table(doc, columns, rows, { fontSize, border: BORDER, headerFill: HEADER_FILL });
  doc.moveDown(0.8);
}

function countTable(doc: PdfDoc, title: string, list: BusinessDashboardView['byKind']) {
  heading(doc, title, { size: 10, before: 0.3, keepWith: 60 });
  drawTable(
    doc,
    [
      { header: 'Kategori', width: 220 },
      { header: 'Badan usaha', width: 80, align: 'right' },
    ],
    list.map((c) => [c.label, n(c.count)]),
    9,
  );
}

export function renderBusinessDashboardPdf(view: BusinessDashboardView, generatedAt: Date): Promise<Buffer> {
  const info = { Title: `Dasbor usaha ${view.scope.name}`, Subject: 'Stimulan usaha', Author: 'Kawasan' };
  return renderPdf({ margin: MARGIN, info }, (doc) => draw(doc, view, generatedAt));
}

function draw(doc: PdfDoc, view: BusinessDashboardView, generatedAt: Date): void {
  // ——— Summary page ———
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#555555')
    .text('Stimulan usaha: badan usaha milik desa dan koperasi');
  doc.moveDown(0.3);
  heading(doc, `Dasbor usaha ${view.scope.name}`, { size: 16 });
  paragraph(
    doc,
    `${view.scope.kind === 'kawasan' ? 'Kawasan' : 'Wilayah'} ${view.scope.name} (${view.scope.ref}), keadaan ${dateText(view.today)}; dibuat ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    { after: 0.6 },
  );
  drawTable(
    doc,
    [
      { header: 'Ringkasan', width: 260 },
      { header: 'Nilai', width: 160, align: 'right' },
    ],
    [
      ['Badan usaha', n(view.enterprises)],
      ['Kontribusi PADes seluruhnya', rp(view.padesTotal)],
      ['Modal seluruhnya', rp(view.capital.total)],
      ['Tenaga kerja (laporan terakhir)', n(view.workers.total)],
      ['Tenaga kerja perempuan', n(view.workers.women)],
      ['Badan usaha yang pernah melapor', n(view.workers.reporting)],
    ],
    9,
  );
  countTable(doc, 'Menurut jenis', view.byKind);
  countTable(doc, 'Menurut status badan hukum', view.byLegalStatus);
  countTable(doc, 'Menurut keaktifan', view.byActivity);
  countTable(doc, 'Menurut kinerja', view.byPerformance);
  for (const note of view.notes) paragraph(doc, note, { size: 8, after: 0.3 });

  // ——— Tables ———
  continuePage(doc);
  heading(doc, 'Hasil usaha per tahun', { keepWith: 60 });
  drawTable(
    doc,
    [
      { header: 'Tahun', width: 45 },
      { header: 'Melapor', width: 50, align: 'right' },
      { header: 'Pendapatan', width: 105, align: 'right' },
      { header: 'Biaya', width: 105, align: 'right' },
      { header: 'Hasil usaha bersih', width: 105, align: 'right' },
      { header: 'PADes', width: 105, align: 'right' },
    ],
    view.years.map((y) => [
      String(y.year),
      n(y.enterprises),
      rp(y.revenue),
      rp(y.costs),
      rp(y.netResult),
      rp(y.pades),
    ]),
  );
  heading(doc, 'Modal menurut sumber', { keepWith: 60 });
  drawTable(
    doc,
    [
      { header: 'Sumber', width: 260 },
      { header: 'Jumlah', width: 150, align: 'right' },
    ],
    [...view.capital.bySource.map((s) => [s.label, rp(s.amount)]), ['Seluruhnya', rp(view.capital.total)]],
    9,
  );
  const placeColumns: PdfColumn[] = [
    { header: 'Nama', width: 150 },
    { header: 'Badan usaha', width: 55, align: 'right' },
    { header: 'Aktif', width: 40, align: 'right' },
    { header: 'Laba', width: 40, align: 'right' },
    { header: 'Tenaga kerja', width: 50, align: 'right' },
    { header: 'PADes', width: 90, align: 'right' },
    { header: 'Modal', width: 90, align: 'right' },
  ];
  const placeRow = (
    name: string,
    b: BusinessDashboardView['byDesa'][number] | BusinessDashboardView['byKawasan'][number],
  ) => [
    name,
    n(b.enterprises),
    n(b.active),
    n(b.byPerformance.laba ?? 0),
    n(b.workers),
    rp(b.padesTotal),
    rp(b.capitalTotal),
  ];
  if (view.byKecamatan.length > 0) {
    heading(doc, 'Per kecamatan', { keepWith: 60 });
    drawTable(
      doc,
      placeColumns,
      view.byKecamatan.map((b) => placeRow(b.name, b)),
    );
  }
  if (view.byKawasan.length > 0) {
    heading(doc, 'Per kawasan', { keepWith: 60 });
    drawTable(
      doc,
      placeColumns,
      view.byKawasan.map((b) => placeRow(b.name, b)),
    );
  }
  heading(doc, 'Badan usaha', { keepWith: 60 });
  const shown = view.list.slice(0, MAX_PDF_ENTERPRISES);
  drawTable(
    doc,
    [
      { header: 'Nama', width: 130 },
      { header: 'Jenis', width: 65 },
      { header: 'Status hukum', width: 70 },
      { header: 'Kinerja', width: 55 },
      { header: 'Laporan terakhir', width: 65 },
      { header: 'PADes', width: 65, align: 'right' },
      { header: 'Modal', width: 65, align: 'right' },
    ],
    shown.map((l) => [
      l.name,
      l.kindLabel,
      l.legalStatusLabel,
      l.performanceLabel,
      l.latestLabel ?? '–',
      rp(l.padesTotal),
      rp(l.capitalTotal),
    ]),
    7,
  );
  if (view.list.length > shown.length) {
    paragraph(
      doc,
      `${n(view.list.length - shown.length)} badan usaha lain tidak dicetak; daftar lengkap ada di berkas XLSX dasbor ini.`,
      { size: 8 },
    );
  }
}
