import { describe, expect, it } from 'vitest';
import { toFraction } from '../deliberation/rational.ts';
import { followUpOutcomes, type ParticipationRow, peopleTrained, trainedManagerShare } from './dashboard.ts';
import { DESA_A, DESA_B, KAWASAN_ID } from './testing.ts';

const row = (personKey: string, changes: Partial<ParticipationRow> = {}): ParticipationRow => ({
  personKey,
  sessionId: 'S-1',
  desaCode: DESA_A,
  kawasanIds: [KAWASAN_ID],
  role: 'pengelola_bumdes',
  gender: 'perempuan',
  aspects: ['pengetahuan', 'keterampilan'],
  completed: true,
  enterpriseId: null,
  ...changes,
});

describe('peopleTrained', () => {
  const rows = [
    row('siti', { enterpriseId: 'E-1' }),
    row('siti', { sessionId: 'S-2', aspects: ['sikap'] }),
    row('budi', { gender: 'laki_laki', desaCode: DESA_B, role: 'kepala_desa' }),
    row('wayan', { gender: 'laki_laki', desaCode: DESA_B, kawasanIds: [], completed: false }),
    row('ani', { role: 'anggota_kelompok_tani', kawasanIds: [] }),
  ];
  const p = peopleTrained(rows);

  it('counts each person once, and only completed participations', () => {
    expect([p.people, p.participations]).toEqual([3, 4]);
    expect(p.byDesa).toEqual({ [DESA_A]: 2, [DESA_B]: 1 });
    expect(p.byKawasan).toEqual({ [KAWASAN_ID]: 2 });
    expect(p.byGender).toEqual({ perempuan: 2, laki_laki: 1 });
  });

  it('breaks down by aspect and by the target group of the role', () => {
    expect(p.byAspect).toEqual({ pengetahuan: 3, sikap: 1, keterampilan: 3, perilaku: 0 });
    expect(p.byTargetGroup).toMatchObject({
      pengelola_bumdes: 1,
      pemerintah_desa: 1,
      kelompok_tani: 1,
      bpd: 0,
    });
  });
});

describe('trainedManagerShare', () => {
  it('counts BUM Desa with at least one manager who completed a training', () => {
    const rows = [
      row('a', { enterpriseId: 'E-1' }),
      row('b', { enterpriseId: 'E-1' }),
      row('c', { enterpriseId: 'E-2', completed: false }),
      row('d', { enterpriseId: 'E-3', role: 'pengurus_koperasi' }),
      row('e', { enterpriseId: 'E-9' }),
    ];
    const s = trainedManagerShare(['E-3', 'E-1', 'E-2', 'E-1'], rows);
    expect([s.enterprises, s.withTrainedManager, toFraction(s.share!)]).toEqual([3, 1, '1/3']);
    expect(s.withoutTrainedManager).toEqual(['E-2', 'E-3']);
    expect(trainedManagerShare([], rows).share).toBeNull();
  });
});

describe('followUpOutcomes', () => {
  it('counts states per indicator over reached participants, in table order', () => {
    const outcomes = followUpOutcomes([
      {
        reached: true,
        indicators: [
          { indicatorId: 'unit_usaha_dimulai', state: 'tercapai' },
          { indicatorId: 'pembukuan_rutin', state: 'sebagian' },
        ],
      },
      { reached: true, indicators: [{ indicatorId: 'unit_usaha_dimulai', state: 'belum' }] },
      { reached: false, indicators: [{ indicatorId: 'unit_usaha_dimulai', state: 'tercapai' }] },
    ]);
    expect(outcomes).toEqual([
      { indicatorId: 'pembukuan_rutin', counts: { tercapai: 0, sebagian: 1, belum: 0, tidak_berlaku: 0 } },
      { indicatorId: 'unit_usaha_dimulai', counts: { tercapai: 1, sebagian: 0, belum: 1, tidak_berlaku: 0 } },
    ]);
  });
});
