/**
 * The authorisation matrix rows of the musyawarah and proposal routes. Each case makes a kawasan
 * in `perencanaan` straight in the database whose members are the test village (33.74.01.1001, in
 * every test role's scope) and a fresh desa — or, out of scope, the village of Kabupaten
 * Probolinggo — and a musyawarah desa of that village. Who may record it: the village operator of
 * the village, the facilitator of its kecamatan, and the kabupaten officer (the designating
 * government, so the management). The province officer and national roles see it but may not
 * record; the test kawasan manager holds another kawasan.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { StoredResult } from '../db/deliberation-records.ts';
import {
  deliberationProposal,
  kawasanMember,
  musyawarah,
  musyawarahParticipant,
  musyawarahResult,
} from '../db/schema.ts';
import { computeResult } from '../domain/deliberation/outcome.ts';
import { IN_SCOPE_VILLAGE, type MatrixRow, OUT_OF_SCOPE_VILLAGE, type Who } from './authorization.matrix.ts';
import { desaSource, insertKawasan } from './authorization-matrix.fixtures.ts';

/** Who records a musyawarah desa of the test village. */
const RECORDERS: readonly Who[] = ['village', 'facilitator', 'kabupaten'];

let serial = 0;

const villageOf = (inScope: boolean) => (inScope ? IN_SCOPE_VILLAGE : OUT_OF_SCOPE_VILLAGE);

const freshDesa = desaSource('Desa Uji', 2500, 400);

/** A kawasan in `perencanaan` with the test village and a fresh desa as members. */
async function seedKawasan(db: Database, inScope: boolean): Promise<{ id: string; village: string }> {
  const village = villageOf(inScope);
  const [fresh] = await freshDesa(db, village.slice(0, 6), 1);
  // A desa is held by one active kawasan at a time: release the village from an earlier case's.
  await db.orm.delete(kawasanMember).where(eq(kawasanMember.desaCode, village));
  const id = await insertKawasan(db, {
    name: `Kawasan Musyawarah Uji ${++serial}`,
    kabupaten: village.slice(0, 4),
    state: 'perencanaan',
    members: [village, fresh!],
  });
  return { id, village };
}

/** Members enough for a valid musyawarah desa: BPD, village government and a community member, all invited and present. */
const VALID_PARTICIPANTS = [
  { name: 'Ketua BPD', gender: 'laki_laki', element: 'bpd' },
  { name: 'Kepala Desa', gender: 'perempuan', element: 'pemerintah_desa' },
  { name: 'Ketua Kelompok Tani', gender: 'laki_laki', element: 'kelompok_tani' },
] as const;

/** A draf musyawarah desa of the kawasan's village; with `participants`, a valid attendance list. */
async function seedMeeting(db: Database, inScope: boolean, participants = false) {
  const k = await seedKawasan(db, inScope);
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(musyawarah).values({
    id,
    kawasanId: k.id,
    kind: 'musyawarah_desa',
    title: `Musyawarah Desa Uji ${++serial}`,
    desaCode: k.village,
    organiser: 'BPD',
    heldOn: '2026-03-02',
    place: 'Balai desa',
    createdAt: at,
    updatedAt: at,
  });
  if (participants) {
    await db.orm.insert(musyawarahParticipant).values(
      VALID_PARTICIPANTS.map((p, i) => ({
        id: randomUUID(),
        musyawarahId: id,
        position: i + 1,
        ...p,
        desaCode: k.village,
        invited: true,
        attended: true,
      })),
    );
  }
  return { ...k, meetingId: id };
}

