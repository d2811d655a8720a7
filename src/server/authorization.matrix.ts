/**
 * The authorisation matrix: for every mutating route, who may call it on a target inside their
 * own scope and on one outside it. `authorization-matrix.db.test.ts` runs every row for every
 * role and for anonymous visitors, on both engines, and fails when a mutating route has no row.
 * A new feature adds its rows here.
 */

import { readFileSync } from 'node:fs';
import type { Database } from '../db/client.ts';
import { ROLES, type Role } from '../domain/access/role.ts';
import type { App } from './app.ts';
import { ACTIVITY_LOG_MATRIX_ROWS } from './authorization-matrix.activity-log.ts';
import { BUSINESS_MATRIX_ROWS } from './authorization-matrix.business.ts';
import { DANA_DESA_MATRIX_ROWS } from './authorization-matrix.dana-desa.ts';
import { ENTERPRISE_MATRIX_ROWS } from './authorization-matrix.enterprise.ts';
import { ENTERPRISE_REPORT_MATRIX_ROWS } from './authorization-matrix.enterprise-report.ts';
import { FACILITATOR_MATRIX_ROWS } from './authorization-matrix.facilitators.ts';
import { KAWASAN_MATRIX_ROWS } from './authorization-matrix.kawasan.ts';
import { MUSYAWARAH_MATRIX_ROWS } from './authorization-matrix.musyawarah.ts';
import { RPKP_MATRIX_ROWS } from './authorization-matrix.rpkp.ts';
import { TRAINING_OUTCOME_MATRIX_ROWS } from './authorization-matrix.training-outcome.ts';
import { TRAINING_PARTICIPANT_MATRIX_ROWS } from './authorization-matrix.training-participant.ts';
import { TRAINING_PROGRAMME_MATRIX_ROWS } from './authorization-matrix.training-programme.ts';
import type { Client } from './testing.ts';

export type Who = Role | 'public';

export const ALL_ROLES: readonly Role[] = ROLES;
const ADMINS: readonly Who[] = ['national', 'province', 'kabupaten'];
const SIGNED_IN: readonly Who[] = ALL_ROLES;
const EVERYONE: readonly Who[] = [...ALL_ROLES, 'public'];

/** A village inside every test role's scope (all lie in Kota Semarang), and one outside all but national. */
export const IN_SCOPE_VILLAGE = '3374011001';
export const OUT_OF_SCOPE_VILLAGE = '3513152017';

export interface MatrixContext {
  app: App;
  db: Database;
  who: Who;
  /** The acting person's account (undefined for public). */
  self?: { id: string; username: string; password: string };
  client: Client;
  /** A fresh account holding a village role at `villageCode`, to act upon. */
  target(villageCode: string): Promise<{ userId: string; assignmentId: string }>;
  /** A fresh API token belonging to the acting person (`mine`) or to someone else. */
  token(owner: 'mine' | 'other'): Promise<string>;
}

export interface MatrixRow {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as registered, e.g. `/api/users/:id`. */
  route: string;
  /** Who is allowed with a target in their scope, and with one outside it. */
  allow: { inScope: readonly Who[]; outOfScope: readonly Who[] };
  /** Builds the request; `inScope` says which target to use. */
  request(ctx: MatrixContext, inScope: boolean): Promise<{ url: string; payload?: unknown }>;
  /**
   * The status that decides the case when it is not the response's own: a batch route answers
   * 200 with a status for each item.
   */
  statusOf?(response: { statusCode: number; json(): unknown }): number;
}

const village = (inScope: boolean) => (inScope ? IN_SCOPE_VILLAGE : OUT_OF_SCOPE_VILLAGE);
/** Who may import index data: the roles that write data about places, for desa in their scope. */
const INDEX_IMPORTERS: readonly Who[] = ['national', 'province', 'kabupaten', 'village'];

/** A one-desa IDM sheet (CSV) for `code`. */
const idmSheet = (code: string) =>
  `KODE_DESA,NAMA_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024\n${code},Uji,0.7,0.7,0.7,0.7,BERKEMBANG\n`;

/** A real ministry API response, moved to desa `code`. */
function idmApiResponse(code: string): string {
  const url = new URL('../services/village-index/fixtures/idm-api/3603132008/2024.json', import.meta.url);
  const response = JSON.parse(readFileSync(url, 'utf8')) as {
    mapData: { IDENTITAS: Record<string, string>[] };
  };
  const identity = response.mapData.IDENTITAS[0]!;
  Object.assign(identity, {
    id_prov: code.slice(0, 2),
    id_kabupaten: code.slice(0, 4),
    id_kecamatan: code.slice(0, 6),
    id_desa: code,
  });
  return JSON.stringify(response);
}
let serial = 0;
const uniqueName = (prefix: string) => `${prefix}-${process.pid}-${++serial}`;

