import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { ACTIVITY_CATEGORIES } from './activity-log.ts';
import {
  buildMonthlyReport,
  monthlyReportStatusLine,
  monthPeriod,
  type ReportEntry,
} from './monthly-report.ts';

let seq = 0;
function entry(over: Partial<ReportEntry> = {}): ReportEntry {
  seq += 1;
  return {
    id: `e${String(seq).padStart(3, '0')}`,
    facilitatorId: 'f1',
    date: '2026-03-10',
    place: { kind: 'desa', code: '3201010001' },
    category: 'motivasi_kelompok',
    topic: 'Rapat kelompok tani',
    participants: { women: 3, men: 4, groups: ['Poktan Maju'] },
    outputs: '',
    followUp: '',
    evidence: [],
    state: 'disetujui',
    ...over,
  };
}

const names = {
  desa: { '3201010001': 'Sukamaju', '3201010002': 'Cibodas', '3201010003': 'Ancol' },
  kawasan: { k1: 'Kawasan Agropolitan' },
};

describe('monthPeriod', () => {
  it('gives the first and last day, leap years included', () => {
    expect(monthPeriod('2026-03')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(monthPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it.each(['2026-13', '2026-3', '202603', '2026-03-01', ''])('rejects %j in Indonesian', (m) => {
    expect(() => monthPeriod(m)).toThrowError(/Bulan laporan harus berformat YYYY-MM/);
  });
});

describe('buildMonthlyReport', () => {
  const entries: ReportEntry[] = [
    entry({
      id: 'b',
      date: '2026-03-12',
      category: 'kewirausahaan',
      place: { kind: 'desa', code: '3201010002' },
      participants: { women: 10, men: 2, groups: ['BUM Desa Cibodas', ' Poktan Maju '] },
      outputs: 'Rencana usaha BUM Desa',
      followUp: 'Pendampingan laporan keuangan',
      evidence: [
        { fileName: 'z.jpg', mediaType: 'image/jpeg', bytes: 2000, sha256: 'b'.repeat(64) },
        { fileName: 'a.pdf', mediaType: 'application/pdf', bytes: 500, sha256: 'a'.repeat(64) },
      ],
    }),
    entry({ id: 'a', date: '2026-03-12', outputs: 'Daftar hadir', followUp: '  ' }),
    entry({
      id: 'c',
      date: '2026-03-01',
      place: { kind: 'kawasan', id: 'k1' },
      category: 'membangun_komitmen',
    }),
    entry({ id: 'd', date: '2026-03-31', place: { kind: 'desa', code: '3201010003' } }),
    entry({ id: 'unknown-place', date: '2026-03-20', place: { kind: 'desa', code: '9999999999' } }),
    // not counted
    entry({ id: 'p1', state: 'diajukan' }),
    entry({ id: 'p2', state: 'dikembalikan' }),
    entry({ id: 'p3', state: 'draf' }),
    entry({ id: 'other-facilitator', facilitatorId: 'f2' }),
    entry({ id: 'feb', date: '2026-02-28' }),
    entry({ id: 'apr', date: '2026-04-01' }),
    entry({ id: 'last-year', date: '2025-03-10' }),
  ];
  const report = buildMonthlyReport(entries, 'f1', '2026-03', names);

  it('counts only approved entries of that facilitator and month', () => {
    expect(report.activityCount).toBe(5);
    expect(report.activities.map((a) => a.entryId)).toEqual(['c', 'a', 'b', 'unknown-place', 'd']);
    expect(report.notCounted).toEqual({ draf: 1, diajukan: 1, dikembalikan: 1 });
    expect(report.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
  });

  it('counts distinct active dates', () => {
    expect(report.daysActive).toBe(4);
    expect(report.activeDates).toEqual(['2026-03-01', '2026-03-12', '2026-03-20', '2026-03-31']);
  });

  it('lists all seven categories in the fixed order with exact counts', () => {
    expect(report.byCategory.map((c) => c.category)).toEqual([...ACTIVITY_CATEGORIES]);
    const counts = Object.fromEntries(report.byCategory.map((c) => [c.category, c.activities]));
    expect(counts).toEqual({
      dokumen_perencanaan: 0,
      tata_kelola_kelembagaan: 0,
      motivasi_kelompok: 3,
      membangun_komitmen: 1,
      pengembangan_kompetensi: 0,
      kewirausahaan: 1,
      penguatan_kelembagaan: 0,
    });
    expect(report.byCategory.find((c) => c.category === 'kewirausahaan')?.label).toBe('Kewirausahaan');
  });

  it('groups by place with the names passed in, desa first, by name', () => {
    expect(report.byPlace).toEqual([
      { kind: 'desa', ref: '3201010003', name: 'Ancol', activities: 1, dates: ['2026-03-31'] },
      { kind: 'desa', ref: '3201010002', name: 'Cibodas', activities: 1, dates: ['2026-03-12'] },
      { kind: 'desa', ref: '9999999999', name: 'Desa 9999999999', activities: 1, dates: ['2026-03-20'] },
      { kind: 'desa', ref: '3201010001', name: 'Sukamaju', activities: 1, dates: ['2026-03-12'] },
      { kind: 'kawasan', ref: 'k1', name: 'Kawasan Agropolitan', activities: 1, dates: ['2026-03-01'] },
    ]);
  });

  it('totals participants by gender and lists distinct groups', () => {
    expect(report.participants).toEqual({
      women: 3 + 10 + 3 + 3 + 3,
      men: 4 + 2 + 4 + 4 + 4,
      total: 40,
      groups: ['BUM Desa Cibodas', 'Poktan Maju'],
    });
  });

  it('lists non-empty outputs and follow-ups by date and the evidence files', () => {
    expect(report.outputs).toEqual([
      { date: '2026-03-12', entryId: 'a', place: 'Sukamaju', text: 'Daftar hadir' },
      { date: '2026-03-12', entryId: 'b', place: 'Cibodas', text: 'Rencana usaha BUM Desa' },
    ]);
    expect(report.followUps).toEqual([
      { date: '2026-03-12', entryId: 'b', place: 'Cibodas', text: 'Pendampingan laporan keuangan' },
    ]);
    expect(report.evidence.map((f) => [f.entryId, f.fileName])).toEqual([
      ['b', 'a.pdf'],
      ['b', 'z.jpg'],
    ]);
    expect(report.evidenceBytes).toBe(2500);
  });

  it('is deterministic whatever the input order, and counts a repeated entry once', () => {
    const shuffled = [...entries].reverse();
    const again = buildMonthlyReport([...shuffled, entries[0]!, entries[1]!], 'f1', '2026-03', names);
    expect(again).toEqual(report);
  });

  it('gives an empty report with all categories at zero', () => {
    const empty = buildMonthlyReport(entries, 'nobody', '2026-03', names);
    expect(empty.activityCount).toBe(0);
    expect(empty.daysActive).toBe(0);
    expect(empty.byCategory.every((c) => c.activities === 0)).toBe(true);
    expect(empty.participants).toEqual({ women: 0, men: 0, total: 0, groups: [] });
    expect(monthlyReportStatusLine(empty)).toBe('0 kegiatan disetujui pada 0 hari.');
  });

  it('rejects impossible participant counts instead of producing a wrong total', () => {
    const bad = [entry({ id: 'x', participants: { women: 1.5, men: 0, groups: [] } })];
    expect(() => buildMonthlyReport(bad, 'f1', '2026-03', names)).toThrowError(AppError);
    const negative = [entry({ id: 'y', participants: { women: 0, men: -1, groups: [] } })];
    expect(() => buildMonthlyReport(negative, 'f1', '2026-03', names)).toThrowError(/entri y/);
  });

  it('tells the facilitator what is still missing', () => {
    expect(monthlyReportStatusLine(report)).toBe(
      '5 kegiatan disetujui pada 4 hari; 3 belum disetujui (1 diajukan, 1 dikembalikan, 1 draf).',
    );
  });
});
