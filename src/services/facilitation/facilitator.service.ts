/**
 * Facilitators (pendamping) and their assignments: the records administrators keep (who, which
 * post, based where, supervised by whom, linked to which account) and where each facilitator is
 * assigned when. The rules are the domain's (domain/facilitation/facilitator.ts, assignment.ts,
 * facilitation-access.ts). A record is read by the administrators of its home region, the
 * facilitator, their supervisor and their supervisees, and otherwise not found; it is changed only
 * by those administrators (403 for others who can read it). Every change is audited in its
 * transaction (resource `facilitator` or `facilitator_assignment`, region = home region). The NIK
 * becomes a keyed hash and its last four digits; the audit only says that it was recorded.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, gt, gte, ilike, isNull, like, lte, or, type SQL, sql } from 'drizzle-orm';
import type {
  AssignmentView,
  CreateAssignmentBody,
  CreateFacilitatorBody,
  EndAssignmentBody,
  FacilitatorDetail,
  FacilitatorList,
  FacilitatorListQuery,
  FacilitatorView,
  MyFacilitation,
  UpdateFacilitatorBody,
} from '../../contracts/facilitation.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import {
  activityEntry,
  appUser,
  facilitator,
  facilitatorAssignment,
  roleAssignment,
} from '../../db/schema.ts';
import { type Actor, can } from '../../domain/access/policy.ts';
import { ADMIN_RANK, type Role } from '../../domain/access/role.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import {
  assignmentIssues,
  covers,
  endAssignment,
  type FacilitatorAssignment,
  type Place,
  periodLabel,
  placeLabel,
} from '../../domain/facilitation/assignment.ts';
import { administers, mayManageFacilitator } from '../../domain/facilitation/facilitation-access.ts';
import {
  accountRoleIssues,
  checkNik,
  type Facilitator,
  facilitatorIssues,
  supervisorLoopIssues,
} from '../../domain/facilitation/facilitator.ts';
import { LOG_STATES, type LogState } from '../../domain/facilitation/review.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { recordAudit } from '../access/audit.service.ts';
import { createKawasanRepository } from '../kawasan/kawasan.repository.ts';
import { canSee, reader, writer } from '../kawasan/kawasan-access.ts';
import { createRegionRepository } from '../regions/region.repository.ts';
import {
  type AssignmentRecord,
  assignmentsOf,
  type FacilitatorRecord,
  facilitatorOfUser,
  loadFacilitator,
  toAssignment,
  toFacilitator,
} from './facilitation.repository.ts';
import { assignmentViews, createFacilitatorViews, localDate } from './facilitator-view.ts';
import { fixedNikSecret, type NikSecret, nikHash, nikSecretFromEnv } from './nik-hash.ts';

export interface FacilitatorDeps {
  db: Database;
  now: () => Date;
  /** The secret of the NIK hash; by default `KAWASAN_NIK_SECRET` or the data directory's `nik-secret`. */
  nikSecret?: NikSecret | string;
}

export const FACILITATOR_RESOURCE = 'facilitator';
export const ASSIGNMENT_RESOURCE = 'facilitator_assignment';
/** A list is cut here; `total` still counts every match (narrow with region, type or name). */
export const FACILITATOR_LIST_LIMIT = 1000;
/** Serialises changes of supervisors, so two requests cannot close a loop between them. */
const SUPERVISOR_LOCK_KEY = 4_262_013;

const NOT_FOUND = 'Pendamping tidak ditemukan.';
const NOT_REGISTERED = 'Akun ini belum terdaftar sebagai pendamping.';
const MANAGE_REFUSAL =
  'Pendamping dikelola oleh admin nasional, provinsi atau kabupaten/kota yang wilayahnya mencakup wilayah asal pendamping.';
export const DUPLICATE_NIK = 'NIK ini sudah terdaftar untuk pendamping lain.';
const ACCOUNT_TAKEN = 'Akun ini sudah tertaut ke pendamping lain.';

