import { describe, expect, it } from 'vitest';
import type { Proposal } from './proposal.ts';
import { type Criterion, type ScoringResult, scoreProposals } from './scoring.ts';
import { seeded, shuffled } from './testing.ts';
import {
  combineScoreAndVote,
  countVotes,
  type VoteInput,
  type VoteRecord,
  type VoteResult,
  voteIssues,
} from './voting.ts';

const product = (id: string): Proposal => ({
  id,
  title: `Produk ${id}`,
  kind: 'produk_unggulan_kawasan',
  desaCode: null,
});
const PROPOSALS = ['KOPI', 'MADU', 'JAGUNG'].map(product);
const ATTENDEES = ['a1', 'a2', 'a3', 'a4', 'a5'];

function counted(record: VoteRecord, proposals = PROPOSALS): Extract<VoteResult, { kind: 'count' }> {
  const outcome = countVotes({ proposals, record });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  if (outcome.result.kind !== 'count') throw new Error('not a count');
  return outcome.result;
}

describe('countVotes', () => {
  it('one attendee one vote, with abstentions', () => {
    const r = counted({
      kind: 'ballots',
      votesPerAttendee: 1,
      attendeeIds: ATTENDEES,
      ballots: [
        { attendeeId: 'a1', proposalIds: ['MADU'] },
        { attendeeId: 'a2', proposalIds: ['KOPI'] },
        { attendeeId: 'a3', proposalIds: ['MADU'] },
        { attendeeId: 'a4', proposalIds: [] },
      ],
    });
    expect(r.ranking.map((v) => [v.rank, v.proposalId, v.votes, v.aheadOfNextBy])).toEqual([
      [1, 'MADU', 2, 'votes'],
      [2, 'KOPI', 1, 'votes'],
      [3, 'JAGUNG', 0, null],
    ]);
    expect(r).toMatchObject({ source: 'ballots', attendeeCount: 5, ballotsCast: 4, votesCast: 3, ties: [] });
  });

  it('up to N votes each, ties reported and listed by id', () => {
    const r = counted({
      kind: 'ballots',
      votesPerAttendee: 2,
      attendeeIds: ATTENDEES,
      ballots: [
        { attendeeId: 'a1', proposalIds: ['MADU', 'KOPI'] },
        { attendeeId: 'a2', proposalIds: ['KOPI', 'MADU'] },
        { attendeeId: 'a3', proposalIds: ['JAGUNG'] },
      ],
    });
    expect(r.ranking.map((v) => [v.proposalId, v.votes, v.tiedWith, v.aheadOfNextBy])).toEqual([
      ['KOPI', 2, ['MADU'], 'proposal_id'],
      ['MADU', 2, ['KOPI'], 'votes'],
      ['JAGUNG', 1, [], null],
    ]);
    expect(r.ties).toEqual([{ proposalIds: ['KOPI', 'MADU'], votes: 2 }]);
  });

  it('a hand count entered after the meeting', () => {
    const r = counted({
      kind: 'tally',
      votesPerAttendee: 1,
      attendeeCount: 40,
      counts: [
        { proposalId: 'JAGUNG', votes: 12 },
        { proposalId: 'KOPI', votes: 21 },
      ],
    });
    expect(r.ranking.map((v) => [v.proposalId, v.votes])).toEqual([
      ['KOPI', 21],
      ['JAGUNG', 12],
      ['MADU', 0],
    ]);
    expect(r).toMatchObject({ source: 'tally', attendeeCount: 40, ballotsCast: null, votesCast: 33 });
  });

  it('mufakat is recorded as a decision without counts', () => {
    expect(
      countVotes({
        proposals: PROPOSALS,
        record: { kind: 'mufakat', chosenProposalIds: ['KOPI'], note: 'Disepakati bulat' },
      }),
    ).toEqual({
      ok: true,
      result: { kind: 'mufakat', chosenProposalIds: ['KOPI'], note: 'Disepakati bulat' },
    });
  });

  it.each([1, 2, 3, 4, 5])('seed %i: the order of ballots does not change the count', (seed) => {
    const random = seeded(seed);
    const ballots = ATTENDEES.map((attendeeId) => ({
      attendeeId,
      proposalIds: shuffled(
        random,
        PROPOSALS.map((p) => p.id),
      ).slice(0, Math.floor(random() * 3)),
    }));
    const record = (b: typeof ballots): VoteRecord => ({
      kind: 'ballots',
      votesPerAttendee: 2,
      attendeeIds: ATTENDEES,
      ballots: b,
    });
    const base = counted(record(ballots));
    expect(counted(record(shuffled(random, ballots)), shuffled(random, PROPOSALS))).toEqual(base);
  });
});

