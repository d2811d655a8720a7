import { describe, expect, it } from 'vitest';
import { DESA_A, DESA_B, KAWASAN_ID } from './testing.ts';
import {
  type DesaIndicatorScores,
  type LoggedFollowUp,
  matchKeywords,
  type NeedsTarget,
  suggestTrainingNeeds,
  type TrainingHeld,
} from './training-needs.ts';

const TODAY = '2026-06-30';
const DESA_TARGET: NeedsTarget = { kind: 'desa', code: DESA_A, kawasanIds: [KAWASAN_ID] };
const KAWASAN_TARGET: NeedsTarget = { kind: 'kawasan', id: KAWASAN_ID, desaCodes: [DESA_A, DESA_B] };

const entry = (entryId: string, followUp: string, changes: Partial<LoggedFollowUp> = {}): LoggedFollowUp => ({
  entryId,
  date: '2026-06-10',
  state: 'disetujui',
  desaCode: DESA_A,
  kawasanId: null,
  category: 'kewirausahaan',
  followUp,
  ...changes,
});
const idm = (desaCode: string, scores: Record<string, number>): DesaIndicatorScores => ({
  desaCode,
  year: 2024,
  scores,
});
const held = (
  sessionId: string,
  topicId: TrainingHeld['topicId'],
  changes: Partial<TrainingHeld> = {},
): TrainingHeld => ({
  sessionId,
  topicId,
  endDate: '2026-03-01',
  desaCodes: [],
  kawasanIds: [],
  ...changes,
});

describe('matchKeywords: whole words and phrases, case and punctuation ignored', () => {
  it.each([
    ['Perlu pelatihan pembukuan untuk BUMDes.', ['pembukuan', 'bumdes'], ['pembukuan', 'bumdes']],
    ['Menyusun RENCANA-USAHA unit air minum', ['rencana usaha'], ['rencana usaha']],
    ['Kursus menjahit untuk ibu-ibu', ['kur'], []],
    ['Pembukuannya belum rapi', ['pembukuan'], []],
    ['Ajukan KUR ke BRI', ['kur'], ['kur']],
  ] as const)('%j', (text, keywords, found) => {
    expect(matchKeywords(text, keywords)).toEqual(found);
  });
});

