/**
 * The monthly report of a facilitator as an XLSX workbook, in the style of the project's table
 * exports (bold frozen header on a pale green fill, fitted columns): Ringkasan (who, the month,
 * the status line, the totals and the seven categories), Kegiatan (one row per approved activity),
 * Per desa (desa and kawasan with their dates), Keluaran dan tindak lanjut, and Bukti (the evidence
 * files with size and SHA-256). Counts are number cells; codes and dates are text.
 */
import ExcelJS from 'exceljs';
import type { MonthlyReportView } from '../../contracts/facilitation.contract.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { groupLabel, mediaLabel, monthLabel } from './monthly-report-pdf.ts';

const COUNT_FORMAT = '#,##0';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

type Cell = string | number | null;

function styleHeader(row: ExcelJS.Row) {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F5EF' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF5F8F7A' } } };
  });
}

function fitColumns(sheet: ExcelJS.Worksheet, rows: readonly (readonly Cell[])[]) {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((v, i) => {
      const length = v === null ? 0 : typeof v === 'number' ? String(Math.trunc(v)).length + 3 : v.length;
      widths[i] = Math.max(widths[i] ?? 0, length);
    });
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
  });
}

/** A sheet with a bold frozen header; number cells get the count format. */
function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  styleHeader(sheet.addRow([...header]));
  for (const row of rows) {
    const added = sheet.addRow([...row]);
    added.eachCell((cell) => {
      if (typeof cell.value === 'number') cell.numFmt = COUNT_FORMAT;
    });
  }
  fitColumns(sheet, [header, ...rows]);
  return sheet;
}

export async function renderMonthlyReportXlsx(r: MonthlyReportView, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kawasan';
  workbook.created = generatedAt;
  const f = r.facilitator;

  // ——— Ringkasan ———
  const summary: Cell[][] = [
    ['Nama pendamping', f.name],
    ['Jabatan', f.typeLabel],
    ['Kode wilayah tugas', f.homeRegion.code],
    ['Wilayah tugas', f.homeRegion.name],
    ['Pendamping pengawas', f.supervisor ? `${f.supervisor.name}, ${f.supervisor.typeLabel}` : null],
    ['Bulan', monthLabel(r.month)],
    ['Tanggal awal', r.period.from],
    ['Tanggal akhir', r.period.to],
    ['Status laporan', r.statusLine],
    ['Hari aktif', r.daysActive],
    ['Kegiatan disetujui', r.activityCount],
    ['Peserta perempuan', r.participants.women],
    ['Peserta laki-laki', r.participants.men],
    ['Jumlah peserta', r.participants.total],
    ['Kelompok peserta', r.participants.groups.map(groupLabel).join('; ') || null],
    ['Berkas bukti', r.evidence.length],
    ['Ukuran berkas bukti (byte)', r.evidenceBytes],
    ['Belum disetujui: diajukan', r.notCounted.diajukan],
    ['Belum disetujui: dikembalikan', r.notCounted.dikembalikan],
    ['Belum disetujui: draf', r.notCounted.draf],
    ...r.byCategory.map((c): Cell[] => [`Kategori: ${c.label}`, c.activities]),
    ['Dicetak', facilitationToday(generatedAt)],
  ];
  tableSheet(workbook, 'Ringkasan', ['Keterangan', 'Isi'], summary);

  // ——— Kegiatan ———
  tableSheet(
    workbook,
    'Kegiatan',
    [
      'No',
      'Tanggal',
      'Desa/kawasan',
      'Kategori',
      'Topik',
      'Peserta perempuan',
      'Peserta laki-laki',
      'ID catatan',
    ],
    r.activities.map((a, i): Cell[] => [
      i + 1,
      a.date,
      a.place,
      a.categoryLabel,
      a.topic,
      a.women,
      a.men,
      a.entryId,
    ]),
  );

  // ——— Per desa ———
  const perDesa = tableSheet(
    workbook,
    'Per desa',
    ['Jenis', 'Kode desa / ID kawasan', 'Nama', 'Kegiatan', 'Hari', 'Tanggal'],
    r.byPlace.map((p): Cell[] => [
      p.kind === 'desa' ? 'Desa' : 'Kawasan',
      p.ref,
      p.name,
      p.activities,
      p.dates.length,
      p.dates.join(', '),
    ]),
  );
  perDesa.getColumn(2).numFmt = '@';

  // ——— Keluaran dan tindak lanjut ———
  tableSheet(
    workbook,
    'Keluaran dan tindak lanjut',
    ['Jenis', 'Tanggal', 'Desa/kawasan', 'Uraian', 'ID catatan'],
    [
      ...r.outputs.map((o): Cell[] => ['Keluaran', o.date, o.place, o.text, o.entryId]),
      ...r.followUps.map((o): Cell[] => ['Tindak lanjut', o.date, o.place, o.text, o.entryId]),
    ],
  );

  // ——— Bukti ———
  tableSheet(
    workbook,
    'Bukti',
    ['No', 'Tanggal', 'Nama berkas', 'Jenis', 'Ukuran (byte)', 'SHA-256', 'ID catatan'],
    r.evidence.map((e, i): Cell[] => [
      i + 1,
      e.date,
      e.fileName,
      mediaLabel(e.mediaType),
      e.bytes,
      e.sha256,
      e.entryId,
    ]),
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
