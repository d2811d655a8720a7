import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../domain/csv.ts';
import { csvCell, type ExportColumn, fileSlug, tableToCsv, tableToXlsx } from './table-export.ts';

type Row = { code: string; name: string; value: number | null; count: number; placed: boolean };
const COLUMNS: readonly ExportColumn<Row>[] = [
  { header: 'Kode', kind: 'code', value: (r) => r.code },
  { header: 'Nama', kind: 'text', value: (r) => r.name },
  { header: 'IDM', kind: 'index', value: (r) => r.value },
  { header: 'Jumlah', kind: 'count', value: (r) => r.count },
  { header: 'Ada', kind: 'yesNo', value: (r) => r.placed },
];
const table = (rows: Row[], attribution: string[] = ['Data IDM: Kementerian Desa PDTT.']) => ({
  sheetName: 'IDM 2024',
  columns: COLUMNS,
  rows,
  attribution,
});
const readCsv = (text: string) => parseCsv(text.slice(1));

describe('csvCell', () => {
  it.each([
    [null, ''],
    ['Tambakreja', 'Tambakreja'],
    ['Bumi;reja', '"Bumi;reja"'],
    ['Lambang Sari I, II', '"Lambang Sari I, II"'],
    ['Desa "Baru"', '"Desa ""Baru"""'],
    ['a;"b"', '"a;""b"""'],
    ['dua\nbaris', '"dua\nbaris"'],
  ])('%j → %s', (text, cell) => expect(csvCell(text)).toBe(cell));
});

describe('tableToCsv', () => {
  it('starts with a byte-order mark and writes indices with 4 decimals, empty for null', () => {
    const csv = tableToCsv(
      table([{ code: '3301012001', name: 'Tambakreja', value: 0.7, count: 1200, placed: false }]),
    );
    expect(csv).toBe(
      '\ufeffKode,Nama,IDM,Jumlah,Ada\r\n3301012001,Tambakreja,0.7000,1200,tidak\r\n\r\nData IDM: Kementerian Desa PDTT.\r\n',
    );
    expect(tableToCsv(table([{ code: '1', name: 'x', value: null, count: 0, placed: true }], []))).toBe(
      '\ufeffKode,Nama,IDM,Jumlah,Ada\r\n1,x,,0,ya\r\n',
    );
  });

  it('reads back to the same names whatever they hold; formula-like names keep a leading apostrophe', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 20 }), (names) => {
        const rows = names.map((name, i) => ({ code: String(i), name, value: null, count: i, placed: true }));
        const parsed = readCsv(tableToCsv(table(rows, [])).replaceAll('\r\n', '\n'));
        const expected = names.map((n) => (/^[=+\-@\t\r]/.test(n) ? `'${n}` : n));
        expect(parsed.slice(1).map((r) => (r[1] === '""' ? '' : r[1]))).toEqual(expected);
        for (const r of parsed.slice(1)) expect(r).toHaveLength(COLUMNS.length);
      }),
    );
  });
});

describe('tableToXlsx', () => {
  it('writes one sheet with a bold frozen header, typed cells and the attribution under a blank row', async () => {
    const bytes = await tableToXlsx(
      table([
        { code: '3301012001', name: '=SUM(A1)', value: 0.74444, count: 3, placed: true },
        { code: '3301012002', name: 'Bumireja', value: null, count: 0, placed: false },
      ]),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('IDM 2024')!;
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('E1').font.bold).toBe(true);
    expect(sheet.autoFilter).toBe('A1:E3');
    expect(sheet.getColumn(1).width).toBe(12); // a 10-digit code and a little room
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('A2').value).toBe('3301012001');
    expect(sheet.getCell('B2').value).toBe('=SUM(A1)');
    expect(sheet.getCell('C2').value).toBe(0.74444);
    expect(sheet.getCell('C2').numFmt).toBe('0.0000');
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.getCell('E3').value).toBe('tidak');
    expect(sheet.getCell('A5').value).toBe('Data IDM: Kementerian Desa PDTT.');
    expect(sheet.getCell('A5').font.italic).toBe(true);
    expect(sheet.rowCount).toBe(5);
  });
});

describe('fileSlug', () => {
  it.each([
    ['Jawa Tengah', 'jawa-tengah'],
    ['KOTA SEMARANG', 'kota-semarang'],
    ['Kep. Seribu (D.K.I.)', 'kep-seribu-d-k-i'],
    ['Pénda', 'penda'],
    ['—', 'tabel'],
  ])('%s → %s', (text, slug) => expect(fileSlug(text)).toBe(slug));

  it('cuts at a length without a trailing dash, and falls back to its own word', () => {
    const title = 'Musyawarah Antar Desa Kawasan Agropolitan Kedungreja Tahun Anggaran 2026 Tahap Kedua';
    expect(fileSlug(title, { maxLength: 59 })).toBe(
      'musyawarah-antar-desa-kawasan-agropolitan-kedungreja-tahun',
    );
    expect(fileSlug(title, { maxLength: 60 })).toHaveLength(60);
    expect(fileSlug('Rapat — 1', { maxLength: 6 })).toBe('rapat');
    expect(fileSlug('“”', { fallback: 'musyawarah', maxLength: 60 })).toBe('musyawarah');
  });
});
