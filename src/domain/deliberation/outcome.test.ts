import { describe, expect, it } from 'vitest';
import {
  type ComputedResult,
  computeResult,
  publicInputs,
  type ResultProposal,
  type ResultRequest,
  rankedProposalIds,
  resultOutcomes,
  voteAttendanceIssues,
} from './outcome.ts';
import { type Criterion, type CriterionScore, recompute, type ScoringInput } from './scoring.ts';

const proposal = (id: string, title: string, budget: string | null, extra: Partial<ResultProposal> = {}) =>
  ({
    id,
    title,
    kind: 'program',
    desaCode: null,
    requestedBudget: budget,
    status: 'diajukan',
    history: [],
    ...extra,
  }) satisfies ResultProposal;

const A = proposal('a', 'Jalan usaha tani', '300');
const B = proposal('b', 'Embung desa', '500');
const C = proposal('c', 'Pelatihan olahan gula kelapa', '200');

const criteria: Criterion[] = [
  { code: 'manfaat', label: 'Manfaat', weight: 3, direction: 'higher_better', scale: { min: 1, max: 5 } },
  { code: 'biaya', label: 'Biaya', weight: 1, direction: 'lower_better', scale: { min: 1, max: 5 } },
];
/** Totals: b (5, 2) > a (4, 2) > c (2, 1). */
const scores: CriterionScore[] = [
  ['a', 4, 2],
  ['b', 5, 2],
  ['c', 2, 1],
].flatMap(([p, m, c]) => [
  { proposalId: p as string, criterionCode: 'manfaat', scorerId: 'P1', value: m as number },
  { proposalId: p as string, criterionCode: 'biaya', scorerId: 'P1', value: c as number },
]);

const attended = ['p1', 'p2', 'p3', 'p4', 'p5'];
const base: ResultRequest = {
  subject: 'program',
  cycleYear: 2026,
  method: 'skor',
  proposals: [A, B, C],
  criteria,
  scores,
  attendedIds: attended,
};

function ok(request: ResultRequest): ComputedResult {
  const outcome = computeResult(request);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}

