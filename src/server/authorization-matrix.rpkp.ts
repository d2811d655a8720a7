/**
 * The authorisation matrix rows of the RPKP routes. As for the kawasan rows, each case makes a
 * kawasan in `perencanaan` with two fresh desa of Kota Semarang (kecamatan 33.74.01, in scope) or
 * of Kabupaten Probolinggo (35.13.15, out of scope), and the RPKP version the route needs,
 * straight in the database. The desa numbers used here (…2000–…2099) are not used by the kawasan
 * rows. The kawasan-manager test role holds another kawasan, so it is never in scope here.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/client.ts';
import type { StoredPlan } from '../db/deliberation-records.ts';
import { rpkpVersion } from '../db/schema.ts';
import type { RpkpState } from '../domain/rpkp/review.ts';
import type { MatrixRow, Who } from './authorization.matrix.ts';
import { desaSource, insertKawasan } from './authorization-matrix.fixtures.ts';

/** Who manages a kawasan of Kota Semarang: its kabupaten officer (the designating government). */
const MANAGEMENT: readonly Who[] = ['kabupaten'];
/** Who reports progress on an activity in a desa of 33.74.01: management, the province, the kecamatan's facilitator. */
const REPORTERS: readonly Who[] = ['kabupaten', 'province', 'facilitator'];

let serial = 0;

const freshDesa = desaSource('Desa RPKP', 2000, 100);

/** A complete one-activity plan for this year, in `members[0]`. */
function completePlan(members: readonly string[]): StoredPlan {
  const year = new Date().getUTCFullYear();
  return {
    period: { startYear: year, endYear: year + 4 },
    vision: 'Kawasan uji yang mandiri',
    strategies: [{ id: 'S1', text: 'Strategi uji' }],
    programmes: [
      {
        id: 'P1',
        name: 'Program uji',
        strategyId: 'S1',
        activities: [
          {
            id: 'A1',
            name: 'Kegiatan uji',
            desaCodes: [members[0]!],
            year,
            stage: 'hulu',
            sector: 'pertanian',
            agencyKind: 'kabupaten',
            agencyName: 'Dinas Pertanian',
            fundingSource: 'apbd_kabupaten',
            budget: '100000000',
            outputs: [{ name: 'Keluaran uji', unit: 'unit', target: 1 }],
            proposalIds: [],
            indicatorRefs: [],
          },
        ],
      },
    ],
  };
}

/** A kawasan in `perencanaan` and, with `state`, its version 1 in that state with a complete plan. */
async function seedPlan(db: Database, inScope: boolean, state?: RpkpState) {
  const members = await freshDesa(db, inScope ? '337401' : '351315');
  const kabupaten = inScope ? '3374' : '3513';
  const name = `Kawasan RPKP Uji ${++serial}`;
  const id = await insertKawasan(db, { name, kabupaten, state: 'perencanaan', members });
  const at = new Date();
  const plan = completePlan(members);
  if (state)
    await db.orm.insert(rpkpVersion).values({
      id: randomUUID(),
      kawasanId: id,
      version: 1,
      basedOn: null,
      state,
      submission: state === 'draf' ? 0 : 1,
      title: 'RPKP uji',
      plan,
      regulation:
        state === 'disetujui' ? { number: 'Perbup 1/2026', date: '2026-01-10', documentId: null } : null,
      createdAt: at,
      updatedAt: at,
    });
  return { id, members, plan };
}

export const RPKP_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/kawasan/:id/rpkp',
    allow: { inScope: MANAGEMENT, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await seedPlan(ctx.db, inScope);
      return { url: `/api/kawasan/${id}/rpkp`, payload: {} };
    },
  },
  {
    method: 'PUT',
    route: '/api/kawasan/:id/rpkp/:version/plan',
    allow: { inScope: MANAGEMENT, outOfScope: [] },
    async request(ctx, inScope) {
      const { id, plan } = await seedPlan(ctx.db, inScope, 'draf');
      return { url: `/api/kawasan/${id}/rpkp/1/plan`, payload: { plan } };
    },
  },
  {
    method: 'POST',
    route: '/api/kawasan/:id/rpkp/:version/transitions',
    allow: { inScope: MANAGEMENT, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await seedPlan(ctx.db, inScope, 'draf');
      return { url: `/api/kawasan/${id}/rpkp/1/transitions`, payload: { action: 'submit' } };
    },
  },
  {
    method: 'POST',
    route: '/api/kawasan/:id/rpkp/activities/:activityId/progress',
    allow: { inScope: REPORTERS, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await seedPlan(ctx.db, inScope, 'disetujui');
      return {
        url: `/api/kawasan/${id}/rpkp/activities/A1/progress`,
        payload: { reportedOn: new Date().toISOString().slice(0, 10), status: 'berjalan', progressBp: 2500 },
      };
    },
  },
];
