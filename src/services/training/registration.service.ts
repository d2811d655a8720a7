/**
 * Participants and their registration to a session: the list (personal details only for those
 * who may read them), registering with the waiting list, and withdrawal with the promotion of the
 * first waiting person. The rules are the domain's (registration.ts, lifecycle.ts); the same
 * person (name, birth year and desa, by a keyed hash) is one participant row across sessions.
 * The session row is locked for every change, so seats and the waiting list hold under
 * simultaneous registrations. Every change is audited in its transaction (resource
 * `training_registration`, region = the participant's desa).
 */
import { randomUUID } from 'node:crypto';
import { and, eq, max } from 'drizzle-orm';
import type {
  ParticipantDraftBody,
  TrainingRegistrationList,
  TrainingRegistrationView,
  TrainingWithdrawal,
} from '../../contracts/training-participant.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import {
  enterprise,
  facilitator,
  region,
  trainingParticipant,
  trainingRegistration,
} from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { SESSION_STATE_LABELS, stateRefusal } from '../../domain/training/lifecycle.ts';
import {
  decideRegistration,
  type ParticipantDraft,
  participantIssues,
  REGISTRATION_STATUSES,
  type RegistrationRow,
  type RegistrationStatus,
  withdraw,
} from '../../domain/training/registration.ts';
import { recordAudit } from '../access/audit.service.ts';
import type { NikSecret } from '../facilitation/nik-hash.ts';
import {
  loadRegistrations,
  loadSessionContext,
  manageAccess,
  type RegistrationRecord,
  readAccess,
  registrationFacts,
  registrationView,
  type SessionContext,
} from './participant-access.ts';
import { personKey, personKeySecret } from './person-key.ts';

export interface RegistrationDeps {
  db: Database;
  now: () => Date;
  /** The secret of the participant key; by default that of the NIK hash (`KAWASAN_NIK_SECRET` or `nik-secret`). */
  nikSecret?: NikSecret | string;
}

export const REGISTRATION_RESOURCE = 'training_registration';

function invalid(issues: FieldIssue[]): AppError {
  return new AppError('invalid_input', issues.map((i) => i.message).join(' '), issues);
}

/** The draft as the domain reads it: a dotted desa code made canonical, absent links null. */
function draftOf(body: ParticipantDraftBody): ParticipantDraft {
  const parsed = parseRegionCode(body.desaCode);
  return {
    name: body.name,
    gender: body.gender,
    birthYear: body.birthYear,
    desaCode: parsed.ok ? parsed.value.code : body.desaCode,
    role: body.role,
    enterpriseId: body.enterpriseId ?? null,
    facilitatorId: body.facilitatorId ?? null,
  };
}

/**
 * Issues the stored data raises: the desa must be in the region list, the facilitator record and
 * the enterprise (in the enterprise registry) must exist.
 */
async function referenceIssues(orm: Orm, draft: ParticipantDraft): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const [desa] = await orm
    .select({ level: region.level })
    .from(region)
    .where(eq(region.code, draft.desaCode));
  if (desa?.level !== 4) {
    issues.push({
      field: 'desaCode',
      message: `Desa ${draft.desaCode} tidak ditemukan dalam data wilayah.`,
    });
  }
  if (draft.facilitatorId !== null) {
    const [found] = await orm
      .select({ id: facilitator.id })
      .from(facilitator)
      .where(eq(facilitator.id, draft.facilitatorId));
    if (!found) issues.push({ field: 'facilitatorId', message: 'Data pendamping tidak ditemukan.' });
  }
  if (draft.enterpriseId !== null) {
    const [found] = await orm
      .select({ id: enterprise.id })
      .from(enterprise)
      .where(eq(enterprise.id, draft.enterpriseId));
    if (!found)
      issues.push({
        field: 'enterpriseId',
        message:
          'Badan usaha tidak ditemukan dalam daftar badan usaha; daftarkan dulu BUM Desa atau koperasinya.',
      });
  }
  return issues;
}

