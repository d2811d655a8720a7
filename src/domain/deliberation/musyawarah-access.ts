/**
 * Who may record a musyawarah of a kawasan, and when. A meeting of one member desa (musyawarah
 * dusun, desa, desa khusus) is recorded by that desa's village operator, a facilitator whose area
 * covers the desa or who is assigned to the kawasan, or the kawasan's management. A meeting of the
 * kawasan (musyawarah antar desa, musrenbang kawasan) is recorded by a facilitator of the kawasan
 * or of a member's area, or the management. Recording is open while the kawasan is active (from
 * the proposal to evaluation); a musyawarah antar desa is how desa propose a kawasan, so it may
 * also be recorded for a draft. Once the berita acara is fixed (`ditetapkan`) nothing changes.
 * Proposals (usulan) follow the same rules, by the desa they belong to (none: the kawasan's).
 */
import type { ErrorCode } from '../errors.ts';
import { actorPasses, type KawasanActor } from '../kawasan/kawasan-actor.ts';
import { ACTIVE_STATES, KAWASAN_STATE_LABELS, type KawasanState } from '../kawasan/lifecycle.ts';
import { isDesaLevelKind, MUSYAWARAH_KIND_LABELS, type MusyawarahKind } from './attendance.ts';

/** The kawasan as these rules read it. */
export interface DeliberationPlace {
  kawasanId: string;
  state: KawasanState;
  memberCodes: readonly string[];
}

export interface Refusal {
  code: Extract<ErrorCode, 'invalid_input' | 'forbidden' | 'conflict'>;
  field: string | null;
  message: string;
}

/** States in which a musyawarah of `kind` may be recorded. */
export function recordingStates(kind: MusyawarahKind): readonly KawasanState[] {
  return kind === 'musyawarah_antar_desa' ? ['draf', ...ACTIVE_STATES] : ACTIVE_STATES;
}

/** States in which proposals may be added or changed (a musyawarah antar desa of a draft discusses them too). */
export const PROPOSAL_STATES: readonly KawasanState[] = ['draf', ...ACTIVE_STATES];

function regionCovers(code: string, target: string): boolean {
  return target.startsWith(code);
}

/**
 * Whether the actor may record for `desaCode` of the kawasan (null: the kawasan as a whole).
 * Does not check the state or whether the desa is a member; see `recordingRefusal`.
 */
export function mayRecord(actor: KawasanActor, place: DeliberationPlace, desaCode: string | null): boolean {
  if (actorPasses('management', actor, place.kawasanId, place.memberCodes)) return true;
  return actor.grants.some((g) => {
    if (g.scope.kind === 'kawasan') return g.role === 'facilitator' && g.scope.id === place.kawasanId;
    if (g.scope.kind !== 'region') return false;
    const code = g.scope.code;
    if (desaCode !== null) {
      return (g.role === 'village' || g.role === 'facilitator') && regionCovers(code, desaCode);
    }
    return g.role === 'facilitator' && place.memberCodes.some((m) => regionCovers(code, m));
  });
}

const WHO_DESA =
  'Hanya operator desa penyelenggara, pendamping yang wilayah tugasnya mencakup desa itu atau yang ditugaskan di kawasan ini, atau pengelola kawasan yang dapat mencatat musyawarah desa ini.';
const WHO_KAWASAN =
  'Hanya pendamping kawasan ini atau wilayah desa anggotanya, atau pengelola kawasan yang dapat mencatat musyawarah tingkat kawasan.';

