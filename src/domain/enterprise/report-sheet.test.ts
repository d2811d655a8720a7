import { describe, expect, it } from 'vitest';
import { sheetFieldIssues } from '../sheet-table.ts';
import {
  REPORT_COLUMNS,
  REPORT_HEADERS,
  readReportSheet,
  reportColumnOf,
  sheetDate,
} from './report-sheet.ts';

const TODAY = '2026-08-15';
const HEADER = REPORT_COLUMNS.map((c) => REPORT_HEADERS[c]);
const row = (over: Partial<Record<(typeof REPORT_COLUMNS)[number], string>> = {}) => {
  const values: Record<string, string> = {
    period: '2026-S1',
    revenue: '25000000',
    costs: '15.000.000',
    netResult: '',
    assets: '120000000',
    workers: '6',
    womenWorkers: '2',
    'split.pades': '4000000',
    'split.capital': '6000000',
    'split.other': '',
    'split.otherNote': '',
    'split.decidedOn': '20/07/2026',
    ...over,
  };
  return REPORT_COLUMNS.map((c) => values[c]!);
};

describe('reportColumnOf: headers written many ways', () => {
  it.each([
    ['Periode', 'period'],
    ['PERIODE LAPORAN', 'period'],
    ['Pendapatan (Rp)', 'revenue'],
    ['Omzet', 'revenue'],
    ['Biaya Usaha', 'costs'],
    ['Hasil Usaha Bersih', 'netResult'],
    ['Total Aset (Rp)', 'assets'],
    ['Jumlah Tenaga Kerja', 'workers'],
    ['Tenaga Kerja Perempuan', 'womenWorkers'],
    ['Bagian PADes (Rp)', 'split.pades'],
    ['Tambahan Modal', 'split.capital'],
    ['Lain-lain', 'split.other'],
    ['Keterangan Lain-lain', 'split.otherNote'],
    ['Tanggal Keputusan Musdes/MAD', 'split.decidedOn'],
    ['No', null],
    ['Nama BUM Desa', null],
  ] as const)('%j → %s', (header, column) => {
    expect(reportColumnOf(header)).toBe(column);
  });

  it.each([
    ['20/07/2026', '2026-07-20'],
    ['2-7-2026', '2026-07-02'],
    ['2026-07-20', '2026-07-20'],
    ['Juli', 'Juli'],
  ])('date %j → %j', (text, date) => {
    expect(sheetDate(text)).toBe(date);
  });
});

describe('readReportSheet', () => {
  it('reads every good row below a title block, as drafts', () => {
    const sheet = readReportSheet(
      [
        ['Laporan BUM Desa Maju'],
        [],
        ['No', ...HEADER],
        ['1', ...row()],
        [
          '2',
          ...row({
            period: 'Semester II 2025',
            'split.pades': '',
            'split.capital': '',
            costs: '25000000',
            'split.decidedOn': '',
          }),
        ],
        [],
        [
          '3',
          ...row({
            period: 'Tahun 2025',
            netResult: '10000000',
            'split.capital': '5000000',
            'split.other': '1000000',
            'split.otherNote': 'Dana sosial',
          }),
        ],
      ],
      TODAY,
    );
    expect(sheet.ok).toBe(true);
    if (!sheet.ok) return;
    expect(
      sheet.rows.map((r) => [
        r.line,
        r.draft.period.code,
        r.draft.netResult,
        r.draft.splitPades,
        r.draft.decidedOn,
      ]),
    ).toEqual([
      [4, '2026-S1', 10_000_000n, 4_000_000n, '2026-07-20'],
      [5, '2025-S2', 0n, 0n, null],
      [7, '2025', 10_000_000n, 4_000_000n, '2026-07-20'],
    ]);
  });

  it('lists every bad row with its line and column, and keeps none', () => {
    const sheet = readReportSheet(
      [
        HEADER,
        row(),
        row({ period: '2026-S1' }),
        row({ period: '2025-S2', 'split.pades': '3500000', 'split.capital': '6000000' }),
        row({ period: '2025-S1', costs: '-5', workers: 'enam' }),
        row({ period: 'Triwulan 1' }),
        row({ period: '2026' }),
        row({ period: '2024', 'split.other': '1', 'split.capital': '5999999' }),
      ],
      TODAY,
    );
    expect(sheet.ok).toBe(false);
    if (sheet.ok) return;
    expect(sheetFieldIssues(sheet.issues)).toEqual([
      { field: 'baris 3, kolom A (Periode)', message: 'Semester I 2026 sudah ada di baris 2.' },
      {
        field: 'baris 4, kolom H (Bagian PADes (Rp))',
        message: 'Pembagian hasil usaha Rp9.500.000 kurang Rp500.000 dari hasil usaha bersih Rp10.000.000.',
      },
      { field: 'baris 5, kolom C (Biaya (Rp))', message: 'Jumlah rupiah tidak boleh negatif.' },
      {
        field: 'baris 5, kolom F (Tenaga Kerja)',
        message: 'Jumlah tenaga kerja harus bilangan bulat 0 atau lebih.',
      },
      {
        field: 'baris 6, kolom A (Periode)',
        message: expect.stringContaining('Periode "Triwulan 1" tidak dikenal'),
      },
      {
        field: 'baris 7, kolom A (Periode)',
        message: 'Laporan Tahun 2026 baru dapat diisi mulai 1 Desember 2026, bulan terakhir periodenya.',
      },
      {
        field: 'baris 8, kolom K (Keterangan Lain-lain)',
        message: 'Pembagian lain-lain Rp1 perlu keterangan penggunaannya.',
      },
    ]);
  });

  it.each([
    [
      [['Nama', 'Pendapatan']],
      'baris 1, kolom Periode',
      'Baris judul kolom dengan "Periode" tidak ditemukan di 20 baris pertama.',
    ],
    [
      [
        ['Periode', 'Pendapatan', 'Aset', 'Tenaga Kerja'],
        ['2026-S1', '1', '1', '1'],
      ],
      'baris 1, kolom Biaya (Rp)',
      'Kolom "Biaya (Rp)" tidak ada.',
    ],
    [[HEADER], 'baris 2, kolom A (Periode)', 'Lembar laporan tidak memuat satu baris periode pun.'],
    [
      [[...HEADER, 'Omzet']],
      'baris 1, kolom M (Omzet)',
      'Kolom ini sama dengan kolom B ("Pendapatan (Rp)"); hapus salah satunya.',
    ],
  ])('refuses a sheet without what it needs (%#)', (cells, field, message) => {
    const sheet = readReportSheet(cells, TODAY);
    expect(sheet.ok ? [] : sheetFieldIssues(sheet.issues)).toContainEqual({ field, message });
  });

  it('refuses more rows than the limit', () => {
    const sheet = readReportSheet([HEADER, ...Array.from({ length: 201 }, () => row())], TODAY);
    expect(sheet.ok ? null : sheet.issues[0]!.message).toBe(
      'Lembar laporan paling banyak 200 baris periode.',
    );
  });
});
