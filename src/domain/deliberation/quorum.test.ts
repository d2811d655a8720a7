import { describe, expect, it } from 'vitest';
import type { Participant, ParticipantElement } from './attendance.ts';
import {
  checkQuorum,
  type MeetingFacts,
  MUSYAWARAH_KINDS,
  type MusyawarahKind,
  majorityOf,
  meetingFactsIssues,
  percentText,
  QUORUM_RULES,
  QUORUM_RULES_VERSION,
  type QuorumReport,
  rulesFor,
  twoThirdsOf,
  voteMajorityCheck,
} from './quorum.ts';
import { between, pick, seeded, shuffled } from './testing.ts';

const DESA = '3503010001';
const A = '3503010001';
const B = '3503010002';
const C = '3503010003';

let next = 0;
const person = (patch: Partial<Participant> = {}): Participant => {
  next += 1;
  return {
    id: `p${String(next).padStart(3, '0')}`,
    name: `Peserta ${next}`,
    gender: 'laki_laki',
    youth: false,
    poorOrMarginal: false,
    disability: false,
    element: 'tokoh_masyarakat',
    desaCode: DESA,
    invited: true,
    attended: true,
    ...patch,
  };
};
const many = (n: number, patch: Partial<Participant> = {}) => Array.from({ length: n }, () => person(patch));

/** A musyawarah desa with BPD, government, a woman from the community, and `extra` more rows. */
function musdes(
  invited: number,
  came: number,
  extra: Participant[] = [],
  kind: MusyawarahKind = 'musyawarah_desa',
): MeetingFacts {
  const core = [
    person({ element: 'bpd' }),
    person({ element: 'pemerintah_desa' }),
    person({ element: 'kelompok_perempuan', gender: 'perempuan' }),
  ];
  const invitedRows = [...core, ...many(Math.max(0, invited - core.length))].slice(0, invited);
  const participants = invitedRows.map((p, i) => ({ ...p, attended: i < came }));
  return {
    kind,
    desaCode: DESA,
    memberCodes: [],
    postponedThenContinued: false,
    participants: [...participants, ...extra],
  };
}

const check = (report: QuorumReport, code: string) => {
  const c = report.checks.find((x) => x.code === code);
  if (!c) throw new Error(`no check ${code} in ${report.checks.map((x) => x.code).join(', ')}`);
  return c;
};

