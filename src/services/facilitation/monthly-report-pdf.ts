/**
 * The monthly report of a facilitator as the PDF they hand in, A4 portrait, Helvetica: the header
 * (who, which post, where, which month), whether the report is complete, the summary, activities
 * by category (all seven) and by desa or kawasan with their dates, the list of activities, the
 * outputs and follow-ups, the evidence files with their checksums, and the signature block of the
 * facilitator and, "Mengetahui", their supervisor (see ../export/pdf.ts for tables and pages).
 */
import type { MonthlyReportView } from '../../contracts/facilitation.contract.ts';
import { PARTICIPANT_GROUP_LABELS, type ParticipantGroup } from '../../domain/facilitation/activity-log.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { formatRegionCode } from '../../domain/region-code.ts';
import {
  ensureRoom,
  MONTH_NAMES,
  type PdfColumn,
  type PdfDoc,
  paragraph,
  heading as pdfHeading,
  standardFontText as plain,
  renderPdf,
  table,
} from '../export/pdf.ts';
import { tanggalIndonesia } from '../musyawarah/berita-acara-pdf.ts';

const MARGIN = 50;
const A4_WIDTH = 595.28;
const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN;
const BORDER = '#9db8ab';
const HEADER_FILL = '#e7f5ef';

/** `2026-03` → `Maret 2026`. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** `1536000` → `1,5 MB`, `20480` → `20 KB`, `900` → `900 B` (decimal comma, as written in Indonesia). */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

const MEDIA_LABELS: Record<string, string> = {
  'image/jpeg': 'Foto JPEG',
  'image/png': 'Foto PNG',
  'application/pdf': 'Dokumen PDF',
};
export const mediaLabel = (mediaType: string) => MEDIA_LABELS[mediaType] ?? mediaType;

export const groupLabel = (group: string) => PARTICIPANT_GROUP_LABELS[group as ParticipantGroup] ?? group;

/** The first 12 hex digits of a checksum: enough to match a file by eye. */
export const shortSha = (sha256: string) => sha256.slice(0, 12);

/** `['2026-03-03', '2026-03-10']` → `3, 10` (the days of the month). */
export function dayList(dates: readonly string[]): string {
  return dates.map((d) => String(Number(d.slice(8, 10)))).join(', ');
}

function heading(doc: PdfDoc, text: string): void {
  pdfHeading(doc, text, { size: 11, before: 0.6, after: 0.25, keepWith: 60 });
}

function drawTable(doc: PdfDoc, columns: readonly PdfColumn[], rows: readonly (readonly string[])[]): void {
  ensureRoom(doc, 40);
  table(doc, columns, rows, { fontSize: 9, border: BORDER, headerFill: HEADER_FILL });
  doc.font('Helvetica').fontSize(10);
  doc.moveDown(0.3);
}

function textRows(doc: PdfDoc, title: string, rows: MonthlyReportView['outputs'], empty: string): void {
  heading(doc, title);
  if (rows.length === 0) {
    paragraph(doc, empty, { after: 0.3 });
    return;
  }
  drawTable(
    doc,
    [
      { header: 'No', width: 25, align: 'right' },
      { header: 'Tanggal', width: 60 },
      { header: 'Desa/kawasan', width: 120 },
      { header: 'Uraian', width: CONTENT_WIDTH - 205 },
    ],
    rows.map((r, i) => [String(i + 1), r.date, r.place, r.text]),
  );
}

