/** Test fixtures for facilitation: facilitators of Kab. Semarang (3322), assignments, an entry to vary. */
import type { ActivityEntryContext, ActivityEntryDraft } from './activity-log.ts';
import type { FacilitatorAssignment, Place } from './assignment.ts';
import type { Facilitator } from './facilitator.ts';
import type { LogActor, LogEntrySnapshot, LogState } from './review.ts';

/** Two desa of district 332201 and one of district 332202. */
export const DESA_A = '3322012001';
export const DESA_B = '3322012002';
export const DESA_OTHER_DISTRICT = '3322022003';

export const PLACE_A: Place = { kind: 'desa', code: DESA_A };
export const PLACE_B: Place = { kind: 'desa', code: DESA_B };
export const KAWASAN: Place = { kind: 'kawasan', id: 'K-1' };

/** A complete facilitator (a PLD in district 332201); override what a test varies. */
export function facilitator(overrides: Partial<Facilitator> = {}): Facilitator {
  return {
    id: 'F-pld',
    name: 'Sri Wahyuni',
    gender: 'perempuan',
    phone: '081234567890',
    email: null,
    type: 'pld',
    homeRegionCode: '332201',
    activeFrom: '2026-01-01',
    activeTo: null,
    supervisorId: 'F-pd',
    userId: 'U-sri',
    ...overrides,
  };
}

/** An assignment of `F-pld` to desa A from 2026-01-01, open. */
export function assignment(overrides: Partial<FacilitatorAssignment> = {}): FacilitatorAssignment {
  return { id: 'AS-1', facilitatorId: 'F-pld', place: PLACE_A, from: '2026-01-01', to: null, ...overrides };
}

/** A complete, valid entry for desa A on 2026-03-10. */
export function entry(overrides: Partial<ActivityEntryDraft> = {}): ActivityEntryDraft {
  return {
    date: '2026-03-10',
    place: PLACE_A,
    category: 'dokumen_perencanaan',
    topic: 'Penyusunan RKPDes 2027',
    participants: { perempuan: 7, laki_laki: 12 },
    groups: ['pemerintah_desa', 'bpd', 'kelompok_perempuan'],
    activities: 'Memfasilitasi musyawarah dusun untuk menggali usulan kegiatan RKPDes.',
    outputs: 'Daftar 14 usulan kegiatan dari tiga dusun.',
    followUp: 'Usulan dibahas dalam musyawarah desa bulan April.',
    evidence: [{ id: 'E-1', mediaType: 'image/jpeg' }],
    gps: { lat: -7.3834, lon: 110.4213 },
    ...overrides,
  };
}

/** The context of `entry()`: today 2026-03-15, `F-pld` assigned to desa A. */
export function context(overrides: Partial<ActivityEntryContext> = {}): ActivityEntryContext {
  return { today: '2026-03-15', facilitatorId: 'F-pld', assignments: [assignment()], ...overrides };
}

export const ACTORS = {
  owner: { userId: 'U-sri', facilitatorId: 'F-pld', label: 'Sri Wahyuni, PLD' },
  supervisor: { userId: 'U-budi', facilitatorId: 'F-pd', label: 'Budi Santoso, PD' },
  otherFacilitator: { userId: 'U-ani', facilitatorId: 'F-other', label: 'Ani, PLD' },
  officer: { userId: 'U-dinas', facilitatorId: null, label: 'Dinas PMD Kab. Semarang' },
} satisfies Record<string, LogActor>;

/** An entry in `state` owned by `F-pld`, supervised by `F-pd`, with valid content. */
export function logEntry(state: LogState, overrides: Partial<LogEntrySnapshot> = {}): LogEntrySnapshot {
  return {
    id: 'LOG-1',
    state,
    ownerFacilitatorId: 'F-pld',
    supervisorFacilitatorId: 'F-pd',
    submission: 1,
    contentIssues: [],
    ...overrides,
  };
}

/** Bytes starting with a file type's signature. */
export const BYTES = {
  jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
  pdf: new TextEncoder().encode('%PDF-1.7\n'),
  gif: new TextEncoder().encode('GIF89a..'),
};
