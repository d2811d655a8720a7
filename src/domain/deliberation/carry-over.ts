/**
 * Funding ranked proposals from an available budget, and carrying the unfunded ones over to the
 * next cycle with their history instead of dropping them (usulan dibawa ke siklus berikutnya).
 *
 * Proposals are taken in rank order and funded in full while they fit (amounts in whole rupiah,
 * bigint, exact). When one does not fit, the meeting's rule decides: `stop_at_first_unfit` stops
 * there (it and all after it are carried over), `skip_and_continue` carries it over and tries the
 * next. Proposals carried in from an earlier cycle keep their id; those not ranked this time are
 * carried on again.
 */
import type { FieldIssue } from '../errors.ts';
import { byCodePoint, type Proposal, proposalIssues } from './proposal.ts';

export const FUNDING_RULES = ['stop_at_first_unfit', 'skip_and_continue'] as const;
export type FundingRule = (typeof FUNDING_RULES)[number];

export const FUNDING_RULE_LABELS: Record<FundingRule, string> = {
  stop_at_first_unfit: 'Berhenti pada usulan pertama yang tidak tertampung anggaran',
  skip_and_continue: 'Lewati usulan yang tidak tertampung, lanjut ke peringkat berikutnya',
};

export const CARRY_OVER_REASONS = ['exceeds_remaining_budget', 'stopped_after_unfit', 'not_ranked'] as const;
export type CarryOverReason = (typeof CARRY_OVER_REASONS)[number];

export const CARRY_OVER_REASON_LABELS: Record<CarryOverReason, string> = {
  exceeds_remaining_budget: 'Anggaran yang diminta melebihi sisa anggaran',
  stopped_after_unfit: 'Pendanaan berhenti pada usulan berperingkat lebih tinggi yang tidak tertampung',
  not_ranked: 'Tidak dibahas atau tidak diperingkat pada siklus ini',
};

export interface CarryOverEntry {
  cycleYear: number;
  /** Rank in that cycle; null when it was not ranked. */
  rank: number | null;
  requestedBudget: bigint;
  reason: CarryOverReason;
}

export interface CarriedOverProposal {
  proposal: Proposal;
  requestedBudget: bigint;
  /** Oldest first; one entry per cycle it was not funded. */
  history: CarryOverEntry[];
}

export interface FundingCandidate {
  proposal: Proposal;
  /** Rank from the scoring or vote (1 = first); unique. */
  rank: number;
  /** Whole rupiah. */
  requestedBudget: bigint;
}

export interface FundingInput {
  cycleYear: number;
  /** Whole rupiah. */
  availableBudget: bigint;
  rule: FundingRule;
  ranked: readonly FundingCandidate[];
  /** The previous cycle's `carriedOver`. */
  carriedIn?: readonly CarriedOverProposal[];
}

export interface FundedProposal {
  proposal: Proposal;
  rank: number;
  amount: bigint;
  /** Whether it came from an earlier cycle, and its history there. */
  carriedOver: boolean;
  history: CarryOverEntry[];
}

export interface FundingResult {
  cycleYear: number;
  rule: FundingRule;
  availableBudget: bigint;
  fundedTotal: bigint;
  remainingBudget: bigint;
  funded: FundedProposal[];
  /** For the next cycle's `carriedIn`: ranked ones in rank order, then unranked ones by id. */
  carriedOver: CarriedOverProposal[];
}

export type FundingOutcome = { ok: true; result: FundingResult } | { ok: false; issues: FieldIssue[] };

const isYear = (y: unknown) => Number.isSafeInteger(y) && (y as number) >= 1900 && (y as number) <= 2999;

function carriedInIssues(carried: readonly CarriedOverProposal[], cycleYear: number): FieldIssue[] {
  if (carried.length === 0) return [];
  const issues = proposalIssues(carried.map((c) => c.proposal)).map((issue) => ({
    field: issue.field.replace(/^proposals\[(\d+)\]/, 'carriedIn[$1].proposal'),
    message: issue.message,
  }));
  for (const [i, c] of carried.entries()) {
    if (typeof c.requestedBudget !== 'bigint' || c.requestedBudget <= 0n) {
      issues.push({
        field: `carriedIn[${i}].requestedBudget`,
        message: 'Anggaran yang diminta harus rupiah bulat lebih dari nol.',
      });
    }
    for (const [j, h] of c.history.entries()) {
      if (!isYear(h.cycleYear) || h.cycleYear >= cycleYear) {
        issues.push({
          field: `carriedIn[${i}].history[${j}].cycleYear`,
          message: `Riwayat usulan ${c.proposal.id} mencatat tahun ${h.cycleYear}, yang harus sebelum siklus ${cycleYear}.`,
        });
      }
    }
  }
  return issues;
}