function invalid(issues: FieldIssue[]): AppError {
  return new AppError('invalid_input', issues.map((i) => i.message).join(' '), issues);
}

const conflict = (field: string, message: string) => new AppError('conflict', message, [{ field, message }]);

/** The unique violations of the facilitator table as 409s naming the field. */
function conflictOn(err: unknown): AppError | null {
  let e = err as { code?: string; constraint?: string; detail?: string; cause?: unknown } | undefined;
  while (e && e.code !== '23505') e = e.cause as typeof e;
  if (!e) return null;
  const where = `${e.constraint ?? ''} ${e.detail ?? ''}`;
  if (/nik_hash/.test(where)) return conflict('nik', DUPLICATE_NIK);
  if (/user_id/.test(where)) return conflict('username', ACCOUNT_TAKEN);
  return null;
}

/** A region code as typed (dotted or not) in canonical form, or a 400 on `field`. */
function canonicalCode(input: string, field: string): string {
  const parsed = parseRegionCode(input);
  if (!parsed.ok) throw AppError.invalid(field, `Kode wilayah ${input} tidak dikenali.`);
  return parsed.value.code;
}

/** Empty text is "not given". */
const optionalText = (value: string | null | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** What the audit keeps of a facilitator: never the NIK or its hash, only whether one is recorded. */
function auditFields(row: FacilitatorRecord, nik: string | null = row.nikHash ? 'tercatat' : null) {
  return {
    userId: row.userId,
    type: row.type,
    name: row.name,
    gender: row.gender,
    phone: row.phone,
    email: row.email,
    homeRegionCode: row.homeRegionCode,
    activeFrom: row.activeFrom,
    activeTo: row.activeTo,
    supervisorId: row.supervisorId,
    nik,
  };
}

function assignmentAuditFields(a: FacilitatorAssignment) {
  return {
    facilitatorId: a.facilitatorId,
    place: a.place.kind === 'desa' ? `desa:${a.place.code}` : `kawasan:${a.place.id}`,
    from: a.from,
    to: a.to,
  };
}

/** The region prefixes whose facilitators the actor administers; 'all' for national scope. */
function managedPrefixes(actor: Actor): 'all' | string[] {
  if (actor.kind === 'system') return 'all';
  const prefixes: string[] = [];
  for (const a of actor.assignments) {
    if (ADMIN_RANK[a.role] === undefined) continue;
    if (a.scope.kind === 'national') return 'all';
    if (a.scope.kind === 'region') prefixes.push(a.scope.code);
  }
  return prefixes;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Whether two region codes lie one inside the other (the same area at different levels). */
const nested = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

export function createFacilitatorService({ db, now, nikSecret = nikSecretFromEnv() }: FacilitatorDeps) {
  const secret = typeof nikSecret === 'string' ? fixedNikSecret(nikSecret) : nikSecret;
  const today = () => localDate(now());
  const views = createFacilitatorViews(db.orm, today);

  /** Whether the actor may read this facilitator record (see the module comment). */
  async function mayRead(orm: Orm, actor: Actor, row: FacilitatorRecord): Promise<boolean> {
    if (actor.kind === 'system' || administers(actor, row.homeRegionCode)) return true;
    if (row.userId === actor.userId) return true;
    const own = await facilitatorOfUser(orm, actor.userId);
    return own !== null && (row.supervisorId === own.id || own.supervisorId === row.id);
  }

  /** The record for a read: 404 when it does not exist or the actor may not read it. */
  async function readable(orm: Orm, actor: Actor, id: string): Promise<FacilitatorRecord> {
    const row = await loadFacilitator(orm, id);
    if (!(await mayRead(orm, actor, row))) throw AppError.notFound(NOT_FOUND);
    return row;
  }

  /** The record locked for a change: 404 when unreadable, 403 when readable but not managed. */
  async function forChange(orm: Orm, actor: Actor, id: string): Promise<FacilitatorRecord> {
    const row = await loadFacilitator(orm, id, true);
    if (!(await mayRead(orm, actor, row))) throw AppError.notFound(NOT_FOUND);
    if (!mayManageFacilitator(actor, row.homeRegionCode)) throw new AppError('forbidden', MANAGE_REFUSAL);
    return row;
  }

  /** The hash and last digits of a NIK as entered, or the issue with its shape. */
  async function nikOf(input: string | null | undefined) {
    const text = optionalText(input);
    if (text === null) return { issues: [] as FieldIssue[], value: null };
    const checked = checkNik(text);
    if (!checked.ok) return { issues: checked.issues, value: null };
    return {
      issues: [] as FieldIssue[],
      value: { hash: nikHash(await secret(), checked.hashInput), last4: checked.last4 },
    };
  }

  async function requireNikFree(orm: Orm, hash: string, exceptId: string) {
    const [other] = await orm
      .select({ id: facilitator.id })
      .from(facilitator)
      .where(eq(facilitator.nikHash, hash));
    if (other && other.id !== exceptId) throw conflict('nik', DUPLICATE_NIK);
  }

  /**
   * Issues with a supervisor (another facilitator) for facilitator `subject`: it must exist, work
   * in the same area (its home region inside or around the facilitator's), and not close a loop.
   * Takes the supervisor lock first, so concurrent changes are checked one after another.
   */
  async function supervisorIssues(
    orm: Orm,
    subject: Pick<Facilitator, 'id' | 'homeRegionCode'>,
    supervisorId: string,
  ): Promise<FieldIssue[]> {
    await orm.execute(sql`select pg_advisory_xact_lock(${SUPERVISOR_LOCK_KEY})`);
    const [supervisor] = await orm
      .select({ id: facilitator.id, homeRegionCode: facilitator.homeRegionCode })
      .from(facilitator)
      .where(eq(facilitator.id, supervisorId));
    if (!supervisor) return [{ field: 'supervisorId', message: 'Penyelia tidak ditemukan.' }];
    if (!nested(supervisor.homeRegionCode, subject.homeRegionCode)) {
      return [
        {
          field: 'supervisorId',
          message: `Penyelia berbasis di ${supervisor.homeRegionCode}, di luar wilayah asal pendamping (${subject.homeRegionCode}); pilih penyelia dari wilayah yang sama atau yang mencakupnya.`,
        },
      ];
    }
    // The chain above the new supervisor, one link at a time, until it ends or meets a known one.
    const supervisorOf = new Map<string, string | null>();
    let current: string | null = supervisorId;
    while (current !== null && !supervisorOf.has(current) && current !== subject.id) {
      const [link] = await orm
        .select({ supervisorId: facilitator.supervisorId })
        .from(facilitator)
        .where(eq(facilitator.id, current));
      supervisorOf.set(current, link?.supervisorId ?? null);
      current = link?.supervisorId ?? null;
    }
    return supervisorLoopIssues(subject.id, supervisorId, supervisorOf);
  }

  /** Assignments starting or running after a new end of the active period. */
  async function periodClashIssues(orm: Orm, id: string, activeTo: string | null): Promise<FieldIssue[]> {
    if (activeTo === null) return [];
    const past = (await assignmentsOf(orm, id)).filter((a) => a.to === null || a.to > activeTo);
    return past.slice(0, 1).map((a) => ({
      field: 'activeTo',
      message: `Penugasan di ${placeLabel(a.place)} (${periodLabel(a)}) berjalan melewati ${activeTo}; akhiri penugasan itu dahulu.`,
    }));
  }

  async function placeExistsIssues(
    orm: Orm,
    actor: Actor,
    place: Place,
    home: string,
  ): Promise<FieldIssue[]> {
    if (place.kind === 'desa') {
      const [found] = await createRegionRepository(orm).findByCodes([place.code]);
      return found && found.level === 4
        ? []
        : [{ field: 'place.code', message: `Desa ${place.code} tidak ditemukan dalam data wilayah.` }];
    }
    const k = await createKawasanRepository(orm).find(place.id);
    if (!k || !canSee(actor, k)) return [{ field: 'place.id', message: 'Kawasan tidak ditemukan.' }];
    const touchesHome = [...k.kabupatenCodes, ...k.memberCodes].some((code) => nested(code, home));
    return touchesHome
      ? []
      : [
          {
            field: 'place.id',
            message: `Kawasan ${k.name} tidak berada di wilayah asal pendamping (${home}).`,
          },
        ];
  }

  async function auditFacilitator(
    orm: Orm,
    actor: Actor,
    row: FacilitatorRecord,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
    at: Date,
  ) {
    await recordAudit(
      orm,
      actor,
      {
        action,
        resourceType: FACILITATOR_RESOURCE,
        resourceId: row.id,
        regionCode: row.homeRegionCode,
        before,
        after,
      },
      at,
    );
  }

  async function auditAssignment(
    orm: Orm,
    actor: Actor,
    row: FacilitatorRecord,
    assignmentId: string,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
    at: Date,
  ) {
    await recordAudit(
      orm,
      actor,
      {
        action,
        resourceType: ASSIGNMENT_RESOURCE,
        resourceId: assignmentId,
        regionCode: row.homeRegionCode,
        before,
        after,
      },
      at,
    );
  }

  /** The account to link: it must exist and be one the actor can see (else: not found). */
  async function accountFor(orm: Orm, actor: Actor, username: string) {
    const login = username.trim().toLowerCase();
    const notFound = () =>
      invalid([{ field: 'username', message: `Akun pengguna "${login}" tidak ditemukan.` }]);
    const [user] = await orm.select().from(appUser).where(eq(appUser.username, login));
    if (!user) throw notFound();
    const grants = await orm.select().from(roleAssignment).where(eq(roleAssignment.userId, user.id));
    const regions = grants.some((g) => g.scopeKind === 'national')
      ? ('national' as const)
      : grants.flatMap((g) => (g.regionCode ? [g.regionCode] : []));
    if (!can(actor, 'account.read', { type: 'account', userId: user.id, regions }).allowed) throw notFound();
    return { user, roles: grants.map((g) => g.role as Role) };
  }

  async function entryCounts(facilitatorId: string) {
    const rows = await db.orm
      .select({ state: activityEntry.state, n: count() })
      .from(activityEntry)
      .where(eq(activityEntry.facilitatorId, facilitatorId))
      .groupBy(activityEntry.state);
    const counts = Object.fromEntries(LOG_STATES.map((s) => [s, 0])) as Record<LogState, number>;
    for (const r of rows) if (r.state in counts) counts[r.state as LogState] = Number(r.n);
    const [review] = await db.orm
      .select({ n: count() })
      .from(activityEntry)
      .innerJoin(facilitator, eq(facilitator.id, activityEntry.facilitatorId))
      .where(and(eq(facilitator.supervisorId, facilitatorId), eq(activityEntry.state, 'diajukan')));
    return { ...counts, toReview: Number(review?.n ?? 0) };
  }

  return {
    /** Facilitators the actor may read, filtered in SQL; by name. */
    async list(actorInput: Actor | null, query: FacilitatorListQuery): Promise<FacilitatorList> {
      const actor = reader(actorInput);
      const prefixes = managedPrefixes(actor);
      let visible: SQL | undefined;
      if (prefixes !== 'all') {
        const userId = actor.kind === 'user' ? actor.userId : '';
        const own = await facilitatorOfUser(db.orm, userId);
        visible = or(
          ...prefixes.map((p) => like(facilitator.homeRegionCode, `${p}%`)),
          eq(facilitator.userId, userId),
          ...(own ? [eq(facilitator.supervisorId, own.id)] : []),
          ...(own?.supervisorId ? [eq(facilitator.id, own.supervisorId)] : []),
        );
      }
      const region = query.region ? canonicalCode(query.region, 'region') : undefined;
      const name = query.q?.trim();
      const where = and(
        visible,
        region ? like(facilitator.homeRegionCode, `${region}%`) : undefined,
        query.type ? eq(facilitator.type, query.type) : undefined,
        name ? ilike(facilitator.name, `%${escapeLike(name)}%`) : undefined,
        query.activeOn
          ? and(
              lte(facilitator.activeFrom, query.activeOn),
              or(isNull(facilitator.activeTo), gte(facilitator.activeTo, query.activeOn)),
            )
          : undefined,
      );
      const rows = await db.orm
        .select()
        .from(facilitator)
        .where(where)
        .orderBy(asc(facilitator.name), asc(facilitator.id))
        .limit(FACILITATOR_LIST_LIMIT);
      const [total] = await db.orm.select({ n: count() }).from(facilitator).where(where);
      return { items: await views.views(actor, rows), total: Number(total!.n) };
    },

    async get(actorInput: Actor | null, id: string): Promise<FacilitatorDetail> {
      const actor = reader(actorInput);
      return views.detail(actor, await readable(db.orm, actor, id));
    },

    async create(actorInput: Actor | null, body: CreateFacilitatorBody): Promise<FacilitatorView> {
      const actor = writer(actorInput);
      const homeRegionCode = canonicalCode(body.homeRegionCode, 'homeRegionCode');
      if (!mayManageFacilitator(actor, homeRegionCode)) throw new AppError('forbidden', MANAGE_REFUSAL);
      const nik = await nikOf(body.nik);
      const id = randomUUID();
      const at = now();
      const row = await db.transaction(async (tx) => {
        const { user, roles } = await accountFor(tx.orm, actor, body.username);
        const record: FacilitatorRecord = {
          id,
          userId: user.id,
          type: body.type,
          name: body.name.trim(),
          gender: body.gender,
          phone: optionalText(body.phone),
          email: optionalText(body.email),
          nikHash: nik.value?.hash ?? null,
          nikLast4: nik.value?.last4 ?? null,
          homeRegionCode,
          activeFrom: body.activeFrom,
          activeTo: body.activeTo ?? null,
          supervisorId: body.supervisorId ?? null,
          createdAt: at,
          updatedAt: at,
        };
        const issues = [
          ...accountRoleIssues(roles).map((i) => ({ ...i, field: 'username' })),
          ...facilitatorIssues(toFacilitator(record)),
          ...nik.issues,
        ];
        const [home] = await createRegionRepository(tx.orm).findByCodes([homeRegionCode]);
        if (!home)
          issues.push({
            field: 'homeRegionCode',
            message: `Wilayah ${homeRegionCode} tidak ditemukan dalam data wilayah.`,
          });
        if (record.supervisorId !== null)
          issues.push(...(await supervisorIssues(tx.orm, record, record.supervisorId)));
        if (issues.length > 0) throw invalid(issues);
        const [linked] = await tx.orm
          .select({ id: facilitator.id })
          .from(facilitator)
          .where(eq(facilitator.userId, user.id));
        if (linked) throw conflict('username', ACCOUNT_TAKEN);
        if (record.nikHash) await requireNikFree(tx.orm, record.nikHash, id);
        try {
          await tx.orm.insert(facilitator).values(record);
        } catch (err) {
          throw conflictOn(err) ?? err;
        }
        await auditFacilitator(tx.orm, actor, record, 'facilitator.create', null, auditFields(record), at);
        return record;
      });
      return views.view(actor, row);
    },

    async update(
      actorInput: Actor | null,
      id: string,
      body: UpdateFacilitatorBody,
    ): Promise<FacilitatorDetail> {
      const actor = writer(actorInput);
      const nik = body.nik === undefined ? null : await nikOf(body.nik);
      const row = await db.transaction(async (tx) => {
        const before = await forChange(tx.orm, actor, id);
        const at = now();
        const next: FacilitatorRecord = {
          ...before,
          ...(body.name !== undefined ? { name: body.name.trim() } : {}),
          ...(body.gender !== undefined ? { gender: body.gender } : {}),
          ...(body.phone !== undefined ? { phone: optionalText(body.phone) } : {}),
          ...(body.email !== undefined ? { email: optionalText(body.email) } : {}),
          ...(nik ? { nikHash: nik.value?.hash ?? null, nikLast4: nik.value?.last4 ?? null } : {}),
          ...(body.activeTo !== undefined ? { activeTo: body.activeTo } : {}),
          ...(body.supervisorId !== undefined ? { supervisorId: body.supervisorId } : {}),
          updatedAt: at,
        };
        const issues = [...facilitatorIssues(toFacilitator(next)), ...(nik?.issues ?? [])];
        // Being one's own supervisor is already among the record's issues.
        if (
          next.supervisorId !== null &&
          next.supervisorId !== before.supervisorId &&
          next.supervisorId !== id
        )
          issues.push(...(await supervisorIssues(tx.orm, next, next.supervisorId)));
        if (next.activeTo !== before.activeTo)
          issues.push(...(await periodClashIssues(tx.orm, id, next.activeTo)));
        if (issues.length > 0) throw invalid(issues);
        const nikChanged = next.nikHash !== before.nikHash;
        if (nikChanged && next.nikHash) await requireNikFree(tx.orm, next.nikHash, id);
        const beforeFields = auditFields(before);
        const afterFields = auditFields(
          next,
          next.nikHash === null ? null : nikChanged && before.nikHash ? 'diubah' : 'tercatat',
        );
        if (JSON.stringify(beforeFields) === JSON.stringify(afterFields)) return before; // nothing changed
        const {
          id: _id,
          userId: _u,
          type: _t,
          homeRegionCode: _h,
          activeFrom: _f,
          createdAt: _c,
          ...values
        } = next;
        try {
          await tx.orm.update(facilitator).set(values).where(eq(facilitator.id, id));
        } catch (err) {
          throw conflictOn(err) ?? err;
        }
        await auditFacilitator(tx.orm, actor, next, 'facilitator.update', beforeFields, afterFields, at);
        return next;
      });
      return views.detail(actor, row);
    },

    /** A new assignment of the facilitator to a desa or a kawasan (no overlap at the same place). */
    async addAssignment(
      actorInput: Actor | null,
      facilitatorId: string,
      body: CreateAssignmentBody,
    ): Promise<AssignmentView> {
      const actor = writer(actorInput);
      const place: Place =
        body.place.kind === 'desa'
          ? { kind: 'desa', code: canonicalCode(body.place.code, 'place.code') }
          : { kind: 'kawasan', id: body.place.id };
      const assignment = await db.transaction(async (tx) => {
        // The facilitator's row is locked first: two requests for the same facilitator check
        // for overlaps one after the other.
        const row = await forChange(tx.orm, actor, facilitatorId);
        const candidate: FacilitatorAssignment = {
          id: randomUUID(),
          facilitatorId,
          place,
          from: body.from,
          to: body.to ?? null,
        };
        const existing = await assignmentsOf(tx.orm, facilitatorId);
        const issues = assignmentIssues(candidate, toFacilitator(row), existing);
        if (issues.length === 0)
          issues.push(...(await placeExistsIssues(tx.orm, actor, place, row.homeRegionCode)));
        if (issues.length > 0) throw invalid(issues);
        const at = now();
        await tx.orm.insert(facilitatorAssignment).values({
          id: candidate.id,
          facilitatorId,
          placeKind: place.kind,
          desaCode: place.kind === 'desa' ? place.code : null,
          kawasanId: place.kind === 'kawasan' ? place.id : null,
          fromDate: candidate.from,
          toDate: candidate.to,
          createdAt: at,
          updatedAt: at,
        });
        await auditAssignment(
          tx.orm,
          actor,
          row,
          candidate.id,
          'facilitator_assignment.create',
          null,
          assignmentAuditFields(candidate),
          at,
        );
        return candidate;
      });
      const [view] = await assignmentViews(db.orm, [assignment], today());
      return view!;
    },

    /**
     * Ends an assignment on `to` (kept in the history). Refused while activities are logged for
     * that place after the new last day within this assignment.
     */
    async endAssignment(
      actorInput: Actor | null,
      assignmentId: string,
      body: EndAssignmentBody,
    ): Promise<AssignmentView> {
      const actor = writer(actorInput);
      const notFound = () => AppError.notFound('Penugasan tidak ditemukan.');
      const ended = await db.transaction(async (tx) => {
        const [found] = await tx.orm
          .select({ facilitatorId: facilitatorAssignment.facilitatorId })
          .from(facilitatorAssignment)
          .where(eq(facilitatorAssignment.id, assignmentId));
        if (!found) throw notFound();
        // Same lock order as a new assignment: the facilitator, then the assignment.
        let row: FacilitatorRecord;
        try {
          row = await forChange(tx.orm, actor, found.facilitatorId);
        } catch (err) {
          throw err instanceof AppError && err.code === 'not_found' ? notFound() : err;
        }
        const [record] = await tx.orm
          .select()
          .from(facilitatorAssignment)
          .where(eq(facilitatorAssignment.id, assignmentId))
          .for('update');
        const current = toAssignment(record as AssignmentRecord);
        const result = endAssignment(current, body.to);
        if (!result.ok) throw invalid(result.issues);
        const placeMatch =
          current.place.kind === 'desa'
            ? eq(activityEntry.desaCode, current.place.code)
            : eq(activityEntry.kawasanId, current.place.id);
        const [later] = await tx.orm
          .select({ n: count(), first: sql<string>`min(${activityEntry.date})` })
          .from(activityEntry)
          .where(
            and(
              eq(activityEntry.facilitatorId, row.id),
              eq(activityEntry.placeKind, current.place.kind),
              placeMatch,
              gt(activityEntry.date, body.to),
              current.to === null ? undefined : lte(activityEntry.date, current.to),
            ),
          );
        if (later && Number(later.n) > 0) {
          const message = `Sudah ada ${later.n} catatan kegiatan di ${placeLabel(current.place)} setelah ${body.to} (pertama ${later.first}); penugasan tidak dapat diakhiri sebelum tanggal itu.`;
          throw new AppError('conflict', message, [{ field: 'to', message }]);
        }
        if (result.assignment.to === current.to) return current;
        const at = now();
        await tx.orm
          .update(facilitatorAssignment)
          .set({ toDate: result.assignment.to, updatedAt: at })
          .where(eq(facilitatorAssignment.id, assignmentId));
        await auditAssignment(
          tx.orm,
          actor,
          row,
          assignmentId,
          'facilitator_assignment.end',
          { to: current.to },
          { to: result.assignment.to },
          at,
        );
        return result.assignment;
      });
      const [view] = await assignmentViews(db.orm, [ended], today());
      return view!;
    },

    /** The signed-in facilitator's own record, assignments and counts (404 without a record). */
    async mine(actorInput: Actor | null): Promise<MyFacilitation> {
      const actor = reader(actorInput);
      if (actor.kind !== 'user') throw AppError.notFound(NOT_REGISTERED);
      const row = await facilitatorOfUser(db.orm, actor.userId);
      if (!row) throw AppError.notFound(NOT_REGISTERED);
      const day = today();
      const assignments = await assignmentViews(db.orm, await assignmentsOf(db.orm, row.id), day);
      return {
        facilitator: await views.view(actor, row),
        currentAssignments: assignments.filter((a) => covers(a, day)),
        assignments,
        today: day,
        counts: await entryCounts(row.id),
      };
    },
  };
}

export type FacilitatorService = ReturnType<typeof createFacilitatorService>;
