import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { readIdmSheet } from '../../domain/village-index/idm-sheet.ts';
import { csvCells, readSheetBytes, readSheetFile } from './index-source.ts';
import { idmSheetHeader } from './testing.ts';
import { cellText, numberText } from './xlsx-sheet.ts';

const HEADER = idmSheetHeader();

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The official layout: a title block, the header on row 3, numbers stored every way people store them. */
function officialSheet(ws: ExcelJS.Worksheet) {
  ws.getCell('A1').value = 'DATA INDEKS DESA MEMBANGUN TAHUN 2024';
  ws.mergeCells('A1:G1');
  ws.getRow(3).values = HEADER;
  ws.getRow(4).values = ['3301012001', 'Desa A', 0.8, 0.9, 0.5333, 0.7444, 'MAJU']; // numbers
  ws.getRow(5).values = ['3301012002', ' Desa  B ', '0,6629', '0,6333', '0,5333', '0,6098', 'BERKEMBANG']; // text, commas
  ws.getRow(6).values = [
    3301012003, // a code typed as a number
    { richText: [{ text: 'Desa ' }, { font: { bold: true }, text: 'C' }] },
    0.7,
    0.7,
    0.82,
    { formula: '(C6+D6+E6)/3', result: 0.7400000000000001 },
    'BERKEMBANG',
  ];
  ws.getRow(8).values = ['3301012004', 'Desa D', '', '', '', '', '']; // row 7 left empty; not scored
  for (const column of ['C', 'D', 'E', 'F']) ws.getColumn(column).numFmt = '0.0000';
}