describe('the rule table', () => {
  it('has unique codes, Indonesian descriptions and sources, and a version', () => {
    expect(QUORUM_RULES_VERSION).toBe('musyawarah-kuorum-1');
    const codes = QUORUM_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of QUORUM_RULES) {
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.source.length).toBeGreaterThan(10);
      expect(r.kinds.length).toBeGreaterThan(0);
      for (const k of r.kinds) expect(MUSYAWARAH_KINDS).toContain(k);
    }
  });

  it.each([
    ['musdes_kuorum_2_3', 'wajib', 'secondary', /Permendesa PDTT 2\/2015.*16\/2019.*Trenggalek Pasal 107/],
    ['musdes_unsur_bpd', 'wajib', 'verified', /Permendagri 110\/2016.*Pasal 38/],
    ['musdes_unsur_pemerintah_desa', 'wajib', 'verified', /Permendagri 110\/2016/],
    ['musdes_unsur_masyarakat', 'wajib', 'verified', /Permendagri 110\/2016/],
    ['musdus_ada_peserta', 'wajib', 'uncertain', /Permendagri 114\/2014/],
    ['mad_wakil_desa', 'wajib', 'secondary', /UU 6\/2014 tentang Desa Pasal 92.*Permendagri 96\/2017/],
    ['kawasan_wakil_desa', 'wajib', 'uncertain', /Tidak ditemukan aturan nasional/],
    ['keputusan_suara_terbanyak', 'wajib', 'secondary', /Permendesa PDTT 2\/2015.*PP 43\/2014/],
  ])('%s is %s, %s, from its source', (code, severity, certainty, source) => {
    const rule = QUORUM_RULES.find((r) => r.code === code)!;
    expect(rule).toMatchObject({ severity, certainty });
    expect(rule.source).toMatch(source);
  });

  it('says the absence of a national rule for musyawarah dusun is uncertain', () => {
    for (const r of rulesFor('musyawarah_dusun')) {
      expect(r.certainty).toBe('uncertain');
      expect(`${r.description} ${r.source}`).toMatch(/[Tt]idak ditemukan aturan/);
    }
  });

  it.each([
    ['musyawarah_dusun', ['musdus_ada_peserta', 'musdus_perempuan']],
    [
      'musyawarah_desa',
      [
        'musdes_kuorum_2_3',
        'musdes_unsur_bpd',
        'musdes_unsur_pemerintah_desa',
        'musdes_unsur_masyarakat',
        'musdes_perempuan',
      ],
    ],
    [
      'musyawarah_desa_khusus',
      [
        'musdes_kuorum_2_3',
        'musdes_unsur_bpd',
        'musdes_unsur_pemerintah_desa',
        'musdes_unsur_masyarakat',
        'musdes_perempuan',
        'musdes_khusus_masyarakat_miskin',
      ],
    ],
    ['musyawarah_antar_desa', ['mad_wakil_desa', 'mad_unsur_masyarakat_desa', 'mad_perempuan']],
    ['musrenbang_kawasan', ['kawasan_wakil_desa', 'kawasan_pemerintah_daerah', 'kawasan_perempuan']],
  ] as [MusyawarahKind, string[]][])('%s: one check per rule, in table order', (kind, codes) => {
    expect(rulesFor(kind).map((r) => r.code)).toEqual(codes);
    const report = checkQuorum({ ...musdes(3, 3), kind, memberCodes: [A] });
    expect(report.checks.map((c) => c.code)).toEqual(codes);
    for (const c of report.checks) {
      const rule = QUORUM_RULES.find((r) => r.code === c.code)!;
      expect(c).toMatchObject({ severity: rule.severity, source: rule.source, certainty: rule.certainty });
      expect(c.message).toMatch(/^[A-Z0-9].*\.$/);
    }
  });

  it('refuses an unknown kind instead of reporting a meeting without rules as valid', () => {
    expect(() => checkQuorum({ ...musdes(3, 3), kind: 'rapat' as never })).toThrow(/Jenis musyawarah/);
  });
});

