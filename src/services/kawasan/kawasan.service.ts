/**
 * The kawasan registry and its lifecycle: drafts, profile and members, transitions. Each change
 * is checked against the actor's role and scope, and audited in the transaction that makes it;
 * "a desa belongs to at most one active kawasan" is checked first for a clear answer, and held by
 * a unique index against concurrent requests.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type {
  CreateKawasanBody,
  CreateThemeBody,
  KawasanDetail,
  KawasanList,
  KawasanListQuery,
  KawasanTheme,
  MembersBody,
  TransitionBody,
  UpdateKawasanBody,
} from '../../contracts/kawasan.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import { kawasan, kawasanDocument, kawasanTheme } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { actorPasses, actorRefusal } from '../../domain/kawasan/kawasan-actor.ts';
import { isActiveState, refusalErrorCode, transition } from '../../domain/kawasan/lifecycle.ts';
import { memberCodeIssues } from '../../domain/kawasan/lifecycle-guards.ts';
import { normaliseCommodities } from '../../domain/kawasan/registry.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { recordAudit } from '../access/audit.service.ts';
import { createRegionRepository } from '../regions/region.repository.ts';
import { createKawasanRepository, type KawasanRow, loadKawasan } from './kawasan.repository.ts';
import {
  auditKawasan,
  kawasanActorOf,
  reader,
  requireChange,
  requireVisible,
  visibility,
  writer,
} from './kawasan-access.ts';
import { createKawasanViews, themeView } from './kawasan-view.ts';

export interface KawasanDeps {
  db: Database;
  now: () => Date;
}

/** Where a kawasan made from a recommender proposal came from. */
export interface KawasanOrigin {
  recommendationId: string;
  proposalId: string;
  /** The proposal's explanation: the reason written with the proposal. */
  reason: string;
}

const ONE_ACTIVE_INDEX = 'kawasan_member_one_active_idx';

/** A double hold refused by the unique index (a concurrent proposal won): 409 naming the desa. */
function activeConflict(err: unknown): AppError | null {
  let e = err as { code?: string; constraint?: string; detail?: string; cause?: unknown } | undefined;
  while (e && e.code !== '23505') e = e.cause as typeof e;
  if (!e || !`${e.constraint ?? ''} ${e.detail ?? ''}`.match(new RegExp(`${ONE_ACTIVE_INDEX}|desa_code`)))
    return null;
  const code = /\(desa_code\)=\((\d+)\)/.exec(e.detail ?? '')?.[1];
  const message = `${code ? `Desa ${code}` : 'Salah satu desa'} baru saja masuk kawasan aktif lain: satu desa hanya boleh berada dalam satu kawasan aktif.`;
  return new AppError('conflict', message, [{ field: 'members', message }]);
}

async function holding<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw activeConflict(err) ?? err;
  }
}

