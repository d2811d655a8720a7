/**
 * One RPKP version as an XLSX workbook, in the style of the project's table exports (bold frozen
 * header on a pale green fill, fitted columns): Ringkasan, Program dan kegiatan (one row per
 * activity, budget as a number cell in whole rupiah), Anggaran (the roll-ups) and Konvergensi
 * (agency kind × stage × year, then gaps and overlaps).
 */
import ExcelJS from 'exceljs';
import {
  AGENCY_KIND_LABELS,
  type AgencyKind,
  FUNDING_SOURCE_LABELS,
  type FundingSource,
  VALUE_CHAIN_STAGE_LABELS,
  type ValueChainStage,
} from '../../domain/rpkp/plan.ts';
import { PROGRESS_STATUS_LABELS } from '../../domain/rpkp/progress.ts';
import { type SheetCell, tableSheet } from '../export/xlsx-sheet.ts';
import type { RpkpExportData } from './rpkp-view.ts';

const RUPIAH_FORMAT = '#,##0';
const PERCENT_FORMAT = '0.00';

/**
 * Whole rupiah as a number cell. Spreadsheets hold numbers as doubles: exact up to 2^53 rupiah
 * (about 9 000 triliun), far above any plan; a larger amount is written as text so no digit is lost.
 */
function rupiahCell(amount: bigint | string): number | string {
  const value = typeof amount === 'bigint' ? amount : BigInt(amount);
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

const stageLabel = (s: string) => VALUE_CHAIN_STAGE_LABELS[s as ValueChainStage] ?? s;
const agencyLabel = (k: string) => AGENCY_KIND_LABELS[k as AgencyKind] ?? k;
const sourceLabel = (k: string) => FUNDING_SOURCE_LABELS[k as FundingSource] ?? k;

export async function renderRpkpXlsx(data: RpkpExportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kawasan';
  workbook.created = data.generatedAt;
  const { plan, totals, progress } = data;

  // ——— Ringkasan ———
  const summary: SheetCell[][] = [
    ['Kawasan', data.kawasanName],
    ['Judul', data.title],
    ['Versi', data.version],
    ['Status', data.stateLabel],
    ['Kedudukan', data.standing],
    ['Pengajuan ke-', data.submission],
    ['Periode', `${plan.period.startYear}–${plan.period.endYear}`],
    ['Peraturan penetapan', data.regulation ? data.regulation.number : null],
    ['Tanggal peraturan', data.regulation ? data.regulation.date : null],
    ['Total anggaran (Rp)', rupiahCell(totals.total)],
    ['Jumlah kegiatan', progress.activityCount],
    ['Kegiatan selesai', progress.completedCount],
    ['Kemajuan tertimbang anggaran (%)', progress.plan === null ? null : progress.plan / 100],
    ['Kekurangan isian', data.issueCount],
    ['Visi', plan.vision],
    ...plan.strategies.map((s): SheetCell[] => [`Strategi ${s.id}`, s.text]),
    ['Dicetak', data.generatedAt.toISOString().slice(0, 10)],
  ];
  const ringkasan = tableSheet(workbook, 'Ringkasan', ['Keterangan', 'Isi'], summary);
  ringkasan.eachRow((row) => {
    const cell = row.getCell(2);
    if (row.getCell(1).value === 'Total anggaran (Rp)') cell.numFmt = RUPIAH_FORMAT;
    if (row.getCell(1).value === 'Kemajuan tertimbang anggaran (%)') cell.numFmt = PERCENT_FORMAT;
  });

  // ——— Program dan kegiatan ———
  const activityHeader = [
    'Kode program',
    'Program',
    'Kode kegiatan',
    'Kegiatan',
    'Kode desa',
    'Desa',
    'Tahun',
    'Tahap rantai nilai',
    'Sektor',
    'Jenis pelaksana',
    'Pelaksana',
    'Sumber dana',
    'Anggaran (Rp)',
    'Keluaran (target satuan)',
    'Usulan',
    'Indikator indeks',
    'Status kemajuan',
    'Kemajuan (%)',
    'Tanggal laporan',
  ];
  const BUDGET_COLUMN = activityHeader.indexOf('Anggaran (Rp)');
  const activityRows: SheetCell[][] = plan.programmes.flatMap((p) =>
    p.activities.map((a): SheetCell[] => {
      const standing = progress.byActivity[a.id];
      return [
        p.id,
        p.name,
        a.id,
        a.name,
        a.desaCodes.join(', '),
        a.desaCodes.map((c) => data.desaNames.get(c) ?? c).join(', '),
        a.year,
        stageLabel(a.stage),
        a.sector,
        agencyLabel(a.agencyKind),
        a.agencyName,
        sourceLabel(a.fundingSource),
        rupiahCell(a.budget),
        a.outputs.map((o) => `${o.name}: ${o.target} ${o.unit}`).join('; '),
        (a.proposalIds ?? []).join(', '),
        (a.indicatorRefs ?? []).join(', '),
        standing ? PROGRESS_STATUS_LABELS[standing.status] : 'Belum dilaporkan',
        standing ? standing.progressBp / 100 : 0,
        standing ? standing.reportedOn : null,
      ];
    }),
  );
  const totalRow: SheetCell[] = activityHeader.map((_, i) =>
    i === 0 ? 'Jumlah' : i === BUDGET_COLUMN ? rupiahCell(totals.total) : null,
  );
  const kegiatan = tableSheet(workbook, 'Program dan kegiatan', activityHeader, [...activityRows, totalRow], {
    [BUDGET_COLUMN]: RUPIAH_FORMAT,
    [activityHeader.indexOf('Kemajuan (%)')]: PERCENT_FORMAT,
  });
  kegiatan.lastRow!.font = { bold: true };
  kegiatan.getColumn(1).numFmt = '@';
  kegiatan.getColumn(3).numFmt = '@';
  kegiatan.getColumn(5).numFmt = '@';

  // ——— Anggaran ———
  const group = (
    title: string,
    lines: readonly { key: string | number; label: string; total: string; activityCount: number }[],
  ) => lines.map((l): SheetCell[] => [title, String(l.key), l.label, l.activityCount, rupiahCell(l.total)]);
  tableSheet(
    workbook,
    'Anggaran',
    ['Kelompok', 'Kode', 'Uraian', 'Jumlah kegiatan', 'Anggaran (Rp)'],
    [
      ...group('Program', totals.byProgramme),
      ...group('Tahun', totals.byYear),
      ...group('Sumber dana', totals.bySource),
      ...group('Jenis pelaksana', totals.byAgencyKind),
      ...group('Tahap rantai nilai', totals.byStage),
      ['Jumlah', null, 'Seluruh RPKP', progress.activityCount, rupiahCell(totals.total)],
    ],
    { 4: RUPIAH_FORMAT },
  );

  // ——— Konvergensi ———
  const c = data.convergence;
  const names = new Map(c.activities.map((a) => [a.id, a.name]));
  const konvergensi = tableSheet(
    workbook,
    'Konvergensi',
    [
      'Tahun',
      'Tahap rantai nilai',
      'Jenis pelaksana',
      'Jumlah kegiatan',
      'Anggaran (Rp)',
      'Sumber dana',
      'Kegiatan',
    ],
    c.cells.map((cell): SheetCell[] => [
      cell.year,
      stageLabel(cell.stage),
      agencyLabel(cell.agencyKind),
      cell.activityCount,
      rupiahCell(cell.budget),
      cell.fundingSources.map(sourceLabel).join(', '),
      cell.activityIds.map((id) => names.get(id) ?? id).join('; '),
    ]),
    { 4: RUPIAH_FORMAT },
  );
  konvergensi.addRow([]);
  for (const g of c.gaps)
    konvergensi.addRow(['Celah', `${stageLabel(g.stage)} ${g.year}`, 'Tidak ada kegiatan']);
  for (const o of c.overlaps)
    konvergensi.addRow([
      'Tumpang tindih?',
      `${o.year}, ${stageLabel(o.stage)}, ${o.sector}, desa ${data.desaNames.get(o.desaCode) ?? o.desaCode}`,
      o.agencyNames.join(', '),
      o.activityIds.length,
      null,
      null,
      o.activityIds.map((id) => names.get(id) ?? id).join('; '),
    ]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