describe('2/3 quorum of a musyawarah desa', () => {
  it.each([
    [24, 16, true],
    [24, 15, false],
    [3, 2, true],
    [3, 1, false],
    [2, 1, false],
    [2, 2, true],
    [1, 1, true],
    [4, 2, false],
    [4, 3, true],
    [5, 3, false],
    [5, 4, true],
    [6, 4, true],
    [30, 20, true],
    [30, 19, false],
  ])('%i invited, %i came: passed %s', (invited, came, passed) => {
    expect(twoThirdsOf(invited)).toBe(Math.ceil((2 * invited) / 3));
    const report = checkQuorum(musdes(invited, came));
    expect(check(report, 'musdes_kuorum_2_3').passed).toBe(passed);
    // The first three to come are BPD, government and community: fewer leave an element missing.
    expect(report.valid).toBe(passed && came >= 3);
  });

  it('words the numbers in one sentence', () => {
    expect(check(checkQuorum(musdes(24, 14)), 'musdes_kuorum_2_3').message).toBe(
      'Hadir 14 dari 24 undangan; perlu paling sedikit 16 (2/3).',
    );
    expect(check(checkQuorum(musdes(24, 16)), 'musdes_kuorum_2_3').message).toBe(
      'Hadir 16 dari 24 undangan; kuorum 16 (2/3) terpenuhi.',
    );
  });

  it('walk-ins who were not invited do not count toward the 2/3', () => {
    const facts = musdes(24, 15, many(5, { invited: false }));
    const report = checkQuorum(facts);
    expect(report.summary).toMatchObject({ invited: 24, attended: 20, attendedInvited: 15, walkIns: 5 });
    expect(check(report, 'musdes_kuorum_2_3')).toMatchObject({
      passed: false,
      message:
        'Hadir 15 dari 24 undangan; perlu paling sedikit 16 (2/3); 5 peserta yang hadir tanpa undangan tidak dihitung.',
    });
    const notCame = many(3, { invited: true, attended: false });
    expect(
      check(
        checkQuorum({ ...facts, participants: [...facts.participants, ...notCame] }),
        'musdes_kuorum_2_3',
      ),
    ).toMatchObject({
      passed: false,
      message: expect.stringMatching(/^Hadir 15 dari 27 undangan; perlu paling sedikit 18/),
    });
  });

  it('after a postponement the meeting continues with those present', () => {
    const report = checkQuorum({ ...musdes(24, 10), postponedThenContinued: true });
    expect(check(report, 'musdes_kuorum_2_3')).toMatchObject({
      passed: true,
      message:
        'Hadir 10 dari 24 undangan, kurang dari 16 (2/3); musyawarah dilanjutkan setelah penundaan dengan 10 peserta yang hadir.',
    });
    expect(report.valid).toBe(true);
    const nobody = checkQuorum({ ...musdes(24, 0), postponedThenContinued: true });
    expect(check(nobody, 'musdes_kuorum_2_3').passed).toBe(false);
    expect(
      check(checkQuorum({ ...musdes(24, 20), postponedThenContinued: true }), 'musdes_kuorum_2_3').message,
    ).toBe('Hadir 20 dari 24 undangan; kuorum 16 (2/3) terpenuhi.');
  });

  it('with nobody invited the quorum cannot be counted', () => {
    const report = checkQuorum(musdes(0, 0, many(4, { invited: false })));
    expect(check(report, 'musdes_kuorum_2_3')).toMatchObject({
      passed: false,
      message: 'Belum ada peserta yang diundang, sehingga kuorum 2/3 undangan tidak dapat dihitung.',
    });
    expect(report.valid).toBe(false);
  });
});

