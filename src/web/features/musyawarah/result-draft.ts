/**
 * The form of a choice made in a musyawarah, as typed: the proposals weighed, the method, the
 * agreed criteria, the score grid (one row per scorer, a cell per proposal × criterion), the hand
 * count or the mufakat, and the optional funding; and all of it as the request body. The grid is
 * also scored in the browser with the same domain code the server uses, for a preview.
 */
import type { ResultBody, ResultMethod } from '../../../contracts/musyawarah.contract';
import type { FundingRule } from '../../../domain/deliberation/carry-over';
import { RESULT_METHODS } from '../../../domain/deliberation/outcome';
import type { Proposal, ProposalKind } from '../../../domain/deliberation/proposal';
import {
  type Criterion,
  type CriterionDirection,
  type CriterionScore,
  type ScoringOutcome,
  scoreProposals,
} from '../../../domain/deliberation/scoring';
import type { VoteRecord } from '../../../domain/deliberation/voting';
import { parseRupiah } from './musyawarah-forms';

export { RESULT_METHODS, type ResultMethod };

export const usesScores = (method: ResultMethod) => method !== 'suara' && method !== 'mufakat';
export const usesTally = (method: ResultMethod) => method !== 'skor' && method !== 'mufakat';

export interface CriterionRow {
  key: string;
  code: string;
  label: string;
  weight: string;
  direction: CriterionDirection;
  min: string;
  max: string;
}

export interface ScorerRow {
  key: string;
  scorerId: string;
  /** By `cellKey(proposalId, criterion row key)`. */
  values: Record<string, string>;
}

export interface ResultDraft {
  title: string;
  subject: ProposalKind;
  cycleYear: string;
  proposalIds: string[];
  method: ResultMethod;
  criteria: CriterionRow[];
  scorers: ScorerRow[];
  /** Hand count: votes per proposal id (the attendee count is the meeting's). */
  votesPerAttendee: string;
  counts: Record<string, string>;
  /** How many of the top-ranked are chosen; empty: the server's default. */
  chosenCount: string;
  /** Mufakat: the chosen proposals. */
  chosen: string[];
  note: string;
  funding: boolean;
  availableBudget: string;
  rule: FundingRule;
}

let key = 0;
const nextKey = (prefix: string) => {
  key += 1;
  return `${prefix}-${key}`;
};

export const cellKey = (proposalId: string, criterionKey: string) => `${proposalId}|${criterionKey}`;

export function emptyCriterion(): CriterionRow {
  return {
    key: nextKey('c'),
    code: '',
    label: '',
    weight: '1',
    direction: 'higher_better',
    min: '1',
    max: '5',
  };
}

export function emptyScorer(index: number): ScorerRow {
  return { key: nextKey('s'), scorerId: `penilai-${index}`, values: {} };
}

export function emptyResultDraft(subject: ProposalKind, cycleYear: number): ResultDraft {
  return {
    title: '',
    subject,
    cycleYear: String(cycleYear),
    proposalIds: [],
    method: 'skor',
    criteria: [emptyCriterion()],
    scorers: [emptyScorer(1)],
    votesPerAttendee: '1',
    counts: {},
    chosenCount: '',
    chosen: [],
    note: '',
    funding: false,
    availableBudget: '',
    rule: 'stop_at_first_unfit',
  };
}

/** A decimal as typed, `3,5` or `3.5`, as the API's decimal text. */
export function decimalText(text: string): string {
  return text.trim().replace(',', '.');
}

const wholeNumber = (text: string): number | null => {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
};

/** The agreed criteria as sent (rows left wholly empty dropped). */
export function criteriaOf(draft: ResultDraft): Criterion[] {
  return draft.criteria
    .filter((c) => c.code.trim() !== '' || c.label.trim() !== '')
    .map((c) => ({
      code: c.code.trim(),
      label: c.label.trim(),
      weight: decimalText(c.weight),
      direction: c.direction,
      scale: { min: decimalText(c.min), max: decimalText(c.max) },
    }));
}

/** Every filled cell of the grid, for the chosen proposals and the criteria with a code. */
export function scoresOf(draft: ResultDraft): CriterionScore[] {
  const out: CriterionScore[] = [];
  for (const scorer of draft.scorers) {
    const scorerId = scorer.scorerId.trim();
    for (const proposalId of draft.proposalIds) {
      for (const c of draft.criteria) {
        const value = scorer.values[cellKey(proposalId, c.key)]?.trim() ?? '';
        if (value === '' || c.code.trim() === '') continue;
        out.push({ proposalId, criterionCode: c.code.trim(), scorerId, value: decimalText(value) });
      }
    }
  }
  return out;
}

