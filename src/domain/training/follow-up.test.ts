import { describe, expect, it } from 'vitest';
import { rational } from '../deliberation/rational.ts';
import { PARTICIPANT_ROLES } from './aspects.ts';
import {
  FOLLOW_UP_INDICATORS,
  type FollowUpContext,
  type FollowUpRecord,
  followUpDueDate,
  followUpIssues,
  followUpStatus,
  indicatorsFor,
  JUDGEMENT_TABLE,
  type JudgementInput,
  judgeTraining,
} from './follow-up.ts';
import type { MeanOfGains } from './gain.ts';
import { followUp } from './testing.ts';

const CONTEXT: FollowUpContext = {
  sessionState: 'selesai',
  endDate: '2026-05-14',
  followUpMonths: 3,
  today: '2026-09-01',
  role: 'pengelola_bumdes',
  completed: true,
};

describe('followUpDueDate: end + months, clamped to the end of the month', () => {
  it.each([
    ['2026-05-14', 3, '2026-08-14'],
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-31', 6, '2026-07-31'],
    ['2026-03-31', 1, '2026-04-30'],
  ] as const)('%s + %i months → %s', (end, months, due) => {
    expect(followUpDueDate(end, months)).toBe(due);
  });
});

describe('indicators', () => {
  it('give unit_usaha_dimulai to business roles only', () => {
    const unit = FOLLOW_UP_INDICATORS.find((i) => i.id === 'unit_usaha_dimulai')!;
    expect(unit.level).toBe('L4');
    expect(unit.roles).toEqual(['pengelola_bumdes', 'pengurus_koperasi', 'pelaku_usaha']);
  });

  it('give every role at least one behaviour and one result indicator', () => {
    for (const role of PARTICIPANT_ROLES) {
      const levels = new Set(indicatorsFor(role).map((i) => i.level));
      expect([role, [...levels].sort()]).toEqual([role, ['L3', 'L4']]);
    }
    expect(indicatorsFor('kepala_desa').map((i) => i.id)).toEqual([
      'menerapkan_materi',
      'berbagi_ke_warga',
      'menyusun_dokumen',
      'dokumen_ditetapkan',
    ]);
  });
});

describe('followUpIssues', () => {
  it('accepts a record on the due date', () => {
    expect(followUpIssues(followUp({ recordedOn: '2026-08-14' }), CONTEXT)).toEqual([]);
  });

  // biome-ignore format: one rule per line reads as a table
  const BROKEN: [string, Partial<FollowUpRecord>, Partial<FollowUpContext>, string, RegExp][] = [
    ['a day before it is due', { recordedOn: '2026-08-13' }, {}, 'recordedOn', /baru dapat dicatat mulai 2026-08-14 \(3 bulan setelah pelatihan berakhir\)/],
    ['a day after today', { recordedOn: '2026-09-02' }, {}, 'recordedOn', /tidak boleh setelah hari ini \(2026-09-01\)/],
    ['an impossible date', { recordedOn: '2026-09-31' }, {}, 'recordedOn', /format TTTT-BB-HH/],
    ['a participant who did not complete', {}, { completed: false }, 'registrationId', /hanya dicatat untuk peserta yang menyelesaikan pelatihan/],
    ['an unknown method', { method: 'surat' as never }, {}, 'method', /Cara tindak lanjut harus salah satu dari/],
    ['indicators for someone not reached', { reached: false }, {}, 'indicators', /tidak dapat dihubungi: jangan isi indikator/],
    ['no applicable indicator for someone reached', { indicators: [{ indicatorId: 'menerapkan_materi', state: 'tidak_berlaku' }] }, {}, 'indicators', /paling sedikit satu indikator/],
    ['an unknown indicator', { indicators: [{ indicatorId: 'lulus_bnsp', state: 'tercapai' }] }, {}, 'indicators[0].indicatorId', /"lulus_bnsp" tidak dikenal/],
    ['the same indicator twice', { indicators: [{ indicatorId: 'pembukuan_rutin', state: 'tercapai' }, { indicatorId: 'pembukuan_rutin', state: 'belum' }] }, {}, 'indicators[1].indicatorId', /lebih dari sekali/],
    ['an indicator of another role', { indicators: [{ indicatorId: 'dokumen_ditetapkan', state: 'tercapai' }] }, {}, 'indicators[0].indicatorId', /tidak berlaku untuk peran peserta ini/],
    ['an unknown state', { indicators: [{ indicatorId: 'pembukuan_rutin', state: 'hampir' as never }] }, {}, 'indicators[0].state', /Status harus salah satu dari/],
    ['a long note', { note: 'x'.repeat(2001) }, {}, 'note', /paling banyak 2000/],
  ];

  it.each(BROKEN)('reports %s', (_label, changes, context, field, message) => {
    const issues = followUpIssues(followUp(changes), { ...CONTEXT, ...context });
    expect(issues.map((i) => i.field)).toContain(field);
    expect(issues.find((i) => i.field === field)!.message).toMatch(message);
  });

  it('accepts someone not reached without indicators, and an inapplicable indicator marked so', () => {
    expect(followUpIssues(followUp({ reached: false, indicators: [] }), CONTEXT)).toEqual([]);
    const marked = followUp({
      indicators: [
        { indicatorId: 'pembukuan_rutin', state: 'sebagian' },
        { indicatorId: 'dokumen_ditetapkan', state: 'tidak_berlaku' },
      ],
    });
    expect(followUpIssues(marked, CONTEXT)).toEqual([]);
  });

  it('refuses a follow-up before the session is finished', () => {
    expect(followUpIssues(followUp(), { ...CONTEXT, sessionState: 'berjalan' })).toEqual([
      {
        field: 'registrationId',
        message: expect.stringMatching(/Pencatatan tindak lanjut tidak dapat dilakukan/),
      },
    ]);
  });
});