function monthlyReportPdf(doc: PdfDoc, r: MonthlyReportView, generatedAt: Date): void {
  const f = r.facilitator;

  // ——— Header ———
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text('LAPORAN BULANAN PENDAMPING', MARGIN, doc.y, { width: CONTENT_WIDTH, align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(`Bulan ${monthLabel(r.month)}`, MARGIN, doc.y, { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(0.8);
  drawTable(
    doc,
    [
      { header: 'Keterangan', width: 140 },
      { header: 'Isi', width: CONTENT_WIDTH - 140 },
    ],
    [
      ['Nama', f.name],
      ['Jabatan', f.typeLabel],
      ['Wilayah tugas', `${f.homeRegion.name} (${formatRegionCode(f.homeRegion.code)})`],
      ['Periode', `${tanggalIndonesia(r.period.from, false)} s.d. ${tanggalIndonesia(r.period.to, false)}`],
      ['Pendamping pengawas', f.supervisor ? `${f.supervisor.name}, ${f.supervisor.typeLabel}` : '—'],
      ['Dicetak', tanggalIndonesia(facilitationToday(generatedAt), false)],
    ],
  );
  paragraph(doc, `Status laporan: ${r.statusLine}`, { bold: true, after: 0.2 });
  paragraph(doc, 'Hanya kegiatan yang sudah disetujui pendamping pengawas yang dihitung dalam laporan ini.', {
    size: 9,
    after: 0.3,
  });

  // ——— Summary ———
  heading(doc, 'Ringkasan');
  drawTable(
    doc,
    [
      { header: 'Uraian', width: 300 },
      { header: 'Jumlah', width: CONTENT_WIDTH - 300, align: 'right' },
    ],
    [
      ['Hari aktif', String(r.daysActive)],
      ['Kegiatan disetujui', String(r.activityCount)],
      ['Peserta perempuan', String(r.participants.women)],
      ['Peserta laki-laki', String(r.participants.men)],
      ['Jumlah peserta', String(r.participants.total)],
      ['Berkas bukti', `${r.evidence.length} (${fileSizeText(r.evidenceBytes)})`],
      ['Belum disetujui: diajukan', String(r.notCounted.diajukan)],
      ['Belum disetujui: dikembalikan', String(r.notCounted.dikembalikan)],
      ['Belum disetujui: draf', String(r.notCounted.draf)],
    ],
  );
  if (r.participants.groups.length > 0)
    paragraph(doc, `Kelompok peserta: ${r.participants.groups.map(groupLabel).join('; ')}.`, { after: 0.3 });

  // ——— By category ———
  heading(doc, 'Kegiatan per kategori');
  drawTable(
    doc,
    [
      { header: 'No', width: 25, align: 'right' },
      { header: 'Kategori pendampingan', width: CONTENT_WIDTH - 125 },
      { header: 'Kegiatan', width: 100, align: 'right' },
    ],
    [
      ...r.byCategory.map((c, i) => [String(i + 1), c.label, String(c.activities)]),
      ['', 'Jumlah', String(r.activityCount)],
    ],
  );

  // ——— By place ———
  heading(doc, 'Kegiatan per desa/kawasan');
  if (r.byPlace.length === 0) paragraph(doc, 'Belum ada kegiatan yang disetujui bulan ini.', { after: 0.3 });
  else
    drawTable(
      doc,
      [
        { header: 'No', width: 25, align: 'right' },
        { header: 'Desa/kawasan', width: 220 },
        { header: 'Kegiatan', width: 60, align: 'right' },
        { header: `Tanggal (${monthLabel(r.month)})`, width: CONTENT_WIDTH - 305 },
      ],
      r.byPlace.map((p, i) => [
        String(i + 1),
        p.kind === 'kawasan' ? `${p.name} (kawasan)` : p.name,
        String(p.activities),
        dayList(p.dates),
      ]),
    );

  // ——— Activities ———
  heading(doc, 'Daftar kegiatan');
  if (r.activities.length === 0)
    paragraph(doc, 'Belum ada kegiatan yang disetujui bulan ini.', { after: 0.3 });
  else
    drawTable(
      doc,
      [
        { header: 'No', width: 25, align: 'right' },
        { header: 'Tanggal', width: 58 },
        { header: 'Desa/kawasan', width: 100 },
        { header: 'Kategori', width: 85 },
        { header: 'Topik', width: CONTENT_WIDTH - 328 },
        { header: 'P', width: 30, align: 'right' },
        { header: 'L', width: 30, align: 'right' },
      ],
      r.activities.map((a, i) => [
        String(i + 1),
        a.date,
        a.place,
        a.categoryLabel,
        a.topic,
        String(a.women),
        String(a.men),
      ]),
    );

  textRows(doc, 'Keluaran', r.outputs, 'Tidak ada keluaran yang dicatat.');
  textRows(doc, 'Tindak lanjut', r.followUps, 'Tidak ada tindak lanjut yang dicatat.');

  // ——— Evidence ———
  heading(doc, 'Daftar bukti kegiatan');
  if (r.evidence.length === 0) paragraph(doc, 'Tidak ada berkas bukti.', { after: 0.3 });
  else
    drawTable(
      doc,
      [
        { header: 'No', width: 25, align: 'right' },
        { header: 'Tanggal', width: 58 },
        { header: 'Nama berkas', width: CONTENT_WIDTH - 293 },
        { header: 'Jenis', width: 70 },
        { header: 'Ukuran', width: 55, align: 'right' },
        { header: 'SHA-256', width: 85 },
      ],
      r.evidence.map((e, i) => [
        String(i + 1),
        e.date,
        e.fileName,
        mediaLabel(e.mediaType),
        fileSizeText(e.bytes),
        shortSha(e.sha256),
      ]),
    );

  signatures(doc, r);
}

function signatures(doc: PdfDoc, r: MonthlyReportView): void {
  ensureRoom(doc, 150);
  doc.moveDown(1.2);
  const half = CONTENT_WIDTH / 2;
  const f = r.facilitator;
  doc.font('Helvetica').fontSize(10);
  const y = doc.y;
  doc.text(plain(`${f.homeRegion.name}, ${tanggalIndonesia(r.period.to, false)}`), MARGIN + half, y, {
    width: half,
    align: 'center',
  });
  const top = doc.y + 4;
  doc.text('Mengetahui,', MARGIN, top, { width: half, align: 'center' });
  doc.text('Pendamping pengawas', MARGIN, doc.y, { width: half, align: 'center' });
  doc.text('Yang melaporkan,', MARGIN + half, top, { width: half, align: 'center' });
  doc.text(plain(f.typeLabel), MARGIN + half, doc.y, { width: half, align: 'center' });
  const line = top + 80;
  const blank = '....................................';
  doc.text(`( ${plain(f.supervisor?.name ?? blank)} )`, MARGIN, line, { width: half, align: 'center' });
  if (f.supervisor) doc.text(plain(f.supervisor.typeLabel), MARGIN, doc.y, { width: half, align: 'center' });
  doc.text(`( ${plain(f.name)} )`, MARGIN + half, line, { width: half, align: 'center' });
  doc.x = MARGIN;
}

/** The monthly report as PDF bytes. */
export function renderMonthlyReportPdf(report: MonthlyReportView, generatedAt: Date): Promise<Buffer> {
  const info = {
    Title: `Laporan Bulanan Pendamping ${report.facilitator.name} ${monthLabel(report.month)}`,
    Subject: report.facilitator.typeLabel,
    Author: 'Kawasan',
  };
  return renderPdf({ margin: MARGIN, info }, (doc) => monthlyReportPdf(doc, report, generatedAt));
}
