import { describe, expect, it } from 'vitest';
import { pdfText } from '../export/testing.ts';
import { dayList, fileSizeText, monthLabel, renderMonthlyReportPdf } from './monthly-report-pdf.ts';
import { sampleMonthlyReport } from './testing.ts';

/** 03:00 on 1 April in Jakarta, still 31 March in UTC. */
const GENERATED = new Date('2026-03-31T20:00:00Z');

describe('the monthly report PDF', () => {
  it('is an A4 portrait PDF in the shape a facilitator hands in', async () => {
    const pdf = await renderMonthlyReportPdf(sampleMonthlyReport(), GENERATED);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const text = pdfText(pdf);

    // Header: who, which post, where, which month.
    for (const line of [
      'LAPORAN BULANAN PENDAMPING',
      'Bulan Maret 2026',
      'Sri Wahyuni',
      'Pendamping Lokal Desa (PLD)',
      'Kedungreja (33.01.01)',
      '1 Maret 2026 s.d. 31 Maret 2026',
      'Budi Santoso, Pendamping Desa (PD)',
      '1 April 2026', // printed on, in Asia/Jakarta
    ])
      expect(text).toContain(line);
    // Whether it is complete.
    expect(text).toContain(
      'Status laporan: 3 kegiatan disetujui pada 3 hari; 3 belum disetujui (1 diajukan, 1 dikembalikan, 1 draf).',
    );
  });

  it('lists the summary, the seven categories, the places with their dates and every activity', async () => {
    const text = pdfText(await renderMonthlyReportPdf(sampleMonthlyReport(), GENERATED));
    const lines = text.split('\n');
    const valueAfter = (label: string) => lines[lines.indexOf(label) + 1];
    expect(valueAfter('Hari aktif')).toBe('3');
    expect(valueAfter('Kegiatan disetujui')).toBe('3');
    expect(valueAfter('Peserta perempuan')).toBe('12');
    expect(valueAfter('Peserta laki-laki')).toBe('25');
    expect(valueAfter('Jumlah peserta')).toBe('37');
    expect(text).toContain(
      'Kelompok peserta: BPD (Badan Permusyawaratan Desa); BUM Desa / BUM Desa Bersama; Pemerintah desa.',
    );
    // All seven categories, zero rows included, in the method's order.
    const categories = [
      'Dokumen perencanaan',
      'Tata kelola kelembagaan',
      'Motivasi kelompok',
      'Membangun komitmen',
      'Pengembangan kompetensi',
      'Kewirausahaan',
      'Penguatan kelembagaan',
    ];
    const positions = categories.map((c) => lines.indexOf(c));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(lines[positions[2]! + 1]).toBe('0'); // Motivasi kelompok: only unapproved entries
    expect(lines[positions[5]! + 1]).toBe('1');
    // By place: desa first, then the kawasan, with the days of the month.
    const desa = lines.indexOf('Tambakreja, Kec. Kedungreja');
    expect(lines.slice(desa, desa + 3)).toEqual(['Tambakreja, Kec. Kedungreja', '2', '3, 10']);
    const kawasan = lines.indexOf('Kawasan Agropolitan Kedungreja (kawasan)');
    expect(lines.slice(kawasan, kawasan + 3)).toEqual([
      'Kawasan Agropolitan Kedungreja (kawasan)',
      '1',
      '17',
    ]);
    // The activities, by date.
    for (const topic of ['Penyusunan RKPDes 2027', 'Pendampingan BUM Desa', 'Rapat BKAD'])
      expect(text).toContain(topic);
    expect(text.indexOf('Penyusunan RKPDes 2027')).toBeLessThan(text.indexOf('Rapat BKAD'));
  });

  it('gives outputs, follow-ups, the evidence files and the signature block', async () => {
    const text = pdfText(await renderMonthlyReportPdf(sampleMonthlyReport(), GENERATED));
    expect(text).toContain('Daftar 14 usulan kegiatan dari tiga dusun.');
    expect(text).toContain('Usulan dibahas dalam musyawarah desa bulan April.');
    expect(text).toContain('Menyusun jadwal musyawarah antar desa.');
    // Evidence: name, type, size and the first 12 hex digits of the checksum.
    const lines = text.split('\n');
    const photo = lines.indexOf('musdus-tambakreja.jpg');
    expect(lines.slice(photo, photo + 4)).toEqual([
      'musdus-tambakreja.jpg',
      'Foto JPEG',
      '1,5 MB',
      'a1b2c3d4e5f6',
    ]);
    const pdfFile = lines.indexOf('daftar-hadir.pdf');
    expect(lines.slice(pdfFile, pdfFile + 4)).toEqual([
      'daftar-hadir.pdf',
      'Dokumen PDF',
      '20 KB',
      'ffeeddccbbaa',
    ]);
    // Signatures: the facilitator, and the supervisor who acknowledges it.
    expect(text).toContain('Kedungreja, 31 Maret 2026');
    expect(text).toContain('Mengetahui,');
    expect(text).toContain('Yang melaporkan,');
    expect(text).toContain('( Budi Santoso )');
    expect(text).toContain('( Sri Wahyuni )');
  });

  it('leaves the supervisor line blank when there is none, and says when nothing was approved', async () => {
    const report = sampleMonthlyReport();
    const empty = {
      ...report,
      facilitator: { ...report.facilitator, supervisor: null },
      activityCount: 0,
      daysActive: 0,
      byPlace: [],
      activities: [],
      outputs: [],
      followUps: [],
      evidence: [],
      evidenceBytes: 0,
    };
    const text = pdfText(await renderMonthlyReportPdf(empty, GENERATED));
    expect(text).toContain('( .................................... )');
    expect(text).toContain('Belum ada kegiatan yang disetujui bulan ini.');
    expect(text).toContain('Tidak ada berkas bukti.');
  });
});

describe('the report formats', () => {
  it('writes months, sizes and days the Indonesian way', () => {
    expect(monthLabel('2026-12')).toBe('Desember 2026');
    expect(fileSizeText(1_572_864)).toBe('1,5 MB');
    expect(fileSizeText(20_480)).toBe('20 KB');
    expect(fileSizeText(900)).toBe('900 B');
    expect(dayList(['2026-03-03', '2026-03-10', '2026-03-31'])).toBe('3, 10, 31');
  });
});
