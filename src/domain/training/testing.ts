/**
 * Test fixtures for pelatihan: a BUM Desa management programme of a training centre, its first
 * run (angkatan) in Kab. Semarang (3322), participants, registrations, scores, a certificate and
 * actors of every role. Override what a test varies.
 */
import type { Actor } from '../access/policy.ts';
import type { Role, Scope } from '../access/role.ts';
import { type CertificateRecord, certificateCodeFromBytes } from './certificate.ts';
import type { FollowUpRecord } from './follow-up.ts';
import type { ParticipantScores } from './gain.ts';
import type { SessionSnapshot } from './lifecycle.ts';
import type { ProgrammeDraft, ScheduleDay, SessionDraft } from './programme.ts';
import type { ParticipantDraft, RegistrationRow } from './registration.ts';

export const PROVIDER_ID = 'P-bppmddtt';
export const OTHER_PROVIDER_ID = 'P-univ';
export const DESA_A = '3322012001';
export const DESA_B = '3322012002';
export const DESA_OTHER_KAB = '3374011001';
export const KAWASAN_ID = 'K-1';

/** A complete, valid programme: 24 JP, three tested aspects, 80 % attendance, follow-up after 3 months. */
export function programme(overrides: Partial<ProgrammeDraft> = {}): ProgrammeDraft {
  return {
    providerId: PROVIDER_ID,
    title: 'Pelatihan Pengelolaan BUM Desa',
    topicId: 'tata_kelola_bumdes',
    description: 'Tata kelola, pembukuan dan rencana usaha BUM Desa.',
    targetAspects: ['pengetahuan', 'sikap', 'keterampilan'],
    competencies: [
      { aspect: 'pengetahuan', description: 'Menjelaskan organ BUM Desa menurut PP 11/2021' },
      { aspect: 'sikap', description: 'Bersedia melaporkan keuangan secara terbuka kepada musyawarah desa' },
      { aspect: 'keterampilan', description: 'Menyusun laporan keuangan bulanan unit usaha' },
    ],
    targetGroups: ['pengelola_bumdes'],
    curriculumHours: 24,
    testedAspects: ['pengetahuan', 'sikap', 'keterampilan'],
    requiresPostTest: true,
    minAttendancePercent: 80,
    followUpMonths: 3,
    ...overrides,
  };
}

/** Three days of 8 JP, 2026-05-12 to 2026-05-14. */
export const SCHEDULE: readonly ScheduleDay[] = [
  { date: '2026-05-12', hours: 8, agenda: 'Organ dan tata kelola BUM Desa' },
  { date: '2026-05-13', hours: 8, agenda: 'Pembukuan dan laporan keuangan' },
  { date: '2026-05-14', hours: 8, agenda: 'Rencana usaha dan praktik' },
];

/** A complete, valid session of `programme()`. */
export function session(overrides: Partial<SessionDraft> = {}): SessionDraft {
  return {
    label: 'Angkatan I',
    startDate: '2026-05-12',
    endDate: '2026-05-14',
    schedule: SCHEDULE,
    place: { mode: 'luring', name: 'Aula Kecamatan Bringin', regionCode: '332201' },
    trainers: [
      { name: 'Dra. Wulan Sari', affiliation: 'BPPMDDTT Yogyakarta', facilitatorId: null },
      { name: 'Budi Santoso', affiliation: 'Pendamping Desa Kec. Bringin', facilitatorId: 'F-pd' },
    ],
    capacity: 3,
    desaCodes: [DESA_A, DESA_B],
    kawasanIds: [KAWASAN_ID],
    ...overrides,
  };
}

/** The lifecycle's view of a session in `state` that passes every guard. */
export function snapshot(overrides: Partial<SessionSnapshot> = {}): SessionSnapshot {
  return {
    id: 'S-1',
    state: 'rencana',
    draftIssues: [],
    registeredCount: 2,
    endDate: '2026-05-14',
    daysWithoutAttendance: [],
    ...overrides,
  };
}

