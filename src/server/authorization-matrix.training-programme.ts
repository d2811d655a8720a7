/**
 * The authorisation matrix rows of training providers, programmes and sessions. Providers are
 * registered and changed by the administrators whose region holds the seat: in scope the seat is
 * Kota Semarang (33.74, in every test role's scope), out of scope Krejengan (35.13.15, outside all
 * but national). Programmes and sessions are run only by their provider's users: in scope, when
 * the acting account holds the training_provider role, it is granted the role of the provider the
 * case acts on (one provider per account, made once); every other actor works for no provider.
 * Out of scope the provider is a fresh one nobody works for. Rows are written straight in the
 * database; sessions lie in Semarang Tengah with its desa, so they pass the region checks.
 */
import type { Database } from '../db/client.ts';
import { insertProgramme, insertProvider, insertSession } from '../services/training/testing.ts';
import {
  grantProviderRole,
  programmeBody,
  SEMARANG_SESSION,
  sessionBody,
} from '../services/training/testing-programme.ts';
import type { MatrixContext, MatrixRow, Who } from './authorization.matrix.ts';

const MANAGERS: readonly Who[] = ['national', 'province', 'kabupaten'];
const PROVIDER_USERS: readonly Who[] = ['training_provider'];

let serial = 0;
const uniqueName = (prefix: string) => `${prefix} ${process.pid}-${++serial}`;
const seat = (inScope: boolean) => (inScope ? '3374' : '351315');

/** The provider each acting provider account works for, by account id. */
const ownProviders = new Map<string, string>();

/** The provider a case acts on: the acting provider account's own in scope, else a fresh one. */
async function providerFor(ctx: MatrixContext, inScope: boolean): Promise<string> {
  if (inScope && ctx.who === 'training_provider' && ctx.self) {
    const known = ownProviders.get(ctx.self.id);
    if (known) return known;
    const id = await insertProvider(ctx.db, { seatRegionCode: '3374', name: uniqueName('Balai Matriks') });
    await grantProviderRole(ctx.db, ctx.self.id, id);
    ownProviders.set(ctx.self.id, id);
    return id;
  }
  return insertProvider(ctx.db, { seatRegionCode: '3374', name: uniqueName('Balai Lain') });
}

async function programmeFor(ctx: MatrixContext, inScope: boolean): Promise<string> {
  return insertProgramme(ctx.db, await providerFor(ctx, inScope));
}

async function sessionFor(ctx: MatrixContext, inScope: boolean): Promise<string> {
  return insertSession(ctx.db, await programmeFor(ctx, inScope), { overrides: SEMARANG_SESSION });
}

const providerRow = (db: Database, inScope: boolean) =>
  insertProvider(db, { seatRegionCode: seat(inScope), name: uniqueName('Balai Wilayah') });

export const TRAINING_PROGRAMME_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/pelatihan/penyelenggara',
    allow: { inScope: MANAGERS, outOfScope: ['national'] },
    request: async (_ctx, inScope) => ({
      url: '/api/pelatihan/penyelenggara',
      payload: { kind: 'lsm', name: uniqueName('Yayasan Baru'), seatRegionCode: seat(inScope) },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/pelatihan/penyelenggara/:pid',
    allow: { inScope: MANAGERS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({
      url: `/api/pelatihan/penyelenggara/${await providerRow(ctx.db, inScope)}`,
      payload: { address: 'Jl. Diubah No. 2' },
    }),
  },
  {
    method: 'POST',
    route: '/api/pelatihan/program',
    allow: { inScope: PROVIDER_USERS, outOfScope: [] },
    request: async (ctx, inScope) => ({
      url: '/api/pelatihan/program',
      payload: programmeBody(await providerFor(ctx, inScope)),
    }),
  },
  {
    method: 'PATCH',
    route: '/api/pelatihan/program/:prid',
    allow: { inScope: PROVIDER_USERS, outOfScope: [] },
    request: async (ctx, inScope) => ({
      url: `/api/pelatihan/program/${await programmeFor(ctx, inScope)}`,
      payload: { title: 'Judul Program Diubah' },
    }),
  },
  {
    method: 'POST',
    route: '/api/pelatihan/program/:prid/angkatan',
    allow: { inScope: PROVIDER_USERS, outOfScope: [] },
    request: async (ctx, inScope) => ({
      url: `/api/pelatihan/program/${await programmeFor(ctx, inScope)}/angkatan`,
      payload: sessionBody(),
    }),
  },
  {
    method: 'PATCH',
    route: '/api/pelatihan/angkatan/:sid',
    allow: { inScope: PROVIDER_USERS, outOfScope: [] },
    request: async (ctx, inScope) => ({
      url: `/api/pelatihan/angkatan/${await sessionFor(ctx, inScope)}`,
      payload: { label: 'Angkatan II' },
    }),
  },
  {
    method: 'POST',
    route: '/api/pelatihan/angkatan/:sid/tindakan',
    allow: { inScope: PROVIDER_USERS, outOfScope: [] },
    request: async (ctx, inScope) => ({
      url: `/api/pelatihan/angkatan/${await sessionFor(ctx, inScope)}/tindakan`,
      payload: { action: 'open_registration' },
    }),
  },
];
