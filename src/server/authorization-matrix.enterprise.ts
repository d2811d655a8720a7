/**
 * The authorisation matrix rows of the enterprise registry. Kota Semarang has only kelurahan, and
 * a kelurahan founds no BUM Desa, so the cases act on cooperatives: in scope founded in Miroto
 * (33.74.01.1001, in every test role's scope; the village test role is its operator), out of
 * scope in Soka'an (35.13.15.2017, outside all but national). In scope the enterprise is linked
 * to a draft kawasan holding Miroto whose manager role the kawasan-manager test account is given,
 * and the enterprise test account is given the role of the enterprise it acts on. Facilitators
 * read these enterprises but never keep them. Funding partners are kept by every region
 * administrator, wherever they are seated. Rows are written straight in the database.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/client.ts';
import { enterpriseDocument, roleAssignment } from '../db/schema.ts';
import { ROLES } from '../domain/access/role.ts';
import { grantEnterpriseRole, insertEnterprise, insertPartner } from '../services/enterprise/testing.ts';
import { insertKawasan } from '../services/facilitation/testing.ts';
import { sha256Hex } from '../services/kawasan/document-store.ts';
import {
  IN_SCOPE_VILLAGE,
  type MatrixContext,
  type MatrixRow,
  OUT_OF_SCOPE_VILLAGE,
  type Who,
} from './authorization.matrix.ts';

/** Every role (written from the role list: the matrix module imports this one). */
const SIGNED_IN: readonly Who[] = ROLES;
const ADMINS: readonly Who[] = ['national', 'province', 'kabupaten'];
const REGISTRARS: readonly Who[] = [...ADMINS, 'village', 'kawasan_manager'];
const KEEPERS: readonly Who[] = [...REGISTRARS, 'enterprise'];

let serial = 0;
/** A name of letters only (names refuse digits), unique in this process and across processes. */
function uniqueName(prefix: string): string {
  const letters = (n: number) => {
    let text = '';
    let rest = n;
    do {
      text = String.fromCharCode(97 + (rest % 26)) + text;
      rest = Math.floor(rest / 26);
    } while (rest > 0);
    return text;
  };
  return `${prefix} ${letters(process.pid)} ${letters(++serial)}`;
}

const founder = (inScope: boolean) => (inScope ? IN_SCOPE_VILLAGE : OUT_OF_SCOPE_VILLAGE);

/** The kawasan holding Miroto made for each acting account (by account id), per database. */
const managedKawasan = new WeakMap<Database, Map<string, string>>();

/** The kawasan an in-scope enterprise is linked to: the acting kawasan manager's own. */
async function kawasanFor(ctx: MatrixContext): Promise<string> {
  const key = ctx.self?.id ?? 'tanpa-akun';
  const made = managedKawasan.get(ctx.db) ?? new Map<string, string>();
  managedKawasan.set(ctx.db, made);
  const known = made.get(key);
  if (known) return known;
  const id = await insertKawasan(ctx.db, {
    name: uniqueName('Kawasan Matriks Usaha'),
    members: [IN_SCOPE_VILLAGE],
    active: false,
    regionCode: '3374',
  });
  if (ctx.who === 'kawasan_manager' && ctx.self) {
    await ctx.db.orm.insert(roleAssignment).values({
      id: randomUUID(),
      userId: ctx.self.id,
      role: 'kawasan_manager',
      scopeKind: 'kawasan',
      scopeId: id,
      regionCode: '3374',
      createdAt: new Date(),
    });
  }
  made.set(key, id);
  return id;
}

/** A cooperative for the case: in scope of Miroto, linked to the manager's kawasan and the acting enterprise account's own. */
async function enterpriseFor(ctx: MatrixContext, inScope: boolean): Promise<string> {
  const kawasanIds = inScope ? [await kawasanFor(ctx)] : [];
  const id = await insertEnterprise(ctx.db, {
    kind: 'koperasi',
    name: uniqueName('Koperasi Matriks'),
    founders: [founder(inScope)],
    kawasanIds,
  });
  if (inScope && ctx.who === 'enterprise' && ctx.self) await grantEnterpriseRole(ctx.db, ctx.self.id, id);
  return id;
}