describe('readSheetBytes: XLSX', () => {
  it('reads the "IDM <year>" sheet as the text a person sees, rows numbered as in Excel', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('Petunjuk').getCell('A1').value = 'Baca dulu: KODE_DESA adalah kode Kemendagri';
      wb.addWorksheet('Rekap').addRow(['KODE_DESA', 'JUMLAH']);
      officialSheet(wb.addWorksheet('IDM 2024'));
    });
    const { fileName, cells, sheet } = await readSheetBytes('IDM 2024 Jateng.XLSX', bytes);
    expect(fileName).toBe('IDM 2024 Jateng.XLSX');
    expect(sheet).toBe('IDM 2024');
    expect(cells[0]![0]).toBe('DATA INDEKS DESA MEMBANGUN TAHUN 2024');
    expect(cells[1]).toEqual([]);
    expect(cells[2]).toEqual(HEADER);
    expect(cells[3]).toEqual(['3301012001', 'Desa A', '0.8000', '0.9000', '0.5333', '0.7444', 'MAJU']);
    expect(cells[4]).toEqual([
      '3301012002',
      ' Desa  B ',
      '0,6629',
      '0,6333',
      '0,5333',
      '0,6098',
      'BERKEMBANG',
    ]);
    expect(cells[5]).toEqual(['3301012003', 'Desa C', '0.7000', '0.7000', '0.8200', '0.7400', 'BERKEMBANG']);
    expect(cells[6]).toEqual([]);
    expect(cells[7]!.slice(0, 2)).toEqual(['3301012004', 'Desa D']);

    const read = readIdmSheet(cells);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.year).toBe(2024);
    expect(read.rows.map((r) => [r.line, r.code, r.name, r.idm, r.status])).toEqual([
      [4, '3301012001', 'Desa A', 0.7444, 'maju'],
      [5, '3301012002', 'Desa B', 0.6098, 'berkembang'],
      [6, '3301012003', 'Desa C', 0.74, 'berkembang'],
      [8, '3301012004', 'Desa D', null, null],
    ]);
  });

  it('without an "IDM <year>" sheet takes the first sheet, in workbook order, with a KODE_DESA header', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('Catatan').addRow(['tidak ada data di sini']);
      wb.addWorksheet('Kab Cilacap').addRows([
        ['Judul'],
        HEADER,
        ['3301012001', 'A', 0.5, 0.5, 0.5, 0.5, 'TERTINGGAL'],
      ]);
      wb.addWorksheet('Kab Banyumas').addRows([
        HEADER,
        ['3302012001', 'B', 0.5, 0.5, 0.5, 0.5, 'TERTINGGAL'],
      ]);
    });
    const { cells, sheet } = await readSheetBytes('idm.xlsx', bytes);
    expect(sheet).toBe('Kab Cilacap');
    expect(cells[2]).toEqual(['3301012001', 'A', '0.5', '0.5', '0.5', '0.5', 'TERTINGGAL']);
  });

  it.each([
    ['an empty workbook', async () => workbook((wb) => wb.addWorksheet('Sheet1')), 'buku kerja kosong'],
    [
      'a workbook without IDM data',
      async () => workbook((wb) => wb.addWorksheet('Anggaran').addRow(['uraian', 'jumlah'])),
      'tidak ada lembar "IDM <tahun>" atau lembar dengan kolom KODE_DESA (lembar yang ada: Anggaran)',
    ],
    [
      'two IDM years in one workbook',
      async () =>
        workbook((wb) => {
          wb.addWorksheet('IDM 2023').addRow(HEADER);
          wb.addWorksheet('IDM 2024').addRow(HEADER);
        }),
      'memuat beberapa lembar IDM (IDM 2023, IDM 2024)',
    ],
    [
      'a truncated file',
      async () => (await workbook((wb) => officialSheet(wb.addWorksheet('IDM 2024')))).slice(0, 900),
      'rusak atau tidak lengkap',
    ],
    [
      'bytes that are not a workbook',
      async () => new TextEncoder().encode('KODE_DESA,NAMA_DESA\n'),
      'rusak atau bukan berkas XLSX',
    ],
    [
      'a zip that is not a workbook',
      async () => zipSync({ 'word/document.xml': new Uint8Array([60]) }),
      'bukan buku kerja Excel (.xlsx)',
    ],
    [
      'an old .xls renamed to .xlsx',
      async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      'berformat Excel lama (.xls)',
    ],
    [
      'a password-protected workbook',
      async () =>
        new Uint8Array([
          ...[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)],
          ...Buffer.from('EncryptedPackage', 'utf16le'),
        ]),
      'dilindungi kata sandi',
    ],
    ['an empty upload', async () => new Uint8Array(), 'kosong (0 bita)'],
    [
      'a sheet running past row 250.000',
      async () => workbook((wb) => (wb.addWorksheet('IDM 2024').getCell('A250001').value = 'x')),
      'lembar "IDM 2024" memuat lebih dari 250.000 baris',
    ],
    [
      'a sheet wider than 256 columns',
      async () => workbook((wb) => (wb.addWorksheet('IDM 2024').getCell('IW1').value = 'x')),
      'baris 1 memakai lebih dari 256 kolom',
    ],
  ])('refuses %s with a clear message', async (_what, bytes, message) => {
    const error = await readSheetBytes('idm.xlsx', await bytes()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain(message);
    expect((error as AppError).issues[0]!.field).toBe('file');
  });

  it('refuses .xls and unknown endings, saying what to do', async () => {
    await expect(readSheetBytes('IDM.xls', new Uint8Array([1]))).rejects.toThrow(
      'simpan sebagai .xlsx atau CSV',
    );
    await expect(readSheetBytes('idm.ods', new Uint8Array([1]))).rejects.toThrow(
      'jenis berkas .ods tidak dikenal; gunakan .xlsx, .csv atau .csv.gz',
    );
  });
});

