/**
 * The writing side of creating activity entries, shared by the single and the batch route: what
 * a request reads about its writer in one query (`writerContext`), the shapes an entry takes from
 * being judged to being written, which refusals concern one entry of a batch and which the whole
 * request, and the one statement that writes new entries with their evidence links and audit
 * rows (`writeNew`, which falls back to one entry at a time when a concurrent repeat took a key).
 */
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { EntryView } from '../../contracts/facilitation.contract.ts';
import type { Orm } from '../../db/client.ts';
import {
  activityEntry,
  activityEntryEvidence,
  appUser,
  auditLog,
  facilitator,
  facilitatorAssignment,
} from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError, type ErrorCode } from '../../domain/errors.ts';
import type { FacilitatorAssignment } from '../../domain/facilitation/assignment.ts';
import type { IdempotentRequest, StoredIdempotentRequest } from '../../domain/facilitation/idempotency.ts';
import type { auditRow } from '../access/audit.service.ts';
import type { EntryRecord, EvidenceRecord } from './activity-entry-view.ts';
import {
  type AssignmentFields,
  desaLabels,
  desaNamePartsJson,
  type FacilitatorRecord,
  toAssignment,
} from './facilitation.repository.ts';

/** The columns of an entry's content, checked, and its evidence in order. */
export interface CheckedContent {
  columns: Pick<
    EntryRecord,
    | 'date'
    | 'placeKind'
    | 'desaCode'
    | 'kawasanId'
    | 'regionCode'
    | 'category'
    | 'topic'
    | 'women'
    | 'men'
    | 'groups'
    | 'activities'
    | 'outputs'
    | 'followUp'
    | 'gpsLat'
    | 'gpsLon'
  >;
  evidenceIds: string[];
  /** The evidence rows, in the order attached. */
  evidence: EvidenceRecord[];
  placeName: string;
}

/** What creating entries reads about their writer at once (see `writerContext`). */
export interface WriterContext {
  own: FacilitatorRecord;
  assignments: FacilitatorAssignment[];
  /** What is stored under the request's idempotency keys, by key. */
  stored: Map<string, StoredIdempotentRequest>;
  desaNames: Record<string, string>;
}

/** What checking an entry's content takes as known instead of reading it. */
export interface KnownFacts {
  assignments: readonly FacilitatorAssignment[];
  desaNames: Readonly<Record<string, string>>;
  evidence: ReadonlyMap<string, EvidenceRecord>;
}

/** A request that passed every check: its row and audit rows, ready to write. */
export interface NewEntry {
  kind: 'new';
  request: IdempotentRequest;
  record: EntryRecord;
  checked: CheckedContent;
  audits: ReturnType<typeof auditRow>[];
}

/** How each entry of a request is answered, once judged. */
export type Decided =
  | NewEntry
  | { kind: 'refused'; error: AppError }
  | { kind: 'stored'; request: IdempotentRequest; stored: StoredIdempotentRequest }
  /** The key of an earlier new entry of the same request. */
  | { kind: 'again'; request: IdempotentRequest; first: number };

export type CreateAnswer = { ok: true; status: 200 | 201; entry: EntryView } | { ok: false; error: AppError };

/** The answer for one entry of a request, under the key it was sent with. */
export type CreateOutcome = { idempotencyKey: string } & CreateAnswer;

/** Refusals that concern one entry of a request; anything else fails the whole request. */
const ENTRY_REFUSALS: ReadonlySet<ErrorCode> = new Set([
  'invalid_input',
  'forbidden',
  'not_found',
  'conflict',
]);

export function asRefusal(err: unknown): AppError {
  if (err instanceof AppError && ENTRY_REFUSALS.has(err.code)) return err;
  throw err;
}

export function refusalOf(check: () => unknown): AppError | null {
  try {
    check();
    return null;
  } catch (err) {
    return asRefusal(err);
  }
}

