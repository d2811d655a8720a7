/**
 * The paper questionnaire as the form holds it: one answer 1–5 (or none) per question and a
 * comment, checked with the domain's rule for a response and sent as the request body.
 */
import type { ReactionBody, TrainingReactionSummary } from '../../../contracts/training-participant.contract';
import { type ReactionCategory, responseIssues } from '../../../domain/training/reaction';
import { type SortedIssues, sortIssues } from './pelatihan-forms';

export interface ReactionValues {
  registrationId: string;
  answers: Record<string, number | null>;
  comment: string;
}

export function newReactionValues(summary: TrainingReactionSummary, registrationId = ''): ReactionValues {
  return {
    registrationId,
    answers: Object.fromEntries(summary.questions.map((q) => [q.id, null])),
    comment: '',
  };
}

export function reactionBody(values: ReactionValues): ReactionBody {
  return { answers: { ...values.answers }, comment: values.comment.trim() };
}

/** `answers.<id>` stays on its question; `answers` (none answered) and the comment on theirs. */
export function reactionFieldOf(path: string): string | null {
  if (path === 'answers' || path === 'comment' || path === 'registrationId') return path;
  return path.startsWith('answers.') ? path : null;
}

export function reactionFormIssues(
  values: ReactionValues,
  summary: TrainingReactionSummary,
  required: string,
): SortedIssues {
  const questions = summary.questions.map((q) => ({
    id: q.id,
    category: q.category as ReactionCategory,
    text: q.text,
  }));
  const issues = [
    ...(values.registrationId === '' ? [{ field: 'registrationId', message: required }] : []),
    ...responseIssues(reactionBody(values), questions),
  ];
  return sortIssues(issues, reactionFieldOf);
}