describe('suggestTrainingNeeds for a desa', () => {
  const entries = [
    entry('L-1', 'Pengelola BUMDes perlu pelatihan pembukuan dan laporan keuangan.', {
      category: 'tata_kelola_kelembagaan',
    }),
    entry('L-2', 'Kelompok wanita tani ingin belajar pengemasan produk keripik.', {
      category: 'kewirausahaan',
      date: '2026-05-02',
    }),
    entry('L-3', 'Susun rencana usaha unit wisata.', { category: 'motivasi_kelompok', date: '2026-06-20' }),
    entry('L-draft', 'Pelatihan pembukuan lagi', { state: 'diajukan' }),
    entry('L-old', 'Pelatihan pembukuan', { date: '2025-06-29' }),
    entry('L-other-desa', 'Pelatihan pembukuan', { desaCode: DESA_B }),
    entry('L-future', 'Pelatihan pembukuan', { date: '2026-07-01' }),
  ];
  const scores = [
    idm(DESA_A, {
      IKE09_LEMBAGA_EKONOMI: 1,
      IKL03_TANGGAP_BENCANA: 0,
      IKS07_AKTIVITAS_POSYANDU: 3,
      IKS33_SAMPAH: 2,
    }),
    idm(DESA_B, { IKS32_AKSES_JAMBAN: 1 }),
  ];

  const result = suggestTrainingNeeds(DESA_TARGET, entries, scores, [], { today: TODAY });

  it('ranks topics by points (ties in catalogue order), with the evidence behind each', () => {
    expect(result.suggestions.map((s) => [s.rank, s.topicId, s.points])).toEqual([
      [1, 'tata_kelola_bumdes', 4],
      [2, 'tanggap_bencana', 3],
      [3, 'pembukuan_usaha', 2],
      [4, 'pengolahan_produk', 2],
      [5, 'koperasi', 2],
      [6, 'kewirausahaan', 1],
      [7, 'pariwisata_desa', 1],
      [8, 'pengelolaan_sampah', 1],
    ]);
  });

  it('cites the logged follow-ups with their keywords and the weak indicators with their rubric', () => {
    const bookkeeping = result.suggestions.find((s) => s.topicId === 'pembukuan_usaha')!;
    expect(bookkeeping.evidence).toEqual([
      {
        kind: 'catatan_pendamping',
        entryId: 'L-1',
        date: '2026-06-10',
        desaCode: DESA_A,
        kawasanId: null,
        category: 'tata_kelola_kelembagaan',
        keywords: ['pembukuan', 'laporan keuangan'],
        points: 2,
      },
    ]);
    const disaster = result.suggestions.find((s) => s.topicId === 'tanggap_bencana')!;
    expect(disaster.evidence).toEqual([
      expect.objectContaining({
        kind: 'indikator_idm',
        desaCode: DESA_A,
        indicatorCode: 'IKL03_TANGGAP_BENCANA',
        indicatorName: 'Fasilitas tanggap bencana',
        score: 0,
        points: 3,
        condition: expect.stringMatching(/^Fasilitas mitigasi\/tanggap bencana/),
      }),
    ]);
    expect(disaster.explanation).toBe('Disarankan dari 1 indikator IDM lemah di 1 desa.');
  });

  it('gives 2 points when the category belongs with the topic, 1 otherwise', () => {
    const tourism = result.suggestions.find((s) => s.topicId === 'pariwisata_desa')!;
    expect(tourism.evidence).toMatchObject([{ entryId: 'L-3', category: 'motivasi_kelompok', points: 1 }]);
    const enterprise = result.suggestions.find((s) => s.topicId === 'tata_kelola_bumdes')!;
    expect(enterprise.evidence).toMatchObject([
      { kind: 'indikator_idm', indicatorCode: 'IKE09_LEMBAGA_EKONOMI', score: 1, points: 2 },
      {
        kind: 'catatan_pendamping',
        entryId: 'L-1',
        keywords: ['bumdes'],
        category: 'tata_kelola_kelembagaan',
        points: 2,
      },
    ]);
    expect(enterprise.explanation).toBe(
      'Disarankan dari 1 catatan tindak lanjut pendamping dan 1 indikator IDM lemah di 1 desa.',
    );
  });

  it('ignores drafts, entries outside the window or the desa, and indicators above the threshold', () => {
    const cited = result.suggestions.flatMap((s) =>
      s.evidence.flatMap((e) => (e.kind === 'catatan_pendamping' ? [e.entryId] : [])),
    );
    expect(new Set(cited)).toEqual(new Set(['L-1', 'L-2', 'L-3']));
    const indicators = result.suggestions.flatMap((s) =>
      s.evidence.flatMap((e) => (e.kind === 'indikator_idm' ? [e.indicatorCode] : [])),
    );
    expect(indicators).not.toContain('IKS07_AKTIVITAS_POSYANDU');
    expect(indicators).not.toContain('IKS32_AKSES_JAMBAN');
    expect(result.suggestions.find((s) => s.topicId === 'pengelolaan_sampah')!.points).toBe(1);
  });

  it('takes out a topic trained recently in the desa or its kawasan, and says so', () => {
    const trained = [
      held('S-9', 'tanggap_bencana', { desaCodes: [DESA_A] }),
      held('S-8', 'pembukuan_usaha', { kawasanIds: [KAWASAN_ID] }),
      held('S-old', 'pengolahan_produk', { desaCodes: [DESA_A], endDate: '2025-06-29' }),
      held('S-elsewhere', 'kewirausahaan', { desaCodes: [DESA_B] }),
    ];
    const r = suggestTrainingNeeds(DESA_TARGET, entries, scores, trained, { today: TODAY });
    const ids = r.suggestions.map((s) => s.topicId);
    expect(ids).not.toContain('tanggap_bencana');
    expect(ids).not.toContain('pembukuan_usaha');
    expect(ids).toContain('pengolahan_produk');
    expect(ids).toContain('kewirausahaan');
    expect(r.coveredByRecentTraining).toEqual([
      { topicId: 'pembukuan_usaha', label: expect.any(String), sessionIds: ['S-8'], pointsRemoved: 2 },
      { topicId: 'tanggap_bencana', label: expect.any(String), sessionIds: ['S-9'], pointsRemoved: 3 },
    ]);
  });

  it('honours a stricter weak threshold and a shorter window', () => {
    const r = suggestTrainingNeeds(DESA_TARGET, entries, scores, [], {
      today: TODAY,
      weakScoreAtMost: 0,
      logWindowDays: 30,
    });
    expect(r.suggestions.map((s) => [s.topicId, s.points])).toEqual([
      ['tata_kelola_bumdes', 2],
      ['pembukuan_usaha', 2],
      ['kewirausahaan', 1],
      ['pariwisata_desa', 1],
      ['tanggap_bencana', 1],
    ]);
  });
});