describe('elements of a musyawarah desa', () => {
  const base = (rows: Participant[], kind: MusyawarahKind = 'musyawarah_desa'): MeetingFacts => ({
    kind,
    desaCode: DESA,
    memberCodes: [],
    postponedThenContinued: false,
    participants: rows,
  });

  it.each([
    [
      'bpd',
      'musdes_unsur_bpd',
      'Tidak ada anggota BPD yang hadir, padahal musyawarah desa diselenggarakan oleh BPD.',
    ],
    ['pemerintah_desa', 'musdes_unsur_pemerintah_desa', 'Tidak ada wakil pemerintah desa yang hadir.'],
    [
      'tokoh_adat',
      'musdes_unsur_masyarakat',
      'Tidak ada peserta dari unsur masyarakat yang hadir (selain pemerintah desa, BPD, pendamping dan pemerintah daerah).',
    ],
  ] as [ParticipantElement, string, string][])(
    'without %s the meeting is not valid',
    (element, code, message) => {
      const rows = [
        person({ element: 'bpd' }),
        person({ element: 'pemerintah_desa' }),
        person({ element: 'tokoh_adat' }),
        person({ element: 'pendamping', desaCode: null }),
        person({ element: 'pemerintah_daerah', desaCode: null }),
      ];
      const full = checkQuorum(base(rows));
      expect(full.valid).toBe(true);
      const without = checkQuorum(
        base(rows.map((p) => (p.element === element ? { ...p, attended: false } : p))),
      );
      expect(check(without, code)).toMatchObject({ passed: false, message });
      expect(without.valid).toBe(false);
      expect(without.checks.filter((c) => c.severity === 'wajib' && !c.passed).map((c) => c.code)).toEqual([
        code,
      ]);
    },
  );

  it('counts elements of those present from the holding desa only', () => {
    const report = checkQuorum(
      base([
        person({ element: 'bpd', desaCode: B }),
        person({ element: 'pemerintah_desa' }),
        person({ element: 'tokoh_agama', desaCode: null }),
      ]),
    );
    expect(check(report, 'musdes_unsur_bpd').passed).toBe(false);
    expect(check(report, 'musdes_unsur_masyarakat')).toMatchObject({
      passed: true,
      message: 'Hadir 1 peserta dari unsur masyarakat.',
    });
  });

  it('women are recommended, with their share, and never make the meeting invalid', () => {
    const nobody = checkQuorum(base([]));
    expect(check(nobody, 'musdes_perempuan').message).toBe(
      'Belum ada peserta yang hadir, sehingga belum ada perempuan yang hadir.',
    );
    const rows = [person({ element: 'bpd' }), person({ element: 'pemerintah_desa' }), person()];
    const noWomen = checkQuorum(base(rows));
    expect(check(noWomen, 'musdes_perempuan')).toMatchObject({
      severity: 'anjuran',
      passed: false,
      message: 'Tidak ada perempuan di antara 3 peserta yang hadir.',
    });
    expect(noWomen.valid).toBe(true);
    const oneWoman = checkQuorum(base([...rows, person({ gender: 'perempuan', attended: true })]));
    expect(check(oneWoman, 'musdes_perempuan')).toMatchObject({
      passed: true,
      message: 'Perempuan hadir 1 dari 4 peserta (25%).',
    });
  });

  it('a musyawarah desa khusus recommends the poor or marginal being present', () => {
    const rows = [person({ element: 'bpd' }), person({ element: 'pemerintah_desa' }), person()];
    const without = checkQuorum(base(rows, 'musyawarah_desa_khusus'));
    expect(check(without, 'musdes_khusus_masyarakat_miskin')).toMatchObject({
      severity: 'anjuran',
      passed: false,
      message: 'Tidak ada peserta dari kelompok masyarakat miskin atau marginal yang hadir.',
    });
    expect(without.valid).toBe(true);
    for (const patch of [{ element: 'masyarakat_miskin' as const }, { poorOrMarginal: true }]) {
      const r = checkQuorum(base([...rows, person(patch)], 'musyawarah_desa_khusus'));
      expect(check(r, 'musdes_khusus_masyarakat_miskin')).toMatchObject({
        passed: true,
        message: 'Hadir 1 peserta dari kelompok masyarakat miskin atau marginal.',
      });
    }
    const absent = checkQuorum(
      base([...rows, person({ poorOrMarginal: true, attended: false })], 'musyawarah_desa_khusus'),
    );
    expect(check(absent, 'musdes_khusus_masyarakat_miskin').passed).toBe(false);
  });
});

describe('musyawarah dusun', () => {
  const dusun = (rows: Participant[]): MeetingFacts => ({
    kind: 'musyawarah_dusun',
    desaCode: DESA,
    memberCodes: [],
    postponedThenContinued: false,
    participants: rows,
  });

  it('needs one attendee and has no 2/3 quorum', () => {
    const one = checkQuorum(dusun([person({ invited: false }), ...many(10, { attended: false })]));
    expect(one.valid).toBe(true);
    expect(check(one, 'musdus_ada_peserta')).toMatchObject({ passed: true, message: 'Hadir 1 peserta.' });
    const none = checkQuorum(dusun(many(3, { attended: false })));
    expect(none.valid).toBe(false);
    expect(check(none, 'musdus_ada_peserta').message).toBe('Belum ada peserta yang hadir.');
  });

  it('recommends women', () => {
    const r = checkQuorum(dusun([person({ gender: 'perempuan' }), ...many(2)]));
    expect(check(r, 'musdus_perempuan')).toMatchObject({
      passed: true,
      message: 'Perempuan hadir 1 dari 3 peserta (33,3%).',
    });
  });
});

