/**
 * Reads and writes of the kawasan tables. Members' facts (name, kecamatan, latest IDM result) are
 * read with the kawasan, in one query each, so a dashboard never asks per desa.
 */
import { and, asc, count, desc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { KawasanListQuery, KawasanMember } from '../../contracts/kawasan.contract.ts';
import { type Orm, queryRows } from '../../db/client.ts';
import { kawasan, kawasanMember, kawasanTheme, rpkpVersion } from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import { KAWASAN_STATES, type KawasanState } from '../../domain/kawasan/lifecycle.ts';
import { desaRole } from '../../domain/kawasan/recommender-score.ts';
import { formatRegionCode, villageTypeOf } from '../../domain/region-code.ts';
import { hasApprovedPlan, type RpkpState } from '../../domain/rpkp/review.ts';
import { IDM_SCHEME } from '../../domain/village-index/idm.scheme.ts';
import type { IdmStatus } from '../../domain/village-index/idm.types.ts';

export type KawasanRecord = typeof kawasan.$inferSelect;
export interface KawasanRow extends Omit<KawasanRecord, 'state'> {
  state: KawasanState;
  memberCodes: string[];
}

export interface YearFigures {
  year: number;
  scored: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  stddev: number | null;
  locomotives: number;
  lagging: number;
}

const STATUS = sql`coalesce(v.official_status, v.computed_status)`;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export function createKawasanRepository(orm: Orm) {
  async function memberCodesOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const byId = new Map(ids.map((id) => [id, [] as string[]]));
    if (ids.length === 0) return byId;
    const rows = await orm
      .select({ id: kawasanMember.kawasanId, code: kawasanMember.desaCode })
      .from(kawasanMember)
      .where(inArray(kawasanMember.kawasanId, [...ids]))
      .orderBy(asc(kawasanMember.desaCode));
    for (const r of rows) byId.get(r.id)?.push(r.code);
    return byId;
  }

  function withMembers(records: readonly KawasanRecord[], codes: Map<string, string[]>): KawasanRow[] {
    return records.map((r) => ({ ...r, state: r.state as KawasanState, memberCodes: codes.get(r.id) ?? [] }));
  }

  return {
    /** The kawasan with its member codes, or null; `lock` holds the row until the transaction ends. */
    async find(id: string, lock = false): Promise<KawasanRow | null> {
      const base = orm.select().from(kawasan).where(eq(kawasan.id, id));
      const [record] = lock ? await base.for('update') : await base;
      if (!record) return null;
      return withMembers([record], await memberCodesOf([id]))[0]!;
    },

    async findMany(ids: readonly string[]): Promise<KawasanRow[]> {
      if (ids.length === 0) return [];
      const records = await orm
        .select()
        .from(kawasan)
        .where(inArray(kawasan.id, [...ids]));
      return withMembers(records, await memberCodesOf(ids));
    },

    /** Of `codes`, those held by another active kawasan: code → that kawasan's name. */
    async takenElsewhere(codes: readonly string[], exceptId: string): Promise<Map<string, string>> {
      if (codes.length === 0) return new Map();
      const rows = await orm
        .select({ code: kawasanMember.desaCode, name: kawasan.name })
        .from(kawasanMember)
        .innerJoin(kawasan, eq(kawasan.id, kawasanMember.kawasanId))
        .where(
          and(
            eq(kawasanMember.active, true),
            inArray(kawasanMember.desaCode, [...codes]),
            sql`${kawasanMember.kawasanId} <> ${exceptId}`,
          ),
        );
      return new Map(rows.map((r) => [r.code, r.name]));
    },

    /** Whether one of the kawasan's RPKP versions is approved, which `pelaksanaan` requires. */
    async approvedPlan(id: string): Promise<boolean> {
      const rows = await orm
        .select({ version: rpkpVersion.version, state: rpkpVersion.state })
        .from(rpkpVersion)
        .where(eq(rpkpVersion.kawasanId, id));
      return hasApprovedPlan(rows.map((r) => ({ version: r.version, state: r.state as RpkpState })));
    },

    /** Every desa held by an active kawasan inside `prefix` (a kabupaten), for the recommender. */
    async activeMembersWithin(prefix: string): Promise<Set<string>> {
      const rows = await orm
        .select({ code: kawasanMember.desaCode })
        .from(kawasanMember)
        .where(and(eq(kawasanMember.active, true), sql`${kawasanMember.desaCode} like ${`${prefix}%`}`));
      return new Set(rows.map((r) => r.code));
    },

    /** Replaces the member list (a draft's; members of a draft are never active). */
    async replaceMembers(id: string, codes: readonly string[]): Promise<void> {
      await orm.delete(kawasanMember).where(eq(kawasanMember.kawasanId, id));
      if (codes.length > 0)
        await orm.insert(kawasanMember).values(codes.map((desaCode) => ({ kawasanId: id, desaCode })));
    },

    /** Marks the members as held (active states) or released; the unique index refuses a double hold. */
    async setMembersActive(id: string, active: boolean): Promise<void> {
      await orm.update(kawasanMember).set({ active }).where(eq(kawasanMember.kawasanId, id));
    },

    /** Members as shown: region facts and the latest IDM result, in code order. */
    async memberViews(codes: readonly string[]): Promise<KawasanMember[]> {
      if (codes.length === 0) return [];
      const rows = await queryRows<{
        code: string;
        name: string;
        district_code: string;
        district_name: string | null;
        year: number | null;
        value: number | null;
        status: IdmStatus | null;
      }>(
        orm,
        sql`select r.code, r.name, r.parent_code as district_code, d.name as district_name,
                   v.year, v.value, v.status
            from region r
            left join region d on d.code = r.parent_code
            left join lateral (
              select v.year, v.value, ${STATUS} as status from village_index v
              where v.scheme = ${IDM_SCHEME.id} and v.region_code = r.code
              order by v.year desc limit 1
            ) v on true
            where r.code in ${[...codes]}
            order by r.code`,
      );
      return rows.map((r) => {
        const role = r.status === null ? 'unknown' : desaRole(r.status);
        return {
          code: r.code,
          codeDotted: formatRegionCode(r.code),
          name: r.name,
          districtCode: r.district_code,
          districtName: r.district_name ?? r.district_code,
          type: villageTypeOf(r.code) === 'desa_adat' ? 'desa_adat' : 'desa',
          indexYear: r.year === null ? null : Number(r.year),
          indexValue: num(r.value),
          status: r.status,
          role,
        };
      });
    },

    /** The members' IDM figures per year, oldest first. */
    async yearFigures(codes: readonly string[]): Promise<YearFigures[]> {
      if (codes.length === 0) return [];
      const rows = await queryRows<Record<string, unknown>>(
        orm,
        sql`select v.year, count(v.value) as scored, avg(v.value) as mean, min(v.value) as min,
                   max(v.value) as max, stddev_pop(v.value) as stddev,
                   count(*) filter (where ${STATUS} in ('maju', 'mandiri')) as locomotives,
                   count(*) filter (where ${STATUS} in ('tertinggal', 'sangat_tertinggal')) as lagging
            from village_index v
            where v.scheme = ${IDM_SCHEME.id} and v.region_code in ${[...codes]}
            group by v.year order by v.year`,
      );
      return rows.map((r) => ({
        year: Number(r.year),
        scored: Number(r.scored),
        mean: num(r.mean),
        min: num(r.min),
        max: num(r.max),
        stddev: num(r.stddev),
        locomotives: Number(r.locomotives),
        lagging: Number(r.lagging),
      }));
    },

    async themes() {
      return orm.select().from(kawasanTheme).orderBy(asc(kawasanTheme.label));
    },

    /** A page of kawasan in `visible` scope ('all', or prefixes and kawasan ids), newest change first. */
    async list(
      visible: 'all' | { prefixes: string[]; kawasanIds: string[] },
      query: Pick<KawasanListQuery, 'q' | 'page' | 'pageSize'> & {
        region?: string;
        states?: readonly string[];
      },
    ): Promise<{ items: KawasanRow[]; total: number }> {
      const conditions: (SQL | undefined)[] = [];
      if (visible !== 'all') {
        const reach = [
          ...visible.prefixes.map(
            (p) =>
              sql`(exists (select 1 from kawasan_member m where m.kawasan_id = ${kawasan.id} and m.desa_code like ${`${p}%`})
                   or exists (select 1 from unnest(${kawasan.kabupatenCodes}) k where k like ${`${p}%`}))`,
          ),
          ...(visible.kawasanIds.length > 0 ? [inArray(kawasan.id, visible.kawasanIds)] : []),
        ];
        if (reach.length === 0) return { items: [], total: 0 };
        conditions.push(sql`(${sql.join(reach, sql` or `)})`);
      }
      // In a region: a member lies there; a draft without members, by its kabupaten.
      if (query.region)
        conditions.push(
          sql`(exists (select 1 from kawasan_member m where m.kawasan_id = ${kawasan.id} and m.desa_code like ${`${query.region}%`})
               or (not exists (select 1 from kawasan_member m where m.kawasan_id = ${kawasan.id})
                   and exists (select 1 from unnest(${kawasan.kabupatenCodes}) k where k like ${`${query.region}%`} or ${query.region} like k || '%')))`,
        );
      const states = (query.states ?? []).filter((s) => (KAWASAN_STATES as readonly string[]).includes(s));
      if (query.states) conditions.push(states.length > 0 ? inArray(kawasan.state, states) : sql`false`);
      if (query.q) conditions.push(ilike(kawasan.name, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
      const where = and(...conditions);
      const [records, total] = await Promise.all([
        orm
          .select()
          .from(kawasan)
          .where(where)
          .orderBy(desc(kawasan.updatedAt), asc(kawasan.id))
          .offset((query.page - 1) * query.pageSize)
          .limit(query.pageSize),
        orm.select({ n: count() }).from(kawasan).where(where),
      ]);
      return {
        items: withMembers(records, await memberCodesOf(records.map((r) => r.id))),
        total: total[0]!.n,
      };
    },
  };
}
export type KawasanRepository = ReturnType<typeof createKawasanRepository>;

/** The kawasan with its members, or 404; `lock` holds the row until the transaction ends. */
export async function loadKawasan(orm: Orm, id: string, lock = false): Promise<KawasanRow> {
  const row = await createKawasanRepository(orm).find(id, lock);
  if (!row) throw new AppError('not_found', 'Kawasan tidak ditemukan.');
  return row;
}