describe('suggestTrainingNeeds for a kawasan', () => {
  const entries = [
    entry('L-A', 'Pelatihan pembukuan untuk pengurus BUMDes', {
      desaCode: DESA_A,
      category: 'tata_kelola_kelembagaan',
    }),
    entry('L-B', 'Butuh pelatihan pembukuan', { desaCode: DESA_B, category: 'kewirausahaan' }),
    entry('L-K', 'Bentuk BKAD dan sepakati kerja sama antar desa', {
      desaCode: null,
      kawasanId: KAWASAN_ID,
      category: 'membangun_komitmen',
    }),
    entry('L-X', 'Pelatihan pembukuan', { desaCode: null, kawasanId: 'K-other' }),
  ];
  const scores = [idm(DESA_A, { IKL03_TANGGAP_BENCANA: 0 }), idm(DESA_B, { IKL03_TANGGAP_BENCANA: 0 })];

  it('ranks first the topics with evidence in more desa', () => {
    const r = suggestTrainingNeeds(
      KAWASAN_TARGET,
      [
        ...entries,
        entry('L-A2', 'rencana usaha', { desaCode: DESA_A }),
        entry('L-A3', 'rencana bisnis unit', { desaCode: DESA_A }),
      ],
      [],
      [],
      { today: TODAY },
    );
    expect(r.suggestions.map((s) => [s.topicId, s.desaCodes.length, s.points])).toEqual([
      ['pembukuan_usaha', 2, 4],
      ['kewirausahaan', 1, 4],
      ['tata_kelola_bumdes', 1, 2],
      ['kerja_sama_antar_desa', 0, 2],
    ]);
    expect(r.suggestions.at(-1)!.explanation).toBe(
      'Disarankan dari 1 catatan tindak lanjut pendamping di tingkat kawasan.',
    );
  });

  it('removes the evidence of desa already trained, keeps the rest, and removes a topic trained for the kawasan', () => {
    const trained = [
      held('S-1', 'pembukuan_usaha', { desaCodes: [DESA_A] }),
      held('S-2', 'tanggap_bencana', { kawasanIds: [KAWASAN_ID] }),
    ];
    const r = suggestTrainingNeeds(KAWASAN_TARGET, entries, scores, trained, { today: TODAY });
    const bookkeeping = r.suggestions.find((s) => s.topicId === 'pembukuan_usaha')!;
    expect(bookkeeping.desaCodes).toEqual([DESA_B]);
    expect(bookkeeping.evidence.map((e) => e.kind === 'catatan_pendamping' && e.entryId)).toEqual(['L-B']);
    expect(r.suggestions.map((s) => s.topicId)).not.toContain('tanggap_bencana');
    expect(r.coveredByRecentTraining.map((c) => [c.topicId, c.sessionIds, c.pointsRemoved])).toEqual([
      ['pembukuan_usaha', ['S-1'], 2],
      ['tanggap_bencana', ['S-2'], 6],
    ]);
  });
});