describe('musyawarah antar desa', () => {
  const delegation = (desaCode: string, { bpd = true, pemdes = true, masyarakat = true } = {}) => [
    ...(pemdes ? [person({ desaCode, element: 'pemerintah_desa' })] : []),
    ...(bpd ? [person({ desaCode, element: 'bpd' })] : []),
    ...(masyarakat ? [person({ desaCode, element: 'lembaga_kemasyarakatan', gender: 'perempuan' })] : []),
  ];
  const mad = (rows: Participant[], memberCodes = [C, A, B]): MeetingFacts => ({
    kind: 'musyawarah_antar_desa',
    desaCode: null,
    memberCodes,
    postponedThenContinued: false,
    participants: rows,
  });

  it('is valid when every member desa sends government and BPD', () => {
    const r = checkQuorum(mad([...delegation(A), ...delegation(B), ...delegation(C)]));
    expect(r.valid).toBe(true);
    expect(check(r, 'mad_wakil_desa')).toMatchObject({
      passed: true,
      message: 'Semua 3 desa anggota diwakili pemerintah desa dan anggota BPD yang hadir.',
      desaCodes: [],
    });
    expect(r.checks.every((c) => c.passed)).toBe(true);
  });

  it('names the member desa whose BPD is missing', () => {
    const r = checkQuorum(mad([...delegation(A), ...delegation(B, { bpd: false }), ...delegation(C)]));
    expect(r.valid).toBe(false);
    expect(check(r, 'mad_wakil_desa')).toMatchObject({
      passed: false,
      message: `1 dari 3 desa anggota belum diwakili pemerintah desa dan anggota BPD yang hadir: ${B} (tanpa BPD).`,
      desaCodes: [B],
    });
  });

  it('lists every lacking desa in code order, with what each lacks', () => {
    const r = checkQuorum(
      mad([
        ...delegation(C, { pemdes: false, bpd: false }),
        ...delegation(A, { pemdes: false }),
        ...delegation(B),
        person({ desaCode: A, element: 'bpd', attended: false }),
        person({ desaCode: null, element: 'pemerintah_desa' }),
      ]),
    );
    expect(check(r, 'mad_wakil_desa')).toMatchObject({
      passed: false,
      message: `2 dari 3 desa anggota belum diwakili pemerintah desa dan anggota BPD yang hadir: ${A} (tanpa pemerintah desa), ${C} (tanpa pemerintah desa dan BPD).`,
      desaCodes: [A, C],
    });
  });

  it('recommends unsur masyarakat from each member desa and women', () => {
    const r = checkQuorum(mad([...delegation(A), ...delegation(B, { masyarakat: false }), ...delegation(C)]));
    expect(r.valid).toBe(true);
    expect(check(r, 'mad_unsur_masyarakat_desa')).toMatchObject({
      severity: 'anjuran',
      passed: false,
      message: `1 dari 3 desa anggota belum diwakili unsur masyarakat atau lembaga kemasyarakatan desa: ${B}.`,
      desaCodes: [B],
    });
    expect(check(r, 'mad_perempuan').message).toBe('Perempuan hadir 2 dari 8 peserta (25%).');
  });

  it('fails clearly for a kawasan without member desa', () => {
    const r = checkQuorum(mad(delegation(A), []));
    expect(check(r, 'mad_wakil_desa')).toMatchObject({
      passed: false,
      message: 'Kawasan belum mempunyai desa anggota.',
    });
    expect(r.valid).toBe(false);
  });
});

