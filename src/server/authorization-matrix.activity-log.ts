/**
 * The authorisation matrix rows of the activity log. Entries are written only by their owner (the
 * facilitator record linked to the signed-in account) and reviewed only by the owner's
 * supervisor, whatever the role's scope: so in scope, when the acting account holds the
 * facilitator role, each case links a facilitator record to it (once) and makes it the owner or
 * the supervisor of what it acts on; every other actor is neither. Out of scope the entry belongs
 * to a facilitator of Kabupaten Probolinggo (35.13.15) with another supervisor. Desa, facilitators,
 * assignments and entries are written straight in the database; the desa numbers (…2900–…2999)
 * are not used by the other rows.
 */
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { Database } from '../db/client.ts';
import { activityEntry } from '../db/schema.ts';
import { facilitationToday } from '../domain/facilitation/calendar.ts';
import type { LogState } from '../domain/facilitation/review.ts';
import {
  ensureFacilitator,
  facilitatorWithAccount,
  insertAssignment,
} from '../services/facilitation/testing.ts';
import type { MatrixContext, MatrixRow, Who } from './authorization.matrix.ts';
import { desaSource, insertKawasan } from './authorization-matrix.fixtures.ts';

/** Only the facilitator's own record writes entries and evidence, and only a supervisor reviews. */
const FACILITATOR: readonly Who[] = ['facilitator'];

const IN_DISTRICT = '337401';
const OUT_DISTRICT = '351315';

let serial = 0;
const freshDesa = desaSource('Desa Pendampingan', 2900, 100);

/** The acting account's own facilitator record when it holds the facilitator role, else null. */
async function actingFacilitator(ctx: MatrixContext): Promise<string | null> {
  if (ctx.who !== 'facilitator' || !ctx.self) return null;
  return ensureFacilitator(ctx.db, { userId: ctx.self.id, homeRegionCode: IN_DISTRICT, type: 'pd' });
}

/** A new facilitator (with an account) of `district`, assigned to a fresh desa there. */
async function freshFacilitator(db: Database, district: string, supervisorId: string | null = null) {
  const { facilitatorId } = await facilitatorWithAccount(db, `matrix-pendamping-${++serial}`, district, {
    type: 'pd',
    supervisorId,
  });
  const [desa] = await freshDesa(db, district, 1);
  await insertAssignment(db, { facilitatorId, place: { kind: 'desa', code: desa! } });
  return { facilitatorId, desa: desa! };
}

/** A valid content for an entry at `desa` today. */
function content(desa: string) {
  return {
    date: facilitationToday(new Date()),
    place: { kind: 'desa', code: desa },
    category: 'dokumen_perencanaan',
    topic: 'Penyusunan RKPDes',
    participants: { perempuan: 4, laki_laki: 6 },
    groups: ['pemerintah_desa', 'bpd'],
    activities: 'Memfasilitasi musyawarah dusun untuk menggali usulan.',
    outputs: 'Daftar usulan kegiatan.',
    followUp: '',
    evidenceIds: [],
    gps: null,
  };
}

/** An entry of `facilitatorId` at `desa` in `state`, straight in the database. */
async function insertEntry(
  db: Database,
  facilitatorId: string,
  desa: string,
  state: LogState,
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  const c = content(desa);
  await db.orm.insert(activityEntry).values({
    id,
    facilitatorId,
    idempotencyKey: randomUUID(),
    requestHash: 'matrix',
    date: c.date,
    placeKind: 'desa',
    desaCode: desa,
    kawasanId: null,
    regionCode: desa,
    category: c.category,
    topic: c.topic,
    women: c.participants.perempuan,
    men: c.participants.laki_laki,
    groups: c.groups,
    activities: c.activities,
    outputs: c.outputs,
    followUp: c.followUp,
    gpsLat: null,
    gpsLon: null,
    state,
    submission: state === 'draf' ? 0 : 1,
    returnReason: null,
    createdAt: at,
    updatedAt: at,
    approvedAt: null,
  });
  return id;
}

/**
 * An entry in `state` for a route of the owner: in scope the acting facilitator's own (at a desa
 * they are assigned to), otherwise a fresh facilitator's.
 */
async function ownedEntry(ctx: MatrixContext, inScope: boolean, state: LogState) {
  const self = inScope ? await actingFacilitator(ctx) : null;
  if (self) {
    const [desa] = await freshDesa(ctx.db, IN_DISTRICT, 1);
    await insertAssignment(ctx.db, { facilitatorId: self, place: { kind: 'desa', code: desa! } });
    return { id: await insertEntry(ctx.db, self, desa!, state), desa: desa! };
  }
  const owner = await freshFacilitator(ctx.db, inScope ? IN_DISTRICT : OUT_DISTRICT);
  return { id: await insertEntry(ctx.db, owner.facilitatorId, owner.desa, state), desa: owner.desa };
}

