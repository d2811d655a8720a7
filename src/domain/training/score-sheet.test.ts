import { describe, expect, it } from 'vitest';
import { columnLetter, sheetFieldIssues } from '../sheet-table.ts';
import { computeGains } from './gain.ts';
import { readScoreSheet, type ScoreSheetContext, scoreColumnOf } from './score-sheet.ts';

const CONTEXT: ScoreSheetContext = {
  testedAspects: ['pengetahuan', 'sikap'],
  participants: [
    { code: 'P-001', name: 'Siti Aminah' },
    { code: 'P-002', name: 'Budi Santoso' },
    { code: 'P-003', name: 'Wayan Sudarma' },
  ],
};

const HEADER = [
  'No',
  'No. Peserta',
  'Nama',
  'Pre-test Pengetahuan',
  'Post-test Pengetahuan',
  'Pre-test Sikap',
  'Post-test Sikap',
  'Desa',
];

describe('scoreColumnOf: headers written many ways', () => {
  it.each([
    ['No. Peserta', { kind: 'code' }],
    ['nomor peserta', { kind: 'code' }],
    [' KODE PESERTA ', { kind: 'code' }],
    ['Nama', { kind: 'name' }],
    ['Nama Peserta', { kind: 'name' }],
    ['Pre-test Pengetahuan', { kind: 'score', test: 'pre', aspect: 'pengetahuan' }],
    ['PRETEST PENGETAHUAN', { kind: 'score', test: 'pre', aspect: 'pengetahuan' }],
    ['Pre Test Sikap', { kind: 'score', test: 'pre', aspect: 'sikap' }],
    ['Nilai Awal Keterampilan', { kind: 'score', test: 'pre', aspect: 'keterampilan' }],
    ['Post-test Ketrampilan', { kind: 'score', test: 'post', aspect: 'keterampilan' }],
    ['Posttest_Perilaku', { kind: 'score', test: 'post', aspect: 'perilaku' }],
    ['Nilai Akhir Sikap', { kind: 'score', test: 'post', aspect: 'sikap' }],
    ['No', null],
    ['Desa', null],
    ['Pre-test', null],
    ['Post-test Kesadaran', null],
  ] as const)('%j → %o', (header, column) => {
    expect(scoreColumnOf(header)).toEqual(column);
  });

  it('names spreadsheet columns by letter', () => {
    expect([0, 3, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'D',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('readScoreSheet: a good sheet', () => {
  const cells = [
    ['DAFTAR NILAI PELATIHAN PENGELOLAAN BUM DESA'],
    ['Angkatan I, 12–14 Mei 2026'],
    [],
    HEADER,
    ['1', 'P-001', 'Siti Aminah', '40', '70', '50', '80,5', 'Kemambang'],
    ['2', ' p-002 ', 'BUDI SANTOSO', '55.5', '', '60', '75', 'Kemambang'],
    ['', '', '', '', '', '', '', ''],
    ['3', 'P-003', '', '100', '100', '', '', 'Sambirejo'],
  ];

  it('finds the header below the title, reads every row, and keeps empty cells as "not in this sheet"', () => {
    const sheet = readScoreSheet(cells, CONTEXT);
    expect(sheet).toEqual({
      ok: true,
      rows: [
        {
          line: 5,
          participantCode: 'P-001',
          pre: { pengetahuan: '40', sikap: '50' },
          post: { pengetahuan: '70', sikap: '80.5' },
        },
        {
          line: 6,
          participantCode: 'P-002',
          pre: { pengetahuan: '55.5', sikap: '60' },
          post: { pengetahuan: null, sikap: '75' },
        },
        {
          line: 8,
          participantCode: 'P-003',
          pre: { pengetahuan: '100', sikap: null },
          post: { pengetahuan: '100', sikap: null },
        },
      ],
      columns: [
        { test: 'pre', aspect: 'pengetahuan' },
        { test: 'post', aspect: 'pengetahuan' },
        { test: 'pre', aspect: 'sikap' },
        { test: 'post', aspect: 'sikap' },
      ],
      missingCodes: [],
    });
  });

  it('feeds the gain computation', () => {
    const sheet = readScoreSheet(cells, CONTEXT);
    if (!sheet.ok) throw new Error('sheet');
    const gains = computeGains(
      sheet.rows.map((r) => ({ participantId: r.participantCode, pre: r.pre, post: r.post })),
      CONTEXT.testedAspects,
    );
    expect(gains.ok && gains.participants.map((p) => p.aspects.pengetahuan?.status)).toEqual([
      'dihitung',
      'belum_post_test',
      'pre_test_sempurna',
    ]);
  });

  it('lists registered participants without a row, and reads a sheet with only post-tests', () => {
    const sheet = readScoreSheet(
      [
        ['Kode Peserta', 'Post-test Sikap'],
        ['P-002', '90'],
      ],
      CONTEXT,
    );
    expect(sheet).toMatchObject({
      ok: true,
      missingCodes: ['P-001', 'P-003'],
      columns: [{ test: 'post', aspect: 'sikap' }],
    });
  });
});

describe('readScoreSheet: every bad row reported, nothing half-read', () => {
  it('reports each problem with its line and column, and returns no rows', () => {
    const cells = [
      HEADER,
      ['1', 'P-001', 'Siti Aminah', '40', '70', '50', '80', ''],
      ['2', 'P-002', 'Budi Santoso', 'empat puluh', '70', '50', '101', ''],
      ['3', 'P-009', 'Orang Lain', '40', '70', '50', '80', ''],
      ['4', 'P-001', 'Siti Aminah', '40', '70', '50', '80', ''],
      ['5', '', 'Tanpa Nomor', '40', '70', '50', '80', ''],
      ['6', 'P-003', 'Budi Santoso', '40', '-5', '50', '80', ''],
    ];
    const sheet = readScoreSheet(cells, CONTEXT);
    expect(sheet).toEqual({
      ok: false,
      issues: [
        {
          line: 3,
          column: 'Pre-test Pengetahuan',
          columnLetter: 'D',
          message: 'Nilai harus angka 0–100; "empat puluh" bukan angka.',
        },
        {
          line: 3,
          column: 'Post-test Sikap',
          columnLetter: 'G',
          message: 'Nilai harus angka 0–100; 101 di luar rentang.',
        },
        {
          line: 4,
          column: 'No. Peserta',
          columnLetter: 'B',
          message: 'Nomor peserta P-009 tidak terdaftar di angkatan ini.',
        },
        {
          line: 5,
          column: 'No. Peserta',
          columnLetter: 'B',
          message: 'Nomor peserta P-001 sudah ada di baris 2.',
        },
        { line: 6, column: 'No. Peserta', columnLetter: 'B', message: 'Nomor peserta kosong.' },
        {
          line: 7,
          column: 'Nama',
          columnLetter: 'C',
          message:
            'Nama "Budi Santoso" tidak sesuai dengan peserta nomor P-003 (Wayan Sudarma); periksa apakah barisnya bergeser.',
        },
        {
          line: 7,
          column: 'Post-test Pengetahuan',
          columnLetter: 'E',
          message: 'Nilai harus angka 0–100; -5 di luar rentang.',
        },
      ],
    });
  });

  it('turns sheet problems into field issues for an error response', () => {
    expect(
      sheetFieldIssues([
        { line: 3, column: 'Post-test Sikap', columnLetter: 'G', message: 'x' },
        { line: 1, column: 'No. Peserta', columnLetter: null, message: 'y' },
      ]),
    ).toEqual([
      { field: 'baris 3, kolom G (Post-test Sikap)', message: 'x' },
      { field: 'baris 1, kolom No. Peserta', message: 'y' },
    ]);
  });

  // biome-ignore format: one rule per line reads as a table
  const HEADER_PROBLEMS: [string, string[][], RegExp][] = [
    ['no header row', [['Nama', 'Nilai'], ['Siti', '40']], /"No\. Peserta" atau "Kode Peserta" tidak ditemukan di 20 baris pertama/],
    ['a header too far down', [...Array.from({ length: 20 }, () => ['']), ['No. Peserta', 'Pre-test Sikap']], /tidak ditemukan/],
    ['no score column', [['No. Peserta', 'Nama'], ['P-001', 'Siti']], /Tidak ada kolom nilai; beri judul kolom seperti "Pre-test Pengetahuan", "Pre-test Sikap"/],
    ['a column for an aspect not tested', [['No. Peserta', 'Pre-test Perilaku'], ['P-001', '40']], /Aspek perilaku tidak diuji dalam program ini; hapus kolom ini/],
    ['the same column twice', [['No. Peserta', 'Pre-test Sikap', 'Pretest Sikap'], ['P-001', '40', '40']], /sama dengan kolom B \("Pre-test Sikap"\)/],
  ];

  it.each(HEADER_PROBLEMS)('refuses %s', (_label, cells, message) => {
    const sheet = readScoreSheet(cells, CONTEXT);
    expect(sheet.ok).toBe(false);
    if (sheet.ok) return;
    expect(sheet.issues).toHaveLength(1);
    expect(sheet.issues[0]!.message).toMatch(message);
  });

  it('refuses a sheet with more rows than any session', () => {
    const cells = [
      ['No. Peserta', 'Pre-test Sikap'],
      ...Array.from({ length: 5001 }, (_, i) => [`P-${i}`, '50']),
    ];
    const sheet = readScoreSheet(cells, CONTEXT);
    expect(sheet.ok === false && sheet.issues[0]!.message).toBe(
      'Lembar nilai paling banyak 5000 baris peserta.',
    );
  });
});