describe('musrenbang kawasan', () => {
  const kawasan = (rows: Participant[]): MeetingFacts => ({
    kind: 'musrenbang_kawasan',
    desaCode: null,
    memberCodes: [A, B, C, B],
    postponedThenContinued: false,
    participants: rows,
  });

  it('needs an attendee from every member desa', () => {
    const r = checkQuorum(
      kawasan([
        person({ desaCode: A }),
        person({ desaCode: C, element: 'kelompok_tani' }),
        person({ desaCode: B, attended: false }),
      ]),
    );
    expect(r.valid).toBe(false);
    expect(check(r, 'kawasan_wakil_desa')).toMatchObject({
      passed: false,
      message: `1 dari 3 desa anggota belum diwakili peserta yang hadir: ${B}.`,
      desaCodes: [B],
    });
    expect(check(r, 'kawasan_pemerintah_daerah')).toMatchObject({
      severity: 'anjuran',
      passed: false,
      message: 'Tidak ada wakil pemerintah daerah (perangkat daerah yang programnya dipadukan) yang hadir.',
    });
  });

  it('is valid with every desa present; the kabupaten and women are recommended', () => {
    const r = checkQuorum(
      kawasan([
        person({ desaCode: A }),
        person({ desaCode: B }),
        person({ desaCode: C, gender: 'perempuan' }),
        person({ desaCode: null, element: 'pemerintah_daerah' }),
        person({ desaCode: null, element: 'pemerintah_daerah', gender: 'perempuan' }),
      ]),
    );
    expect(r.valid).toBe(true);
    expect(check(r, 'kawasan_wakil_desa').message).toBe(
      'Semua 3 desa anggota diwakili paling sedikit satu peserta yang hadir.',
    );
    expect(check(r, 'kawasan_pemerintah_daerah').message).toBe('Hadir 2 peserta dari pemerintah daerah.');
    expect(check(r, 'kawasan_perempuan').message).toBe('Perempuan hadir 2 dari 5 peserta (40%).');
  });
});

describe('voteMajorityCheck', () => {
  it.each([
    [20, 11, true, 11],
    [20, 10, false, 11],
    [21, 11, true, 11],
    [21, 10, false, 11],
    [1, 1, true, 1],
    [1, 0, false, 1],
    [2, 1, false, 2],
    [2, 2, true, 2],
    [3, 2, true, 2],
  ])('%i present, %i votes: passed %s (needs %i)', (attended, votes, passed, need) => {
    expect(majorityOf(attended)).toBe(need);
    const c = voteMajorityCheck(attended, votes);
    expect(c).toMatchObject({ code: 'keputusan_suara_terbanyak', severity: 'wajib', passed });
    expect(c.message).toContain(`paling sedikit ${need} (½ + 1)`);
  });

  it('words the numbers', () => {
    expect(voteMajorityCheck(20, 10).message).toBe(
      'Usulan terpilih mendapat 10 suara dari 20 peserta yang hadir; perlu paling sedikit 11 (½ + 1).',
    );
  });

  it.each([
    [0, 0, 'Tidak ada peserta yang hadir, sehingga keputusan dengan suara terbanyak tidak dapat diambil.'],
    [10, 11, 'Usulan terpilih mendapat 11 suara, lebih dari 10 peserta yang hadir.'],
    [10.5, 6, 'Jumlah peserta yang hadir dan jumlah suara harus bilangan bulat, nol atau lebih.'],
    [10, -1, 'Jumlah peserta yang hadir dan jumlah suara harus bilangan bulat, nol atau lebih.'],
  ])('%d present, %d votes fails clearly', (attended, votes, message) => {
    expect(voteMajorityCheck(attended, votes)).toMatchObject({ passed: false, message });
  });
});

