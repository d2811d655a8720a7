/**
 * The follow-up of a session months after it ended (Kirkpatrick levels 3 and 4) and the session's
 * judgement, by domain/training/follow-up.ts: each registered participant's due date and status,
 * the indicators of their role with the states last recorded, and `judgeTraining` over the
 * completers with level 2 from the stored scores (the domain's gain functions). Reading follows
 * `mayReadProgramme`; a participant's row (name, role, records) is shown to whoever may read the
 * participant's details or record their follow-up: a facilitator of the desa has to know whom to
 * visit. Recording follows `mayRecordFollowUp` and `followUpIssues`, audited on the registration.
 */
import { randomUUID } from 'node:crypto';
import type {
  FollowUpBody,
  FollowUpRecordView,
  FollowUpSheet,
} from '../../contracts/training-outcome.contract.ts';
import { trainingFollowUp } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { type Aspect, PARTICIPANT_ROLE_LABELS } from '../../domain/training/aspects.ts';
import {
  FOLLOW_UP_METHOD_LABELS,
  FOLLOW_UP_STATUS_LABELS,
  FOLLOW_UP_STATUSES,
  type FollowUpRecord,
  type FollowUpStatus,
  followUpDueDate,
  followUpIssues,
  followUpStatus,
  INDICATOR_STATE_LABELS,
  type IndicatorState,
  indicatorById,
  indicatorsFor,
  type Judgement,
  judgeTraining,
} from '../../domain/training/follow-up.ts';
import { pooledMeanOfGains } from '../../domain/training/gain.ts';
import {
  mayReadParticipant,
  mayReadProgramme,
  mayRecordFollowUp,
} from '../../domain/training/training-access.ts';
import { recordAudit } from '../access/audit.service.ts';
import { writer } from '../kawasan/kawasan-access.ts';
import {
  followUpsOf,
  gainsOf,
  invalid,
  isCompleter,
  kawasanOfDesa,
  latestFollowUps,
  loadSessionContext,
  participantFactsOf,
  REGISTRATION_NOT_FOUND,
  type RegistrationFacts,
  readableSession,
  refuseWrite,
  regionNames,
  type SessionContext,
  type StoredFollowUp,
  scoresOf,
  sessionRegistrations,
  signedIn,
  toStoredFollowUp,
  userNames,
} from './outcome-facts.ts';
import { meanGainView, type OutcomeDeps, sessionHeader, shareView } from './outcome-view.ts';
import { programmeFacts, SESSION_NOT_FOUND, sessionStateOf } from './training.repository.ts';

function judgementView(j: Judgement) {
  return {
    verdict: j.verdict,
    label: j.label,
    coverage: shareView(j.coverage),
    applied: shareView(j.applied),
    results: shareView(j.results),
    learning: meanGainView(j.learning),
    notes: j.notes,
  };
}

function recordView(r: StoredFollowUp, names: Map<string, string>): FollowUpRecordView {
  return {
    id: r.id,
    registrationId: r.registrationId,
    recordedOn: r.recordedOn,
    method: r.method,
    methodLabel: FOLLOW_UP_METHOD_LABELS[r.method],
    reached: r.reached,
    indicators: r.indicators.map((i) => ({
      indicatorId: i.indicatorId,
      label: indicatorById(i.indicatorId)?.label ?? i.indicatorId,
      state: i.state,
      stateLabel: INDICATOR_STATE_LABELS[i.state],
    })),
    note: r.note,
    recordedBy: r.recordedBy === null ? null : (names.get(r.recordedBy) ?? null),
    createdAt: r.createdAt.toISOString(),
  };
}

/** The last recorded state of each indicator of a role (from the newest record that gave one). */
function indicatorStates(registration: RegistrationFacts, records: readonly StoredFollowUp[]) {
  return indicatorsFor(registration.participant.role).map((indicator) => {
    let last: { state: IndicatorState; on: string } | null = null;
    for (const r of records) {
      if (!r.reached) continue;
      const entry = r.indicators.find((i) => i.indicatorId === indicator.id);
      if (entry) last = { state: entry.state, on: r.recordedOn };
    }
    return {
      indicatorId: indicator.id,
      level: indicator.level,
      label: indicator.label,
      lastState: last?.state ?? null,
      lastStateLabel: last ? INDICATOR_STATE_LABELS[last.state] : null,
      lastRecordedOn: last?.on ?? null,
    };
  });
}

const NOT_COMPLETED_LABEL = 'Tidak ditindaklanjuti: tidak menyelesaikan pelatihan';

/** Why a session has no judgement yet, or null when it has one. */
function judgementNoteOf(state: string): string | null {
  if (state === 'selesai') return null;
  if (state === 'batal') return 'Angkatan ini dibatalkan: tidak dinilai.';
  return 'Penilaian pelatihan dibuat setelah angkatan selesai dan tindak lanjut jatuh tempo.';
}