/** All issues of a funding input; none: it can be allocated. */
export function fundingIssues(input: FundingInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isYear(input.cycleYear)) {
    issues.push({ field: 'cycleYear', message: 'Tahun siklus harus tahun empat digit, contoh 2026.' });
  }
  if (typeof input.availableBudget !== 'bigint' || input.availableBudget < 0n) {
    issues.push({
      field: 'availableBudget',
      message: 'Anggaran tersedia harus rupiah bulat, nol atau lebih.',
    });
  }
  if (!(FUNDING_RULES as readonly string[]).includes(input.rule)) {
    issues.push({
      field: 'rule',
      message: `Aturan pendanaan yang disepakati harus salah satu dari: ${FUNDING_RULES.join(', ')}.`,
    });
  }
  if (input.ranked.length > 0) {
    issues.push(
      ...proposalIssues(input.ranked.map((r) => r.proposal)).map((issue) => ({
        field: issue.field.replace(/^proposals\[(\d+)\]/, 'ranked[$1].proposal'),
        message: issue.message,
      })),
    );
  }
  const ranks = new Set<number>();
  for (const [i, r] of input.ranked.entries()) {
    if (!Number.isSafeInteger(r.rank) || r.rank < 1) {
      issues.push({ field: `ranked[${i}].rank`, message: 'Peringkat harus bilangan bulat mulai dari 1.' });
    } else if (ranks.has(r.rank)) {
      issues.push({
        field: `ranked[${i}].rank`,
        message: `Peringkat ${r.rank} dipakai lebih dari satu usulan; seri harus sudah diurutkan menurut aturan yang diterbitkan.`,
      });
    }
    ranks.add(r.rank);
    if (typeof r.requestedBudget !== 'bigint' || r.requestedBudget <= 0n) {
      issues.push({
        field: `ranked[${i}].requestedBudget`,
        message: `Anggaran yang diminta usulan ${r.proposal.id} harus rupiah bulat lebih dari nol.`,
      });
    }
  }
  issues.push(...carriedInIssues(input.carriedIn ?? [], input.cycleYear));
  return issues;
}

/** Which proposals are funded and which are carried over; the issues instead when the input is invalid. */
export function allocateFunding(input: FundingInput): FundingOutcome {
  const issues = fundingIssues(input);
  if (issues.length > 0) return { ok: false, issues };
  const carriedIn = new Map((input.carriedIn ?? []).map((c) => [c.proposal.id, c]));
  const funded: FundedProposal[] = [];
  const carriedOver: CarriedOverProposal[] = [];
  let remaining = input.availableBudget;
  let stopped = false;
  const carry = (
    proposal: Proposal,
    requestedBudget: bigint,
    rank: number | null,
    reason: CarryOverReason,
  ) => {
    const earlier = carriedIn.get(proposal.id)?.history ?? [];
    carriedOver.push({
      proposal,
      requestedBudget,
      history: [...earlier, { cycleYear: input.cycleYear, rank, requestedBudget, reason }],
    });
  };
  for (const r of [...input.ranked].sort((a, b) => a.rank - b.rank)) {
    if (stopped) carry(r.proposal, r.requestedBudget, r.rank, 'stopped_after_unfit');
    else if (r.requestedBudget <= remaining) {
      remaining -= r.requestedBudget;
      const earlier = carriedIn.get(r.proposal.id);
      funded.push({
        proposal: r.proposal,
        rank: r.rank,
        amount: r.requestedBudget,
        carriedOver: earlier !== undefined,
        history: earlier ? [...earlier.history] : [],
      });
    } else {
      carry(r.proposal, r.requestedBudget, r.rank, 'exceeds_remaining_budget');
      if (input.rule === 'stop_at_first_unfit') stopped = true;
    }
  }
  const ranked = new Set(input.ranked.map((r) => r.proposal.id));
  const unranked = [...carriedIn.values()]
    .filter((c) => !ranked.has(c.proposal.id))
    .sort((a, b) => byCodePoint(a.proposal.id, b.proposal.id));
  for (const c of unranked) carry(c.proposal, c.requestedBudget, null, 'not_ranked');
  return {
    ok: true,
    result: {
      cycleYear: input.cycleYear,
      rule: input.rule,
      availableBudget: input.availableBudget,
      fundedTotal: input.availableBudget - remaining,
      remainingBudget: remaining,
      funded,
      carriedOver,
    },
  };
}

export interface AgendaProposal extends Proposal {
  /** Carried over from an earlier cycle (same id), with its history; false for a new proposal. */
  carriedOver: boolean;
  history: CarryOverEntry[];
}

export type AgendaOutcome = { ok: true; proposals: AgendaProposal[] } | { ok: false; issues: FieldIssue[] };

/**
 * The proposals of the next cycle: those carried over first (marked, with their history, same
 * id), then the new ones. A new proposal may not reuse a carried-over id.
 */
export function nextCycleProposals(
  carried: readonly CarriedOverProposal[],
  fresh: readonly Proposal[],
): AgendaOutcome {
  const ids = new Set(carried.map((c) => c.proposal.id));
  const issues: FieldIssue[] = [];
  for (const [i, p] of fresh.entries()) {
    if (ids.has(p.id)) {
      issues.push({
        field: `proposals[${i}].id`,
        message: `Kode usulan ${p.id} sudah dipakai usulan yang dibawa dari siklus sebelumnya; usulan baru memakai kode baru.`,
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    proposals: [
      ...carried.map((c) => ({ ...c.proposal, carriedOver: true, history: [...c.history] })),
      ...fresh.map((p) => ({ ...p, carriedOver: false, history: [] })),
    ],
  };
}