describe('computing a result', () => {
  it('ranks by scoring, chooses the first by default and stores the inputs', () => {
    const r = ok(base);
    expect(rankedProposalIds(r)).toEqual(['b', 'a', 'c']);
    expect(r.chosenProposalIds).toEqual(['b']);
    expect(r.inputs).toMatchObject({
      method: 'skor',
      cycleYear: 2026,
      attended: 5,
      vote: null,
      funding: null,
    });
    expect(r.inputs.scores).toHaveLength(6);
    expect(r.voteMajority).toBeNull();
    // A vote the method does not use is not stored as an input.
    const unused = ok({ ...base, vote: { kind: 'mufakat', chosenProposalIds: ['a'] } });
    expect(unused.inputs.vote).toBeNull();
    expect(unused.chosenProposalIds).toEqual(['b']);
    // Reproducible whatever order the scores were entered in.
    expect(ok({ ...base, scores: [...scores].reverse() }).scoring).toEqual(r.scoring);
  });

  it('refuses proposals of another kind or already decided, naming them', () => {
    const outcome = computeResult({
      ...base,
      proposals: [
        A,
        proposal('x', 'Kopi robusta', null, { kind: 'produk_unggulan_kawasan' }),
        { ...C, status: 'didanai' },
      ],
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => i.field)).toEqual(['proposalIds[1]', 'proposalIds[2]']);
    expect(outcome.issues[1]!.message).toMatch(/sudah diputuskan/);
  });

  it('asks for what the method needs', () => {
    const skor = computeResult({ ...base, criteria: [], scores: [] });
    expect(skor.ok ? [] : skor.issues.map((i) => i.field)).toEqual(['criteria', 'scores']);
    const suara = computeResult({ ...base, method: 'suara' });
    expect(suara.ok ? [] : suara.issues.map((i) => i.field)).toEqual(['vote']);
    const mufakat = computeResult({
      ...base,
      method: 'mufakat',
      vote: { kind: 'tally', votesPerAttendee: 1, attendeeCount: 5, counts: [] },
    });
    expect(mufakat.ok ? [] : mufakat.issues.map((i) => i.field)).toEqual(['vote']);
  });

  it('checks a hand count against the attendance list and ballots against who attended', () => {
    const tally = computeResult({
      ...base,
      method: 'suara',
      vote: { kind: 'tally', votesPerAttendee: 1, attendeeCount: 6, counts: [{ proposalId: 'a', votes: 4 }] },
    });
    expect(tally.ok ? null : tally.issues[0]).toMatchObject({ field: 'vote.attendeeCount' });
    expect(tally.ok ? '' : tally.issues[0]!.message).toMatch(/6 peserta hadir.*mencatat 5/);
    expect(
      voteAttendanceIssues(
        { kind: 'ballots', votesPerAttendee: 1, attendeeIds: ['p1', 'zz'], ballots: [] },
        attended,
      ),
    ).toEqual([{ field: 'vote.attendeeIds[1]', message: expect.stringMatching(/zz tidak tercatat hadir/) }]);
    const ballots = computeResult({
      ...base,
      method: 'suara',
      vote: {
        kind: 'ballots',
        votesPerAttendee: 1,
        attendeeIds: ['p1', 'p2', 'p3'],
        ballots: [
          { attendeeId: 'p1', proposalIds: ['c'] },
          { attendeeId: 'p2', proposalIds: ['c'] },
          { attendeeId: 'p3', proposalIds: ['q'] },
        ],
      },
    });
    expect(ballots.ok ? null : ballots.issues[0]!.field).toBe('vote.ballots[2].proposalIds[0]');
  });

  it('counts votes, adds the ½ + 1 check and refuses a tie at the cut', () => {
    const r = ok({
      ...base,
      method: 'suara',
      vote: {
        kind: 'tally',
        votesPerAttendee: 1,
        attendeeCount: 5,
        counts: [
          { proposalId: 'a', votes: 1 },
          { proposalId: 'c', votes: 3 },
          { proposalId: 'b', votes: 1 },
        ],
      },
    });
    expect(r.chosenProposalIds).toEqual(['c']);
    expect(r.voteMajority).toMatchObject({ code: 'keputusan_suara_terbanyak', passed: true });
    const tie = computeResult({
      ...base,
      method: 'suara',
      vote: {
        kind: 'tally',
        votesPerAttendee: 1,
        attendeeCount: 5,
        counts: [
          { proposalId: 'a', votes: 2 },
          { proposalId: 'b', votes: 2 },
          { proposalId: 'c', votes: 1 },
        ],
      },
    });
    expect(tie.ok ? '' : tie.issues[0]!.message).toMatch(/a, b sama-sama mendapat 2 suara/);
  });

  it('combines score and vote by the rule of the method', () => {
    const vote = {
      kind: 'tally' as const,
      votesPerAttendee: 1,
      attendeeCount: 5,
      counts: [
        { proposalId: 'a', votes: 1 },
        { proposalId: 'b', votes: 0 },
        { proposalId: 'c', votes: 4 },
      ],
    };
    expect(rankedProposalIds(ok({ ...base, method: 'skor_lalu_suara', vote }))).toEqual(['b', 'a', 'c']);
    const byVote = ok({ ...base, method: 'suara_lalu_skor', vote });
    expect(rankedProposalIds(byVote)).toEqual(['c', 'a', 'b']);
    expect(byVote.combined?.rule).toBe('vote_then_score');
    expect(byVote.voteMajority?.passed).toBe(true);
  });

  it('records a mufakat: the chosen in their order, the rest unranked', () => {
    const r = ok({ ...base, method: 'mufakat', vote: { kind: 'mufakat', chosenProposalIds: ['c', 'a'] } });
    expect(r.chosenProposalIds).toEqual(['c', 'a']);
    expect(resultOutcomes(r, 'm1').map((d) => [d.proposalId, d.outcome, d.rank])).toEqual([
      ['c', 'terpilih', 1],
      ['a', 'terpilih', 2],
      ['b', 'tidak_terpilih', null],
    ]);
  });
});

