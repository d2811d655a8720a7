/**
 * The authorisation matrix rows of the kawasan routes. The test roles all act in Kota Semarang
 * (3374), which has only kelurahan, so each case makes its own desa there (kecamatan 33.74.01)
 * or, out of scope, in Kabupaten Probolinggo (35.13.15), and a kawasan in the state the route
 * needs, straight in the database. The kawasan-manager test role is scoped to another kawasan,
 * so it is never in scope here; its rights are covered by the lifecycle rule table.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/client.ts';
import { kawasanDocument, kawasanInstitution, kawasanRecommendation } from '../db/schema.ts';
import type { KawasanState } from '../domain/kawasan/lifecycle.ts';
import type { MatrixRow, Who } from './authorization.matrix.ts';
import { desaSource, insertKawasan } from './authorization-matrix.fixtures.ts';

/** Who takes part in a kawasan of Kota Semarang: its kabupaten officer, the province, a facilitator of a member's kecamatan. */
const PARTICIPANTS: readonly Who[] = ['province', 'kabupaten', 'facilitator'];
/** Who designates and manages it: the kabupaten officer (the test manager role holds another kawasan). */
const AUTHORITY: readonly Who[] = ['kabupaten'];

let serial = 0;

const newDesa = desaSource('Desa Uji', 2100, 400);

/** `n` new desa rows, in scope (33.74.01) or out of it (35.13.15). */
function freshDesa(db: Database, inScope: boolean, n = 2): Promise<string[]> {
  return newDesa(db, inScope ? '337401' : '351315', n);
}

/** A kawasan in `state` with two fresh member desa. */
async function seedKawasan(db: Database, inScope: boolean, state: KawasanState = 'draf') {
  const members = await freshDesa(db, inScope);
  const kabupaten = inScope ? '3374' : '3513';
  const id = await insertKawasan(db, { name: `Kawasan Uji ${++serial}`, kabupaten, state, members });
  return { id, members };
}

async function seedDocument(db: Database, kawasanId: string): Promise<string> {
  const id = randomUUID();
  await db.orm.insert(kawasanDocument).values({
    id,
    kawasanId,
    kind: 'lainnya',
    title: 'Dokumen uji',
    fileName: 'uji.pdf',
    mediaType: 'application/pdf',
    bytes: 5,
    sha256: 'f'.repeat(64),
    public: false,
    uploadedAt: new Date(),
    uploadedBy: 'uji',
  });
  return id;
}

const MINIMAL_PDF = '%PDF-1.4\n%%EOF\n';

export const KAWASAN_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/kawasan/themes',
    allow: { inScope: ['national'], outOfScope: ['national'] },
    request: async () => ({
      url: '/api/kawasan/themes',
      payload: { code: `uji_${process.pid}_${++serial}`, label: 'Tema uji' },
    }),
  },
  {
    method: 'POST',
    route: '/api/kawasan',
    allow: { inScope: PARTICIPANTS, outOfScope: [] },
    request: async (ctx, inScope) => ({
      url: '/api/kawasan',
      payload: {
        name: 'Kawasan Baru',
        kabupatenCodes: [inScope ? '3374' : '3513'],
        members: await freshDesa(ctx.db, inScope),
      },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/kawasan/:id',
    allow: { inScope: PARTICIPANTS, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await seedKawasan(ctx.db, inScope);
      return { url: `/api/kawasan/${id}`, payload: { name: 'Nama Baru Kawasan' } };
    },
  },
  {
    method: 'PUT',
    route: '/api/kawasan/:id/members',
    allow: { inScope: PARTICIPANTS, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await seedKawasan(ctx.db, inScope);
      return { url: `/api/kawasan/${id}/members`, payload: { members: await freshDesa(ctx.db, inScope, 3) } };
    },
  },
  {
    method: 'POST',
    route: '/api/kawasan/:id/transitions',
    allow: { inScope: PARTICIPANTS, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await seedKawasan(ctx.db, inScope);
      return { url: `/api/kawasan/${id}/transitions`, payload: { action: 'propose' } };
    },
  },
  {
    method: 'PUT',
    route: '/api/kawasan/:id/institutions/:kind',
    allow: { inScope: AUTHORITY, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await seedKawasan(ctx.db, inScope, 'ditetapkan');
      return {
        url: `/api/kawasan/${id}/institutions/tkpkp`,
        payload: { name: 'TKPKP Uji', members: [{ name: 'Ketua Tim', position: 'Ketua' }] },
      };
    },
  },
  {
    method: 'DELETE',
    route: '/api/kawasan/:id/institutions/:kind',
    allow: { inScope: AUTHORITY, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await seedKawasan(ctx.db, inScope, 'ditetapkan');
      await ctx.db.orm
        .insert(kawasanInstitution)
        .values({ kawasanId: id, kind: 'bkad', name: 'BKAD Uji', members: [], updatedAt: new Date() });
      return { url: `/api/kawasan/${id}/institutions/bkad` };
    },
  },
  {
    method: 'POST',
    route: '/api/kawasan/:id/documents',
    allow: { inScope: PARTICIPANTS, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await seedKawasan(ctx.db, inScope);
      return {
        url: `/api/kawasan/${id}/documents?fileName=uji.pdf&kind=lainnya&title=Dokumen%20uji`,
        payload: MINIMAL_PDF,
      };
    },
  },
  {
    method: 'PATCH',
    route: '/api/kawasan/:id/documents/:documentId',
    allow: { inScope: AUTHORITY, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await seedKawasan(ctx.db, inScope, 'ditetapkan');
      return {
        url: `/api/kawasan/${id}/documents/${await seedDocument(ctx.db, id)}`,
        payload: { public: true },
      };
    },
  },
  {
    method: 'DELETE',
    route: '/api/kawasan/:id/documents/:documentId',
    allow: { inScope: AUTHORITY, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await seedKawasan(ctx.db, inScope, 'ditetapkan');
      return { url: `/api/kawasan/${id}/documents/${await seedDocument(ctx.db, id)}` };
    },
  },
  {
    method: 'POST',
    route: '/api/kawasan/recommendations',
    allow: { inScope: ['national', ...PARTICIPANTS], outOfScope: ['national'] },
    request: async (_ctx, inScope) => ({
      url: '/api/kawasan/recommendations',
      payload: { kabupatenCode: inScope ? '3374' : '3513' },
    }),
  },
  {
    method: 'POST',
    route: '/api/kawasan/recommendations/:id/proposals/:proposalId/kawasan',
    allow: { inScope: PARTICIPANTS, outOfScope: [] },
    async request(ctx, inScope) {
      const id = randomUUID();
      const members = await freshDesa(ctx.db, inScope);
      await ctx.db.orm.insert(kawasanRecommendation).values({
        id,
        kabupatenCode: inScope ? '3374' : '3513',
        recommender: 'kawasan-recommender-1',
        seed: 1,
        minSize: 2,
        maxSize: 15,
        indexYear: 2024,
        graphSource: 'estimated',
        desaCount: 2,
        result: {
          proposals: [
            {
              id: 'U1',
              members: members.map((code) => ({ code, name: code, status: null })),
              locomotives: [],
              lagging: [],
              pulls: [],
              score: { total: 0, mix: 0, commodity: null, compactness: 0 },
              explanation: ['Usulan uji.'],
            },
          ],
          leftOut: [],
          noProposalReason: null,
        },
        at: new Date(),
        actorLabel: 'uji',
      });
      return {
        url: `/api/kawasan/recommendations/${id}/proposals/U1/kawasan`,
        payload: { name: 'Kawasan dari Usulan' },
      };
    },
  },
];
