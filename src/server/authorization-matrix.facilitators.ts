/**
 * The authorisation matrix rows of the facilitator and assignment routes. Each case makes a fresh
 * account holding the facilitator role and, where the route needs one, a PLD based in kecamatan
 * Semarang Tengah (33.74.01, in every test role's scope) or Krejengan (35.13.15, outside all but
 * national), straight in the database. Desa for assignments come from their own numbers
 * (…3000–…3099, desa adat codes: not kelurahan), not used by the other row files. Facilitators are
 * managed by the administrators whose region holds the home region, nobody else.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/client.ts';
import { facilitator, facilitatorAssignment } from '../db/schema.ts';
import { createTestAccount } from '../services/access/testing.ts';
import type { MatrixRow, Who } from './authorization.matrix.ts';
import { desaSource } from './authorization-matrix.fixtures.ts';

const MANAGERS: readonly Who[] = ['national', 'province', 'kabupaten'];

const freshDesa = desaSource('Desa Pendampingan', 3000, 100);
let serial = 0;

const district = (inScope: boolean) => (inScope ? '337401' : '351315');

/** A fresh account with the facilitator role in the kecamatan. */
async function facilitatorAccount(db: Database, inScope: boolean) {
  return createTestAccount(db, `matrix-pld-${process.pid}-${++serial}`, [
    { role: 'facilitator', scope: { kind: 'region', code: district(inScope) } },
  ]);
}

/** A PLD of the kecamatan, active from 2026-01-01, linked to a fresh account. */
async function seedFacilitator(db: Database, inScope: boolean): Promise<string> {
  const account = await facilitatorAccount(db, inScope);
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(facilitator).values({
    id,
    userId: account.id,
    type: 'pld',
    name: `Pendamping Uji ${serial}`,
    gender: 'perempuan',
    phone: '081234567890',
    email: null,
    nikHash: null,
    nikLast4: null,
    homeRegionCode: district(inScope),
    activeFrom: '2026-01-01',
    activeTo: null,
    supervisorId: null,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

export const FACILITATOR_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/pendampingan/pendamping',
    allow: { inScope: MANAGERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const account = await facilitatorAccount(ctx.db, inScope);
      return {
        url: '/api/pendampingan/pendamping',
        payload: {
          username: account.username,
          type: 'pld',
          name: 'Pendamping Baru',
          gender: 'laki_laki',
          phone: '081234567890',
          homeRegionCode: district(inScope),
          activeFrom: '2026-01-01',
        },
      };
    },
  },
  {
    method: 'PATCH',
    route: '/api/pendampingan/pendamping/:fid',
    allow: { inScope: MANAGERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const id = await seedFacilitator(ctx.db, inScope);
      return { url: `/api/pendampingan/pendamping/${id}`, payload: { name: 'Nama Diubah' } };
    },
  },
  {
    method: 'POST',
    route: '/api/pendampingan/pendamping/:fid/penugasan',
    allow: { inScope: MANAGERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const id = await seedFacilitator(ctx.db, inScope);
      const [desa] = await freshDesa(ctx.db, district(inScope), 1);
      return {
        url: `/api/pendampingan/pendamping/${id}/penugasan`,
        payload: { place: { kind: 'desa', code: desa }, from: '2026-02-01' },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/pendampingan/penugasan/:aid/akhiri',
    allow: { inScope: MANAGERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const id = await seedFacilitator(ctx.db, inScope);
      const [desa] = await freshDesa(ctx.db, district(inScope), 1);
      const aid = randomUUID();
      const at = new Date();
      await ctx.db.orm.insert(facilitatorAssignment).values({
        id: aid,
        facilitatorId: id,
        placeKind: 'desa',
        desaCode: desa!,
        kawasanId: null,
        fromDate: '2026-02-01',
        toDate: null,
        createdAt: at,
        updatedAt: at,
      });
      return { url: `/api/pendampingan/penugasan/${aid}/akhiri`, payload: { to: '2026-03-31' } };
    },
  },
];
