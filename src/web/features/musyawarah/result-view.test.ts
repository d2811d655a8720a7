import { describe, expect, it } from 'vitest';
import type { MusyawarahResult, ResultRankingEntry } from '../../../contracts/musyawarah.contract';
import { scoreProposals } from '../../../domain/deliberation/scoring';
import { combineScoreAndVote, countVotes, type VoteRecord } from '../../../domain/deliberation/voting';
import {
  localDecimal,
  methodDescription,
  recheckResult,
  tiedTitles,
  tieGroups,
  totalText,
} from './result-view';

const proposals = [
  {
    id: 'a',
    title: 'Bawang merah',
    kind: 'program' as const,
    desaCode: null,
    requestedBudget: '100',
    status: 'diajukan',
    history: [],
  },
  {
    id: 'b',
    title: 'Telur asin',
    kind: 'program' as const,
    desaCode: null,
    requestedBudget: '200',
    status: 'dibawa',
    history: [],
  },
  {
    id: 'c',
    title: 'Batik',
    kind: 'program' as const,
    desaCode: null,
    requestedBudget: '300',
    status: 'diajukan',
    history: [],
  },
];
const criteria = [
  {
    code: 'pasar',
    label: 'Pasar',
    weight: '2',
    direction: 'higher_better' as const,
    scale: { min: 1, max: 5 },
  },
  {
    code: 'risiko',
    label: 'Risiko',
    weight: 1,
    direction: 'lower_better' as const,
    scale: { min: 1, max: 5 },
  },
];
const scores = ['a', 'b', 'c'].flatMap((p, i) =>
  ['P1', 'P2'].flatMap((s) => [
    { proposalId: p, criterionCode: 'pasar', scorerId: s, value: i === 2 ? 3 : 4 },
    { proposalId: p, criterionCode: 'risiko', scorerId: s, value: i === 2 ? 3 : 2 },
  ]),
);
const vote: VoteRecord = {
  kind: 'tally',
  votesPerAttendee: 1,
  attendeeCount: 10,
  counts: [
    { proposalId: 'a', votes: 3 },
    { proposalId: 'b', votes: 5 },
    { proposalId: 'c', votes: 2 },
  ],
};

function stored(): MusyawarahResult['stored'] {
  const input = {
    proposals: proposals.map(({ id, title, kind, desaCode }) => ({ id, title, kind, desaCode })),
    criteria,
    scores,
  };
  const scoring = scoreProposals(input);
  const counted = countVotes({ proposals: input.proposals, record: vote });
  if (!scoring.ok || !counted.ok) throw new Error('fixture');
  const combined = combineScoreAndVote(scoring.result, counted.result, 'score_then_vote');
  if (!combined.ok) throw new Error('fixture');
  // Stored and read back as JSON, as the API sends it.
  return JSON.parse(
    JSON.stringify({
      inputs: { proposals, criteria, scores, vote, attended: 10 },
      scoring: scoring.result,
      vote: counted.result,
      combined: { rule: combined.rule, ranking: combined.ranking },
      funding: null,
      chosenProposalIds: ['b'],
    }),
  );
}

describe('recheckResult', () => {
  it('finds the same result when the published inputs are scored and counted again', () => {
    expect(recheckResult({ stored: stored() })).toEqual({
      kind: 'same',
      checked: ['scoring', 'vote', 'combined'],
    });
  });

  it('lists the differences when a published total was changed', () => {
    const s = stored();
    (s.scoring as { ranking: { totalDecimal: string }[] }).ranking[0]!.totalDecimal = '0.999999';
    const outcome = recheckResult({ stored: s });
    expect(outcome.kind).toBe('different');
    expect(outcome.kind === 'different' && outcome.issues.map((i) => i.field)).toEqual([
      'result.ranking[0].totalDecimal',
    ]);
  });

  it('notices an input that no longer gives the published ranking', () => {
    const s = stored();
    (s.inputs as { scores: { value: number }[] }).scores[0]!.value = 1;
    const outcome = recheckResult({ stored: s });
    expect(outcome.kind).toBe('different');
  });

  it('catches a changed vote count and a changed combined ranking', () => {
    const s = stored();
    (s.inputs as { vote: { counts: { votes: number }[] } }).vote.counts[1]!.votes = 1;
    const outcome = recheckResult({ stored: s });
    expect(outcome.kind === 'different' && outcome.issues.some((i) => i.field.startsWith('vote.'))).toBe(
      true,
    );
  });

  it('has nothing to compute for a mufakat', () => {
    expect(
      recheckResult({
        stored: {
          inputs: { proposals, vote: { kind: 'mufakat', chosenProposalIds: ['a'] } },
          scoring: null,
          vote: { kind: 'mufakat', chosenProposalIds: ['a'], note: null },
          combined: null,
          funding: null,
          chosenProposalIds: ['a'],
        },
      }),
    ).toEqual({ kind: 'nothing' });
  });

  it('reports inputs it cannot read instead of throwing', () => {
    const outcome = recheckResult({
      stored: {
        inputs: null,
        scoring: { method: { id: 'lain' } },
        vote: null,
        combined: null,
        funding: null,
        chosenProposalIds: [],
      },
    });
    expect(outcome.kind).toBe('different');
  });
});

describe('reading a result', () => {
  const entry = (id: string, title: string, tiedWith: string[] = []): ResultRankingEntry => ({
    rank: 1,
    proposalId: id,
    title,
    desaCode: null,
    total: '3/4',
    totalDecimal: '0.750000',
    votes: null,
    tiedWith,
    outcome: 'terpilih',
    amount: null,
    carriedOver: false,
  });

  it('names ties once per group, and each entry its partners', () => {
    const ranking = [entry('a', 'A', ['b']), entry('b', 'B', ['a']), entry('c', 'C')];
    expect(tieGroups(ranking)).toEqual([['A', 'B']]);
    expect(tiedTitles(ranking[1]!, ranking)).toEqual(['A']);
  });

  it('shows the total in the reader’s decimals, with the exact fraction', () => {
    expect(totalText(entry('a', 'A'), (t) => localDecimal(t, 'id'))).toBe('0,750000 (3/4)');
    expect(totalText({ total: '1', totalDecimal: '1.000000' }, (t) => localDecimal(t, 'en'))).toBe(
      '1.000000',
    );
    expect(totalText({ total: null, totalDecimal: null }, (t) => t)).toBe('–');
  });

  it('reads the method sentences published with a scoring result', () => {
    expect(methodDescription({ stored: stored() }).length).toBeGreaterThan(3);
    expect(methodDescription({ stored: { ...stored(), scoring: null } })).toEqual([]);
  });
});