/** Whether the kind and desa fit the kawasan: a desa-level kind names a member desa, a kawasan kind none. */
export function placeRefusal(
  place: DeliberationPlace,
  kind: MusyawarahKind,
  desaCode: string | null,
): Refusal | null {
  if (isDesaLevelKind(kind)) {
    if (desaCode === null) {
      return {
        code: 'invalid_input',
        field: 'desaCode',
        message: `${MUSYAWARAH_KIND_LABELS[kind]} wajib menyebut desa anggota penyelenggaranya.`,
      };
    }
    if (!place.memberCodes.includes(desaCode)) {
      return {
        code: 'invalid_input',
        field: 'desaCode',
        message: `Desa ${desaCode} bukan desa anggota kawasan ini.`,
      };
    }
    return null;
  }
  if (desaCode !== null) {
    return {
      code: 'invalid_input',
      field: 'desaCode',
      message: `${MUSYAWARAH_KIND_LABELS[kind]} diselenggarakan kawasan, bukan satu desa: kode desa harus kosong.`,
    };
  }
  return null;
}

function stateRefusal(
  place: DeliberationPlace,
  allowed: readonly KawasanState[],
  what: string,
): Refusal | null {
  if (allowed.includes(place.state)) return null;
  return {
    code: 'conflict',
    field: null,
    message: `${what} tidak dapat dicatat untuk kawasan berstatus ${KAWASAN_STATE_LABELS[place.state].toLowerCase()}.`,
  };
}

/**
 * Why the actor may not record (create, edit, fill the attendance list, enter results, fix) a
 * musyawarah of `kind` for `desaCode` now, or null when they may. Checked in order: the place
 * (400), the actor (403), the kawasan's state and the meeting's own (409).
 */
export function recordingRefusal(
  actor: KawasanActor,
  place: DeliberationPlace,
  meeting: { kind: MusyawarahKind; desaCode: string | null; state?: 'draf' | 'ditetapkan' },
): Refusal | null {
  const misplaced = placeRefusal(place, meeting.kind, meeting.desaCode);
  if (misplaced) return misplaced;
  const desaLevel = isDesaLevelKind(meeting.kind);
  if (!mayRecord(actor, place, desaLevel ? meeting.desaCode : null)) {
    return { code: 'forbidden', field: null, message: desaLevel ? WHO_DESA : WHO_KAWASAN };
  }
  const state = stateRefusal(place, recordingStates(meeting.kind), MUSYAWARAH_KIND_LABELS[meeting.kind]);
  if (state) return state;
  if (meeting.state === 'ditetapkan') {
    return {
      code: 'conflict',
      field: null,
      message:
        'Berita acara musyawarah ini sudah ditetapkan, sehingga catatan, daftar hadir dan hasilnya tidak dapat diubah lagi.',
    };
  }
  return null;
}

/** Why the actor may not add or change a proposal of `desaCode` (null: the kawasan's) now, or null. */
export function proposalRefusal(
  actor: KawasanActor,
  place: DeliberationPlace,
  proposal: { desaCode: string | null; status?: string },
): Refusal | null {
  if (proposal.desaCode !== null && !place.memberCodes.includes(proposal.desaCode)) {
    return {
      code: 'invalid_input',
      field: 'desaCode',
      message: `Desa ${proposal.desaCode} bukan desa anggota kawasan ini.`,
    };
  }
  if (!mayRecord(actor, place, proposal.desaCode)) {
    return {
      code: 'forbidden',
      field: null,
      message:
        proposal.desaCode === null
          ? 'Hanya pendamping kawasan ini atau wilayah desa anggotanya, atau pengelola kawasan yang dapat mencatat usulan kawasan.'
          : 'Hanya operator desa pengusul, pendamping wilayah desa itu atau kawasan ini, atau pengelola kawasan yang dapat mencatat usulan desa ini.',
    };
  }
  const state = stateRefusal(place, PROPOSAL_STATES, 'Usulan');
  if (state) return state;
  if (proposal.status !== undefined && proposal.status !== 'diajukan' && proposal.status !== 'dibawa') {
    return {
      code: 'conflict',
      field: null,
      message:
        'Usulan yang sudah diputuskan musyawarah (terpilih, didanai atau tidak terpilih) tidak dapat diubah.',
    };
  }
  return null;
}
