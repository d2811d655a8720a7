import { describe, expect, it } from 'vitest';
import { parseSheetNumber, readIdmSheet } from './idm-sheet.ts';

const HEADER = [
  'KODE_PROV',
  'NAMA_PROV',
  'KODE_DESA',
  'NAMA_DESA',
  'IKS_2024',
  'IKE_2024',
  'IKL_2024',
  'NILAI_IDM_2024',
  'STATUS_IDM_2024',
];
const ROW = ['11', 'ACEH', '1101012001', 'KEUDE BAKONGAN', '0.8000', '0.9000', '0.5333', '0.7444', 'MAJU'];

describe('parseSheetNumber', () => {
  it.each([
    ['0.7444', 0.7444],
    ['0,7444', 0.7444],
    [' 0.7444 ', 0.7444],
    ["'0.7444", 0.7444],
    ['1', 1],
    ['.5', 0.5],
    ['0\u00a0,5', 0.5],
    ['', null],
    ['  ', null],
    ['-', null],
    [undefined, null],
    ['0.7.4', undefined],
    ['abc', undefined],
    ['1,234,5', undefined],
  ])('%j → %s', (cell, value) => expect(parseSheetNumber(cell)).toBe(value));
});

describe('readIdmSheet', () => {
  it('reads the official layout and takes the year from the headers', () => {
    const sheet = readIdmSheet([HEADER, ROW]);
    expect(sheet).toEqual({
      ok: true,
      year: 2024,
      rows: [
        {
          line: 2,
          code: '1101012001',
          name: 'KEUDE BAKONGAN',
          iks: 0.8,
          ike: 0.9,
          ikl: 0.5333,
          idm: 0.7444,
          status: 'maju',
          districtCode: null,
          districtName: null,
          regencyName: null,
        },
      ],
    });
  });

  it('keeps the optional kecamatan and kabupaten columns, which only help place unknown codes', () => {
    const header = ['KODE_KAB', 'NAMA_KAB', 'KODE_KEC', 'NAMA_KEC', ...HEADER.slice(2)];
    const sheet = readIdmSheet([
      header,
      ['1101', ' ACEH  SELATAN ', '110101', 'BAKONGAN', ...ROW.slice(2)],
      ['1101', '', '11.01.02', '', ...ROW.slice(2).map((c, i) => (i === 0 ? '1101022001' : c))],
      [
        '1101',
        'ACEH SELATAN',
        'bukan kode',
        'KLUET UTARA',
        ...ROW.slice(2).map((c, i) => (i === 0 ? '1101022002' : c)),
      ],
    ]);
    expect(sheet.ok).toBe(true);
    if (!sheet.ok) return;
    expect(sheet.rows.map((r) => [r.districtCode, r.districtName, r.regencyName])).toEqual([
      ['110101', 'BAKONGAN', 'ACEH SELATAN'],
      ['110102', null, null],
      [null, 'KLUET UTARA', 'ACEH SELATAN'],
    ]);
  });

  it('skips title rows, blank lines and tolerates spaced headers, text numbers and decimal commas', () => {
    const sheet = readIdmSheet([
      ['Data Indeks Desa Membangun Tahun 2023', '', ''],
      ['Sumber: Kemendesa PDTT'],
      [],
      [' Kode Desa ', 'Nama Desa', 'IKS 2023', 'IKE_2023', 'ikl_2023', 'NILAI IDM 2023', 'Status IDM 2023'],
      [' 11.01.01.2001 ', ' KEUDE   BAKONGAN ', "'0,8000", '0,9000', ' 0.5333', '0,7444', 'Maju '],
      ['', '', '', '', '', '', ''],
      ['1101012002', 'UJONG MANGKI', '', '', '', '', ''],
    ]);
    expect(sheet.ok && sheet.year).toBe(2023);
    expect(sheet.ok && sheet.rows).toEqual([
      {
        line: 5,
        code: '1101012001',
        name: 'KEUDE BAKONGAN',
        iks: 0.8,
        ike: 0.9,
        ikl: 0.5333,
        idm: 0.7444,
        status: 'maju',
        districtCode: null,
        districtName: null,
        regencyName: null,
      },
      {
        line: 7,
        code: '1101012002',
        name: 'UJONG MANGKI',
        iks: null,
        ike: null,
        ikl: null,
        idm: null,
        status: null,
        districtCode: null,
        districtName: null,
        regencyName: null,
      },
    ]);
  });

  it.each([
    [[['Judul'], ['tanpa', 'header']], 1, 'KODE_DESA'],
    [[['KODE_DESA', 'NAMA_DESA']], 1, 'IKS_<tahun>'],
    [[['KODE_DESA', 'NAMA_DESA', 'IKS_2023', 'IKE_2024']], 1, 'IKS_<tahun>'],
    [[HEADER.filter((h) => h !== 'IKL_2024'), ROW], 1, 'IKL_2024'],
    [[HEADER, ROW.map((c, i) => (i === 2 ? '110101200X' : c))], 2, 'KODE_DESA'],
    [[HEADER, ROW.map((c, i) => (i === 2 ? '110101' : c))], 2, 'KODE_DESA'],
    [[HEADER, ROW.map((c, i) => (i === 4 ? 'satu' : c))], 2, 'IKS_2024'],
    [[HEADER, ROW.map((c, i) => (i === 7 ? '1,5' : c))], 2, 'NILAI_IDM_2024'],
    [[HEADER, ROW.map((c, i) => (i === 8 ? 'Pratama' : c))], 2, 'STATUS_IDM_2024'],
    [[HEADER, ROW, ROW], 3, 'KODE_DESA'],
  ])('refuses problem %# at line %i, column %s', (cells, line, column) => {
    const sheet = readIdmSheet(cells);
    expect(sheet.ok).toBe(false);
    if (!sheet.ok) expect(sheet.issues).toContainEqual({ line, column, message: expect.any(String) });
  });

  it('reports every bad row, not only the first', () => {
    const bad = (n: number) => ROW.map((c, i) => (i === 2 ? `110101200${n}` : i === 4 ? 'x' : c));
    const sheet = readIdmSheet([HEADER, bad(1), ROW.map((c, i) => (i === 2 ? '1101012005' : c)), bad(2)]);
    expect(sheet.ok === false && sheet.issues.map((i) => i.line)).toEqual([2, 4]);
  });
});
