/**
 * The reaction survey of a session (Kirkpatrick level 1): the provider types in each participant's
 * paper questionnaire (the standard questions of the domain, reaction.ts), one per registration,
 * replaced when entered again; the session's summary pools every response. The summary carries no
 * participant: readers of the programme see it. The audit row of an entry says that it was entered
 * and how many questions were answered, never the answers (resource `training_registration`,
 * region = the participant's desa).
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type {
  ReactionBody,
  TrainingReactionSummary,
  TrainingReactionView,
} from '../../contracts/training-participant.contract.ts';
import type { Database } from '../../db/client.ts';
import { trainingReaction } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { type Rational, toDecimal, toFraction } from '../../domain/deliberation/rational.ts';
import { AppError } from '../../domain/errors.ts';
import { stateRefusal } from '../../domain/training/lifecycle.ts';
import {
  LIKERT_LABELS,
  LIKERT_VALUES,
  likertMeanText,
  REACTION_CATEGORY_LABELS,
  type ReactionResponse,
  responseIssues,
  STANDARD_REACTION_QUESTIONS,
  summariseReactions,
} from '../../domain/training/reaction.ts';
import { REGISTRATION_STATUS_LABELS } from '../../domain/training/registration.ts';
import { recordAudit } from '../access/audit.service.ts';
import {
  loadRegistrations,
  loadSessionContext,
  manageAccess,
  REGISTRATION_NOT_FOUND,
  readAccess,
} from './participant-access.ts';
import { REGISTRATION_RESOURCE } from './registration.service.ts';

const QUESTIONS = STANDARD_REACTION_QUESTIONS;

const mean = (r: Rational | null) => (r === null ? null : { exact: toFraction(r), text: likertMeanText(r) });
const share = (r: Rational | null) =>
  r === null ? null : { exact: toFraction(r), percentText: toDecimal({ num: r.num * 100n, den: r.den }, 1) };

export function createReactionService({ db, now }: { db: Database; now: () => Date }) {
  return {
    /** The pooled summary of the session's questionnaires. */
    async summary(actorInput: Actor | null, sessionId: string): Promise<TrainingReactionSummary> {
      const ctx = await loadSessionContext(db.orm, sessionId);
      const records = await loadRegistrations(db.orm, sessionId);
      const access = await readAccess(db.orm, actorInput, ctx, []);
      const ids = records.map((r) => r.id);
      const rows =
        ids.length === 0
          ? []
          : await db.orm
              .select({ answers: trainingReaction.answers, comment: trainingReaction.comment })
              .from(trainingReaction)
              .where(inArray(trainingReaction.registrationId, ids))
              .orderBy(trainingReaction.submittedAt, trainingReaction.registrationId);
      const s = summariseReactions(rows as ReactionResponse[], QUESTIONS);
      const recordRefusal = stateRefusal(ctx.session.state, 'recordReaction');
      const text = new Map(QUESTIONS.map((q) => [q.id, q.text]));
      return {
        sessionId,
        responses: s.responses,
        scale: LIKERT_VALUES.map((value) => ({ value, label: LIKERT_LABELS[value] })),
        questions: s.questions.map((q) => ({
          id: q.questionId,
          category: q.category,
          categoryLabel: REACTION_CATEGORY_LABELS[q.category],
          text: text.get(q.questionId)!,
          n: q.n,
          distribution: LIKERT_VALUES.map((value) => ({ value, n: q.distribution[value] })),
          mean: mean(q.mean),
          agreeShare: share(q.agreeShare),
        })),
        categories: s.categories.map((c) => ({
          category: c.category,
          label: REACTION_CATEGORY_LABELS[c.category],
          n: c.n,
          mean: mean(c.mean),
        })),
        overallMean: mean(s.overallMean),
        overallAgreeShare: share(s.overallAgreeShare),
        comments: s.comments,
        canRecord: access.manage && recordRefusal === null,
        recordRefusal,
      };
    },

    /**
     * Enters (or replaces) the questionnaire of a registered participant: 400 with the field of
     * every bad answer, 409 when the session's state takes no survey or the participant is not
     * registered, 404 for a registration of another session.
     */
    async record(
      actorInput: Actor | null,
      sessionId: string,
      registrationId: string,
      body: ReactionBody,
    ): Promise<TrainingReactionView> {
      const at = now();
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const ctx = await loadSessionContext(orm, sessionId, true);
        const actor = await manageAccess(orm, actorInput, ctx);
        const [registration] = await loadRegistrations(orm, sessionId, [registrationId]);
        if (!registration) throw AppError.notFound(REGISTRATION_NOT_FOUND);
        const closed = stateRefusal(ctx.session.state, 'recordReaction');
        if (closed !== null) throw new AppError('conflict', closed);
        if (registration.status !== 'terdaftar') {
          throw new AppError(
            'conflict',
            `Survei reaksi hanya diisi untuk peserta terdaftar; status peserta ini ${REGISTRATION_STATUS_LABELS[registration.status]}.`,
          );
        }
        const response: ReactionResponse = { answers: body.answers, comment: body.comment };
        const issues = responseIssues(response, QUESTIONS);
        if (issues.length > 0)
          throw new AppError('invalid_input', issues.map((i) => i.message).join(' '), issues);
        const answers = Object.fromEntries(
          QUESTIONS.filter((q) => q.id in body.answers).map((q) => [q.id, body.answers[q.id] ?? null]),
        );
        const comment = body.comment.trim();
        const [before] = await orm
          .select({ registrationId: trainingReaction.registrationId })
          .from(trainingReaction)
          .where(eq(trainingReaction.registrationId, registrationId));
        await orm
          .insert(trainingReaction)
          .values({ registrationId, answers, comment, submittedAt: at })
          .onConflictDoUpdate({
            target: trainingReaction.registrationId,
            set: {
              answers: sql`excluded.answers`,
              comment: sql`excluded.comment`,
              submittedAt: sql`excluded.submitted_at`,
            },
          });
        await recordAudit(
          orm,
          actor,
          {
            action: before ? 'update_reaction' : 'record_reaction',
            resourceType: REGISTRATION_RESOURCE,
            resourceId: registrationId,
            regionCode: registration.desaCode,
            before: null,
            after: {
              sessionId,
              answered: Object.values(answers).filter((v) => v !== null).length,
              comment: comment !== '',
            },
          },
          at,
        );
        return { registrationId, answers, comment, submittedAt: at.toISOString() };
      });
    },
  };
}
export type ReactionService = ReturnType<typeof createReactionService>;
