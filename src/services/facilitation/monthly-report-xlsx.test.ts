import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderMonthlyReportXlsx } from './monthly-report-xlsx.ts';
import { sampleMonthlyReport } from './testing.ts';

async function readBack(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
};

describe('the monthly report XLSX', () => {
  it('has the five sheets with bold frozen headers', async () => {
    const workbook = await readBack(await renderMonthlyReportXlsx(sampleMonthlyReport(), new Date()));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Ringkasan',
      'Kegiatan',
      'Per desa',
      'Keluaran dan tindak lanjut',
      'Bukti',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('writes the totals, the categories and the pending entries as number cells', async () => {
    const workbook = await readBack(await renderMonthlyReportXlsx(sampleMonthlyReport(), new Date()));
    const summary = new Map(values(workbook.getWorksheet('Ringkasan')!).map(([k, v]) => [k, v]));
    expect(summary.get('Nama pendamping')).toBe('Sri Wahyuni');
    expect(summary.get('Kode wilayah tugas')).toBe('330101');
    expect(summary.get('Bulan')).toBe('Maret 2026');
    expect(summary.get('Status laporan')).toBe(
      '3 kegiatan disetujui pada 3 hari; 3 belum disetujui (1 diajukan, 1 dikembalikan, 1 draf).',
    );
    expect(summary.get('Hari aktif')).toBe(3);
    expect(summary.get('Kegiatan disetujui')).toBe(3);
    expect(summary.get('Peserta perempuan')).toBe(12);
    expect(summary.get('Peserta laki-laki')).toBe(25);
    expect(summary.get('Jumlah peserta')).toBe(37);
    expect(summary.get('Ukuran berkas bukti (byte)')).toBe(1_572_864 + 20_480);
    expect(summary.get('Belum disetujui: diajukan')).toBe(1);
    expect(summary.get('Belum disetujui: dikembalikan')).toBe(1);
    expect(summary.get('Belum disetujui: draf')).toBe(1);
    expect(summary.get('Kategori: Dokumen perencanaan')).toBe(1);
    expect(summary.get('Kategori: Motivasi kelompok')).toBe(0);
    expect([...summary.keys()].filter((k) => String(k).startsWith('Kategori: '))).toHaveLength(7);
  });

  it('lists activities, places, outputs and follow-ups, and evidence with size and checksum', async () => {
    const workbook = await readBack(await renderMonthlyReportXlsx(sampleMonthlyReport(), new Date()));
    const kegiatan = values(workbook.getWorksheet('Kegiatan')!);
    expect(kegiatan).toHaveLength(4);
    expect(kegiatan[1]).toEqual([
      1,
      '2026-03-03',
      'Tambakreja, Kec. Kedungreja',
      'Dokumen perencanaan',
      'Penyusunan RKPDes 2027',
      7,
      12,
      'e1',
    ]);
    const places = values(workbook.getWorksheet('Per desa')!);
    expect(places.slice(1)).toEqual([
      ['Desa', '3301012001', 'Tambakreja, Kec. Kedungreja', 2, 2, '2026-03-03, 2026-03-10'],
      [
        'Kawasan',
        '00000000-0000-4000-8000-00000000c001',
        'Kawasan Agropolitan Kedungreja',
        1,
        1,
        '2026-03-17',
      ],
    ]);
    const texts = values(workbook.getWorksheet('Keluaran dan tindak lanjut')!);
    expect(texts.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Keluaran', '2026-03-03', 'Daftar 14 usulan kegiatan dari tiga dusun.'],
      ['Tindak lanjut', '2026-03-03', 'Usulan dibahas dalam musyawarah desa bulan April.'],
      ['Tindak lanjut', '2026-03-17', 'Menyusun jadwal musyawarah antar desa.'],
    ]);
    const bukti = values(workbook.getWorksheet('Bukti')!);
    expect(bukti.slice(1).map((r) => r.slice(2, 6))).toEqual([
      [
        'daftar-hadir.pdf',
        'Dokumen PDF',
        20_480,
        'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100',
      ],
      [
        'musdus-tambakreja.jpg',
        'Foto JPEG',
        1_572_864,
        'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
      ],
    ]);
  });
});
