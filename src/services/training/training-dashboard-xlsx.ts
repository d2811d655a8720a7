/**
 * The training dashboard as an XLSX workbook: a summary, people trained per desa, kawasan, aspect,
 * target group and gender, mean gains per aspect and follow-up outcomes per indicator, each a sheet
 * with a bold frozen header (../export/xlsx-sheet.ts). Counts and gains are number cells; a gain
 * is written with four decimals rounded down, as the view gives it.
 */
import ExcelJS from 'exceljs';
import type { DashboardView, MeanGainView } from '../../contracts/training-outcome.contract.ts';
import {
  FOLLOW_UP_LEVEL_LABELS,
  INDICATOR_STATE_LABELS,
  INDICATOR_STATES,
} from '../../domain/training/follow-up.ts';
import { type SheetCell, tableSheet } from '../export/xlsx-sheet.ts';

const COUNT = '#,##0';
const GAIN = '0.0000';

const gainCells = (g: MeanGainView | null): SheetCell[] =>
  g === null ? [null, null, null] : [Number(g.value), g.n, g.categoryLabel];

export async function renderDashboardXlsx(view: DashboardView, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kawasan';
  workbook.created = generatedAt;
  const p = view.people;
  tableSheet(
    workbook,
    'Ringkasan',
    ['Keterangan', 'Nilai'],
    [
      ['Cakupan', view.scope.kind === 'kawasan' ? 'Kawasan' : 'Wilayah'],
      ['Nama', view.scope.name],
      [view.scope.kind === 'kawasan' ? 'Id kawasan' : 'Kode wilayah', view.scope.ref],
      ['Angkatan selesai dengan peserta lulus', view.sessions],
      ['Orang terlatih (berbeda)', p.people],
      ['Keikutsertaan yang diselesaikan', p.participations],
      ['BUM Desa dan BUM Desa Bersama', view.bumdes.enterprises],
      ['BUM Desa dengan pengelola terlatih', view.bumdes.withTrainedManager],
      ['Bagian BUM Desa dengan pengelola terlatih (%)', view.bumdes.percentText],
      ['Catatan BUM Desa', view.bumdes.note],
    ],
    { 1: COUNT },
  );
  tableSheet(
    workbook,
    'Per desa',
    ['Kode desa', 'Nama desa', 'Orang terlatih'],
    p.byDesa.map((d) => [d.code, d.name, d.people]),
    COUNT,
  );
  tableSheet(
    workbook,
    'Per kawasan',
    ['Id kawasan', 'Nama kawasan', 'Orang terlatih'],
    p.byKawasan.map((k) => [k.id, k.name, k.people]),
    COUNT,
  );
  tableSheet(
    workbook,
    'Per aspek',
    ['Aspek', 'Orang terlatih'],
    p.byAspect.map((a) => [a.label, a.people]),
    COUNT,
  );
  tableSheet(
    workbook,
    'Per kelompok sasaran',
    ['Kelompok sasaran', 'Orang terlatih'],
    p.byTargetGroup.map((g) => [g.label, g.people]),
    COUNT,
  );
  tableSheet(
    workbook,
    'Per jenis kelamin',
    ['Jenis kelamin', 'Orang terlatih'],
    p.byGender.map((g) => [g.label, g.people]),
    COUNT,
  );
  tableSheet(
    workbook,
    'Gain per aspek',
    [
      'Aspek',
      'Peserta',
      'Gain dapat dihitung',
      'Rata-rata gain individu',
      'n (rata-rata gain)',
      'Kategori (rata-rata gain)',
      'Gain dari rata-rata',
      'n (gain dari rata-rata)',
      'Kategori (gain dari rata-rata)',
    ],
    view.gains.map((g) => [
      g.label,
      g.participants,
      g.computed,
      ...gainCells(g.meanOfGains),
      ...gainCells(g.gainOfMeans),
    ]),
    { 1: COUNT, 2: COUNT, 3: GAIN, 4: COUNT, 6: GAIN, 7: COUNT },
  );
  tableSheet(
    workbook,
    'Tanpa pengelola terlatih',
    ['Id badan usaha', 'Nama', 'Jenis'],
    view.bumdes.withoutTrainedManager.map((e) => [e.id, e.name, e.kindLabel]),
  );
  tableSheet(
    workbook,
    'Tindak lanjut',
    ['Indikator', 'Level', ...INDICATOR_STATES.map((s) => INDICATOR_STATE_LABELS[s])],
    view.followUps.map((f) => [
      f.label,
      FOLLOW_UP_LEVEL_LABELS[f.level],
      ...INDICATOR_STATES.map((s) => f.counts[s]),
    ]),
    COUNT,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