export function createFollowUpService({ db, now }: OutcomeDeps) {
  /** The judgement of a finished session from its registrations, records and scores. */
  async function judge(
    context: SessionContext,
    registrations: readonly RegistrationFacts[],
    latest: Map<string, StoredFollowUp>,
    dueDate: string,
    today: string,
  ): Promise<Judgement> {
    const completers = registrations.filter(isCompleter);
    const tested = context.programme.testedAspects as Aspect[];
    const ids = completers.map((r) => r.id);
    const learning =
      tested.length === 0
        ? null
        : pooledMeanOfGains(gainsOf(ids, await scoresOf(db.orm, ids), tested), tested);
    return judgeTraining({
      dueDate,
      today,
      completers: completers.length,
      followUps: completers.flatMap((r) => {
        const record = latest.get(r.id);
        return record ? [record] : [];
      }),
      learning,
    });
  }

  return {
    /** The follow-up sheet of a session; 404 outside the reader's reach. */
    async sheet(actorInput: Actor | null, sessionId: string): Promise<FollowUpSheet> {
      const actor = signedIn(actorInput);
      const context = await readableSession(db.orm, actor, sessionId);
      const { session, programme, provider } = context;
      const today = facilitationToday(now());
      const state = sessionStateOf(session);
      const dueDate = followUpDueDate(session.endDate, programme.followUpMonths);
      const registrations = (await sessionRegistrations(db.orm, context)).filter(
        (r) => r.status === 'terdaftar',
      );
      const records = await followUpsOf(
        db.orm,
        registrations.map((r) => r.id),
      );
      const latest = latestFollowUps(records);
      const kawasan = await kawasanOfDesa(
        db.orm,
        registrations.map((r) => r.participant.desaCode),
      );
      const desaNames = await regionNames(
        db.orm,
        registrations.map((r) => r.participant.desaCode),
      );
      const names = await userNames(
        db.orm,
        records.map((r) => r.recordedBy),
      );
      const finished = state === 'selesai';
      const byStatus = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as Record<
        FollowUpStatus,
        number
      >;
      const participants: FollowUpSheet['participants'] = [];
      let hidden = 0;
      for (const r of registrations) {
        const completed = r.completion.completed;
        const status =
          finished && completed ? followUpStatus(dueDate, today, latest.get(r.id) ?? null) : null;
        if (status !== null) byStatus[status] += 1;
        const facts = participantFactsOf(provider.id, r.participant, kawasan);
        const mayRecord = mayRecordFollowUp(actor, facts).allowed;
        if (!mayRecord && !mayReadParticipant(actor, facts).allowed) {
          hidden += 1;
          continue;
        }
        const own = records.filter((f) => f.registrationId === r.id);
        participants.push({
          registrationId: r.id,
          name: r.participant.name,
          desaCode: r.participant.desaCode,
          desaName: desaNames.get(r.participant.desaCode) ?? r.participant.desaCode,
          role: r.participant.role,
          roleLabel: PARTICIPANT_ROLE_LABELS[r.participant.role],
          completed,
          attendedPercentText: r.completion.percentText,
          dueDate,
          status,
          statusLabel:
            status !== null
              ? FOLLOW_UP_STATUS_LABELS[status]
              : completed
                ? 'Menunggu angkatan selesai'
                : NOT_COMPLETED_LABEL,
          indicators: indicatorStates(r, own),
          records: own.map((f) => recordView(f, names)),
          canRecord: mayRecord && finished && completed && today >= dueDate,
        });
      }
      return {
        session: sessionHeader(context),
        today,
        followUpMonths: programme.followUpMonths,
        dueDate,
        counts: {
          registered: registrations.length,
          completers: registrations.filter(isCompleter).length,
          byStatus,
        },
        participants,
        hiddenParticipants: hidden,
        judgement: finished
          ? judgementView(await judge(context, registrations, latest, dueDate, today))
          : null,
        judgementNote: judgementNoteOf(state),
      };
    },

    /** Records a follow-up of one registration (201); audited on the registration. */
    async record(
      actorInput: Actor | null,
      sessionId: string,
      registrationId: string,
      body: FollowUpBody,
    ): Promise<FollowUpRecordView> {
      const actor = writer(actorInput);
      const at = now();
      const today = facilitationToday(at);
      return db.transaction(async (tx) => {
        const context = await loadSessionContext(tx.orm, sessionId);
        const { session, programme, provider } = context;
        const [registration] = await sessionRegistrations(tx.orm, context, [registrationId]);
        if (!registration) {
          const visible = mayReadProgramme(actor, await programmeFacts(tx.orm, programme.id)).allowed;
          throw AppError.notFound(visible ? REGISTRATION_NOT_FOUND : SESSION_NOT_FOUND);
        }
        const kawasan = await kawasanOfDesa(tx.orm, [registration.participant.desaCode]);
        const facts = participantFactsOf(provider.id, registration.participant, kawasan);
        await refuseWrite(tx.orm, actor, mayRecordFollowUp(actor, facts), programme.id, SESSION_NOT_FOUND);
        const record: FollowUpRecord = { registrationId, ...body };
        const issues = followUpIssues(record, {
          sessionState: sessionStateOf(session),
          endDate: session.endDate,
          followUpMonths: programme.followUpMonths,
          today,
          role: registration.participant.role,
          completed: isCompleter(registration),
        });
        if (issues.length > 0) throw invalid(issues);
        const [row] = await tx.orm
          .insert(trainingFollowUp)
          .values({
            id: randomUUID(),
            registrationId,
            recordedOn: body.recordedOn,
            method: body.method,
            reached: body.reached,
            indicators: body.indicators.map((i) => ({ indicatorId: i.indicatorId, state: i.state })),
            note: body.note.trim(),
            recordedBy: actor.kind === 'user' ? actor.userId : null,
            createdAt: at,
          })
          .returning();
        await recordAudit(
          tx.orm,
          actor,
          {
            action: 'training.follow_up.record',
            resourceType: 'training_registration',
            resourceId: registrationId,
            regionCode: registration.participant.desaCode,
            before: null,
            after: {
              followUpId: row!.id,
              recordedOn: body.recordedOn,
              method: body.method,
              reached: body.reached,
              indicators: body.indicators.map((i) => `${i.indicatorId}:${i.state}`).join(', '),
            },
          },
          at,
        );
        const stored = toStoredFollowUp(row!);
        return recordView(stored, await userNames(tx.orm, [stored.recordedBy]));
      });
    },
  };
}
export type FollowUpService = ReturnType<typeof createFollowUpService>;
