/**
 * Pure pieces of the training-needs page: how much evidence a suggestion shows before "show all",
 * strongest first.
 */
import type { NeedsView } from '../../../contracts/training-outcome.contract';

type Evidence = NeedsView['suggestions'][number]['evidence'][number];

/** Evidence lines a suggestion shows until the reader asks for all. */
export const NEEDS_EVIDENCE_SHOWN = 5;

/**
 * The evidence of a suggestion, the most points first, then the newest note or the latest IDM
 * year; the first NEEDS_EVIDENCE_SHOWN unless `all`.
 */
export function evidenceShown(evidence: readonly Evidence[], all: boolean): Evidence[] {
  const when = (e: Evidence) => (e.kind === 'catatan_pendamping' ? e.date : `${e.year}`);
  const sorted = [...evidence].sort(
    (a, b) => b.points - a.points || when(b).localeCompare(when(a)) || a.kind.localeCompare(b.kind),
  );
  return all ? sorted : sorted.slice(0, NEEDS_EVIDENCE_SHOWN);
}