describe('followUpStatus', () => {
  it.each([
    ['2026-08-13', null, 'belum_jatuh_tempo'],
    ['2026-08-14', null, 'jatuh_tempo'],
    ['2026-10-13', null, 'jatuh_tempo'],
    ['2026-10-14', null, 'terlambat'],
    ['2026-12-01', { reached: false }, 'tidak_terhubungi'],
    ['2026-12-01', { reached: true }, 'tercatat'],
  ] as const)('on %s with %o → %s', (today, record, status) => {
    expect(followUpStatus('2026-08-14', today, record)).toBe(status);
  });
});

describe('judgeTraining: L2 with L3/L4, as a table', () => {
  const learned: MeanOfGains = { value: rational(1n, 2n), n: 20, category: 'sedang' };
  const notLearned: MeanOfGains = { value: rational(1n, 10n), n: 20, category: 'rendah' };
  const applied = {
    reached: true,
    indicators: [{ indicatorId: 'pembukuan_rutin', state: 'tercapai' as const }],
  };
  const appliedWithUnit = {
    reached: true,
    indicators: [
      { indicatorId: 'pembukuan_rutin', state: 'tercapai' as const },
      { indicatorId: 'unit_usaha_dimulai', state: 'tercapai' as const },
    ],
  };
  const notApplied = {
    reached: true,
    indicators: [
      { indicatorId: 'pembukuan_rutin', state: 'sebagian' as const },
      { indicatorId: 'unit_usaha_dimulai', state: 'belum' as const },
    ],
  };
  const notReached = { reached: false, indicators: [] };
  const input = (
    followUps: JudgementInput['followUps'],
    learning: MeanOfGains | null,
    more: Partial<JudgementInput> = {},
  ) => ({
    dueDate: '2026-08-14',
    today: '2026-09-01',
    completers: 4,
    followUps,
    learning,
    ...more,
  });

  // biome-ignore format: one rule per line reads as a table
  const TABLE: [string, JudgementInput, string][] = [
    ['before the due date', input([applied, applied, applied, applied], learned, { today: '2026-08-13' }), 'menunggu_tindak_lanjut'],
    ['fewer than half the completers reached', input([applied, notReached, notReached], learned), 'data_belum_cukup'],
    ['nobody completed', input([], learned, { completers: 0 }), 'data_belum_cukup'],
    ['half applied and a quarter with results', input([appliedWithUnit, applied, notApplied, notApplied], learned), 'berdampak'],
    ['applied with results though the tests showed little', input([appliedWithUnit, appliedWithUnit], notLearned), 'berdampak'],
    ['applied without results', input([applied, applied, notApplied, notApplied], learned), 'diterapkan'],
    ['applied, no result indicator applies', input([applied, applied], null), 'diterapkan'],
    ['learned but not applied', input([applied, notApplied, notApplied, notApplied], learned), 'dipelajari_belum_diterapkan'],
    ['neither learned nor applied', input([notApplied, notApplied, notApplied], notLearned), 'kurang_efektif'],
    ['not applied and no tests', input([notApplied, notApplied, notApplied], null), 'belum_diterapkan'],
  ];

  it.each(TABLE)('%s → %s', (_label, judgementInput, verdict) => {
    expect(judgeTraining(judgementInput).verdict).toBe(verdict);
  });

  it('reports the shares and explains each level', () => {
    const j = judgeTraining(input([appliedWithUnit, applied, notApplied, notReached], learned));
    expect(j.verdict).toBe('berdampak');
    expect([
      j.coverage.count,
      j.coverage.of,
      j.applied.count,
      j.applied.of,
      j.results.count,
      j.results.of,
    ]).toEqual([3, 4, 2, 3, 1, 2]);
    expect(j.notes).toEqual([
      'Perilaku (L3): 2 dari 3 peserta yang dihubungi menerapkan hasil pelatihan (syarat 50%).',
      'Hasil (L4): 1 dari 2 peserta mencapai hasil (syarat 25%).',
      'Pembelajaran (L2): rata-rata gain kategori sedang (n = 20).',
    ]);
  });

  it('flags behaviour change the tests did not show', () => {
    const j = judgeTraining(input([applied, applied], notLearned));
    expect(j.notes.at(-1)).toMatch(/walaupun tes tidak menunjukkan peningkatan/);
  });

  it('never judges on attendance alone: completers without follow-up are not a success', () => {
    const j = judgeTraining(input([], learned, { completers: 25 }));
    expect(j.verdict).toBe('data_belum_cukup');
    expect(j.notes[0]).toBe(
      'Baru 0 dari 25 peserta lulus yang berhasil ditindaklanjuti; perlu paling sedikit 50%.',
    );
  });

  it('has a row for every combination', () => {
    for (const applied of [true, false])
      for (const results of [true, false])
        for (const learnt of [true, false, null]) {
          const row = JUDGEMENT_TABLE.find(
            (r) =>
              r.applied === applied &&
              (r.results === 'any' || r.results === results) &&
              (r.learned === 'any' || r.learned === learnt),
          );
          expect(row).toBeDefined();
        }
  });
});