const ballots = (b: { attendeeId: string; proposalIds: string[] }[], votesPerAttendee = 1): VoteRecord => ({
  kind: 'ballots',
  votesPerAttendee,
  attendeeIds: ATTENDEES,
  ballots: b,
});
const tally = (
  attendeeCount: number,
  counts: { proposalId: string; votes: number }[],
  votesPerAttendee = 1,
): VoteRecord => ({
  kind: 'tally',
  votesPerAttendee,
  attendeeCount,
  counts,
});

const VALIDATION: [string, VoteInput, string, string][] = [
  ['no proposals', { proposals: [], record: ballots([]) }, 'proposals', 'Belum ada usulan'],
  [
    'votes per attendee zero',
    { proposals: PROPOSALS, record: ballots([], 0) },
    'record.votesPerAttendee',
    'bilangan bulat positif',
  ],
  [
    'votes per attendee fractional',
    { proposals: PROPOSALS, record: tally(3, [], 1.5) },
    'record.votesPerAttendee',
    'bilangan bulat positif',
  ],
  [
    'nobody attended',
    { proposals: PROPOSALS, record: { ...ballots([]), attendeeIds: [] } as VoteRecord },
    'record.attendeeIds',
    'masih kosong',
  ],
  [
    'attendee listed twice',
    { proposals: PROPOSALS, record: { ...ballots([]), attendeeIds: ['a1', 'a1'] } as VoteRecord },
    'record.attendeeIds[1]',
    'a1 tercatat hadir lebih dari sekali',
  ],
  [
    'ballot of someone absent',
    { proposals: PROPOSALS, record: ballots([{ attendeeId: 'x9', proposalIds: ['KOPI'] }]) },
    'record.ballots[0].attendeeId',
    'x9 tidak tercatat hadir',
  ],
  [
    'two ballots of one attendee',
    {
      proposals: PROPOSALS,
      record: ballots([
        { attendeeId: 'a1', proposalIds: ['KOPI'] },
        { attendeeId: 'a1', proposalIds: ['MADU'] },
      ]),
    },
    'record.ballots[1].attendeeId',
    'satu peserta satu lembar suara',
  ],
  [
    'too many choices',
    { proposals: PROPOSALS, record: ballots([{ attendeeId: 'a1', proposalIds: ['KOPI', 'MADU'] }]) },
    'record.ballots[0].proposalIds',
    'memilih 2 usulan; paling banyak 1',
  ],
  [
    'same proposal twice on a ballot',
    { proposals: PROPOSALS, record: ballots([{ attendeeId: 'a1', proposalIds: ['KOPI', 'KOPI'] }], 2) },
    'record.ballots[0].proposalIds[1]',
    'dipilih dua kali',
  ],
  [
    'unknown proposal on a ballot',
    { proposals: PROPOSALS, record: ballots([{ attendeeId: 'a1', proposalIds: ['SAWIT'] }]) },
    'record.ballots[0].proposalIds[0]',
    'SAWIT tidak ada',
  ],
  [
    'tally without attendees',
    { proposals: PROPOSALS, record: tally(0, []) },
    'record.attendeeCount',
    'bilangan bulat positif',
  ],
  [
    'tally for an unknown proposal',
    { proposals: PROPOSALS, record: tally(9, [{ proposalId: 'SAWIT', votes: 1 }]) },
    'record.counts[0].proposalId',
    'SAWIT tidak ada',
  ],
  [
    'tally counted twice',
    {
      proposals: PROPOSALS,
      record: tally(9, [
        { proposalId: 'KOPI', votes: 1 },
        { proposalId: 'KOPI', votes: 2 },
      ]),
    },
    'record.counts[1].proposalId',
    'tercatat lebih dari sekali',
  ],
  [
    'negative votes',
    { proposals: PROPOSALS, record: tally(9, [{ proposalId: 'KOPI', votes: -1 }]) },
    'record.counts[0].votes',
    'nol atau lebih',
  ],
  [
    'more votes than attendees',
    { proposals: PROPOSALS, record: tally(9, [{ proposalId: 'KOPI', votes: 10 }]) },
    'record.counts[0].votes',
    'lebih dari 9 peserta',
  ],
  [
    'more votes in all than allowed',
    {
      proposals: PROPOSALS,
      record: tally(9, [
        { proposalId: 'KOPI', votes: 6 },
        { proposalId: 'MADU', votes: 5 },
      ]),
    },
    'record.counts',
    'Jumlah suara 11 melebihi 9 (9 peserta × 1 suara)',
  ],
  [
    'mufakat without a choice',
    { proposals: PROPOSALS, record: { kind: 'mufakat', chosenProposalIds: [] } },
    'record.chosenProposalIds',
    'harus menyebut usulan',
  ],
  [
    'mufakat on an unknown proposal',
    { proposals: PROPOSALS, record: { kind: 'mufakat', chosenProposalIds: ['SAWIT'] } },
    'record.chosenProposalIds[0]',
    'SAWIT tidak ada',
  ],
  [
    'mufakat naming one twice',
    { proposals: PROPOSALS, record: { kind: 'mufakat', chosenProposalIds: ['KOPI', 'KOPI'] } },
    'record.chosenProposalIds[1]',
    'lebih dari sekali',
  ],
  [
    'unknown kind',
    { proposals: PROPOSALS, record: { kind: 'undian' } as unknown as VoteRecord },
    'record.kind',
    'ballots, tally atau mufakat',
  ],
];