const DOCUMENT_BYTES = '%PDF-1.4\n%%EOF\n';

async function seedDocument(db: Database, enterpriseId: string): Promise<string> {
  const id = randomUUID();
  await db.orm.insert(enterpriseDocument).values({
    id,
    enterpriseId,
    kind: 'anggaran_dasar',
    title: 'Anggaran Dasar',
    number: null,
    issuedOn: null,
    fileName: 'ad.pdf',
    mediaType: 'application/pdf',
    bytes: DOCUMENT_BYTES.length,
    sha256: sha256Hex(new TextEncoder().encode(`${DOCUMENT_BYTES}${id}`)),
    uploadedAt: new Date(),
    uploadedBy: 'matriks',
  });
  return id;
}

export const ENTERPRISE_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/usaha/periksa-nama',
    allow: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    request: async (_ctx, inScope) => ({
      url: '/api/usaha/periksa-nama',
      payload: { kind: 'koperasi', name: 'Koperasi Produsen Tani', founderDesaCodes: [founder(inScope)] },
    }),
  },
  {
    method: 'POST',
    route: '/api/usaha/badan-usaha',
    allow: { inScope: REGISTRARS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({
      url: '/api/usaha/badan-usaha',
      payload: {
        kind: 'koperasi',
        name: uniqueName('Koperasi Baru'),
        founderDesaCodes: [founder(inScope)],
        kawasanIds: inScope ? [await kawasanFor(ctx)] : [],
      },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/usaha/badan-usaha/:eid',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({
      url: `/api/usaha/badan-usaha/${await enterpriseFor(ctx, inScope)}`,
      payload: { address: 'Jl. Diubah No. 2' },
    }),
  },
  {
    method: 'POST',
    route: '/api/usaha/badan-usaha/:eid/status-hukum',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({
      url: `/api/usaha/badan-usaha/${await enterpriseFor(ctx, inScope)}/status-hukum`,
      payload: { step: 'sertifikat', date: '2025-06-02', number: 'AHU-0000001.AH.01.26.2025' },
    }),
  },
  {
    method: 'PUT',
    route: '/api/usaha/badan-usaha/:eid/organ',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({
      url: `/api/usaha/badan-usaha/${await enterpriseFor(ctx, inScope)}/organ`,
      payload: { members: [{ organ: 'pengurus', name: 'Siti Aminah', position: 'Ketua' }] },
    }),
  },
  {
    method: 'POST',
    route: '/api/usaha/badan-usaha/:eid/dokumen',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    request: async (ctx, inScope) => ({
      url: `/api/usaha/badan-usaha/${await enterpriseFor(ctx, inScope)}/dokumen?fileName=ad.pdf&kind=anggaran_dasar&title=Anggaran%20Dasar`,
      payload: DOCUMENT_BYTES,
    }),
  },
  {
    method: 'DELETE',
    route: '/api/usaha/badan-usaha/:eid/dokumen/:did',
    allow: { inScope: KEEPERS, outOfScope: ['national'] },
    async request(ctx, inScope) {
      const id = await enterpriseFor(ctx, inScope);
      return { url: `/api/usaha/badan-usaha/${id}/dokumen/${await seedDocument(ctx.db, id)}` };
    },
  },
  {
    method: 'POST',
    route: '/api/usaha/mitra',
    allow: { inScope: ADMINS, outOfScope: ADMINS },
    request: async (_ctx, inScope) => ({
      url: '/api/usaha/mitra',
      payload: {
        kind: 'swasta',
        name: uniqueName('PT Mitra Matriks'),
        seatRegionCode: inScope ? '3374' : '3513',
      },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/usaha/mitra/:pid',
    allow: { inScope: ADMINS, outOfScope: ADMINS },
    async request(ctx, inScope) {
      const id = await insertPartner(ctx.db, {
        name: uniqueName('PT Mitra Ubah'),
        seatRegionCode: inScope ? '3374' : '3513',
      });
      return { url: `/api/usaha/mitra/${id}`, payload: { contact: 'Kantor pusat' } };
    },
  },
];