/** A submitted entry whose owner is supervised, in scope, by the acting facilitator. */
async function supervisedEntry(ctx: MatrixContext, inScope: boolean) {
  const self = inScope ? await actingFacilitator(ctx) : null;
  const supervisor =
    self ?? (await freshFacilitator(ctx.db, inScope ? IN_DISTRICT : OUT_DISTRICT)).facilitatorId;
  const owner = await freshFacilitator(ctx.db, inScope ? IN_DISTRICT : OUT_DISTRICT, supervisor);
  return insertEntry(ctx.db, owner.facilitatorId, owner.desa, 'diajukan');
}

/**
 * A new entry for the acting facilitator: in scope at a desa assigned to them; out of scope at a
 * kawasan of Probolinggo they neither see nor are assigned to.
 */
async function newEntryBody(ctx: MatrixContext, inScope: boolean) {
  const self = await actingFacilitator(ctx);
  const [desa, other] = await freshDesa(ctx.db, inScope ? IN_DISTRICT : OUT_DISTRICT, 2);
  if (self && inScope)
    await insertAssignment(ctx.db, { facilitatorId: self, place: { kind: 'desa', code: desa! } });
  const place = inScope
    ? { kind: 'desa', code: desa! }
    : {
        kind: 'kawasan',
        id: await insertKawasan(ctx.db, {
          name: `Kawasan Pendampingan Uji ${++serial}`,
          kabupaten: '3513',
          state: 'perencanaan',
          members: [desa!, other!],
        }),
      };
  return { idempotencyKey: randomUUID(), ...content(desa!), place, submit: false };
}

let photo: Promise<Buffer> | null = null;
/** A small real PNG (the content is checked and re-encoded). */
const smallPng = () =>
  (photo ??= sharp({ create: { width: 8, height: 6, channels: 3, background: { r: 30, g: 120, b: 60 } } })
    .png()
    .toBuffer());

export const ACTIVITY_LOG_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/pendampingan/bukti',
    // An upload has no target: it always belongs to the uploader's own record, so in and out of
    // scope are the same request (as for `POST /api/me/tokens`). Accounts without a record are refused.
    allow: { inScope: FACILITATOR, outOfScope: FACILITATOR },
    async request(ctx) {
      await actingFacilitator(ctx);
      return { url: '/api/pendampingan/bukti?fileName=foto.png', payload: await smallPng() };
    },
  },
  {
    method: 'POST',
    route: '/api/pendampingan/kegiatan',
    // Out of scope: a kawasan of Probolinggo the facilitator neither sees nor is assigned to (404).
    allow: { inScope: FACILITATOR, outOfScope: [] },
    async request(ctx, inScope) {
      return { url: '/api/pendampingan/kegiatan', payload: await newEntryBody(ctx, inScope) };
    },
  },
  {
    method: 'POST',
    route: '/api/pendampingan/kegiatan/kirim',
    // The same entry as above, sent in a batch: the request answers 200, the entry its own status.
    allow: { inScope: FACILITATOR, outOfScope: [] },
    async request(ctx, inScope) {
      return {
        url: '/api/pendampingan/kegiatan/kirim',
        payload: { entries: [await newEntryBody(ctx, inScope)] },
      };
    },
    statusOf: (res) =>
      res.statusCode === 200
        ? (res.json() as { results: { status: number }[] }).results[0]!.status
        : res.statusCode,
  },
  {
    method: 'PATCH',
    route: '/api/pendampingan/kegiatan/:eid',
    allow: { inScope: FACILITATOR, outOfScope: [] },
    async request(ctx, inScope) {
      const { id, desa } = await ownedEntry(ctx, inScope, 'draf');
      return {
        url: `/api/pendampingan/kegiatan/${id}`,
        payload: { ...content(desa), topic: 'Topik diubah' },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/pendampingan/kegiatan/:eid/tindakan',
    allow: { inScope: FACILITATOR, outOfScope: [] },
    async request(ctx, inScope) {
      const { id } = await ownedEntry(ctx, inScope, 'draf');
      return { url: `/api/pendampingan/kegiatan/${id}/tindakan`, payload: { action: 'submit' } };
    },
  },
  {
    method: 'POST',
    route: '/api/pendampingan/kegiatan/:eid/tindakan',
    allow: { inScope: FACILITATOR, outOfScope: [] },
    async request(ctx, inScope) {
      const id = await supervisedEntry(ctx, inScope);
      return {
        url: `/api/pendampingan/kegiatan/${id}/tindakan`,
        payload: { action: 'return', reason: 'Lampirkan daftar hadir peserta.' },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/pendampingan/kegiatan/:eid/tindakan',
    allow: { inScope: FACILITATOR, outOfScope: [] },
    async request(ctx, inScope) {
      const id = await supervisedEntry(ctx, inScope);
      return { url: `/api/pendampingan/kegiatan/${id}/tindakan`, payload: { action: 'approve' } };
    },
  },
];