/** A BUM Desa manager of desa A. */
export function participant(overrides: Partial<ParticipantDraft> = {}): ParticipantDraft {
  return {
    name: 'Siti Aminah',
    gender: 'perempuan',
    birthYear: 1988,
    desaCode: DESA_A,
    role: 'pengelola_bumdes',
    enterpriseId: 'E-bumdes-a',
    facilitatorId: null,
    ...overrides,
  };
}

export function registration(id: string, status: RegistrationRow['status'], seq: number): RegistrationRow {
  return { id, personKey: `key-${id}`, status, seq };
}

/** Scores of one participant on the three tested aspects. */
export function scores(
  participantId: string,
  pre: ParticipantScores['pre'],
  post: ParticipantScores['post'],
): ParticipantScores {
  return { participantId, pre, post };
}

/** A follow-up of a reached BUM Desa manager, on the due date of the fixture session. */
export function followUp(overrides: Partial<FollowUpRecord> = {}): FollowUpRecord {
  return {
    registrationId: 'R-1',
    recordedOn: '2026-08-14',
    method: 'kunjungan',
    reached: true,
    indicators: [
      { indicatorId: 'pembukuan_rutin', state: 'tercapai' },
      { indicatorId: 'unit_usaha_dimulai', state: 'belum' },
    ],
    note: '',
    ...overrides,
  };
}

/** Five fixed bytes, so the code is always the same. */
export const CODE_BYTES = new Uint8Array([0x3a, 0x7f, 0x11, 0xc4, 0x90]);

export function certificate(overrides: Partial<CertificateRecord> = {}): CertificateRecord {
  return {
    code: certificateCodeFromBytes(CODE_BYTES),
    nameAsPrinted: 'Siti Aminah',
    programmeTitle: 'Pelatihan Pengelolaan BUM Desa',
    providerName: 'BPPMDDTT Yogyakarta',
    sessionLabel: 'Angkatan I',
    startDate: '2026-05-12',
    endDate: '2026-05-14',
    hours: 24,
    issuedOn: '2026-05-20',
    revocation: null,
    ...overrides,
  };
}

/** A signed-in user with the given role assignments. */
export function user(userId: string, ...grants: [Role, Scope][]): Actor {
  return {
    kind: 'user',
    userId,
    label: userId,
    readOnly: false,
    assignments: grants.map(([role, scope], i) => ({ id: `a${i}`, role, scope })),
  };
}

export const region = (code: string): Scope => ({ kind: 'region', code });
export const kawasan = (id: string): Scope => ({ kind: 'kawasan', id });
export const provider = (id: string): Scope => ({ kind: 'training_provider', id });

export const ACTORS = {
  providerUser: user('U-balai', ['training_provider', provider(PROVIDER_ID)]),
  otherProviderUser: user('U-univ', ['training_provider', provider(OTHER_PROVIDER_ID)]),
  national: user('U-nas', ['national', { kind: 'national' }]),
  province: user('U-prov', ['province', region('33')]),
  kabupaten: user('U-kab', ['kabupaten', region('3322')]),
  otherKabupaten: user('U-kab2', ['kabupaten', region('3374')]),
  facilitator: user('U-pld', ['facilitator', region('332201')]),
  kawasanFacilitator: user('U-ta', ['facilitator', kawasan(KAWASAN_ID)]),
  village: user('U-desa', ['village', region(DESA_A)]),
  otherVillage: user('U-desa2', ['village', region('3322022003')]),
  kawasanManager: user('U-bkad', ['kawasan_manager', kawasan(KAWASAN_ID)]),
  enterprise: user('U-bumdes', ['enterprise', { kind: 'enterprise', id: 'E-bumdes-a' }]),
  system: { kind: 'system', label: 'cli' } as Actor,
} as const;
