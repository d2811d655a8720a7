/**
 * The activity log of facilitators: entries written by their owner for a place they are assigned
 * to on that day (domain `activityEntryIssues`), sent from the phone under an idempotency key
 * (domain `decideIdempotentRequest`: a repeat returns the entry already made, a changed request
 * under a used key is refused), and reviewed by the owner's supervisor (domain `transition`).
 * Every change is audited in its transaction (resource `activity_entry`, region = the entry's
 * region code); those audit rows are also the entry's history. Lists are filtered in SQL to what
 * the actor may read (`entryReadCondition`, the SQL form of `mayReadEntry`).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type {
  CreateEntryBody,
  EntryActionBody,
  EntryList,
  EntryListQuery,
  EntryView,
  UpdateEntryBody,
} from '../../contracts/facilitation.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import {
  activityEntry,
  activityEntryEvidence,
  activityEvidence,
  auditLog,
  facilitator,
} from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import {
  type ActivityEntryDraft,
  activityEntryIssues,
  type EvidenceMediaType,
} from '../../domain/facilitation/activity-log.ts';
import type { FacilitatorAssignment, Place } from '../../domain/facilitation/assignment.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { mayReadEntry } from '../../domain/facilitation/facilitation-access.ts';
import {
  canonicalJson,
  conflictError,
  decideIdempotentRequest,
  type IdempotentRequest,
  normalizeKey,
  type StoredIdempotentRequest,
} from '../../domain/facilitation/idempotency.ts';
import {
  editRefusal,
  type LogAction,
  type LogActor,
  type LogEntrySnapshot,
  type LogState,
  logActionsFrom,
  refusalErrorCode,
  transition,
} from '../../domain/facilitation/review.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { type AuditInput, auditRow, recordAudit } from '../access/audit.service.ts';
import { sha256Hex } from '../kawasan/document-store.ts';
import { loadKawasan } from '../kawasan/kawasan.repository.ts';
import { canSee, reader, writer } from '../kawasan/kawasan-access.ts';
import {
  entryFacts,
  entryReadCondition,
  facilitatorOfActor,
  notAFacilitator,
} from './activity-entry-access.ts';
import {
  contentFacts,
  ENTRY_RESOURCE,
  type EntryRecord,
  type EvidenceRecord,
  entryAuditAction,
  entrySummary,
  evidenceView,
  historyView,
  requestIssues,
  storedDraft,
} from './activity-entry-view.ts';
import {
  asRefusal,
  type CheckedContent,
  type CreateAnswer,
  type CreateOutcome,
  type Decided,
  type KnownFacts,
  type NewEntry,
  refusalOf,
  writeNew,
  writerContext,
} from './activity-entry-write.ts';
import { ownEvidence } from './evidence.service.ts';
import {
  assignmentsOf,
  type FacilitatorRecord,
  loadFacilitator,
  placeNames,
  placeOfRow,
} from './facilitation.repository.ts';

export interface ActivityEntryDeps {
  db: Database;
  now: () => Date;
}

type EntryContent = UpdateEntryBody;

/** An entry with the facts reading and review depend on. */
interface Loaded {
  row: EntryRecord;
  owner: FacilitatorRecord;
  supervisorUserId: string | null;
}

const NOT_FOUND = 'Catatan kegiatan tidak ditemukan.';

function invalid(issues: FieldIssue[]): AppError {
  const message =
    issues.length === 1
      ? issues[0]!.message
      : `Catatan kegiatan belum dapat disimpan (${issues.length} isian perlu diperbaiki): ${issues[0]!.message}`;
  return new AppError('invalid_input', message, issues);
}

