/**
 * The authorisation matrix rows of the routes of a session's people (registration, withdrawal,
 * attendance, scores, score import, reaction). They are changed only by the users of the
 * session's provider, whatever their scope: so in scope, when the acting account holds the
 * training_provider role, each case grants it the role of a fresh provider seated in Kota
 * Semarang whose session is held in Semarang Tengah for desa Miroto (inside every region role's
 * scope: those roles read the session and are refused with 403); every other actor is not that
 * provider's user. Out of scope the provider and its session are in Kabupaten Probolinggo and
 * nobody is granted anything. Providers, sessions and registrations are written straight in the
 * database.
 */
import type { Database } from '../db/client.ts';
import { facilitationToday } from '../domain/facilitation/calendar.ts';
import type { SessionState } from '../domain/training/lifecycle.ts';
import { insertRegistration } from '../services/training/testing.ts';
import {
  grantProvider,
  insertScene,
  participantBody,
  sheetXlsx,
} from '../services/training/testing-participant.ts';
import type { MatrixContext, MatrixRow, Who } from './authorization.matrix.ts';

const PROVIDER: readonly Who[] = ['training_provider'];
const allow = { inScope: PROVIDER, outOfScope: [] as readonly Who[] };

const IN = { seat: '3374', place: '337401', desa: '3374011001' };
const OUT = { seat: '3513', place: '351315', desa: '3513152017' };

let serial = 0;

/** A session in `state` held today; in scope, the acting provider account is granted its provider. */
async function session(ctx: MatrixContext, inScope: boolean, state: SessionState): Promise<string> {
  const where = inScope ? IN : OUT;
  const today = facilitationToday(new Date());
  const scene = await insertScene(ctx.db, {
    seatRegionCode: where.seat,
    placeRegionCode: where.place,
    desaCodes: [where.desa],
    state,
    capacity: 50,
    schedule: [{ date: today, hours: 8, agenda: 'Hari pertama' }],
    programme: { curriculumHours: 8 },
  });
  if (inScope && ctx.who === 'training_provider' && ctx.self) {
    await grantProvider(ctx.db, ctx.self.id, scene.providerId, where.seat);
  }
  return scene.sessionId;
}

/** A registered participant of `sessionId` from the session's desa, registration number 1. */
async function registered(db: Database, sessionId: string, inScope: boolean) {
  const { registrationId } = await insertRegistration(db, sessionId, {
    seq: 1,
    participant: { desaCode: (inScope ? IN : OUT).desa, name: `Peserta Matriks ${++serial}` },
  });
  return registrationId;
}

export const TRAINING_PARTICIPANT_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/pelatihan/angkatan/:sid/peserta',
    allow,
    async request(ctx, inScope) {
      const sid = await session(ctx, inScope, 'pendaftaran');
      return {
        url: `/api/pelatihan/angkatan/${sid}/peserta`,
        payload: participantBody((inScope ? IN : OUT).desa, { name: `Peserta Baru ${++serial}` }),
      };
    },
  },
  {
    method: 'POST',
    route: '/api/pelatihan/angkatan/:sid/peserta/:rid/batal',
    allow,
    async request(ctx, inScope) {
      const sid = await session(ctx, inScope, 'pendaftaran');
      const rid = await registered(ctx.db, sid, inScope);
      return { url: `/api/pelatihan/angkatan/${sid}/peserta/${rid}/batal` };
    },
  },
  {
    method: 'PUT',
    route: '/api/pelatihan/angkatan/:sid/kehadiran',
    allow,
    async request(ctx, inScope) {
      const sid = await session(ctx, inScope, 'berjalan');
      const rid = await registered(ctx.db, sid, inScope);
      const date = facilitationToday(new Date());
      return {
        url: `/api/pelatihan/angkatan/${sid}/kehadiran`,
        payload: { marks: [{ registrationId: rid, date, present: true }] },
      };
    },
  },
  {
    method: 'PUT',
    route: '/api/pelatihan/angkatan/:sid/nilai',
    allow,
    async request(ctx, inScope) {
      const sid = await session(ctx, inScope, 'berjalan');
      const rid = await registered(ctx.db, sid, inScope);
      return {
        url: `/api/pelatihan/angkatan/${sid}/nilai`,
        payload: { scores: [{ registrationId: rid, pre: { pengetahuan: 60 }, post: { pengetahuan: 80 } }] },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/pelatihan/angkatan/:sid/nilai/impor',
    allow,
    async request(ctx, inScope) {
      const sid = await session(ctx, inScope, 'berjalan');
      await registered(ctx.db, sid, inScope);
      return {
        url: `/api/pelatihan/angkatan/${sid}/nilai/impor?fileName=nilai.xlsx`,
        payload: await sheetXlsx([
          ['No. Peserta', 'Pre-test Pengetahuan', 'Post-test Pengetahuan'],
          ['P001', 55, 75],
        ]),
      };
    },
  },
  {
    method: 'PUT',
    route: '/api/pelatihan/angkatan/:sid/peserta/:rid/reaksi',
    allow,
    async request(ctx, inScope) {
      const sid = await session(ctx, inScope, 'berjalan');
      const rid = await registered(ctx.db, sid, inScope);
      return {
        url: `/api/pelatihan/angkatan/${sid}/peserta/${rid}/reaksi`,
        payload: { answers: { materi_sesuai: 4, bermanfaat: 5 }, comment: '' },
      };
    },
  },
];