export const AUTHORIZATION_MATRIX: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/auth/login',
    allow: { inScope: EVERYONE, outOfScope: EVERYONE },
    async request(ctx) {
      const who = ctx.self ?? { username: 'matrix-public-login', password: 'kata-sandi-uji-123' };
      return { url: '/api/auth/login', payload: { login: who.username, password: who.password } };
    },
  },
  {
    method: 'POST',
    route: '/api/auth/logout',
    allow: { inScope: EVERYONE, outOfScope: EVERYONE },
    request: async () => ({ url: '/api/auth/logout' }),
  },
  {
    method: 'POST',
    route: '/api/me/password',
    allow: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    async request(ctx) {
      const password = ctx.self?.password ?? 'kata-sandi-uji-123';
      return { url: '/api/me/password', payload: { currentPassword: password, newPassword: password } };
    },
  },
  {
    method: 'POST',
    route: '/api/me/tokens',
    allow: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    request: async () => ({ url: '/api/me/tokens', payload: { name: uniqueName('token') } }),
  },
  {
    method: 'DELETE',
    route: '/api/me/tokens/:id',
    allow: { inScope: SIGNED_IN, outOfScope: [] },
    request: async (ctx, inScope) => ({
      url: `/api/me/tokens/${await ctx.token(inScope ? 'mine' : 'other')}`,
    }),
  },
  {
    method: 'POST',
    route: '/api/users',
    allow: { inScope: ADMINS, outOfScope: ['national'] },
    request: async (_ctx, inScope) => ({
      url: '/api/users',
      payload: {
        username: uniqueName('baru'),
        name: 'Akun Baru',
        password: 'kata-sandi-panjang',
        assignments: [{ role: 'village', scope: { kind: 'region', code: village(inScope) } }],
      },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/users/:id',
    allow: { inScope: ADMINS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const { userId } = await ctx.target(village(inScope));
      return { url: `/api/users/${userId}`, payload: { name: 'Nama Diubah', active: false } };
    },
  },
  {
    method: 'POST',
    route: '/api/users/:id/password',
    allow: { inScope: ADMINS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const { userId } = await ctx.target(village(inScope));
      return { url: `/api/users/${userId}/password`, payload: { newPassword: 'sandi-baru-sekali' } };
    },
  },
  {
    method: 'POST',
    route: '/api/users/:id/assignments',
    allow: { inScope: ADMINS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const { userId } = await ctx.target(village(inScope));
      return {
        url: `/api/users/${userId}/assignments`,
        payload: { role: 'facilitator', scope: { kind: 'region', code: village(inScope) } },
      };
    },
  },
  {
    method: 'DELETE',
    route: '/api/users/:id/assignments/:assignmentId',
    allow: { inScope: ADMINS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const { userId, assignmentId } = await ctx.target(village(inScope));
      return { url: `/api/users/${userId}/assignments/${assignmentId}` };
    },
  },
  {
    method: 'POST',
    route: '/api/village-index/imports/sheet',
    allow: { inScope: INDEX_IMPORTERS, outOfScope: ['national'] },
    request: async (_ctx, inScope) => ({
      url: '/api/village-index/imports/sheet?fileName=idm-2024.csv&dryRun=true',
      payload: idmSheet(village(inScope)),
    }),
  },
  {
    method: 'POST',
    route: '/api/village-index/imports/api',
    allow: { inScope: INDEX_IMPORTERS, outOfScope: ['national'] },
    request: async (_ctx, inScope) => ({
      url: `/api/village-index/imports/api?fileName=${village(inScope)}-2024.json&dryRun=true`,
      payload: idmApiResponse(village(inScope)),
    }),
  },
  ...KAWASAN_MATRIX_ROWS,
  ...MUSYAWARAH_MATRIX_ROWS,
  ...RPKP_MATRIX_ROWS,
  ...ACTIVITY_LOG_MATRIX_ROWS,
  ...FACILITATOR_MATRIX_ROWS,
  ...TRAINING_PARTICIPANT_MATRIX_ROWS,
  ...TRAINING_OUTCOME_MATRIX_ROWS,
  ...TRAINING_PROGRAMME_MATRIX_ROWS,
  ...ENTERPRISE_MATRIX_ROWS,
  ...ENTERPRISE_REPORT_MATRIX_ROWS,
  ...BUSINESS_MATRIX_ROWS,
  ...DANA_DESA_MATRIX_ROWS,
];