describe('meetingFactsIssues', () => {
  it('a desa-level meeting needs its desa and its participants from that desa', () => {
    const facts = { ...musdes(3, 3), participants: [person(), person({ desaCode: B })] };
    expect(meetingFactsIssues(facts)).toEqual([
      {
        field: 'participants[1].desaCode',
        message: `Desa ${B} bukan desa penyelenggara atau anggota kawasan musyawarah ini.`,
      },
    ]);
    expect(meetingFactsIssues({ ...facts, desaCode: null }).map((i) => i.field)).toEqual([
      'desaCode',
      'participants[0].desaCode',
      'participants[1].desaCode',
    ]);
    expect(meetingFactsIssues({ ...facts, desaCode: null })[0]!.message).toBe(
      'Musyawarah desa wajib menyebut kode desa penyelenggaranya.',
    );
  });

  it('a kawasan meeting needs distinct member desa; a participant outside them is an issue', () => {
    const p = person({ desaCode: C });
    const dup = person({ desaCode: A });
    expect(
      meetingFactsIssues({
        kind: 'musyawarah_antar_desa',
        desaCode: null,
        memberCodes: [A, B, A],
        postponedThenContinued: false,
        participants: [dup, p, { ...dup }],
      }),
    ).toEqual([
      { field: 'memberCodes[2]', message: `Desa anggota ${A} tercantum lebih dari sekali.` },
      {
        field: 'participants[1].desaCode',
        message: `Desa ${C} bukan desa penyelenggara atau anggota kawasan musyawarah ini.`,
      },
      { field: 'participants[2].id', message: `Kode peserta ${dup.id} tercantum lebih dari sekali.` },
    ]);
    expect(
      meetingFactsIssues({
        kind: 'musrenbang_kawasan',
        desaCode: null,
        memberCodes: [],
        postponedThenContinued: false,
        participants: [],
      }),
    ).toEqual([{ field: 'memberCodes', message: 'Kawasan belum mempunyai desa anggota.' }]);
    expect(meetingFactsIssues({ ...musdes(1, 1), kind: 'rapat' as never }).map((i) => i.field)).toEqual([
      'kind',
    ]);
  });
});

describe('percentText', () => {
  it.each([
    [1, 4, '25%'],
    [1, 3, '33,3%'],
    [2, 3, '66,7%'],
    [1, 8, '12,5%'],
    [1, 2000, '0,1%'],
    [1, 2001, '0%'],
    [7, 7, '100%'],
  ])('%i of %i is %s', (part, whole, text) => {
    expect(percentText(part, whole)).toBe(text);
  });
});

describe('order of participants', () => {
  const ELEMENTS: ParticipantElement[] = [
    'bpd',
    'pemerintah_desa',
    'tokoh_adat',
    'masyarakat_miskin',
    'pendamping',
    'pemerintah_daerah',
  ];

  function randomFacts(random: () => number): MeetingFacts {
    const kind = pick(random, MUSYAWARAH_KINDS);
    const members = [A, B, C];
    const participants = Array.from({ length: between(random, 0, 30) }, () =>
      person({
        gender: random() < 0.4 ? 'perempuan' : 'laki_laki',
        element: pick(random, ELEMENTS),
        desaCode: random() < 0.1 ? null : pick(random, members),
        invited: random() < 0.8,
        attended: random() < 0.7,
        poorOrMarginal: random() < 0.2,
        youth: random() < 0.3,
        disability: random() < 0.1,
      }),
    );
    return {
      kind,
      desaCode:
        kind === 'musyawarah_desa' || kind === 'musyawarah_desa_khusus' || kind === 'musyawarah_dusun'
          ? A
          : null,
      memberCodes: members,
      postponedThenContinued: random() < 0.3,
      participants,
    };
  }

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    'seed %i: shuffling participants and members changes nothing',
    (seed) => {
      const random = seeded(seed);
      const facts = randomFacts(random);
      const report = checkQuorum(facts);
      expect(report.version).toBe(QUORUM_RULES_VERSION);
      expect(report.valid).toBe(report.checks.every((c) => c.severity === 'anjuran' || c.passed));
      const again = checkQuorum({
        ...facts,
        participants: shuffled(random, facts.participants),
        memberCodes: shuffled(random, facts.memberCodes),
      });
      expect(again).toEqual(report);
    },
  );
});