export function createKawasanService({ db, now }: KawasanDeps) {
  const views = createKawasanViews(db.orm);

  async function detail(actor: Actor, id: string): Promise<KawasanDetail> {
    const row = await loadKawasan(db.orm, id);
    requireVisible(actor, row);
    return views.detail(actor, row);
  }

  /** Canonical kabupaten codes of one province that exist, and the region that designates. */
  async function checkKabupaten(orm: Orm, inputs: readonly string[]) {
    const codes: string[] = [];
    const issues: FieldIssue[] = [];
    for (const [i, input] of inputs.entries()) {
      const parsed = parseRegionCode(input);
      if (!parsed.ok || parsed.value.level !== 'regency')
        issues.push({
          field: `kabupatenCodes.${i}`,
          message: `${input} bukan kode kabupaten/kota (4 digit).`,
        });
      else if (!codes.includes(parsed.value.code)) codes.push(parsed.value.code);
    }
    const found = new Set((await createRegionRepository(orm).findByCodes(codes)).map((r) => r.code));
    for (const [i, code] of codes.entries())
      if (!found.has(code))
        issues.push({
          field: `kabupatenCodes.${i}`,
          message: `Tidak ada kabupaten/kota dengan kode ${code}.`,
        });
    if (new Set(codes.map((c) => c.slice(0, 2))).size > 1)
      issues.push({
        field: 'kabupatenCodes',
        message: 'Kawasan lintas kabupaten harus dalam satu provinsi (ditetapkan gubernur).',
      });
    if (issues.length > 0) throw new AppError('invalid_input', issues[0]!.message, issues);
    codes.sort();
    return { codes, regionCode: codes.length === 1 ? codes[0]! : codes[0]!.slice(0, 2) };
  }

  /** Canonical member codes: desa or desa adat that exist, inside the kawasan's kabupaten. */
  async function checkMembers(orm: Orm, inputs: readonly string[], kabupaten: readonly string[]) {
    const codes = inputs.map((input) => {
      const parsed = parseRegionCode(input);
      return parsed.ok ? parsed.value.code : input.trim();
    });
    const issues = memberCodeIssues(codes).map((i) => ({ ...i, field: i.field.replace(/\[(\d+)\]/, '.$1') }));
    if (issues.length === 0) {
      const found = new Set((await createRegionRepository(orm).findByCodes(codes)).map((r) => r.code));
      for (const [i, code] of codes.entries()) {
        if (!found.has(code))
          issues.push({ field: `members.${i}`, message: `Tidak ada desa dengan kode ${code}.` });
        else if (!kabupaten.includes(code.slice(0, 4)))
          issues.push({
            field: `members.${i}`,
            message: `Desa ${code} di luar kabupaten/kota kawasan ini (${kabupaten.join(', ')}).`,
          });
      }
    }
    if (issues.length > 0) throw new AppError('invalid_input', issues[0]!.message, issues);
    return [...codes].sort();
  }

  async function checkTheme(orm: Orm, code: string | null | undefined): Promise<string | null> {
    if (!code) return null;
    const [theme] = await orm.select().from(kawasanTheme).where(eq(kawasanTheme.code, code));
    if (!theme) throw AppError.invalid('theme', `Tema ${code} tidak dikenal.`);
    return theme.code;
  }

  const profile = (r: Pick<KawasanRow, 'name' | 'themeCode' | 'commodities' | 'delineationNotes'>) => ({
    name: r.name,
    theme: r.themeCode,
    commodities: r.commodities,
    delineationNotes: r.delineationNotes,
  });

  /** Applies a lifecycle action inside `orm`'s transaction. */
  async function applyTransition(orm: Orm, actor: Actor, id: string, body: TransitionBody, at: Date) {
    const repo = createKawasanRepository(orm);
    const row = await loadKawasan(orm, id, true);
    requireVisible(actor, row);
    const sk = body.sk ?? undefined;
    if (body.action === 'designate' && sk?.documentId) {
      const [doc] = /^[0-9a-f-]{36}$/i.test(sk.documentId)
        ? await orm.select().from(kawasanDocument).where(eq(kawasanDocument.id, sk.documentId))
        : [];
      if (!doc || doc.kawasanId !== id)
        throw AppError.invalid('sk.documentId', 'Dokumen SK tidak ditemukan di antara dokumen kawasan ini.');
    }
    const result = transition(
      { id, state: row.state, memberCodes: row.memberCodes },
      body.action,
      kawasanActorOf(actor),
      {
        reason: body.reason ?? undefined,
        sk,
        taken: await repo.takenElsewhere(row.memberCodes, id),
        approvedPlan: body.action === 'start_implementation' ? await repo.approvedPlan(id) : undefined,
      },
    );
    if (!result.ok) throw new AppError(refusalErrorCode(result.guard), result.reason, result.issues);
    const decree = result.audit.sk;
    await orm
      .update(kawasan)
      .set({
        state: result.state,
        updatedAt: at,
        ...(decree ? { skNumber: decree.number, skDate: decree.date, skDocumentId: decree.documentId } : {}),
      })
      .where(eq(kawasan.id, id));
    const wasActive = isActiveState(row.state);
    if (isActiveState(result.state) !== wasActive) await repo.setMembersActive(id, !wasActive);
    await auditKawasan(
      orm,
      actor,
      row,
      `kawasan.${body.action}`,
      { state: row.state },
      { state: result.state, reason: result.audit.reason, ...(decree ? { sk: decree } : {}) },
      at,
    );
  }

  return {
    async themes(): Promise<KawasanTheme[]> {
      return (await createKawasanRepository(db.orm).themes()).map(themeView);
    },

    /** A new theme: national roles (the list is shared by the whole country). */
    async createTheme(actorInput: Actor | null, body: CreateThemeBody): Promise<KawasanTheme> {
      const actor = writer(actorInput);
      if (actor.kind === 'user' && !actor.assignments.some((a) => a.role === 'national'))
        throw new AppError('forbidden', 'Hanya peran nasional yang dapat menambah tema kawasan.');
      const at = now();
      const row = { code: body.code, label: body.label, description: body.description ?? null };
      await db.transaction(async (tx) => {
        const [existing] = await tx.orm.select().from(kawasanTheme).where(eq(kawasanTheme.code, body.code));
        if (existing)
          throw new AppError('conflict', `Tema ${body.code} sudah ada.`, [
            { field: 'code', message: 'Kode tema sudah dipakai.' },
          ]);
        await tx.orm.insert(kawasanTheme).values({ ...row, createdAt: at });
        await recordAudit(
          tx.orm,
          actor,
          {
            action: 'kawasan.theme.create',
            resourceType: 'kawasan_theme',
            resourceId: body.code,
            regionCode: null,
            before: null,
            after: row,
          },
          at,
        );
      });
      return row;
    },

    async list(actorInput: Actor | null, query: KawasanListQuery): Promise<KawasanList> {
      const actor = reader(actorInput);
      const region = regionPrefix(query.region);
      const { items, total } = await createKawasanRepository(db.orm).list(visibility(actor), {
        ...query,
        ...(region ? { region } : {}),
        ...(query.state ? { states: [query.state] } : {}),
      });
      return { items: await views.summaries(items), page: query.page, pageSize: query.pageSize, total };
    },

    get: (actor: Actor | null, id: string) => detail(reader(actor), id),

    /**
     * A new draft, or with `origin` a kawasan made from a recommender proposal and proposed at
     * once (`propose` with the proposal's explanation as its reason), all in one transaction.
     */
    async create(
      actorInput: Actor | null,
      body: CreateKawasanBody,
      origin?: KawasanOrigin,
    ): Promise<KawasanDetail> {
      const actor = writer(actorInput);
      const at = now();
      const id = randomUUID();
      await holding(() =>
        db.transaction(async (tx) => {
          const { codes: kabupatenCodes, regionCode } = await checkKabupaten(tx.orm, body.kabupatenCodes);
          const members = await checkMembers(tx.orm, body.members, kabupatenCodes);
          const area = members.length > 0 ? members : kabupatenCodes;
          if (!actorPasses('participant', kawasanActorOf(actor), id, area))
            throw new AppError('forbidden', actorRefusal('participant', area));
          const themeCode = await checkTheme(tx.orm, body.theme);
          const row: KawasanRow = {
            id,
            name: body.name,
            regionCode,
            kabupatenCodes,
            themeCode,
            commodities: normaliseCommodities(body.commodities),
            delineationNotes: body.delineationNotes ?? null,
            state: 'draf',
            skNumber: null,
            skDate: null,
            skDocumentId: null,
            recommendationId: origin?.recommendationId ?? null,
            proposalId: origin?.proposalId ?? null,
            createdAt: at,
            updatedAt: at,
            memberCodes: members,
          };
          const { memberCodes: _, ...record } = row;
          await tx.orm.insert(kawasan).values(record);
          await createKawasanRepository(tx.orm).replaceMembers(id, members);
          await auditKawasan(
            tx.orm,
            actor,
            row,
            'kawasan.create',
            null,
            {
              ...profile(row),
              kabupaten: kabupatenCodes,
              members,
              state: 'draf',
              ...(origin ? { recommendation: origin.recommendationId, proposal: origin.proposalId } : {}),
            },
            at,
          );
          if (origin)
            await applyTransition(tx.orm, actor, id, { action: 'propose', reason: origin.reason }, at);
        }),
      );
      return detail(actor, id);
    },

    async update(actorInput: Actor | null, id: string, body: UpdateKawasanBody): Promise<KawasanDetail> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const row = await loadKawasan(tx.orm, id, true);
        requireChange(actor, row, 'edit_profile');
        const next = {
          ...row,
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.theme !== undefined ? { themeCode: await checkTheme(tx.orm, body.theme) } : {}),
          ...(body.commodities !== undefined ? { commodities: normaliseCommodities(body.commodities) } : {}),
          ...(body.delineationNotes !== undefined ? { delineationNotes: body.delineationNotes ?? null } : {}),
        };
        const at = now();
        await tx.orm
          .update(kawasan)
          .set({
            name: next.name,
            themeCode: next.themeCode,
            commodities: next.commodities,
            delineationNotes: next.delineationNotes,
            updatedAt: at,
          })
          .where(eq(kawasan.id, id));
        await auditKawasan(tx.orm, actor, row, 'kawasan.update', profile(row), profile(next), at);
      });
      return detail(actor, id);
    },

    async setMembers(actorInput: Actor | null, id: string, body: MembersBody): Promise<KawasanDetail> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const row = await loadKawasan(tx.orm, id, true);
        requireChange(actor, row, 'edit_members');
        const members = await checkMembers(tx.orm, body.members, row.kabupatenCodes);
        // The new members must be in the actor's reach too: nobody adds desa outside their scope.
        requireChange(
          actor,
          { ...row, memberCodes: members.length > 0 ? members : row.kabupatenCodes },
          'edit_members',
        );
        const at = now();
        await createKawasanRepository(tx.orm).replaceMembers(id, members);
        await tx.orm.update(kawasan).set({ updatedAt: at }).where(eq(kawasan.id, id));
        await auditKawasan(
          tx.orm,
          actor,
          row,
          'kawasan.members',
          { members: row.memberCodes },
          { members },
          at,
        );
      });
      return detail(actor, id);
    },

    async transition(actorInput: Actor | null, id: string, body: TransitionBody): Promise<KawasanDetail> {
      const actor = writer(actorInput);
      await holding(() => db.transaction((tx) => applyTransition(tx.orm, actor, id, body, now())));
      return detail(actor, id);
    },
  };
}
export type KawasanService = ReturnType<typeof createKawasanService>;

/** A canonical region prefix from a query parameter, or a 400. */
export function regionPrefix(input: string | undefined): string | null {
  if (!input) return null;
  const parsed = parseRegionCode(input);
  if (!parsed.ok) throw AppError.invalid('region', parsed.message);
  return parsed.value.code;
}