const rowsOf = (records: readonly RegistrationRecord[]): RegistrationRow[] =>
  records.map((r) => ({ id: r.id, personKey: r.personKey, status: r.status, seq: r.seq }));

async function auditRegistration(
  orm: Orm,
  actor: Actor,
  record: Pick<RegistrationRecord, 'id' | 'desaCode'>,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  at: Date,
) {
  await recordAudit(
    orm,
    actor,
    {
      action,
      resourceType: REGISTRATION_RESOURCE,
      resourceId: record.id,
      regionCode: record.desaCode,
      before,
      after,
    },
    at,
  );
}

export function createRegistrationService({ db, now, nikSecret }: RegistrationDeps) {
  const secret = personKeySecret(nikSecret);

  /** The views of `ids` after a change, read in the change's transaction. */
  async function viewsOf(orm: Orm, ctx: SessionContext, ids: readonly string[]) {
    const records = await loadRegistrations(orm, ctx.session.id);
    const facts = await registrationFacts(orm, ctx.session.id, records);
    const canWithdraw = stateRefusal(ctx.session.state, 'withdraw') === null;
    return ids.map((id) => {
      const r = records.find((x) => x.id === id)!;
      return registrationView(ctx, r, facts, canWithdraw && r.status !== 'dibatalkan');
    });
  }

  return {
    /** The session's registrations: details of the participants the actor may read, counts of all. */
    async list(actorInput: Actor | null, sessionId: string): Promise<TrainingRegistrationList> {
      const ctx = await loadSessionContext(db.orm, sessionId);
      const records = await loadRegistrations(db.orm, sessionId);
      const access = await readAccess(db.orm, actorInput, ctx, records);
      const facts = await registrationFacts(db.orm, sessionId, records);
      const counts = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as Record<
        RegistrationStatus,
        number
      >;
      for (const r of records) counts[r.status] += 1;
      const { state } = ctx.session;
      const registerRefusal = stateRefusal(state, 'register');
      const withdrawable = access.manage && stateRefusal(state, 'withdraw') === null;
      const visible = records.filter((r) => access.readsParticipant(r));
      return {
        sessionId,
        state,
        stateLabel: SESSION_STATE_LABELS[state],
        capacity: ctx.session.capacity,
        counts,
        items: visible.map((r) => registrationView(ctx, r, facts, withdrawable && r.status !== 'dibatalkan')),
        hiddenCount: records.length - visible.length,
        canManage: access.manage,
        canRegister: access.manage && registerRefusal === null,
        registerRefusal,
      };
    },

    /**
     * Registers a participant: a seat while there is one, else the waiting list (up to the
     * capacity again), else 409; 409 also for a person already registered or waiting, and when
     * the session is not open for registration.
     */
    async register(
      actorInput: Actor | null,
      sessionId: string,
      body: ParticipantDraftBody,
    ): Promise<TrainingRegistrationView> {
      const draft = draftOf(body);
      const at = now();
      const today = facilitationToday(at);
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const ctx = await loadSessionContext(orm, sessionId, true);
        const actor = await manageAccess(orm, actorInput, ctx);
        const issues = participantIssues(draft, today);
        if (issues.length > 0) throw invalid(issues);
        const missing = await referenceIssues(orm, draft);
        if (missing.length > 0) throw invalid(missing);
        const key = personKey(await secret(), draft);
        const records = await loadRegistrations(orm, sessionId);
        const { state, capacity } = ctx.session;
        const decision = decideRegistration({ state, capacity }, rowsOf(records), key);
        if (!decision.ok) throw new AppError('conflict', decision.reason, decision.issues);

        const [participant] = await orm
          .insert(trainingParticipant)
          .values({
            id: randomUUID(),
            personKey: key,
            name: draft.name.trim(),
            gender: draft.gender,
            birthYear: draft.birthYear,
            desaCode: draft.desaCode,
            role: draft.role,
            enterpriseId: draft.enterpriseId,
            facilitatorId: draft.facilitatorId,
            createdAt: at,
            updatedAt: at,
          })
          .onConflictDoUpdate({
            target: trainingParticipant.personKey,
            set: {
              name: draft.name.trim(),
              gender: draft.gender,
              role: draft.role,
              enterpriseId: draft.enterpriseId,
              facilitatorId: draft.facilitatorId,
              updatedAt: at,
            },
          })
          .returning({ id: trainingParticipant.id });
        const participantId = participant!.id;
        const [last] = await orm
          .select({ seq: max(trainingRegistration.seq) })
          .from(trainingRegistration)
          .where(eq(trainingRegistration.sessionId, sessionId));
        const seq = (last?.seq ?? 0) + 1;
        const status = decision.status;
        // One row per person and session: a person who withdrew and registers again takes it back.
        const earlier = records.find((r) => r.participantId === participantId);
        let id: string;
        if (earlier) {
          id = earlier.id;
          await orm
            .update(trainingRegistration)
            .set({ status, seq, registeredAt: at, withdrawnAt: null })
            .where(and(eq(trainingRegistration.id, id), eq(trainingRegistration.sessionId, sessionId)));
        } else {
          id = randomUUID();
          await orm.insert(trainingRegistration).values({
            id,
            sessionId,
            participantId,
            status,
            seq,
            registeredAt: at,
            withdrawnAt: null,
          });
        }
        await auditRegistration(
          orm,
          actor,
          { id, desaCode: draft.desaCode },
          'register',
          earlier ? { status: earlier.status, seq: earlier.seq } : null,
          {
            sessionId,
            participantId,
            name: draft.name.trim(),
            role: draft.role,
            status,
            seq,
          },
          at,
        );
        const [view] = await viewsOf(orm, ctx, [id]);
        return view!;
      });
    },

    /**
     * Withdraws a registration; while registration is open a freed seat goes to the first on the
     * waiting list. Both changes are audited.
     */
    async withdraw(
      actorInput: Actor | null,
      sessionId: string,
      registrationId: string,
    ): Promise<TrainingWithdrawal> {
      const at = now();
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const ctx = await loadSessionContext(orm, sessionId, true);
        const actor = await manageAccess(orm, actorInput, ctx);
        const records = await loadRegistrations(orm, sessionId);
        const { state, capacity } = ctx.session;
        const result = withdraw({ state, capacity }, rowsOf(records), registrationId);
        if (!result.ok) throw new AppError(result.code, result.reason);
        const withdrawn = records.find((r) => r.id === result.withdrawnId)!;
        await orm
          .update(trainingRegistration)
          .set({ status: 'dibatalkan', withdrawnAt: at })
          .where(eq(trainingRegistration.id, withdrawn.id));
        await auditRegistration(
          orm,
          actor,
          withdrawn,
          'withdraw',
          { status: withdrawn.status },
          { status: 'dibatalkan', promotedId: result.promotedId },
          at,
        );
        const promoted = result.promotedId ? records.find((r) => r.id === result.promotedId)! : null;
        if (promoted) {
          await orm
            .update(trainingRegistration)
            .set({ status: 'terdaftar' })
            .where(eq(trainingRegistration.id, promoted.id));
          await auditRegistration(
            orm,
            actor,
            promoted,
            'promote',
            { status: promoted.status },
            { status: 'terdaftar', seatOf: withdrawn.id },
            at,
          );
        }
        const [withdrawnView, promotedView] = await viewsOf(
          orm,
          ctx,
          promoted ? [withdrawn.id, promoted.id] : [withdrawn.id],
        );
        return { withdrawn: withdrawnView!, promoted: promotedView ?? null };
      });
    },
  };
}
export type RegistrationService = ReturnType<typeof createRegistrationService>;
