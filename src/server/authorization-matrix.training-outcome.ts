/**
 * The authorisation matrix rows of the pelatihan outcomes: follow-ups, issuing and revoking
 * certificates. Each case makes a fresh provider with a finished run (the fixture's May 2026 days)
 * and one participant who attended every day, straight in the database. In scope the participant
 * comes from Miroto (33.74.01.1001, in every test role's scope) and, when the acting account holds
 * the training_provider role, it is granted the role of that provider; out of scope the participant
 * comes from Soka'an (35.13.15.2017, outside all but national) and the provider is one nobody
 * works for. Certificates are issued and revoked only by the provider's users; a follow-up is
 * recorded by them or by a facilitator of the participant's desa — never by an administrator.
 */
import {
  completedParticipation,
  grantProvider,
  insertCertificate,
} from '../services/training/testing-outcome.ts';
import {
  IN_SCOPE_VILLAGE,
  type MatrixContext,
  type MatrixRow,
  OUT_OF_SCOPE_VILLAGE,
  type Who,
} from './authorization.matrix.ts';

const PROVIDER_USERS: readonly Who[] = ['training_provider'];
const FOLLOW_UP_RECORDERS: readonly Who[] = ['training_provider', 'facilitator'];

/** A completed participation for the case, its provider the acting provider account's own in scope. */
async function participationFor(ctx: MatrixContext, inScope: boolean) {
  const desaCode = inScope ? IN_SCOPE_VILLAGE : OUT_OF_SCOPE_VILLAGE;
  const run = await completedParticipation(ctx.db, { seatRegionCode: '3374', desaCode });
  if (inScope && ctx.who === 'training_provider' && ctx.self) {
    await grantProvider(ctx.db, ctx.self.id, run.providerId, '3374');
  }
  return run;
}

export const TRAINING_OUTCOME_MATRIX_ROWS: readonly MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/pelatihan/angkatan/:sid/peserta/:rid/tindak-lanjut',
    allow: { inScope: FOLLOW_UP_RECORDERS, outOfScope: [] },
    async request(ctx, inScope) {
      const run = await participationFor(ctx, inScope);
      return {
        url: `/api/pelatihan/angkatan/${run.sessionId}/peserta/${run.registrationId}/tindak-lanjut`,
        payload: {
          recordedOn: '2026-08-20',
          method: 'kunjungan',
          reached: true,
          indicators: [{ indicatorId: 'menerapkan_materi', state: 'tercapai' }],
          note: '',
        },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/pelatihan/angkatan/:sid/sertifikat',
    allow: { inScope: PROVIDER_USERS, outOfScope: [] },
    async request(ctx, inScope) {
      const run = await participationFor(ctx, inScope);
      return { url: `/api/pelatihan/angkatan/${run.sessionId}/sertifikat`, payload: {} };
    },
  },
  {
    method: 'POST',
    route: '/api/pelatihan/sertifikat/:cid/cabut',
    allow: { inScope: PROVIDER_USERS, outOfScope: [] },
    async request(ctx, inScope) {
      const run = await participationFor(ctx, inScope);
      const { id } = await insertCertificate(ctx.db, run.registrationId);
      return {
        url: `/api/pelatihan/sertifikat/${id}/cabut`,
        payload: { reason: 'kesalahan_data', note: 'Nama peserta salah eja pada sertifikat.' },
      };
    },
  },
];
