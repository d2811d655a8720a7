import { describe, expect, it } from 'vitest';
import {
  attendanceSummary,
  DESA_LEVEL_KINDS,
  GENDER_LABELS,
  GENDERS,
  isCommunityElement,
  isDesaLevelKind,
  MUSYAWARAH_KIND_LABELS,
  MUSYAWARAH_KINDS,
  PARTICIPANT_ELEMENT_LABELS,
  PARTICIPANT_ELEMENTS,
  type Participant,
  participantIssues,
} from './attendance.ts';
import { seeded, shuffled } from './testing.ts';

const DESA_A = '3503010001';
const DESA_B = '3503010002';

const person = (id: string, patch: Partial<Participant> = {}): Participant => ({
  id,
  name: `Peserta ${id}`,
  gender: 'laki_laki',
  youth: false,
  poorOrMarginal: false,
  disability: false,
  element: 'tokoh_masyarakat',
  desaCode: DESA_A,
  invited: true,
  attended: true,
  ...patch,
});

describe('vocabulary', () => {
  it('labels every kind, element and gender in Indonesian', () => {
    expect(MUSYAWARAH_KINDS.map((k) => MUSYAWARAH_KIND_LABELS[k])).toEqual([
      'Musyawarah dusun',
      'Musyawarah desa',
      'Musyawarah desa khusus',
      'Musyawarah antar desa',
      'Musrenbang kawasan',
    ]);
    expect(Object.keys(PARTICIPANT_ELEMENT_LABELS)).toEqual([...PARTICIPANT_ELEMENTS]);
    expect(Object.keys(GENDER_LABELS)).toEqual([...GENDERS]);
    expect(PARTICIPANT_ELEMENT_LABELS.bpd).toBe('Badan Permusyawaratan Desa (BPD)');
  });

  it('desa-level kinds are dusun, desa and desa khusus', () => {
    expect(DESA_LEVEL_KINDS).toEqual(['musyawarah_dusun', 'musyawarah_desa', 'musyawarah_desa_khusus']);
    expect(MUSYAWARAH_KINDS.filter(isDesaLevelKind)).toEqual([...DESA_LEVEL_KINDS]);
  });

  it('unsur masyarakat is every element but government, BPD, pendamping and pemerintah daerah', () => {
    expect(PARTICIPANT_ELEMENTS.filter((e) => !isCommunityElement(e))).toEqual([
      'pemerintah_desa',
      'bpd',
      'pendamping',
      'pemerintah_daerah',
    ]);
    expect(isCommunityElement('lembaga_kemasyarakatan')).toBe(true);
    expect(isCommunityElement('bukan_unsur' as never)).toBe(false);
  });
});

describe('participantIssues', () => {
  it('a clean list, with a participant from outside any desa, has no issues', () => {
    const list = [person('p1'), person('p2', { desaCode: DESA_B }), person('p3', { desaCode: null })];
    expect(participantIssues(list, [DESA_A, DESA_B])).toEqual([]);
    expect(participantIssues([], [DESA_A])).toEqual([]);
  });

  it('reports each problem at its field path', () => {
    const list = [
      person('p1'),
      person('p2', { name: '  ' }),
      person('p1', { gender: 'x' as never }),
      person('p4', { element: 'kepala_suku' as never, desaCode: DESA_B }),
      person('', { attended: 'ya' as never }),
    ];
    expect(participantIssues(list, [DESA_A])).toEqual([
      { field: 'participants[1].name', message: 'Nama peserta wajib diisi.' },
      { field: 'participants[2].id', message: 'Kode peserta p1 tercantum lebih dari sekali.' },
      {
        field: 'participants[2].gender',
        message: 'Jenis kelamin harus salah satu dari: perempuan, laki_laki.',
      },
      {
        field: 'participants[3].element',
        message: `Unsur peserta harus salah satu dari: ${PARTICIPANT_ELEMENTS.join(', ')}.`,
      },
      {
        field: 'participants[3].desaCode',
        message: `Desa ${DESA_B} bukan desa penyelenggara atau anggota kawasan musyawarah ini.`,
      },
      { field: 'participants[4].id', message: 'Kode peserta wajib diisi.' },
      { field: 'participants[4].attended', message: 'Keterangan hadir harus ya atau tidak (true/false).' },
    ]);
  });

  it('with no allowed desa, every desa code is an issue', () => {
    expect(participantIssues([person('p1')], []).map((i) => i.field)).toEqual(['participants[0].desaCode']);
  });
});

describe('attendanceSummary', () => {
  const LIST: Participant[] = [
    person('a', { gender: 'perempuan', element: 'kelompok_perempuan', youth: true }),
    person('b', { element: 'bpd' }),
    person('c', { gender: 'perempuan', element: 'bpd', desaCode: DESA_B }),
    person('d', { element: 'pemerintah_desa', desaCode: DESA_B, disability: true }),
    person('e', { invited: false, poorOrMarginal: true, element: 'masyarakat_miskin' }),
    person('f', { invited: false, gender: 'perempuan', desaCode: null, element: 'pendamping' }),
    person('g', { attended: false, gender: 'perempuan', element: 'tokoh_agama' }),
    person('h', { attended: false, invited: true, element: 'pemerintah_daerah', desaCode: null }),
    person('i', { attended: false, invited: false }),
  ];

  it('counts invited, attended, walk-ins and the disaggregation of those present', () => {
    expect(attendanceSummary(LIST)).toEqual({
      invited: 6,
      attended: 6,
      attendedInvited: 4,
      walkIns: 2,
      women: 3,
      men: 3,
      youth: 1,
      poorOrMarginal: 1,
      disability: 1,
      byElement: [
        { element: 'pemerintah_desa', attended: 1, women: 0 },
        { element: 'bpd', attended: 2, women: 1 },
        { element: 'kelompok_perempuan', attended: 1, women: 1 },
        { element: 'masyarakat_miskin', attended: 1, women: 0 },
        { element: 'pendamping', attended: 1, women: 1 },
      ],
      byDesa: [
        { desaCode: DESA_A, attended: 3, women: 1 },
        { desaCode: DESA_B, attended: 2, women: 1 },
      ],
    });
  });

  it('an empty list counts zero everywhere', () => {
    expect(attendanceSummary([])).toEqual({
      invited: 0,
      attended: 0,
      attendedInvited: 0,
      walkIns: 0,
      women: 0,
      men: 0,
      youth: 0,
      poorOrMarginal: 0,
      disability: 0,
      byElement: [],
      byDesa: [],
    });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: the order of the list does not change the summary', (seed) => {
    expect(attendanceSummary(shuffled(seeded(seed), LIST))).toEqual(attendanceSummary(LIST));
  });
});