export function createActivityEntryService({ db, now }: ActivityEntryDeps) {
  const today = () => facilitationToday(now());

  function logActor(actor: Actor, own: FacilitatorRecord | null): LogActor {
    return {
      userId: actor.kind === 'user' ? actor.userId : 'system',
      facilitatorId: own?.id ?? null,
      label: actor.label,
    };
  }

  async function load(orm: Orm, id: string, lock = false): Promise<Loaded> {
    const base = orm.select().from(activityEntry).where(eq(activityEntry.id, id));
    const [row] = lock ? await base.for('update') : await base;
    if (!row) throw AppError.notFound(NOT_FOUND);
    const owner = await loadFacilitator(orm, row.facilitatorId);
    let supervisorUserId: string | null = null;
    if (owner.supervisorId) {
      const [s] = await orm
        .select({ userId: facilitator.userId })
        .from(facilitator)
        .where(eq(facilitator.id, owner.supervisorId));
      supervisorUserId = s?.userId ?? null;
    }
    return { row, owner, supervisorUserId };
  }

  /** The entry if the actor may read it; 404 otherwise, so its existence is not revealed. */
  async function readable(orm: Orm, actor: Actor, id: string, lock = false): Promise<Loaded> {
    const loaded = await load(orm, id, lock);
    const facts = entryFacts(loaded.row, loaded.owner.userId, loaded.supervisorUserId);
    if (!mayReadEntry(actor, facts)) throw AppError.notFound(NOT_FOUND);
    return loaded;
  }

  async function linkedEvidence(orm: Orm, entryId: string): Promise<EvidenceRecord[]> {
    const rows = await orm
      .select({ evidence: activityEvidence })
      .from(activityEntryEvidence)
      .innerJoin(activityEvidence, eq(activityEvidence.id, activityEntryEvidence.evidenceId))
      .where(eq(activityEntryEvidence.entryId, entryId))
      .orderBy(asc(activityEntryEvidence.position));
    return rows.map((r) => r.evidence);
  }

  function snapshot(loaded: Loaded, contentIssues: readonly FieldIssue[]): LogEntrySnapshot {
    return {
      id: loaded.row.id,
      state: loaded.row.state as LogState,
      ownerFacilitatorId: loaded.owner.id,
      supervisorFacilitatorId: loaded.owner.supervisorId,
      submission: loaded.row.submission,
      contentIssues,
    };
  }

  /** The domain's issues with the stored content, on today's date and the owner's assignments now. */
  async function storedContentIssues(
    orm: Orm,
    row: EntryRecord,
    linked?: readonly EvidenceRecord[],
  ): Promise<FieldIssue[]> {
    const evidence = linked ?? (await linkedEvidence(orm, row.id));
    const assignments = await assignmentsOf(orm, row.facilitatorId);
    return requestIssues(
      activityEntryIssues(storedDraft(row, evidence), {
        today: today(),
        facilitatorId: row.facilitatorId,
        assignments,
      }),
    );
  }

  /**
   * The place of an entry as stored: a desa of the region table (its code is the region code),
   * or a kawasan (its designating region). A kawasan the actor can neither see nor is assigned to
   * is not found, so its existence is not revealed.
   */
  async function resolvePlace(
    orm: Orm,
    actor: Actor,
    input: EntryContent['place'],
    assignments: readonly FacilitatorAssignment[],
    knownDesaNames?: Readonly<Record<string, string>>,
  ): Promise<{ place: Place; regionCode: string; name: string; issues: FieldIssue[] }> {
    if (input.kind === 'kawasan') {
      const row = await loadKawasan(orm, input.id);
      const assigned = assignments.some((a) => a.place.kind === 'kawasan' && a.place.id === row.id);
      if (!assigned && !canSee(actor, row)) throw AppError.notFound('Kawasan tidak ditemukan.');
      return {
        place: { kind: 'kawasan', id: row.id },
        regionCode: row.regionCode,
        name: row.name,
        issues: [],
      };
    }
    const parsed = parseRegionCode(input.code);
    if (!parsed.ok || parsed.value.level !== 'village') {
      const message = `Kode ${input.code} bukan kode desa 10 digit.`;
      return {
        place: { kind: 'desa', code: input.code },
        regionCode: input.code,
        name: input.code,
        issues: [{ field: 'place.code', message }],
      };
    }
    const place: Place = { kind: 'desa', code: parsed.value.code };
    const desaNames = knownDesaNames ?? (await placeNames(orm, [place])).desa;
    const name = desaNames[place.code];
    const issues =
      name !== undefined
        ? []
        : [
            {
              field: 'place.code',
              message: `Desa dengan kode ${place.code} tidak ada dalam daftar wilayah.`,
            },
          ];
    return { place, regionCode: place.code, name: name ?? place.code, issues };
  }

  /**
   * Checks a request's content for the owner `own`: the place, the domain rules (date not after
   * today and within an assignment at that place, texts, counts, GPS) and that every evidence id
   * is one of the owner's uploads. 400 with every issue and its field path. What `known` holds
   * (read for a whole request at once) is not read again.
   */
  async function checkContent(
    orm: Orm,
    actor: Actor,
    own: FacilitatorRecord,
    body: EntryContent,
    known?: KnownFacts,
  ): Promise<CheckedContent> {
    const assignments = known?.assignments ?? (await assignmentsOf(orm, own.id));
    const {
      place,
      regionCode,
      name: placeName,
      issues: placeIssues,
    } = await resolvePlace(orm, actor, body.place, assignments, known?.desaNames);
    const evidence = known?.evidence ?? (await ownEvidence(orm, own.id, body.evidenceIds));
    const evidenceIssues: FieldIssue[] = body.evidenceIds.flatMap((id, i) =>
      evidence.has(id)
        ? []
        : [
            {
              field: `evidenceIds[${i}]`,
              message:
                'Berkas bukti ini tidak ditemukan di antara unggahan Anda; unggah berkasnya dahulu, lalu lampirkan.',
            },
          ],
    );
    const draft: ActivityEntryDraft = {
      date: body.date,
      place,
      category: body.category,
      topic: body.topic.trim(),
      participants: body.participants,
      groups: body.groups,
      activities: body.activities.trim(),
      outputs: body.outputs.trim(),
      followUp: body.followUp.trim(),
      // An unknown id keeps its position with a stand-in type; it is reported by its own issue above.
      evidence: body.evidenceIds.map((id) => ({
        id,
        mediaType: (evidence.get(id)?.mediaType ?? 'application/pdf') as EvidenceMediaType,
      })),
      gps: body.gps,
    };
    const issues = [
      ...placeIssues,
      ...requestIssues(activityEntryIssues(draft, { today: today(), facilitatorId: own.id, assignments })),
      ...evidenceIssues,
    ];
    if (issues.length > 0) throw invalid(issues);
    return {
      columns: {
        date: draft.date,
        placeKind: place.kind,
        desaCode: place.kind === 'desa' ? place.code : null,
        kawasanId: place.kind === 'kawasan' ? place.id : null,
        regionCode,
        category: draft.category,
        topic: draft.topic,
        women: draft.participants.perempuan,
        men: draft.participants.laki_laki,
        groups: [...draft.groups],
        activities: draft.activities,
        outputs: draft.outputs,
        followUp: draft.followUp,
        gpsLat: draft.gps?.lat ?? null,
        gpsLon: draft.gps?.lon ?? null,
      },
      evidenceIds: [...body.evidenceIds],
      evidence: body.evidenceIds.map((id) => evidence.get(id)!),
      placeName,
    };
  }

  async function linkEvidence(orm: Orm, entryId: string, evidenceIds: readonly string[]) {
    await orm.delete(activityEntryEvidence).where(eq(activityEntryEvidence.entryId, entryId));
    if (evidenceIds.length > 0)
      await orm
        .insert(activityEntryEvidence)
        .values(evidenceIds.map((evidenceId, position) => ({ entryId, evidenceId, position })));
  }

  function auditInput(
    row: Pick<EntryRecord, 'id' | 'regionCode'>,
    action: 'create' | 'update' | LogAction,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ): AuditInput {
    return {
      action: entryAuditAction(action),
      resourceType: ENTRY_RESOURCE,
      resourceId: row.id,
      regionCode: row.regionCode,
      before,
      after,
    };
  }

  async function audit(
    orm: Orm,
    actor: Actor,
    row: Pick<EntryRecord, 'id' | 'regionCode'>,
    action: 'create' | 'update' | LogAction,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
    at: Date,
  ) {
    await recordAudit(orm, actor, auditInput(row, action, before, after), at);
  }

  /** What the audit row of a review transition records. */
  function transitionAudit(row: EntryRecord, result: Extract<ReturnType<typeof transition>, { ok: true }>) {
    return auditInput(row, result.audit.action, null, {
      facilitatorId: row.facilitatorId,
      from: result.audit.from,
      to: result.audit.to,
      submission: result.submission,
      reason: result.audit.reason,
    });
  }

  /** The row after an allowed review transition (state, submission, reason, approval time). */
  function transitioned(
    row: EntryRecord,
    result: Extract<ReturnType<typeof transition>, { ok: true }>,
    at: Date,
  ): EntryRecord {
    const { action, reason } = result.audit;
    return {
      ...row,
      state: result.state,
      submission: result.submission,
      returnReason: action === 'return' ? reason : action === 'resubmit' ? null : row.returnReason,
      approvedAt: action === 'approve' ? at : row.approvedAt,
      updatedAt: at,
    };
  }

  /** Applies an allowed review transition to the stored row, with its audit row. */
  async function applyTransition(
    orm: Orm,
    actor: Actor,
    row: EntryRecord,
    result: Extract<ReturnType<typeof transition>, { ok: true }>,
    at: Date,
  ) {
    const next = transitioned(row, result, at);
    await orm
      .update(activityEntry)
      .set({
        state: next.state,
        submission: next.submission,
        returnReason: next.returnReason,
        approvedAt: next.approvedAt,
        updatedAt: at,
      })
      .where(eq(activityEntry.id, row.id));
    await recordAudit(orm, actor, transitionAudit(row, result), at);
  }

  async function view(
    orm: Orm,
    actor: Actor,
    loaded: Loaded,
    own: FacilitatorRecord | null,
  ): Promise<EntryView> {
    const { row, owner } = loaded;
    // One after another: inside a transaction the queries share one connection.
    const evidence = await linkedEvidence(orm, row.id);
    const names = await placeNames(orm, [placeOfRow(row)]);
    const history = await orm
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceType, ENTRY_RESOURCE), eq(auditLog.resourceId, row.id)))
      .orderBy(asc(auditLog.id));
    // Content issues matter only to the owner's submit and resubmit.
    const ownerActs = own !== null && own.id === owner.id;
    const contentIssues = ownerActs ? await storedContentIssues(orm, row, evidence) : [];
    return assemble(actor, own, loaded, names.name(placeOfRow(row)), evidence, history, contentIssues);
  }

  /** The entry as the actor sees it, from its parts: the actions and editing they may do now. */
  function assemble(
    actor: Actor,
    own: FacilitatorRecord | null,
    loaded: Loaded,
    placeName: string,
    evidence: readonly EvidenceRecord[],
    history: Parameters<typeof historyView>[0],
    contentIssues: readonly FieldIssue[],
  ): EntryView {
    const { row, owner } = loaded;
    const who = logActor(actor, own);
    const readOnly = actor.kind === 'user' && actor.readOnly;
    const snap = snapshot(loaded, contentIssues);
    const actions = readOnly
      ? []
      : logActionsFrom(row.state as LogState).filter((action) => {
          const result = transition(snap, action, who);
          // A return needs a reason the supervisor types when acting: it is still an action now.
          return result.ok || result.guard === 'reason';
        });
    return {
      ...entrySummary(row, owner, () => placeName, evidence.length),
      groups: row.groups as EntryView['groups'],
      activities: row.activities,
      outputs: row.outputs,
      followUp: row.followUp,
      evidence: evidence.map(evidenceView),
      gps: row.gpsLat !== null && row.gpsLon !== null ? { lat: row.gpsLat, lon: row.gpsLon } : null,
      returnReason: row.returnReason,
      idempotencyKey: row.idempotencyKey,
      actions,
      editable: !readOnly && editRefusal(snap, who) === null,
      history: historyView(history),
    };
  }

  /** A new entry made from a request that passed every check, with its audit rows. */
  async function newEntry(
    actor: Actor,
    own: FacilitatorRecord,
    body: CreateEntryBody,
    request: IdempotentRequest,
    known: KnownFacts,
    at: Date,
  ): Promise<NewEntry> {
    const { idempotencyKey: _key, submit: _submit, ...content } = body;
    const checked = await checkContent(db.orm, actor, own, content, known);
    const draft: EntryRecord = {
      id: randomUUID(),
      facilitatorId: own.id,
      idempotencyKey: request.key,
      requestHash: request.requestHash,
      ...checked.columns,
      state: 'draf',
      submission: 0,
      returnReason: null,
      createdAt: at,
      updatedAt: at,
      approvedAt: null,
    };
    const audits = [
      auditRow(
        actor,
        auditInput(draft, 'create', null, {
          ...contentFacts(draft, checked.evidenceIds),
          idempotencyKey: draft.idempotencyKey,
          state: 'draf',
        }),
        at,
      ),
    ];
    let record = draft;
    if (body.submit) {
      const loaded: Loaded = { row: draft, owner: own, supervisorUserId: null };
      const result = transition(snapshot(loaded, []), 'submit', logActor(actor, own));
      if (!result.ok) throw new AppError(refusalErrorCode(result.guard), result.reason, result.issues);
      record = transitioned(draft, result, at);
      audits.push(auditRow(actor, transitionAudit(draft, result), at));
    }
    return { kind: 'new', request, record, checked, audits };
  }

  /** A key already used: the entry made then (200), or 409 for a changed request. */
  async function settle(
    actor: Actor,
    own: FacilitatorRecord,
    stored: StoredIdempotentRequest,
    request: IdempotentRequest,
  ): Promise<EntryView> {
    const decision = decideIdempotentRequest(stored, request);
    if (decision.kind === 'conflict') throw conflictError(decision);
    if (decision.kind === 'create') throw new Error('unreachable: a stored request is never created again');
    return view(db.orm, actor, await load(db.orm, decision.entryId), own);
  }

  /**
   * New entries of the signed-in facilitator (each with `submit` also submitted), judged one by
   * one as `POST /kegiatan` would judge each, and written together: an answer per entry, in
   * order. A key used before, or earlier in the same request, answers with the entry made under
   * it (200), or 409 for a changed request.
   */
  async function createMany(
    actorInput: Actor | null,
    bodies: readonly CreateEntryBody[],
  ): Promise<CreateOutcome[]> {
    const actor = writer(actorInput);
    const requests = bodies.map((body) => {
      const { idempotencyKey, ...content } = body;
      const request: IdempotentRequest = {
        key: normalizeKey(idempotencyKey),
        requestHash: sha256Hex(new TextEncoder().encode(canonicalJson(content))),
      };
      // Refuses a key that is not a UUID v4 before it is looked up.
      const refusal = refusalOf(() => decideIdempotentRequest(undefined, request));
      return { body, request, refusal };
    });
    const usable = requests.filter((r) => r.refusal === null);
    const context = await writerContext(
      db.orm,
      actor,
      usable.map((r) => r.request.key),
      usable.flatMap((r) => (r.body.place.kind === 'desa' ? [r.body.place.code] : [])),
    );
    if (!context) throw notAFacilitator('mencatat kegiatan');
    const { own, stored } = context;
    const evidenceIds = usable.flatMap((r) => (stored.has(r.request.key) ? [] : r.body.evidenceIds));
    const known: KnownFacts = { ...context, evidence: await ownEvidence(db.orm, own.id, evidenceIds) };
    const at = now();
    const decided: Decided[] = [];
    const firstUnderKey = new Map<string, number>();
    for (const { body, request, refusal } of requests) {
      const before = refusal ? undefined : stored.get(request.key);
      const first = firstUnderKey.get(request.key);
      if (refusal) decided.push({ kind: 'refused', error: refusal });
      else if (before) decided.push({ kind: 'stored', request, stored: before });
      else if (first !== undefined) decided.push({ kind: 'again', request, first });
      else {
        // A refused entry keeps nothing under its key: a later one under it is judged afresh.
        try {
          const made = await newEntry(actor, own, body, request, known, at);
          firstUnderKey.set(request.key, decided.length);
          decided.push(made);
        } catch (err) {
          decided.push({ kind: 'refused', error: asRefusal(err) });
        }
      }
    }
    const written = await writeNew(
      db.orm,
      own,
      decided.filter((d): d is NewEntry => d.kind === 'new'),
    );
    const outcomes: CreateOutcome[] = [];
    for (const [i, d] of decided.entries()) {
      const idempotencyKey = bodies[i]!.idempotencyKey;
      const answer = async (): Promise<CreateAnswer> => {
        switch (d.kind) {
          case 'refused':
            return { ok: false, error: d.error };
          case 'stored':
            return { ok: true, status: 200, entry: await settle(actor, own, d.stored, d.request) };
          case 'again': {
            // As if the first had been stored before: the same request is its repeat.
            const first = decided[d.first] as NewEntry;
            const decision = decideIdempotentRequest(
              { entryId: first.record.id, requestHash: first.request.requestHash },
              d.request,
            );
            if (decision.kind === 'conflict') return { ok: false, error: conflictError(decision) };
            const earlier = outcomes[d.first]!;
            return earlier.ok ? { ok: true, status: 200, entry: earlier.entry } : earlier;
          }
          case 'new': {
            const winner = written.get(d)!;
            if (winner) return { ok: true, status: 200, entry: await settle(actor, own, winner, d.request) };
            // Everything the answer shows was just checked or written: no need to read it back.
            // The content passed the domain's checks a moment ago, so it has no issues.
            const loaded: Loaded = { row: d.record, owner: own, supervisorUserId: null };
            const { placeName, evidence } = d.checked;
            return {
              ok: true,
              status: 201,
              entry: assemble(actor, own, loaded, placeName, evidence, d.audits, []),
            };
          }
        }
      };
      try {
        outcomes.push({ idempotencyKey, ...(await answer()) });
      } catch (err) {
        outcomes.push({ idempotencyKey, ok: false, error: asRefusal(err) });
      }
    }
    return outcomes;
  }

  return {
    createMany,

    /**
     * A new entry of the signed-in facilitator (and, with `submit`, its submission), or the entry
     * already made under the same idempotency key for the same request.
     */
    async create(
      actorInput: Actor | null,
      body: CreateEntryBody,
    ): Promise<{ status: 200 | 201; entry: EntryView }> {
      const [outcome] = await createMany(actorInput, [body]);
      if (!outcome!.ok) throw outcome!.error;
      return { status: outcome!.status, entry: outcome!.entry };
    },

    /** Replaces the content of a draft or returned entry (owner only); approved entries never change. */
    async update(actorInput: Actor | null, id: string, body: UpdateEntryBody): Promise<EntryView> {
      const actor = writer(actorInput);
      return db.transaction(async (tx) => {
        const own = await facilitatorOfActor(tx.orm, actor);
        const loaded = await readable(tx.orm, actor, id, true);
        const refusal = editRefusal(snapshot(loaded, []), logActor(actor, own));
        if (refusal) throw new AppError(refusalErrorCode(refusal.guard), refusal.reason);
        const before = loaded.row;
        const beforeEvidence = (await linkedEvidence(tx.orm, id)).map((e) => e.id);
        const checked = await checkContent(tx.orm, actor, loaded.owner, body);
        const at = now();
        const next: EntryRecord = { ...before, ...checked.columns, updatedAt: at };
        await tx.orm
          .update(activityEntry)
          .set({ ...checked.columns, updatedAt: at })
          .where(eq(activityEntry.id, id));
        await linkEvidence(tx.orm, id, checked.evidenceIds);
        await audit(
          tx.orm,
          actor,
          next,
          'update',
          contentFacts(before, beforeEvidence),
          contentFacts(next, checked.evidenceIds),
          at,
        );
        return view(tx.orm, actor, { ...loaded, row: next }, own);
      });
    },

    /** A review action: submit, return (with a reason), resubmit, approve. */
    async act(actorInput: Actor | null, id: string, body: EntryActionBody): Promise<EntryView> {
      const actor = writer(actorInput);
      return db.transaction(async (tx) => {
        const own = await facilitatorOfActor(tx.orm, actor);
        const loaded = await readable(tx.orm, actor, id, true);
        const needsContent = body.action === 'submit' || body.action === 'resubmit';
        const issues = needsContent ? await storedContentIssues(tx.orm, loaded.row) : [];
        const input = body.reason === undefined ? {} : { reason: body.reason };
        const result = transition(snapshot(loaded, issues), body.action, logActor(actor, own), input);
        if (!result.ok) throw new AppError(refusalErrorCode(result.guard), result.reason, result.issues);
        await applyTransition(tx.orm, actor, loaded.row, result, now());
        return view(tx.orm, actor, await load(tx.orm, id), own);
      });
    },

    async get(actorInput: Actor | null, id: string): Promise<EntryView> {
      const actor = reader(actorInput);
      const own = await facilitatorOfActor(db.orm, actor);
      return view(db.orm, actor, await readable(db.orm, actor, id), own);
    },

    /** Entries the actor may read, newest date first, with the query's filters. */
    async list(actorInput: Actor | null, query: EntryListQuery): Promise<EntryList> {
      const actor = reader(actorInput);
      const own = await facilitatorOfActor(db.orm, actor);
      const conditions: (SQL | undefined)[] = [entryReadCondition(actor, own?.id ?? null)];
      if (query.facilitatorId) conditions.push(eq(activityEntry.facilitatorId, query.facilitatorId));
      if (query.state) conditions.push(eq(activityEntry.state, query.state));
      if (query.from) conditions.push(gte(activityEntry.date, query.from));
      if (query.to) conditions.push(lte(activityEntry.date, query.to));
      if (query.desaCode) {
        const parsed = parseRegionCode(query.desaCode);
        if (!parsed.ok || parsed.value.level !== 'village')
          throw AppError.invalid('desaCode', `Kode ${query.desaCode} bukan kode desa 10 digit.`);
        conditions.push(eq(activityEntry.desaCode, parsed.value.code));
      }
      if (query.kawasanId) conditions.push(eq(activityEntry.kawasanId, query.kawasanId));
      if (query.toReview) {
        conditions.push(
          own ? and(eq(activityEntry.state, 'diajukan'), eq(facilitator.supervisorId, own.id)) : sql`false`,
        );
      }
      const where = and(...conditions);
      const evidenceCount = sql<number>`(select count(*)::int from ${activityEntryEvidence} where ${activityEntryEvidence.entryId} = ${activityEntry.id})`;
      const [rows, [total]] = await Promise.all([
        db.orm
          .select({
            entry: activityEntry,
            ownerId: facilitator.id,
            ownerName: facilitator.name,
            ownerType: facilitator.type,
            evidenceCount,
          })
          .from(activityEntry)
          .innerJoin(facilitator, eq(facilitator.id, activityEntry.facilitatorId))
          .where(where)
          .orderBy(desc(activityEntry.date), desc(activityEntry.createdAt), desc(activityEntry.id))
          .limit(query.limit)
          .offset(query.offset),
        db.orm
          .select({ n: count() })
          .from(activityEntry)
          .innerJoin(facilitator, eq(facilitator.id, activityEntry.facilitatorId))
          .where(where),
      ]);
      const names = await placeNames(
        db.orm,
        rows.map((r) => placeOfRow(r.entry)),
      );
      return {
        items: rows.map((r) =>
          entrySummary(
            r.entry,
            { id: r.ownerId, name: r.ownerName, type: r.ownerType },
            names.name,
            Number(r.evidenceCount),
          ),
        ),
        total: total!.n,
      };
    },
  };
}
export type { CreateOutcome };
export type ActivityEntryService = ReturnType<typeof createActivityEntryService>;
