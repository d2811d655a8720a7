/**
 * Stored activity entries and evidence as the API shows them (contracts/facilitation.contract.ts),
 * and back into the domain's draft shape, so the rules run on exactly what is stored.
 */
import type {
  EntrySummary,
  EntryView,
  EvidenceView,
  PlaceView,
} from '../../contracts/facilitation.contract.ts';
import type { activityEntry, activityEvidence, auditLog } from '../../db/schema.ts';
import type { FieldIssue } from '../../domain/errors.ts';
import {
  ACTIVITY_CATEGORY_LABELS,
  type ActivityCategory,
  type ActivityEntryDraft,
  type EvidenceMediaType,
  evidenceKindOf,
  type ParticipantGroup,
} from '../../domain/facilitation/activity-log.ts';
import type { Place } from '../../domain/facilitation/assignment.ts';
import { type FacilitatorType, facilitatorTypeLabel } from '../../domain/facilitation/facilitator.ts';
import {
  LOG_ACTION_LABELS,
  LOG_ACTIONS,
  LOG_STATE_LABELS,
  type LogAction,
  type LogState,
} from '../../domain/facilitation/review.ts';
import { placeOfRow } from './facilitation.repository.ts';

export type EntryRecord = typeof activityEntry.$inferSelect;
export type EvidenceRecord = typeof activityEvidence.$inferSelect;
type AuditRecord = typeof auditLog.$inferSelect;
type HistoryItem = EntryView['history'][number];

/** Resource type of entries in the audit log; the entry's rows there are its history. */
export const ENTRY_RESOURCE = 'activity_entry';
export const EVIDENCE_RESOURCE = 'activity_evidence';

export const evidenceUrl = (id: string) => `/api/pendampingan/bukti/${id}`;

export function evidenceView(row: EvidenceRecord): EvidenceView {
  const mediaType = row.mediaType as EvidenceMediaType;
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType,
    kind: evidenceKindOf(mediaType),
    bytes: row.bytes,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    url: evidenceUrl(row.id),
  };
}

export function placeView(place: Place, name: (place: Place) => string): PlaceView {
  return { kind: place.kind, ref: place.kind === 'desa' ? place.code : place.id, name: name(place) };
}

export interface EntryOwner {
  id: string;
  name: string;
  type: string;
}

export function entrySummary(
  row: EntryRecord,
  owner: EntryOwner,
  placeName: (place: Place) => string,
  evidenceCount: number,
): EntrySummary {
  const category = row.category as ActivityCategory;
  const state = row.state as LogState;
  return {
    id: row.id,
    facilitator: {
      id: owner.id,
      name: owner.name,
      typeLabel: facilitatorTypeLabel(owner.type as FacilitatorType),
    },
    date: row.date,
    place: placeView(placeOfRow(row), placeName),
    category,
    categoryLabel: ACTIVITY_CATEGORY_LABELS[category],
    topic: row.topic,
    participants: { perempuan: row.women, laki_laki: row.men },
    evidenceCount,
    state,
    stateLabel: LOG_STATE_LABELS[state],
    submission: row.submission,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The stored content as the domain validates it; evidence in the order attached. */
export function storedDraft(row: EntryRecord, evidence: readonly EvidenceRecord[]): ActivityEntryDraft {
  return {
    date: row.date,
    place: placeOfRow(row),
    category: row.category as ActivityCategory,
    topic: row.topic,
    participants: { perempuan: row.women, laki_laki: row.men },
    groups: row.groups as ParticipantGroup[],
    activities: row.activities,
    outputs: row.outputs,
    followUp: row.followUp,
    evidence: evidence.map((e) => ({ id: e.id, mediaType: e.mediaType as EvidenceMediaType })),
    gps: row.gpsLat !== null && row.gpsLon !== null ? { lat: row.gpsLat, lon: row.gpsLon } : null,
  };
}

/** The domain names evidence `evidence[i]`; the request carries it as `evidenceIds[i]`. */
export function requestIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((i) =>
    i.field === 'evidence' || i.field.startsWith('evidence[')
      ? { ...i, field: i.field.replace(/^evidence(\[\d+\])?(?:\.mediaType)?/, 'evidenceIds$1') }
      : i,
  );
}

/** What an audit row of an entry records: the facts of its content (no names of people). */
export function contentFacts(row: EntryRecord, evidenceIds: readonly string[]): Record<string, unknown> {
  return {
    facilitatorId: row.facilitatorId,
    date: row.date,
    place: row.placeKind === 'desa' ? `desa:${row.desaCode}` : `kawasan:${row.kawasanId}`,
    category: row.category,
    topic: row.topic,
    women: row.women,
    men: row.men,
    groups: row.groups.join(','),
    evidence: evidenceIds.join(','),
    gps: row.gpsLat !== null && row.gpsLon !== null ? `${row.gpsLat},${row.gpsLon}` : null,
  };
}

type Changes = Record<string, { before: unknown; after: unknown }>;

const afterValue = (changes: Changes, field: string): unknown => changes[field]?.after ?? null;
const asState = (value: unknown): LogState | null =>
  typeof value === 'string' && value in LOG_STATE_LABELS ? (value as LogState) : null;

/** The audit action of a change to an entry. */
export const entryAuditAction = (action: 'create' | 'update' | LogAction) => `${ENTRY_RESOURCE}.${action}`;

/** The entry's history from its audit rows, oldest first. */
export function historyView(
  rows: readonly Pick<AuditRecord, 'at' | 'actorLabel' | 'action' | 'changes'>[],
): HistoryItem[] {
  return rows.flatMap((r): HistoryItem[] => {
    const changes = (r.changes ?? {}) as Changes;
    const kind = r.action.slice(ENTRY_RESOURCE.length + 1);
    const base = { at: r.at.toISOString(), actorLabel: r.actorLabel };
    if (kind === 'create')
      return [{ ...base, action: 'dibuat', label: 'Dibuat', from: null, to: 'draf', reason: null }];
    if (kind === 'update')
      return [{ ...base, action: 'diubah', label: 'Isi diubah', from: null, to: null, reason: null }];
    if (!(LOG_ACTIONS as readonly string[]).includes(kind)) return [];
    const reason = afterValue(changes, 'reason');
    return [
      {
        ...base,
        action: kind,
        label: LOG_ACTION_LABELS[kind as LogAction],
        from: asState(afterValue(changes, 'from')),
        to: asState(afterValue(changes, 'to')),
        reason: typeof reason === 'string' ? reason : null,
      },
    ];
  });
}
