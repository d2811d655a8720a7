/**
 * The business dashboard as an XLSX workbook: a summary, the enterprises, the breakdowns per
 * desa, kecamatan and kawasan, the figures per year and capital by source and year, each a sheet
 * with a bold frozen header (../export/xlsx-sheet.ts). Counts are number cells; rupiah are number
 * cells while Excel holds them exactly (safe integers), else their digits as text.
 */
import ExcelJS from 'exceljs';
import type { BusinessDashboardView } from '../../contracts/enterprise-report.contract.ts';
import { PERFORMANCE_LABELS, PERFORMANCES } from '../../domain/enterprise/report.ts';
import { CAPITAL_SOURCES, sourceLabel } from '../../domain/enterprise/vocabulary.ts';
import { type SheetCell, tableSheet } from '../export/xlsx-sheet.ts';
import { rupiahCell } from './report-sheet-xlsx.ts';

const COUNT = '#,##0';

export const DASHBOARD_SHEETS = [
  'Ringkasan',
  'Badan usaha',
  'Per desa',
  'Per kecamatan',
  'Per kawasan',
  'Per tahun',
  'Modal per sumber',
] as const;

const money = (digits: string | null): SheetCell => (digits === null ? null : rupiahCell(BigInt(digits)));

type Breakdown = BusinessDashboardView['byDesa'][number];
const BREAKDOWN_HEADER = [
  'Badan usaha',
  'Aktif',
  'Berbadan hukum',
  ...PERFORMANCES.map((p) => PERFORMANCE_LABELS[p]),
  'Tenaga kerja',
  'PADes (Rp)',
  'Modal (Rp)',
];
const breakdownCells = (b: Omit<Breakdown, 'code' | 'name'>): SheetCell[] => [
  b.enterprises,
  b.active,
  b.legalEntities,
  ...PERFORMANCES.map((p) => b.byPerformance[p] ?? 0),
  b.workers,
  money(b.padesTotal),
  money(b.capitalTotal),
];

export async function renderBusinessDashboardXlsx(
  view: BusinessDashboardView,
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kawasan';
  workbook.created = generatedAt;
  const counts = (title: string, list: BusinessDashboardView['byKind']): SheetCell[][] =>
    list.map((c) => [`${title}: ${c.label}`, c.count]);
  tableSheet(
    workbook,
    DASHBOARD_SHEETS[0],
    ['Keterangan', 'Nilai'],
    [
      ['Cakupan', view.scope.kind === 'kawasan' ? 'Kawasan' : 'Wilayah'],
      ['Nama', view.scope.name],
      [view.scope.kind === 'kawasan' ? 'Id kawasan' : 'Kode wilayah', view.scope.ref],
      ['Tanggal', view.today],
      ['Badan usaha', view.enterprises],
      ...counts('Jenis', view.byKind),
      ...counts('Status hukum', view.byLegalStatus),
      ...counts('Keaktifan', view.byActivity),
      ...counts('Kinerja', view.byPerformance),
      ['Kontribusi PADes (Rp)', money(view.padesTotal)],
      ['Modal seluruhnya (Rp)', money(view.capital.total)],
      ['Tenaga kerja (laporan terakhir)', view.workers.total],
      ['Tenaga kerja perempuan', view.workers.women],
      ['Badan usaha yang pernah melapor', view.workers.reporting],
      ...view.notes.map((n): SheetCell[] => ['Catatan', n]),
    ],
    { 1: COUNT },
  );
  tableSheet(
    workbook,
    DASHBOARD_SHEETS[1],
    [
      'Nama',
      'Jenis',
      'Status hukum',
      'Keaktifan',
      'Kinerja',
      'Laporan terakhir',
      'Hasil usaha bersih terakhir (Rp)',
      'Tenaga kerja',
      'PADes (Rp)',
      'Modal (Rp)',
    ],
    view.list.map((l) => [
      l.name,
      l.kindLabel,
      l.legalStatusLabel,
      l.activityLabel,
      l.performanceLabel,
      l.latestLabel,
      money(l.latestNetResult),
      l.workers,
      money(l.padesTotal),
      money(l.capitalTotal),
    ]),
    COUNT,
  );
  tableSheet(
    workbook,
    DASHBOARD_SHEETS[2],
    ['Kode desa', 'Nama desa', ...BREAKDOWN_HEADER],
    view.byDesa.map((b) => [b.code, b.name, ...breakdownCells(b)]),
    COUNT,
  );
  tableSheet(
    workbook,
    DASHBOARD_SHEETS[3],
    ['Kode kecamatan', 'Nama kecamatan', ...BREAKDOWN_HEADER],
    view.byKecamatan.map((b) => [b.code, b.name, ...breakdownCells(b)]),
    COUNT,
  );
  tableSheet(
    workbook,
    DASHBOARD_SHEETS[4],
    ['Id kawasan', 'Nama kawasan', ...BREAKDOWN_HEADER],
    view.byKawasan.map((b) => [b.id, b.name, ...breakdownCells(b)]),
    COUNT,
  );
  tableSheet(
    workbook,
    DASHBOARD_SHEETS[5],
    [
      'Tahun',
      'Badan usaha melapor',
      'Pendapatan (Rp)',
      'Biaya (Rp)',
      'Hasil usaha bersih (Rp)',
      'PADes (Rp)',
    ],
    view.years.map((y) => [
      String(y.year),
      y.enterprises,
      money(y.revenue),
      money(y.costs),
      money(y.netResult),
      money(y.pades),
    ]),
    COUNT,
  );
  tableSheet(
    workbook,
    DASHBOARD_SHEETS[6],
    ['Tahun', ...CAPITAL_SOURCES.map((s) => `${sourceLabel(s)} (Rp)`), 'Jumlah (Rp)'],
    [
      ...view.capital.byYear.map((y) => [
        String(y.year),
        ...CAPITAL_SOURCES.map((s) => money(y.bySource.find((x) => x.source === s)?.amount ?? '0')),
        money(y.total),
      ]),
      [
        'Seluruhnya',
        ...CAPITAL_SOURCES.map((s) =>
          money(view.capital.bySource.find((x) => x.source === s)?.amount ?? '0'),
        ),
        money(view.capital.total),
      ],
    ],
    COUNT,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
