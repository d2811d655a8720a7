/**
 * Reading a stored result: its ranking with ties, the method's own description, and the check
 * anyone can run in the browser — the published inputs scored (and counted) again with the same
 * domain code, compared with what was published.
 */
import type { MusyawarahResult, ResultRankingEntry } from '../../../contracts/musyawarah.contract';
import { jsonDifferences } from '../../../domain/deliberation/json-diff';
import type { Proposal } from '../../../domain/deliberation/proposal';
import {
  type Criterion,
  type CriterionScore,
  recompute,
  type ScoringResult,
  scoreProposals,
} from '../../../domain/deliberation/scoring';
import {
  type CombinationRule,
  combineScoreAndVote,
  countVotes,
  type VoteRecord,
  type VoteResult,
} from '../../../domain/deliberation/voting';
import type { FieldIssue } from '../../../domain/errors';

/** What a stored result keeps as its inputs (see the contract's StoredResult). */
interface StoredInputs {
  proposals?: Proposal[];
  criteria?: unknown[];
  scores?: unknown[];
  vote?: VoteRecord | null;
}

export type RecheckPart = 'scoring' | 'vote' | 'combined';

export type RecheckOutcome =
  /** Every part with published inputs gives the published result again. */
  | { kind: 'same'; checked: RecheckPart[] }
  | { kind: 'different'; checked: RecheckPart[]; issues: FieldIssue[] }
  /** Mufakat without counts or scores: nothing to compute. */
  | { kind: 'nothing' };

const asProposals = (list: unknown): Proposal[] =>
  Array.isArray(list)
    ? list.map((p) => {
        const o = (p ?? {}) as Record<string, unknown>;
        return {
          id: String(o.id ?? ''),
          title: String(o.title ?? ''),
          kind: o.kind as Proposal['kind'],
          desaCode: (o.desaCode ?? null) as string | null,
        };
      })
    : [];

/**
 * Recomputes a published result from its own inputs: the scoring with `recompute`
 * (domain/deliberation/scoring.ts), the count with `countVotes`, and their combination by the
 * stated rule; every difference with its field path.
 */
export function recheckResult(result: Pick<MusyawarahResult, 'stored'>): RecheckOutcome {
  const stored = result.stored;
  const inputs = (stored.inputs ?? {}) as StoredInputs;
  const proposals = asProposals(inputs.proposals);
  const checked: RecheckPart[] = [];
  const issues: FieldIssue[] = [];
  try {
    const scoringInput = {
      proposals,
      criteria: (inputs.criteria ?? []) as Criterion[],
      scores: (inputs.scores ?? []) as CriterionScore[],
    };
    let freshScoring: ScoringResult | null = null;
    if (stored.scoring) {
      checked.push('scoring');
      const outcome = recompute({ inputs: scoringInput, result: stored.scoring as ScoringResult });
      if (!outcome.ok) issues.push(...outcome.issues);
      const again = scoreProposals(scoringInput);
      if (again.ok) freshScoring = again.result;
    }
    const record = inputs.vote ?? null;
    let freshVote: VoteResult | null = null;
    if (stored.vote && record && record.kind !== 'mufakat') {
      checked.push('vote');
      const counted = countVotes({ proposals, record });
      if (!counted.ok) issues.push(...counted.issues.map((i) => ({ ...i, field: `inputs.vote.${i.field}` })));
      else {
        freshVote = counted.result;
        issues.push(...jsonDifferences(stored.vote, counted.result, 'vote'));
      }
    }
    // The combination is made again from the recomputed score and count, not the published ones.
    const combined = stored.combined as { rule?: CombinationRule; ranking?: unknown } | null;
    if (combined && freshScoring && freshVote) {
      checked.push('combined');
      const again = combineScoreAndVote(freshScoring, freshVote, combined.rule ?? null);
      if (!again.ok) issues.push(...again.issues);
      else issues.push(...jsonDifferences(combined.ranking, again.ranking, 'combined.ranking'));
    }
  } catch (error) {
    issues.push({
      field: 'inputs',
      message: error instanceof Error ? error.message : String(error),
    });
  }
  if (checked.length === 0 && issues.length === 0) return { kind: 'nothing' };
  return issues.length === 0 ? { kind: 'same', checked } : { kind: 'different', checked, issues };
}

/** The sentences of the scoring method as published with the result (empty for other methods). */
export function methodDescription(result: Pick<MusyawarahResult, 'stored'>): string[] {
  const scoring = result.stored.scoring as { method?: { description?: unknown } } | null;
  const lines = scoring?.method?.description;
  return Array.isArray(lines) ? lines.filter((l): l is string => typeof l === 'string') : [];
}

/** Titles of the proposals an entry is tied with, in ranking order. */
export function tiedTitles(entry: ResultRankingEntry, ranking: readonly ResultRankingEntry[]): string[] {
  return ranking.filter((o) => entry.tiedWith.includes(o.proposalId)).map((o) => o.title);
}

/** The groups of tied proposals (each once), for the line under the table. */
export function tieGroups(ranking: readonly ResultRankingEntry[]): string[][] {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const entry of ranking) {
    if (entry.tiedWith.length === 0 || seen.has(entry.proposalId)) continue;
    const members = ranking.filter(
      (o) => o.proposalId === entry.proposalId || entry.tiedWith.includes(o.proposalId),
    );
    for (const m of members) seen.add(m.proposalId);
    groups.push(members.map((m) => m.title));
  }
  return groups;
}

/** The total shown for an entry: the six-decimal form, with the exact fraction when it differs. */
export function totalText(
  entry: Pick<ResultRankingEntry, 'total' | 'totalDecimal'>,
  decimal: (text: string) => string,
): string {
  if (entry.totalDecimal === null) return '–';
  const shown = decimal(entry.totalDecimal);
  return entry.total && entry.total !== entry.totalDecimal && entry.total.includes('/')
    ? `${shown} (${entry.total})`
    : shown;
}

/** `0.750000` in the reader's language: `0,750000` in Bahasa Indonesia. */
export function localDecimal(text: string, language: string): string {
  return language === 'en' ? text : text.replace('.', ',');
}