async function seedProposal(db: Database, kawasanId: string, desaCode: string): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(deliberationProposal).values({
    id,
    kawasanId,
    kind: 'program',
    title: 'Jalan usaha tani',
    desaCode,
    requestedBudget: 250_000_000n,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

export const MUSYAWARAH_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/kawasan/:id/musyawarah',
    allow: { inScope: RECORDERS, outOfScope: [] },
    async request(ctx, inScope) {
      const k = await seedKawasan(ctx.db, inScope);
      return {
        url: `/api/kawasan/${k.id}/musyawarah`,
        payload: {
          kind: 'musyawarah_desa',
          title: 'Musyawarah Desa Penggalian Gagasan',
          desaCode: k.village,
          organiser: 'BPD',
          heldOn: '2026-03-02',
          place: 'Balai desa',
          agenda: ['Penggalian gagasan'],
        },
      };
    },
  },
  {
    method: 'PATCH',
    route: '/api/musyawarah/:mid',
    allow: { inScope: RECORDERS, outOfScope: [] },
    async request(ctx, inScope) {
      const { meetingId } = await seedMeeting(ctx.db, inScope);
      return { url: `/api/musyawarah/${meetingId}`, payload: { notes: 'Dimulai pukul 09.00.' } };
    },
  },
  {
    method: 'PUT',
    route: '/api/musyawarah/:mid/participants',
    allow: { inScope: RECORDERS, outOfScope: [] },
    async request(ctx, inScope) {
      const { meetingId, village } = await seedMeeting(ctx.db, inScope);
      return {
        url: `/api/musyawarah/${meetingId}/participants`,
        payload: {
          participants: VALID_PARTICIPANTS.map((p) => ({
            ...p,
            desaCode: village,
            invited: true,
            attended: true,
          })),
        },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/musyawarah/:mid/results',
    allow: { inScope: RECORDERS, outOfScope: [] },
    async request(ctx, inScope) {
      const { id, meetingId, village } = await seedMeeting(ctx.db, inScope, true);
      const proposalId = await seedProposal(ctx.db, id, village);
      return {
        url: `/api/musyawarah/${meetingId}/results`,
        payload: {
          title: 'Program prioritas',
          subject: 'program',
          cycleYear: 2026,
          proposalIds: [proposalId],
          method: 'mufakat',
          vote: { kind: 'mufakat', chosenProposalIds: [proposalId] },
        },
      };
    },
  },
  {
    method: 'DELETE',
    route: '/api/musyawarah/:mid/results/:rid',
    allow: { inScope: RECORDERS, outOfScope: [] },
    async request(ctx, inScope) {
      const { id, meetingId, village } = await seedMeeting(ctx.db, inScope, true);
      const proposalId = await seedProposal(ctx.db, id, village);
      const computed = computeResult({
        subject: 'program',
        cycleYear: 2026,
        method: 'mufakat',
        proposals: [
          {
            id: proposalId,
            title: 'Jalan usaha tani',
            kind: 'program',
            desaCode: village,
            requestedBudget: '250000000',
            status: 'diajukan',
            history: [],
          },
        ],
        vote: { kind: 'mufakat', chosenProposalIds: [proposalId] },
        attendedIds: [],
      });
      if (!computed.ok) throw new Error(JSON.stringify(computed.issues));
      const rid = randomUUID();
      await ctx.db.orm.insert(musyawarahResult).values({
        id: rid,
        musyawarahId: meetingId,
        subject: 'program',
        title: 'Program prioritas',
        method: 'mufakat',
        cycleYear: 2026,
        result: computed.result as unknown as StoredResult,
        createdAt: new Date(),
      });
      return { url: `/api/musyawarah/${meetingId}/results/${rid}` };
    },
  },
  {
    method: 'POST',
    route: '/api/musyawarah/:mid/fix',
    allow: { inScope: RECORDERS, outOfScope: [] },
    async request(ctx, inScope) {
      const { meetingId } = await seedMeeting(ctx.db, inScope, true);
      return { url: `/api/musyawarah/${meetingId}/fix` };
    },
  },
  {
    method: 'POST',
    route: '/api/kawasan/:id/proposals',
    allow: { inScope: RECORDERS, outOfScope: [] },
    async request(ctx, inScope) {
      const k = await seedKawasan(ctx.db, inScope);
      return {
        url: `/api/kawasan/${k.id}/proposals`,
        payload: { kind: 'program', title: 'Embung desa', desaCode: k.village, requestedBudget: '150000000' },
      };
    },
  },
  {
    method: 'PATCH',
    route: '/api/proposals/:pid',
    allow: { inScope: RECORDERS, outOfScope: [] },
    async request(ctx, inScope) {
      const k = await seedKawasan(ctx.db, inScope);
      const pid = await seedProposal(ctx.db, k.id, k.village);
      return { url: `/api/proposals/${pid}`, payload: { title: 'Jalan usaha tani dan drainase' } };
    },
  },
];