describe('what a result decides', () => {
  it('funds in rank order, carries the rest over with a history line, and leaves the cut-off not chosen', () => {
    const r = ok({ ...base, chosenCount: 2, funding: { availableBudget: '600', rule: 'skip_and_continue' } });
    expect(r.funding).toMatchObject({ availableBudget: '600', fundedTotal: '500', remainingBudget: '100' });
    expect(r.chosenProposalIds).toEqual(['b']);
    const decisions = resultOutcomes(r, 'm1');
    expect(decisions.map((d) => [d.proposalId, d.outcome, d.rank, d.amount])).toEqual([
      ['b', 'didanai', 1, '500'],
      ['a', 'dibawa', 2, null],
      ['c', 'tidak_terpilih', 3, null],
    ]);
    expect(decisions[1]!.history).toEqual([
      {
        cycleYear: 2026,
        rank: 2,
        requestedBudget: '300',
        reason: 'exceeds_remaining_budget',
        musyawarahId: 'm1',
      },
    ]);
  });

  it('keeps the earlier history of a carried proposal and adds this cycle', () => {
    const earlier = {
      cycleYear: 2025,
      rank: 2,
      requestedBudget: '300',
      reason: 'exceeds_remaining_budget',
      musyawarahId: 'm0',
    };
    const carried = { ...A, status: 'dibawa' as const, history: [earlier] };
    const r = ok({
      ...base,
      proposals: [carried, B, C],
      funding: { availableBudget: '400', rule: 'stop_at_first_unfit' },
    });
    const decisions = resultOutcomes(r, 'm2');
    expect(decisions.map((d) => [d.proposalId, d.outcome])).toEqual([
      ['b', 'dibawa'],
      ['a', 'dibawa'],
      ['c', 'dibawa'],
    ]);
    const a = decisions.find((d) => d.proposalId === 'a')!;
    expect(a.carriedOver).toBe(true);
    expect(a.history).toEqual([
      earlier,
      { cycleYear: 2026, rank: 2, requestedBudget: '300', reason: 'stopped_after_unfit', musyawarahId: 'm2' },
    ]);
  });

  it('funds a carried proposal that fits and keeps its history', () => {
    const earlier = {
      cycleYear: 2025,
      rank: 1,
      requestedBudget: '500',
      reason: 'exceeds_remaining_budget',
      musyawarahId: 'm0',
    };
    const r = ok({
      ...base,
      proposals: [A, { ...B, status: 'dibawa', history: [earlier] }, C],
      funding: { availableBudget: '1000', rule: 'skip_and_continue' },
    });
    const b = resultOutcomes(r, 'm2').find((d) => d.proposalId === 'b')!;
    expect(b).toMatchObject({ outcome: 'didanai', amount: '500', carriedOver: true, history: [earlier] });
  });

  it('needs a requested budget and whole rupiah to fund', () => {
    const outcome = computeResult({
      ...base,
      proposals: [A, { ...B, requestedBudget: null }, C],
      funding: { availableBudget: '1.000', rule: 'skip_and_continue' },
    });
    expect(outcome.ok ? [] : outcome.issues.map((i) => i.field)).toEqual([
      'funding.availableBudget',
      'proposalIds[1]',
    ]);
  });

  it('chooses without funding: the top ones chosen, the rest not', () => {
    const r = ok({ ...base, chosenCount: 2 });
    expect(resultOutcomes(r, 'm1').map((d) => d.outcome)).toEqual(['terpilih', 'terpilih', 'tidak_terpilih']);
    expect(computeResult({ ...base, chosenCount: 4 }).ok).toBe(false);
  });
});

describe('inputs as published to visitors', () => {
  it('replaces scorer codes by neutral ones and still recomputes to the same result', () => {
    const named = ['Darmo', 'Warsini'].flatMap((scorerId) => scores.map((s) => ({ ...s, scorerId })));
    const r = ok({ ...base, scores: named });
    const published = publicInputs(r.inputs);
    expect([...new Set(published.scores!.map((s) => s.scorerId))]).toEqual(['penilai-1', 'penilai-2']);
    expect(JSON.stringify(published)).not.toMatch(/Darmo|Warsini/);
    const { proposals, criteria: c, scores: s } = published;
    const inputs: ScoringInput = { proposals, criteria: c!, scores: s! };
    expect(recompute({ inputs, result: r.scoring! })).toEqual({ ok: true });
    // The stored inputs keep the codes as entered.
    expect(r.inputs.scores![0]!.scorerId).toBe('Darmo');
  });

  it('leaves inputs without scores as they are', () => {
    const r = ok({
      ...base,
      method: 'mufakat',
      criteria: undefined,
      scores: undefined,
      vote: { kind: 'mufakat', chosenProposalIds: ['a'] },
    });
    expect(publicInputs(r.inputs)).toBe(r.inputs);
  });
});