describe('cell text', () => {
  it.each([
    [0.7444, '0.0000', '0.7444'],
    [0.744433333, '0.0000', '0.7444'],
    [0.8, '0.0000', '0.8000'],
    [0.74445, '0.0000', '0.7445'],
    [1.005, '0.00', '1.01'],
    [-0.12345, '0.0000', '-0.1235'],
    [-0.00001, '0.0000', '0.0000'],
    [0.8, undefined, '0.8'],
    [0.1 + 0.2, 'General', '0.3'],
    [3374011001, '0', '3374011001'],
    [3374011001, '#,##0', '3374011001'],
    [0.5, '0.00%', '50.00%'],
    [0.12345, '#,##0.00;[Red]-#,##0.00', '0.12'],
    [Number.NaN, '0.0000', '(galat rumus)'],
  ])('%s under %s reads %s', (value, format, text) => expect(numberText(value, format)).toBe(text));

  it.each([
    [null, ''],
    ['  teks  ', '  teks  '],
    [true, 'TRUE'],
    [new Date(Date.UTC(2024, 11, 31)), '2024-12-31'],
    [{ richText: [{ text: 'Desa ' }, { text: 'Baru' }] }, 'Desa Baru'],
    [{ formula: 'A1', result: 'MAJU' }, 'MAJU'],
    [{ formula: 'A1', result: { error: '#N/A' } }, '#N/A'],
    [{ formula: 'A1' }, '(rumus tanpa hasil)'],
    [{ error: '#DIV/0!' }, '#DIV/0!'],
    [{ text: 'tautan', hyperlink: 'https://example.org' }, 'tautan'],
  ] as const)('%j reads %j', (value, text) => expect(cellText(value as ExcelJS.CellValue)).toBe(text));
});

describe('readSheetBytes: CSV', () => {
  const csv = [
    'Data IDM 2024',
    HEADER.join(','),
    '3301012001,"Desa A, Kidul",0.8,0.9,0.5333,0.7444,MAJU',
  ].join('\r\n');

  it.each([
    ['comma-separated UTF-8 with a byte-order mark', 'idm.csv', new TextEncoder().encode(`\ufeff${csv}`)],
    ['gzipped', 'idm.csv.gz', gzipSync(csv)],
    [
      'semicolon-separated with decimal commas (Excel in Bahasa Indonesia)',
      'idm.csv',
      new TextEncoder().encode(csv.replaceAll(',', ';').replace('"Desa A; Kidul"', '"Desa A, Kidul"')),
    ],
  ])('reads %s', async (_what, name, bytes) => {
    const { cells } = await readSheetBytes(name, bytes);
    expect(cells[1]).toEqual(HEADER);
    expect(cells[2]!.slice(0, 3)).toEqual(['3301012001', 'Desa A, Kidul', '0.8']);
  });

  it('reads Windows-1252 text when the bytes are not UTF-8', async () => {
    const bytes = Buffer.from(
      `${HEADER.join(',')}\n3301012001,Desa Pe\xf1a,0.5,0.5,0.5,0.5,TERTINGGAL\n`,
      'latin1',
    );
    const { cells } = await readSheetBytes('idm.csv', bytes);
    expect(cells[1]![1]).toBe('Desa Peña');
  });

  it('keeps line numbers when Excel wrote a "sep=;" line', () => {
    const cells = csvCells(`sep=;\n${HEADER.join(';')}\n3301012001;A;0,5;0,5;0,5;0,5;TERTINGGAL`);
    expect(cells[1]).toEqual(HEADER);
    const read = readIdmSheet(cells);
    expect(read.ok && read.rows[0]!.line).toBe(3);
  });

  it('refuses a broken gzip and an unterminated quote', async () => {
    await expect(readSheetBytes('idm.csv.gz', new Uint8Array([1, 2, 3]))).rejects.toThrow(
      'idm.csv.gz bukan berkas gzip yang utuh.',
    );
    await expect(readSheetBytes('idm.csv', new TextEncoder().encode('KODE_DESA\n"abc'))).rejects.toThrow(
      'idm.csv bukan CSV yang sah',
    );
  });
});

describe('readSheetFile', () => {
  it('reads an XLSX file from disk, and names a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kawasan-sheet-'));
    const path = join(dir, 'idm.xlsx');
    writeFileSync(path, await workbook((wb) => officialSheet(wb.addWorksheet('IDM 2024'))));
    expect((await readSheetFile(path)).cells[2]).toEqual(HEADER);
    await expect(readSheetFile(join(dir, 'tidak-ada.xlsx'))).rejects.toThrow('tidak ditemukan');
  });
});
