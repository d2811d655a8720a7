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
import { type SheetCell, tableSheet } from '../export/xlsx-sheet.ts';
import { groupLabel, mediaLabel, monthLabel } from './monthly-report-pdf.ts';

const COUNT_FORMAT = '#,##0';

export async function renderMonthlyReportXlsx(r: MonthlyReportView, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kawasan';
  workbook.created = generatedAt;
  const f = r.facilitator;

  // ——— Ringkasan ———
  const summary: SheetCell[][] = [
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
    ...r.byCategory.map((c): SheetCell[] => [`Kategori: ${c.label}`, c.activities]),
    ['Dicetak', facilitationToday(generatedAt)],
  ];
  tableSheet(workbook, 'Ringkasan', ['Keterangan', 'Isi'], summary, COUNT_FORMAT);

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
    r.activities.map((a, i): SheetCell[] => [
      i + 1,
      a.date,
      a.place,
      a.categoryLabel,
      a.topic,
      a.women,
      a.men,
      a.entryId,
    ]),

    COUNT_FORMAT,
  );

  // ——— Per desa ———
  const perDesa = tableSheet(
    workbook,
    'Per desa',
    ['Jenis', 'Kode desa / ID kawasan', 'Nama', 'Kegiatan', 'Hari', 'Tanggal'],
    r.byPlace.map((p): SheetCell[] => [
      p.kind === 'desa' ? 'Desa' : 'Kawasan',
      p.ref,
      p.name,
      p.activities,
      p.dates.length,
      p.dates.join(', '),
    ]),

    COUNT_FORMAT,
  );
  perDesa.getColumn(2).numFmt = '@';

  // ——— Keluaran dan tindak lanjut ———
  tableSheet(
    workbook,
    'Keluaran dan tindak lanjut',
    ['Jenis', 'Tanggal', 'Desa/kawasan', 'Uraian', 'ID catatan'],
    [
      ...r.outputs.map((o): SheetCell[] => ['Keluaran', o.date, o.place, o.text, o.entryId]),
      ...r.followUps.map((o): SheetCell[] => ['Tindak lanjut', o.date, o.place, o.text, o.entryId]),
    ],

    COUNT_FORMAT,
  );

  // ——— Bukti ———
  tableSheet(
    workbook,
    'Bukti',
    ['No', 'Tanggal', 'Nama berkas', 'Jenis', 'Ukuran (byte)', 'SHA-256', 'ID catatan'],
    r.evidence.map((e, i): SheetCell[] => [
      i + 1,
      e.date,
      e.fileName,
      mediaLabel(e.mediaType),
      e.bytes,
      e.sha256,
      e.entryId,
    ]),

    COUNT_FORMAT,
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