/** The hand count, or the mufakat, as the domain's vote record. */
export function voteOf(draft: ResultDraft, attended: number): VoteRecord | undefined {
  if (draft.method === 'mufakat') {
    const note = draft.note.trim();
    return {
      kind: 'mufakat',
      chosenProposalIds: draft.proposalIds.filter((id) => draft.chosen.includes(id)),
      ...(note ? { note } : {}),
    };
  }
  if (!usesTally(draft.method)) return undefined;
  return {
    kind: 'tally',
    votesPerAttendee: wholeNumber(draft.votesPerAttendee) ?? Number.NaN,
    attendeeCount: attended,
    counts: draft.proposalIds.map((proposalId) => ({
      proposalId,
      votes: wholeNumber(draft.counts[proposalId]?.trim() || '0') ?? Number.NaN,
    })),
  };
}

export type ResultProblem =
  | 'titleRequired'
  | 'yearInvalid'
  | 'noProposals'
  | 'noCriteria'
  | 'scorerRequired'
  | 'scorerTwice'
  | 'countInvalid'
  | 'noneAttended'
  | 'noneChosen'
  | 'budgetInvalid';

/** What the form still lacks before it is sent; the server checks the rest with the domain rules. */
export function resultProblems(draft: ResultDraft, attended: number): Partial<Record<string, ResultProblem>> {
  const out: Partial<Record<string, ResultProblem>> = {};
  if (draft.title.trim().length < 3) out.title = 'titleRequired';
  const year = wholeNumber(draft.cycleYear);
  if (year === null || year < 1900 || year > 2999) out.cycleYear = 'yearInvalid';
  if (draft.proposalIds.length === 0) out.proposalIds = 'noProposals';
  if (usesScores(draft.method)) {
    if (criteriaOf(draft).length === 0) out.criteria = 'noCriteria';
    const seen = new Set<string>();
    for (const s of draft.scorers) {
      const id = s.scorerId.trim();
      if (id === '') out[`scorer.${s.key}`] = 'scorerRequired';
      else if (seen.has(id)) out[`scorer.${s.key}`] = 'scorerTwice';
      seen.add(id);
    }
  }
  if (usesTally(draft.method)) {
    const vote = voteOf(draft, attended);
    if (vote?.kind === 'tally') {
      if (!Number.isSafeInteger(vote.votesPerAttendee) || vote.votesPerAttendee < 1)
        out.votesPerAttendee = 'countInvalid';
      if (attended < 1) out.attendeeCount = 'noneAttended';
      for (const c of vote.counts)
        if (!Number.isSafeInteger(c.votes)) out[`count.${c.proposalId}`] = 'countInvalid';
    }
  }
  if (draft.method === 'mufakat' && !draft.proposalIds.some((id) => draft.chosen.includes(id)))
    out.chosen = 'noneChosen';
  if (draft.chosenCount.trim() !== '') {
    const n = wholeNumber(draft.chosenCount);
    if (n === null || n < 1) out.chosenCount = 'countInvalid';
  }
  if (draft.funding) {
    const budget = parseRupiah(draft.availableBudget);
    if (!budget.ok || budget.value === null) out.availableBudget = 'budgetInvalid';
  }
  return out;
}

/** The request body (check `resultProblems` first). */
export function resultBody(draft: ResultDraft, attended: number): ResultBody {
  const body: ResultBody = {
    title: draft.title.trim(),
    subject: draft.subject,
    cycleYear: Number(draft.cycleYear.trim()),
    proposalIds: [...draft.proposalIds],
    method: draft.method,
  };
  if (usesScores(draft.method)) {
    body.criteria = criteriaOf(draft);
    body.scores = scoresOf(draft);
  }
  const vote = voteOf(draft, attended);
  if (vote) body.vote = vote;
  const chosenCount = wholeNumber(draft.chosenCount);
  if (chosenCount !== null && chosenCount > 0 && draft.method !== 'mufakat') body.chosenCount = chosenCount;
  if (draft.funding) {
    const budget = parseRupiah(draft.availableBudget);
    if (budget.ok && budget.value !== null)
      body.funding = { availableBudget: budget.value, rule: draft.rule };
  }
  return body;
}

/**
 * The ranking the grid gives, scored in the browser by the published method: shown while typing,
 * the server stores its own. Null until the proposals, criteria and a score are there.
 */
export function scorePreview(draft: ResultDraft, proposals: readonly Proposal[]): ScoringOutcome | null {
  if (!usesScores(draft.method)) return null;
  const chosen = proposals.filter((p) => draft.proposalIds.includes(p.id));
  const scores = scoresOf(draft);
  if (chosen.length === 0 || scores.length === 0) return null;
  return scoreProposals({ proposals: chosen, criteria: criteriaOf(draft), scores });
}

/** A criterion code from its label: `Potensi pasar` → `potensi_pasar`. */
export function codeFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}
