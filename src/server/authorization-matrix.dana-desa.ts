/**
 * The authorisation matrix rows of Dana Desa plans: creating, replacing, deleting, re-checking,
 * importing and recording realisation. Kelurahan receive no Dana Desa, and the test roles act in
 * Kota Semarang (kelurahan only), so a case in scope works on Tambakreja (33.01.01.2001, a desa of
 * Kabupaten Cilacap) and grants the acting account its role there (kabupaten 33.01, facilitator
 * 33.01.01, village operator of Tambakreja); out of scope it works on Soka'an (35.13.15.2017,
 * outside all but national). A plan is kept by the village operator of the desa and the
 * administrators holding it — never a facilitator (a reader), a kawasan manager or an enterprise.
 */
import { randomUUID } from 'node:crypto';
import { roleAssignment } from '../db/schema.ts';
import type { Role } from '../domain/access/role.ts';
import { insertPlan, PLAN_SHEET_HEADER, planWorkbook } from '../services/dana-desa/testing.ts';
import {
  type MatrixContext,
  type MatrixRow,
  OUT_OF_SCOPE_VILLAGE,
  type Who,
} from './authorization.matrix.ts';

const KEEPERS: readonly Who[] = ['national', 'province', 'kabupaten', 'village'];
const IN_SCOPE_DESA = '3301012001';

/** Where each role is granted over the in-scope desa (national and province already hold it). */
const GRANTS: Partial<Record<Role, string>> = {
  kabupaten: '3301',
  facilitator: '330101',
  village: IN_SCOPE_DESA,
};

/** The fiscal years taken so far, per database and desa: a desa has one plan a year. */
const yearsTaken = new WeakMap<object, Map<string, number>>();

function nextYear(db: object, desaCode: string): number {
  const taken = yearsTaken.get(db) ?? new Map<string, number>();
  yearsTaken.set(db, taken);
  const year = (taken.get(desaCode) ?? 2029) + 1;
  taken.set(desaCode, year);
  return year;
}

/** The desa and a fresh fiscal year for the case; in scope, the acting account holds its role there. */
async function desaFor(
  ctx: MatrixContext,
  inScope: boolean,
): Promise<{ desaCode: string; fiscalYear: number }> {
  const desaCode = inScope ? IN_SCOPE_DESA : OUT_OF_SCOPE_VILLAGE;
  const grant = ctx.who === 'public' ? undefined : GRANTS[ctx.who];
  if (inScope && ctx.self && grant) {
    await ctx.db.orm
      .insert(roleAssignment)
      .values({
        id: randomUUID(),
        userId: ctx.self.id,
        role: ctx.who,
        scopeKind: 'region',
        scopeId: grant,
        regionCode: grant,
        createdAt: new Date(),
      })
      .onConflictDoNothing();
  }
  return { desaCode, fiscalYear: nextYear(ctx.db, desaCode) };
}

async function planFor(ctx: MatrixContext, inScope: boolean): Promise<string> {
  const { desaCode, fiscalYear } = await desaFor(ctx, inScope);
  return insertPlan(ctx.db, {
    desaCode,
    fiscalYear,
    pagu: 1_000_000n,
    lines: [{ id: '1', category: 'ketahanan_pangan', amount: 500_000n }],
  });
}

const LINES = [{ id: '1', category: 'ketahanan_pangan', activity: 'Lumbung pangan', amount: '400000' }];

export const DANA_DESA_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/dana-desa/rencana',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const { desaCode, fiscalYear } = await desaFor(ctx, inScope);
      return {
        url: '/api/dana-desa/rencana',
        payload: { desaCode, fiscalYear, pagu: '1000000', lines: LINES },
      };
    },
  },
  {
    method: 'PUT',
    route: '/api/dana-desa/rencana/:pid',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const id = await planFor(ctx, inScope);
      return { url: `/api/dana-desa/rencana/${id}`, payload: { pagu: '1000000', lines: LINES } };
    },
  },
  {
    method: 'DELETE',
    route: '/api/dana-desa/rencana/:pid',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      return { url: `/api/dana-desa/rencana/${await planFor(ctx, inScope)}` };
    },
  },
  {
    method: 'POST',
    route: '/api/dana-desa/rencana/:pid/periksa',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      return { url: `/api/dana-desa/rencana/${await planFor(ctx, inScope)}/periksa` };
    },
  },
  {
    method: 'POST',
    route: '/api/dana-desa/rencana/:pid/impor',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const id = await planFor(ctx, inScope);
      const payload = await planWorkbook([
        PLAN_SHEET_HEADER,
        ['1', 'ketahanan_pangan', 'Lumbung', '', 300_000, null],
      ]);
      return { url: `/api/dana-desa/rencana/${id}/impor?fileName=rencana.xlsx`, payload };
    },
  },
  {
    method: 'POST',
    route: '/api/dana-desa/rencana/:pid/realisasi',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const { desaCode, fiscalYear } = await desaFor(ctx, inScope);
      const id = await insertPlan(ctx.db, { desaCode, fiscalYear, pagu: 1_000_000n });
      return {
        url: `/api/dana-desa/rencana/${id}/realisasi`,
        payload: { kind: 'pencairan', stage: 1, date: `${fiscalYear}-03-01`, amount: '400000' },
      };
    },
  },
];