/** Whether `err` (as either driver wraps it) is a unique violation of the index `name`. */
function uniqueViolation(err: unknown, name: string): boolean {
  let e = err as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined;
  while (e) {
    if (e.code === '23505') return e.constraint === name || (e.message ?? '').includes(name);
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * What creating entries needs about their writer, in one query: their facilitator record, their
 * assignments, what is stored under the idempotency keys and the names of the desa; null when
 * the account is no registered facilitator.
 */
export async function writerContext(
  orm: Orm,
  actor: Actor,
  keys: readonly string[],
  desaCodes: readonly string[],
): Promise<WriterContext | null> {
  if (actor.kind !== 'user') return null;
  const [row] = await orm
    .select({
      own: facilitator,
      assignments: sql<AssignmentFields[]>`coalesce((
        select json_agg(json_build_object(
          'id', ${facilitatorAssignment.id}, 'facilitatorId', ${facilitatorAssignment.facilitatorId},
          'placeKind', ${facilitatorAssignment.placeKind}, 'desaCode', ${facilitatorAssignment.desaCode},
          'kawasanId', ${facilitatorAssignment.kawasanId}, 'fromDate', ${facilitatorAssignment.fromDate},
          'toDate', ${facilitatorAssignment.toDate}))
        from ${facilitatorAssignment} where ${facilitatorAssignment.facilitatorId} = ${facilitator.id}), '[]')`,
      stored: sql<({ key: string } & StoredIdempotentRequest)[]>`coalesce((
        select json_agg(json_build_object(
          'key', ${activityEntry.idempotencyKey}, 'entryId', ${activityEntry.id},
          'requestHash', ${activityEntry.requestHash}))
        from ${activityEntry}
        where ${activityEntry.facilitatorId} = ${facilitator.id}
          and ${inArray(activityEntry.idempotencyKey, [...keys])}), '[]')`,
      desa: desaNamePartsJson(desaCodes),
    })
    .from(facilitator)
    // The join makes every column of the query carry its table's name, which the correlated
    // sub-selects need.
    .innerJoin(appUser, eq(appUser.id, facilitator.userId))
    .where(eq(facilitator.userId, actor.userId));
  if (!row) return null;
  return {
    own: row.own,
    assignments: row.assignments.map(toAssignment),
    stored: new Map(row.stored.map(({ key, ...stored }) => [key, stored])),
    desaNames: desaLabels(row.desa),
  };
}

/**
 * Writes new entries, their evidence links and their audit rows in one statement
 * (data-modifying WITH clauses), so a busy server spends one round trip on them; one statement
 * is atomic, like a transaction. False when an entry under one of the keys already exists (a
 * concurrent repeat that committed first): then nothing at all is written.
 */
async function insertAtOnce(orm: Orm, entries: readonly NewEntry[]): Promise<boolean> {
  const links = entries.flatMap((e) =>
    e.checked.evidenceIds.map((evidenceId, position) => ({ entryId: e.record.id, evidenceId, position })),
  );
  // An embedded query builder brings its own parentheses.
  const parts: SQL[] = [
    sql`e as ${orm.insert(activityEntry).values(entries.map((e) => e.record))}`,
    sql`a as ${orm.insert(auditLog).values(entries.flatMap((e) => e.audits))}`,
  ];
  if (links.length > 0) parts.push(sql`l as ${orm.insert(activityEntryEvidence).values(links)}`);
  try {
    await orm.execute(sql`with ${sql.join(parts, sql`, `)} select 1`);
    return true;
  } catch (err) {
    if (uniqueViolation(err, 'activity_entry_idempotency_idx')) return false;
    throw err;
  }
}

/**
 * Writes the new entries of a request: all in one statement, or, when a concurrent request
 * under one of their keys committed first, one by one; what lost its key to such a request is
 * returned as that request's stored entry.
 */
export async function writeNew(
  orm: Orm,
  own: FacilitatorRecord,
  entries: readonly NewEntry[],
): Promise<Map<NewEntry, StoredIdempotentRequest | null>> {
  const answers = new Map<NewEntry, StoredIdempotentRequest | null>();
  if (entries.length === 0 || (await insertAtOnce(orm, entries))) {
    for (const e of entries) answers.set(e, null);
    return answers;
  }
  for (const e of entries) {
    if (await insertAtOnce(orm, [e])) {
      answers.set(e, null);
      continue;
    }
    const winner = await storedRequest(orm, own.id, e.request.key);
    if (!winner)
      throw new AppError('conflict', 'Permintaan dengan kunci yang sama sedang diproses; coba lagi.');
    answers.set(e, winner);
  }
  return answers;
}

/** What is stored under `key` for the facilitator, if anything. */
async function storedRequest(orm: Orm, facilitatorId: string, key: string) {
  const [row] = await orm
    .select({ id: activityEntry.id, requestHash: activityEntry.requestHash })
    .from(activityEntry)
    .where(and(eq(activityEntry.facilitatorId, facilitatorId), eq(activityEntry.idempotencyKey, key)));
  return row ? { entryId: row.id, requestHash: row.requestHash } : undefined;
}
