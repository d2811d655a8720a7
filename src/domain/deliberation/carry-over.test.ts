import { describe, expect, it } from 'vitest';
import {
  allocateFunding,
  type CarriedOverProposal,
  type FundingInput,
  type FundingResult,
  fundingIssues,
  nextCycleProposals,
} from './carry-over.ts';
import type { Proposal } from './proposal.ts';
import { seeded, shuffled } from './testing.ts';

const programme = (id: string): Proposal => ({ id, title: `Program ${id}`, kind: 'program', desaCode: null });

/** Rank order A..E with their requests in whole rupiah. */
const RANKED: FundingInput['ranked'] = [
  { proposal: programme('A'), rank: 1, requestedBudget: 250_000_000n },
  { proposal: programme('B'), rank: 2, requestedBudget: 400_000_000n },
  { proposal: programme('C'), rank: 3, requestedBudget: 150_000_000n },
  { proposal: programme('D'), rank: 4, requestedBudget: 100_000_001n },
  { proposal: programme('E'), rank: 5, requestedBudget: 99_999_999n },
];

function allocate(input: FundingInput): FundingResult {
  const outcome = allocateFunding(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}

describe('allocateFunding', () => {
  const base = { cycleYear: 2025, availableBudget: 500_000_000n, ranked: RANKED } as const;

  it('stop at the first that does not fit: it and all after it are carried over', () => {
    const r = allocate({ ...base, rule: 'stop_at_first_unfit' });
    expect(r.funded.map((f) => [f.proposal.id, f.amount])).toEqual([['A', 250_000_000n]]);
    expect(r.carriedOver.map((c) => [c.proposal.id, c.history.at(-1)!.reason])).toEqual([
      ['B', 'exceeds_remaining_budget'],
      ['C', 'stopped_after_unfit'],
      ['D', 'stopped_after_unfit'],
      ['E', 'stopped_after_unfit'],
    ]);
    expect([r.fundedTotal, r.remainingBudget]).toEqual([250_000_000n, 250_000_000n]);
  });

  it('skip and continue: exact to the rupiah', () => {
    const r = allocate({ ...base, rule: 'skip_and_continue' });
    // 500,000,000 − 250,000,000 (A) − 150,000,000 (C) = 100,000,000: D needs one rupiah more, E fits.
    expect(r.funded.map((f) => [f.proposal.id, f.rank, f.amount])).toEqual([
      ['A', 1, 250_000_000n],
      ['C', 3, 150_000_000n],
      ['E', 5, 99_999_999n],
    ]);
    expect(r.carriedOver.map((c) => [c.proposal.id, c.history])).toEqual([
      [
        'B',
        [{ cycleYear: 2025, rank: 2, requestedBudget: 400_000_000n, reason: 'exceeds_remaining_budget' }],
      ],
      [
        'D',
        [{ cycleYear: 2025, rank: 4, requestedBudget: 100_000_001n, reason: 'exceeds_remaining_budget' }],
      ],
    ]);
    expect([r.fundedTotal, r.remainingBudget]).toEqual([499_999_999n, 1n]);
  });

  it('funds a request equal to the remaining budget, and nothing from an empty budget', () => {
    const exact = allocate({
      cycleYear: 2025,
      availableBudget: 250_000_000n,
      rule: 'stop_at_first_unfit',
      ranked: RANKED,
    });
    expect(exact.funded.map((f) => f.proposal.id)).toEqual(['A']);
    expect(exact.remainingBudget).toBe(0n);
    const none = allocate({
      cycleYear: 2025,
      availableBudget: 0n,
      rule: 'skip_and_continue',
      ranked: RANKED,
    });
    expect(none.funded).toEqual([]);
    expect(none.carriedOver).toHaveLength(5);
  });

  it('is exact beyond the safe range of floating point', () => {
    const big = 9_007_199_254_740_993n; // 2^53 + 1: not representable as a double
    const r = allocate({
      cycleYear: 2026,
      availableBudget: big * 2n,
      rule: 'skip_and_continue',
      ranked: [
        { proposal: programme('X'), rank: 1, requestedBudget: big },
        { proposal: programme('Y'), rank: 2, requestedBudget: big + 1n },
        { proposal: programme('Z'), rank: 3, requestedBudget: big - 1n },
      ],
    });
    expect(r.funded.map((f) => f.proposal.id)).toEqual(['X', 'Z']);
    expect(r.fundedTotal).toBe(2n * big - 1n);
    expect(r.remainingBudget).toBe(1n);
    expect(r.fundedTotal + r.remainingBudget).toBe(r.availableBudget);
  });

  it.each([1, 2, 3, 4, 5, 6])('seed %i: entry order does not matter, and money is conserved', (seed) => {
    const random = seeded(seed);
    const ranked = Array.from({ length: 12 }, (_, i) => ({
      proposal: programme(`P${i + 1}`),
      rank: i + 1,
      requestedBudget:
        BigInt(1 + Math.floor(random() * 9)) * 12_500_000n + BigInt(Math.floor(random() * 1000)),
    }));
    for (const rule of ['stop_at_first_unfit', 'skip_and_continue'] as const) {
      const input = { cycleYear: 2025, availableBudget: 300_000_000n, rule, ranked };
      const r = allocate(input);
      expect(allocate({ ...input, ranked: shuffled(random, ranked) })).toEqual(r);
      expect(r.funded.reduce((s, f) => s + f.amount, 0n)).toBe(r.fundedTotal);
      expect(r.fundedTotal + r.remainingBudget).toBe(300_000_000n);
      expect(r.funded.length + r.carriedOver.length).toBe(12);
      // Nothing carried over for lack of money would have fitted in what was left (under skip).
      if (rule === 'skip_and_continue') {
        expect(r.carriedOver.every((c) => c.requestedBudget > r.remainingBudget)).toBe(true);
      }
    }
  });
});

describe('carry-over across cycles', () => {
  const first = allocate({
    cycleYear: 2025,
    availableBudget: 500_000_000n,
    rule: 'skip_and_continue',
    ranked: RANKED,
  });

  it('the next cycle lists carried-over proposals first, marked, with the same id and history', () => {
    const agenda = nextCycleProposals(first.carriedOver, [programme('F')]);
    expect(agenda.ok && agenda.proposals.map((p) => [p.id, p.carriedOver, p.history.length])).toEqual([
      ['B', true, 1],
      ['D', true, 1],
      ['F', false, 0],
    ]);
    expect(nextCycleProposals(first.carriedOver, [programme('B')])).toEqual({
      ok: false,
      issues: [
        {
          field: 'proposals[0].id',
          message:
            'Kode usulan B sudah dipakai usulan yang dibawa dari siklus sebelumnya; usulan baru memakai kode baru.',
        },
      ],
    });
  });

  it('funded next time: marked as carried over with its history; unranked: carried on again', () => {
    const second = allocate({
      cycleYear: 2026,
      availableBudget: 450_000_000n,
      rule: 'stop_at_first_unfit',
      ranked: [
        { proposal: programme('B'), rank: 1, requestedBudget: 400_000_000n },
        { proposal: programme('F'), rank: 2, requestedBudget: 60_000_000n },
      ],
      carriedIn: first.carriedOver,
    });
    expect(second.funded).toEqual([
      {
        proposal: programme('B'),
        rank: 1,
        amount: 400_000_000n,
        carriedOver: true,
        history: [
          { cycleYear: 2025, rank: 2, requestedBudget: 400_000_000n, reason: 'exceeds_remaining_budget' },
        ],
      },
    ]);
    expect(second.carriedOver).toEqual([
      {
        proposal: programme('F'),
        requestedBudget: 60_000_000n,
        history: [
          { cycleYear: 2026, rank: 2, requestedBudget: 60_000_000n, reason: 'exceeds_remaining_budget' },
        ],
      },
      {
        proposal: programme('D'),
        requestedBudget: 100_000_001n,
        history: [
          { cycleYear: 2025, rank: 4, requestedBudget: 100_000_001n, reason: 'exceeds_remaining_budget' },
          { cycleYear: 2026, rank: null, requestedBudget: 100_000_001n, reason: 'not_ranked' },
        ],
      },
    ]);
  });
});

const carried = (id: string, cycleYear: number): CarriedOverProposal => ({
  proposal: programme(id),
  requestedBudget: 10n,
  history: [{ cycleYear, rank: 1, requestedBudget: 10n, reason: 'exceeds_remaining_budget' }],
});
const valid: FundingInput = {
  cycleYear: 2026,
  availableBudget: 1_000n,
  rule: 'skip_and_continue',
  ranked: RANKED.slice(0, 2),
};

const VALIDATION: [string, Partial<FundingInput>, string, string][] = [
  ['year not four digits', { cycleYear: 26 }, 'cycleYear', 'tahun empat digit'],
  ['year fractional', { cycleYear: 2025.5 }, 'cycleYear', 'tahun empat digit'],
  ['negative budget', { availableBudget: -1n }, 'availableBudget', 'nol atau lebih'],
  ['budget as a float', { availableBudget: 1000 as unknown as bigint }, 'availableBudget', 'rupiah bulat'],
  [
    'unknown rule',
    { rule: 'bagi_rata' as FundingInput['rule'] },
    'rule',
    'stop_at_first_unfit, skip_and_continue',
  ],
  ['rank zero', { ranked: [{ ...RANKED[0]!, rank: 0 }] }, 'ranked[0].rank', 'mulai dari 1'],
  [
    'rank shared',
    { ranked: [RANKED[0]!, { ...RANKED[1]!, rank: 1 }] },
    'ranked[1].rank',
    'Peringkat 1 dipakai lebih dari satu usulan',
  ],
  [
    'request zero',
    { ranked: [{ ...RANKED[0]!, requestedBudget: 0n }] },
    'ranked[0].requestedBudget',
    'usulan A harus rupiah bulat lebih dari nol',
  ],
  [
    'request as a float',
    { ranked: [{ ...RANKED[0]!, requestedBudget: 5 as unknown as bigint }] },
    'ranked[0].requestedBudget',
    'lebih dari nol',
  ],
  [
    'same proposal twice',
    { ranked: [RANKED[0]!, { ...RANKED[0]!, rank: 2 }] },
    'ranked[1].proposal.id',
    'A tercantum lebih dari sekali',
  ],
  [
    'proposal without title',
    { ranked: [{ ...RANKED[0]!, proposal: { ...programme('A'), title: '' } }] },
    'ranked[0].proposal.title',
    'Judul usulan wajib diisi',
  ],
  [
    'history not before the cycle',
    { carriedIn: [carried('Q', 2026)] },
    'carriedIn[0].history[0].cycleYear',
    'tahun 2026, yang harus sebelum siklus 2026',
  ],
  [
    'carried twice',
    { carriedIn: [carried('Q', 2025), carried('Q', 2024)] },
    'carriedIn[1].proposal.id',
    'Q tercantum lebih dari sekali',
  ],
  [
    'carried without a request',
    { carriedIn: [{ ...carried('Q', 2025), requestedBudget: 0n }] },
    'carriedIn[0].requestedBudget',
    'lebih dari nol',
  ],
];

describe('fundingIssues: every rule', () => {
  it('accepts a valid input, also with nothing ranked', () => {
    expect(fundingIssues(valid)).toEqual([]);
    expect(fundingIssues({ ...valid, ranked: [], carriedIn: [carried('Q', 2025)] })).toEqual([]);
  });

  it.each(VALIDATION)('%s', (_, patch, field, message) => {
    const input = { ...valid, ...patch };
    expect(allocateFunding(input).ok).toBe(false);
    expect(fundingIssues(input)).toContainEqual({ field, message: expect.stringContaining(message) });
  });
});