describe('voteIssues: every rule', () => {
  it.each(VALIDATION)('%s', (_, input, field, message) => {
    const outcome = countVotes(input);
    expect(outcome.ok).toBe(false);
    expect(voteIssues(input)).toContainEqual({ field, message: expect.stringContaining(message) });
  });
});

describe('combineScoreAndVote', () => {
  const criteria: Criterion[] = [
    { code: 'pasar', label: 'Pasar', weight: 2, direction: 'higher_better', scale: { min: 1, max: 5 } },
    { code: 'risiko', label: 'Risiko', weight: 1, direction: 'lower_better', scale: { min: 1, max: 5 } },
  ];
  const values: Record<string, [number, number]> = { KOPI: [5, 3], MADU: [5, 3], JAGUNG: [4, 1] };
  const outcome = scoreProposals({
    proposals: PROPOSALS,
    criteria,
    scores: Object.entries(values).flatMap(([proposalId, [pasar, risiko]]) => [
      { proposalId, criterionCode: 'pasar', scorerId: 's1', value: pasar },
      { proposalId, criterionCode: 'risiko', scorerId: 's1', value: risiko },
    ]),
  });
  if (!outcome.ok) throw new Error('invalid example');
  const score: ScoringResult = outcome.result;
  // KOPI and MADU: (2·1 + 1/2)/3 = 5/6; JAGUNG: (2·3/4 + 1)/3 = 5/6 too: a three-way tie on score.
  const vote = counted(
    tally(10, [
      { proposalId: 'MADU', votes: 6 },
      { proposalId: 'JAGUNG', votes: 3 },
      { proposalId: 'KOPI', votes: 1 },
    ]),
  );

  it('the example is a three-way tie on score', () => {
    expect(score.ties).toEqual([
      { proposalIds: ['KOPI', 'MADU', 'JAGUNG'], total: '5/6', totalDecimal: '0.833333' },
    ]);
  });

  it('score decides, vote breaks its ties', () => {
    const r = combineScoreAndVote(score, vote, 'score_then_vote');
    expect(r.ok && r.ranking.map((e) => [e.proposalId, e.votes, e.aheadOfNextBy, e.tiedWith])).toEqual([
      ['MADU', 6, 'votes', []],
      ['JAGUNG', 3, 'votes', []],
      ['KOPI', 1, null, []],
    ]);
  });

  it('vote decides, score breaks its ties; left-over ties fall to the published scoring rules', () => {
    const even = counted(
      tally(10, [
        { proposalId: 'MADU', votes: 4 },
        { proposalId: 'KOPI', votes: 4 },
        { proposalId: 'JAGUNG', votes: 2 },
      ]),
    );
    const r = combineScoreAndVote(score, even, 'vote_then_score');
    expect(r.ok && r.ranking.map((e) => [e.proposalId, e.votes, e.aheadOfNextBy, e.tiedWith])).toEqual([
      ['KOPI', 4, 'proposal_id', ['MADU']],
      ['MADU', 4, 'votes', ['KOPI']],
      ['JAGUNG', 2, null, []],
    ]);
  });

  it('refuses without a stated rule, for mufakat, or for different proposals', () => {
    expect(combineScoreAndVote(score, vote, null)).toMatchObject({ ok: false, issues: [{ field: 'rule' }] });
    expect(combineScoreAndVote(score, vote, 'suara_saja' as never)).toMatchObject({
      ok: false,
      issues: [{ field: 'rule' }],
    });
    expect(
      combineScoreAndVote(
        score,
        { kind: 'mufakat', chosenProposalIds: ['KOPI'], note: null },
        'score_then_vote',
      ),
    ).toMatchObject({
      ok: false,
      issues: [{ field: 'vote' }],
    });
    const other = counted(tally(5, [{ proposalId: 'SAWIT', votes: 2 }]), [product('KOPI'), product('SAWIT')]);
    expect(combineScoreAndVote(score, other, 'score_then_vote')).toEqual({
      ok: false,
      issues: [
        { field: 'vote', message: 'Usulan JAGUNG dinilai tetapi tidak ikut pemungutan suara.' },
        { field: 'vote', message: 'Usulan MADU dinilai tetapi tidak ikut pemungutan suara.' },
        { field: 'score', message: 'Usulan SAWIT ikut pemungutan suara tetapi tidak dinilai.' },
      ],
    });
  });
});
