import type { KawasanMember } from '../../../contracts/kawasan.contract';
import { FINAL_STATES, type KawasanState } from '../../../domain/kawasan/lifecycle';

/** Badge colour of each state: grey while a draft, blues while proposed, greens once designated. */
export const KAWASAN_STATE_COLORS: Record<KawasanState, string> = {
  draf: 'gray',
  usulan: 'blue',
  diverifikasi: 'cyan',
  ditetapkan: 'teal',
  perencanaan: 'green',
  pelaksanaan: 'green',
  evaluasi: 'lime',
  ditolak: 'red',
  dibatalkan: 'dark',
};

/** The path a kawasan walks, in order; evaluasi leads back to perencanaan for the next cycle. */
export const LIFECYCLE_PATH: readonly KawasanState[] = [
  'draf',
  'usulan',
  'diverifikasi',
  'ditetapkan',
  'perencanaan',
  'pelaksanaan',
  'evaluasi',
];

/**
 * The note on a kawasan just created: a draft still wants its members and a proposal; one made
 * from a recommender proposal is already proposed and waits for verification.
 */
export function createdNoteKey(
  state: KawasanState,
): 'kawasan.detail.createdDraft' | 'kawasan.detail.createdProposed' {
  return state === 'draf' ? 'kawasan.detail.createdDraft' : 'kawasan.detail.createdProposed';
}

export type StepStatus = 'done' | 'current' | 'todo';

export interface LifecycleStep {
  state: KawasanState;
  status: StepStatus;
}

/**
 * Each state of the path with whether it is passed, the current one, or still ahead. A rejected
 * or cancelled kawasan has no current step: the steps up to `endedFrom` (the state it left, from
 * the timeline) are done and the rest will not come.
 */
export function lifecycleSteps(state: KawasanState, endedFrom: KawasanState | null = null): LifecycleStep[] {
  const ended = FINAL_STATES.includes(state);
  const at = LIFECYCLE_PATH.indexOf(ended ? (endedFrom ?? 'draf') : state);
  return LIFECYCLE_PATH.map((s, i) => ({
    state: s,
    status:
      i < at || (ended && i === at && endedFrom !== null) ? 'done' : i === at && !ended ? 'current' : 'todo',
  }));
}

export type MemberRole = KawasanMember['role'];

/** Badge colour of a member's role: locomotives green, lagging desa orange, the rest quiet. */
export const MEMBER_ROLE_COLORS: Record<MemberRole, string> = {
  locomotive: 'green',
  lagging: 'orange',
  other: 'gray',
  unknown: 'gray',
};

/** Whether the role earns a badge in the members table (other and unknown say nothing more). */
export function showsRoleBadge(role: MemberRole): boolean {
  return role === 'locomotive' || role === 'lagging';
}
