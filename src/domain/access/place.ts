/**
 * Overviews of a place (dashboards, coverage-like summaries, value chains) are read by the
 * administrators and facilitators whose region holds the place, or, for a kawasan, one of its
 * member desa; and by the kawasan's own managers and facilitators.
 */
import { ADMIN_RANK, type Assignment } from './role.ts';

/** Where an overview is asked for. */
export type PlaceTarget =
  | { kind: 'region'; code: string }
  | { kind: 'kawasan'; id: string; desaCodes: readonly string[] };

/** Whether one assignment reads the overviews of `target`. */
export function readsPlaceOverview(a: Assignment, target: PlaceTarget): boolean {
  const reader = ADMIN_RANK[a.role] !== undefined || a.role === 'facilitator';
  if (target.kind === 'kawasan') {
    if (a.scope.kind === 'kawasan') {
      return a.scope.id === target.id && (a.role === 'kawasan_manager' || a.role === 'facilitator');
    }
    return (
      reader &&
      target.desaCodes.some(
        (code) => a.scope.kind === 'national' || (a.scope.kind === 'region' && code.startsWith(a.scope.code)),
      )
    );
  }
  return (
    reader &&
    (a.scope.kind === 'national' || (a.scope.kind === 'region' && target.code.startsWith(a.scope.code)))
  );
}
