/**
 * The authorisation matrix rows of business units, supply links and capital. Each case acts on an
 * enterprise founded, in scope, by Miroto (33.74.01.1001, inside every test role's region) and,
 * out of scope, by a desa of Krejengan (35.13.15, outside all but national). Its keepers are the
 * administrators of a region holding the founder, the village operator of Miroto (a one-desa BUM
 * Desa), and its own managers: in scope, an acting enterprise account is given the role of the
 * enterprise the case acts on (one enterprise per account, made once). The facilitator reads but
 * does not keep it; the kawasan manager and training provider test roles do not read it.
 * Rows are written straight in the database.
 */
import type { Database } from '../db/client.ts';
import { insertEnterprise } from '../services/enterprise/testing.ts';
import {
  grantEnterpriseRole,
  insertCapital,
  insertLink,
  insertUnit,
} from '../services/enterprise/testing-units.ts';
import type { MatrixContext, MatrixRow, Who } from './authorization.matrix.ts';

/** The matrix's in-scope and out-of-scope villages (authorization.matrix.ts), as founders. */
const IN_SCOPE_VILLAGE = '3374011001';
const OUT_OF_SCOPE_VILLAGE = '3513152017';

const KEEPERS: readonly Who[] = ['national', 'province', 'kabupaten', 'village', 'enterprise'];

/** The enterprise each acting enterprise account manages, by account id. */
const ownEnterprises = new Map<string, string>();

const freshEnterprise = (db: Database, inScope: boolean) =>
  insertEnterprise(db, { founders: [inScope ? IN_SCOPE_VILLAGE : OUT_OF_SCOPE_VILLAGE] });

/** The enterprise a case acts on: the acting enterprise account's own in scope, else a fresh one. */
async function enterpriseFor(ctx: MatrixContext, inScope: boolean): Promise<string> {
  if (inScope && ctx.who === 'enterprise' && ctx.self) {
    const known = ownEnterprises.get(ctx.self.id);
    if (known) return known;
    const id = await freshEnterprise(ctx.db, true);
    await grantEnterpriseRole(ctx.db, ctx.self.id, id);
    ownEnterprises.set(ctx.self.id, id);
    return id;
  }
  return freshEnterprise(ctx.db, inScope);
}

async function unitFor(ctx: MatrixContext, inScope: boolean): Promise<string> {
  return insertUnit(ctx.db, await enterpriseFor(ctx, inScope));
}

let serial = 0;

export const BUSINESS_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/usaha/badan-usaha/:eid/unit',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({
      url: `/api/usaha/badan-usaha/${await enterpriseFor(ctx, inScope)}/unit`,
      payload: { name: 'Kebun Kopi Baru', commodity: 'kopi', stage: 'hulu' },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/usaha/unit/:uid',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({
      url: `/api/usaha/unit/${await unitFor(ctx, inScope)}`,
      payload: { status: 'berhenti' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/usaha/unit/:uid',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({ url: `/api/usaha/unit/${await unitFor(ctx, inScope)}` }),
  },
  {
    method: 'POST',
    route: '/api/usaha/unit/:uid/pasokan',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const enterpriseId = await enterpriseFor(ctx, inScope);
      const supplier = await insertUnit(ctx.db, enterpriseId);
      const buyer = await insertUnit(ctx.db, enterpriseId, { name: 'Kedai Kopi', stage: 'hilir' });
      return {
        url: `/api/usaha/unit/${supplier}/pasokan`,
        payload: { buyerUnitId: buyer, product: `biji kopi ${++serial}` },
      };
    },
  },
  {
    method: 'DELETE',
    route: '/api/usaha/pasokan/:lid',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const enterpriseId = await enterpriseFor(ctx, inScope);
      const supplier = await insertUnit(ctx.db, enterpriseId);
      const buyer = await insertUnit(ctx.db, enterpriseId, { name: 'Kedai Kopi', stage: 'hilir' });
      return { url: `/api/usaha/pasokan/${await insertLink(ctx.db, supplier, buyer)}` };
    },
  },
  {
    method: 'POST',
    route: '/api/usaha/badan-usaha/:eid/modal',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({
      url: `/api/usaha/badan-usaha/${await enterpriseFor(ctx, inScope)}/modal`,
      payload: {
        source: 'apbd_kabupaten',
        form: 'hibah',
        amount: 'Rp 2.500.000',
        receivedOn: '2025-03-04',
        documentNumber: 'SK Bupati No. 4 Tahun 2025',
      },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/usaha/modal/:cid',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({
      url: `/api/usaha/modal/${await insertCapital(ctx.db, await enterpriseFor(ctx, inScope))}`,
      payload: { amount: '1.250.000' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/usaha/modal/:cid',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({
      url: `/api/usaha/modal/${await insertCapital(ctx.db, await enterpriseFor(ctx, inScope))}`,
    }),
  },
];
