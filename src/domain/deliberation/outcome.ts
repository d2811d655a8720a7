/**
 * A published result of a musyawarah and what it decides for each proposal (usulan).
 *
 * `computeResult` turns what the meeting entered (the proposals, the criteria and scores, the vote,
 * how many are chosen, the budget) into the stored result: the inputs as entered and every output
 * the published methods compute from them, so anyone can recompute it. Methods: `skor` ranks by
 * scoring; `suara` by votes (a tie at the cut is refused: votes never break ties); `skor_lalu_suara`
 * and `suara_lalu_skor` combine both (`score_then_vote`, `vote_then_score`); `mufakat` records the
 * chosen proposals without counts. The top `chosenCount` (default 1; with a budget, all ranked) are
 * chosen; with a budget they are funded in rank order and the rest carried over (carry-over.ts).
 *
 * `resultOutcomes` reads a stored result back and says for every proposal whether it is chosen
 * (terpilih), funded (didanai), carried over (dibawa, with a new history line) or not chosen
 * (tidak_terpilih). Rupiah amounts are decimal strings of whole rupiah, as stored.
 */
import type { FieldIssue } from '../errors.ts';
import {
  allocateFunding,
  type CarriedOverProposal,
  type CarryOverEntry,
  type FundingRule,
} from './carry-over.ts';
import { byCodePoint, PROPOSAL_KIND_LABELS, type Proposal, type ProposalKind } from './proposal.ts';
import { type QuorumCheck, voteMajorityCheck } from './quorum.ts';
import { type Criterion, type CriterionScore, type ScoringResult, scoreProposals } from './scoring.ts';
import {
  type CombinationRule,
  type CombinedEntry,
  combineScoreAndVote,
  countVotes,
  type VoteRecord,
  type VoteResult,
} from './voting.ts';

export const RESULT_METHODS = ['skor', 'suara', 'skor_lalu_suara', 'suara_lalu_skor', 'mufakat'] as const;
export type ResultMethod = (typeof RESULT_METHODS)[number];

export const RESULT_METHOD_LABELS: Record<ResultMethod, string> = {
  skor: 'Penilaian dengan kriteria dan bobot',
  suara: 'Pemungutan suara',
  skor_lalu_suara: 'Penilaian; suara memecah nilai yang sama',
  suara_lalu_skor: 'Pemungutan suara; nilai memecah suara yang sama',
  mufakat: 'Musyawarah mufakat',
};

/** The combination rule each combined method states. */
export const METHOD_RULES: Partial<Record<ResultMethod, CombinationRule>> = {
  skor_lalu_suara: 'score_then_vote',
  suara_lalu_skor: 'vote_then_score',
};

const SCORED: readonly ResultMethod[] = ['skor', 'skor_lalu_suara', 'suara_lalu_skor'];
const VOTED: readonly ResultMethod[] = ['suara', 'skor_lalu_suara', 'suara_lalu_skor'];

export const PROPOSAL_STATUSES = ['diajukan', 'terpilih', 'didanai', 'dibawa', 'tidak_terpilih'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  diajukan: 'Diajukan',
  terpilih: 'Terpilih',
  didanai: 'Didanai',
  dibawa: 'Dibawa ke siklus berikutnya',
  tidak_terpilih: 'Tidak terpilih',
};

/** Proposals a musyawarah may still choose among. */
export const OPEN_STATUSES: readonly ProposalStatus[] = ['diajukan', 'dibawa'];

export type ProposalOutcome = Exclude<ProposalStatus, 'diajukan'>;

/** One line of a proposal's history, as stored: a cycle it was brought to and not funded. */
export interface HistoryLine {
  cycleYear: number;
  rank: number | null;
  requestedBudget: string;
  reason: string;
  musyawarahId: string;
}

export interface ResultProposal extends Proposal {
  requestedBudget: string | null;
  status: ProposalStatus;
  history: HistoryLine[];
}

export interface FundingRequest {
  availableBudget: string;
  rule: FundingRule;
}

export interface ResultRequest {
  subject: ProposalKind;
  cycleYear: number;
  method: ResultMethod;
  /** The proposals discussed, in the order given. */
  proposals: readonly ResultProposal[];
  criteria?: readonly Criterion[] | undefined;
  scores?: readonly CriterionScore[] | undefined;
  vote?: VoteRecord | undefined;
  chosenCount?: number | undefined;
  funding?: FundingRequest | undefined;
  /** Ids of the participants who attended (ballots must come from them, a tally must count them). */
  attendedIds: readonly string[];
}

/** What is stored as the result's inputs. */
export interface ResultInputs {
  subject: ProposalKind;
  cycleYear: number;
  method: ResultMethod;
  proposals: ResultProposal[];
  criteria: Criterion[] | null;
  scores: CriterionScore[] | null;
  vote: VoteRecord | null;
  chosenCount: number | null;
  funding: FundingRequest | null;
  attended: number;
}

export interface StoredHistoryEntry {
  cycleYear: number;
  rank: number | null;
  requestedBudget: string;
  reason: string;
}

/** `FundingResult` with rupiah as strings and proposals by id. */
export interface StoredFunding {
  cycleYear: number;
  rule: FundingRule;
  availableBudget: string;
  fundedTotal: string;
  remainingBudget: string;
  funded: {
    proposalId: string;
    rank: number;
    amount: string;
    carriedOver: boolean;
    history: StoredHistoryEntry[];
  }[];
  carriedOver: { proposalId: string; requestedBudget: string; history: StoredHistoryEntry[] }[];
}

export interface ComputedResult {
  inputs: ResultInputs;
  scoring: ScoringResult | null;
  vote: VoteResult | null;
  combined: { rule: CombinationRule; ranking: CombinedEntry[] } | null;
  funding: StoredFunding | null;
  chosenProposalIds: string[];
  /** ½ + 1 of those present for the first chosen proposal, for the methods with counted votes. */
  voteMajority: QuorumCheck | null;
}

export type ResultOutcome = { ok: true; result: ComputedResult } | { ok: false; issues: FieldIssue[] };

const RUPIAH = /^\d{1,18}$/;

/** Whether a vote record agrees with the attendance list: ballots from attendees, a tally of all of them. */
export function voteAttendanceIssues(vote: VoteRecord, attendedIds: readonly string[]): FieldIssue[] {
  const attended = new Set(attendedIds);
  if (vote.kind === 'ballots') {
    return vote.attendeeIds.flatMap((id, i) =>
      attended.has(id)
        ? []
        : [
            {
              field: `vote.attendeeIds[${i}]`,
              message: `Pemberi suara ${id} tidak tercatat hadir dalam daftar hadir musyawarah ini.`,
            },
          ],
    );
  }
  if (vote.kind === 'tally' && vote.attendeeCount !== attended.size) {
    return [
      {
        field: 'vote.attendeeCount',
        message: `Penghitungan suara mencatat ${vote.attendeeCount} peserta hadir, padahal daftar hadir mencatat ${attended.size}.`,
      },
    ];
  }
  return [];
}

function proposalListIssues(request: ResultRequest): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const [i, p] of request.proposals.entries()) {
    const field = `proposalIds[${i}]`;
    if (seen.has(p.id)) issues.push({ field, message: `Usulan "${p.title}" tercantum lebih dari sekali.` });
    seen.add(p.id);
    if (p.kind !== request.subject) {
      issues.push({
        field,
        message: `Usulan "${p.title}" berjenis ${PROPOSAL_KIND_LABELS[p.kind].toLowerCase()}, bukan ${PROPOSAL_KIND_LABELS[request.subject].toLowerCase()} yang dipilih dalam hasil ini.`,
      });
    }
    if (!OPEN_STATUSES.includes(p.status)) {
      issues.push({
        field,
        message: `Usulan "${p.title}" sudah diputuskan (${PROPOSAL_STATUS_LABELS[p.status].toLowerCase()}); hanya usulan yang diajukan atau dibawa dari siklus sebelumnya yang dapat dibahas.`,
      });
    }
  }
  return issues;
}

function methodInputIssues(request: ResultRequest): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { method, vote } = request;
  if (SCORED.includes(method)) {
    if (!request.criteria?.length) {
      issues.push({
        field: 'criteria',
        message: 'Metode ini memerlukan kriteria dan bobot yang disepakati.',
      });
    }
    if (!request.scores?.length)
      issues.push({ field: 'scores', message: 'Metode ini memerlukan nilai dari penilai.' });
  }
  if (VOTED.includes(method) && (!vote || vote.kind === 'mufakat')) {
    issues.push({
      field: 'vote',
      message:
        'Metode ini memerlukan hasil pemungutan suara (lembar suara per peserta atau penghitungan suara).',
    });
  }
  if (method === 'mufakat' && vote?.kind !== 'mufakat') {
    issues.push({ field: 'vote', message: 'Keputusan mufakat memerlukan daftar usulan yang dipilih.' });
  }
  return issues;
}

const toRecord = (field: string) => field.replace(/^record\./, 'vote.');

function storedHistory(history: readonly CarryOverEntry[]): StoredHistoryEntry[] {
  return history.map((h) => ({
    cycleYear: h.cycleYear,
    rank: h.rank,
    requestedBudget: h.requestedBudget.toString(),
    reason: h.reason,
  }));
}

function orderOf(
  scoring: ScoringResult | null,
  vote: VoteResult | null,
  combined: ComputedResult['combined'],
) {
  if (combined) return combined.ranking.map((e) => e.proposalId);
  if (scoring) return scoring.ranking.map((e) => e.proposalId);
  if (vote?.kind === 'count') return vote.ranking.map((e) => e.proposalId);
  if (vote?.kind === 'mufakat') return [...vote.chosenProposalIds];
  return [];
}

/** The proposals in the result's order: ranked first (for mufakat the chosen ones), as stored. */
export function rankedProposalIds(result: Pick<ComputedResult, 'scoring' | 'vote' | 'combined'>): string[] {
  return orderOf(result.scoring, result.vote, result.combined);
}

function tieAtCut(vote: VoteResult | null, order: readonly string[], cut: number): FieldIssue | null {
  if (vote?.kind !== 'count' || cut <= 0 || cut >= order.length) return null;
  const votes = new Map(vote.ranking.map((r) => [r.proposalId, r.votes]));
  const last = votes.get(order[cut - 1]!);
  const next = votes.get(order[cut]!);
  if (last === undefined || last !== next) return null;
  const tied = order.filter((id) => votes.get(id) === last);
  return {
    field: 'vote',
    message: `Usulan ${tied.join(', ')} sama-sama mendapat ${last} suara pada batas usulan yang dipilih; suara yang sama tidak diputus oleh pemungutan suara itu sendiri. Ulangi pemungutan suara di antara usulan yang seri, putuskan dengan mufakat, atau pakai metode skor_lalu_suara.`,
  };
}

function fund(
  request: ResultRequest,
  candidates: readonly ResultProposal[],
  order: readonly string[],
): { ok: true; funding: StoredFunding } | { ok: false; issues: FieldIssue[] } {
  const funding = request.funding!;
  const issues: FieldIssue[] = [];
  if (!RUPIAH.test(funding.availableBudget)) {
    issues.push({
      field: 'funding.availableBudget',
      message: 'Anggaran tersedia harus rupiah bulat, contoh 150000000.',
    });
  }
  for (const p of candidates) {
    if (p.requestedBudget === null || !RUPIAH.test(p.requestedBudget) || BigInt(p.requestedBudget) <= 0n) {
      issues.push({
        field: `proposalIds[${request.proposals.indexOf(p)}]`,
        message: `Usulan "${p.title}" belum menyebut anggaran yang diminta; pendanaan memerlukan anggaran setiap usulan.`,
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const carriedIn: CarriedOverProposal[] = candidates
    .filter((p) => p.status === 'dibawa')
    .map((p) => ({
      proposal: { id: p.id, title: p.title, kind: p.kind, desaCode: p.desaCode },
      requestedBudget: BigInt(p.requestedBudget!),
      history: p.history.map((h) => ({
        cycleYear: h.cycleYear,
        rank: h.rank,
        requestedBudget: BigInt(h.requestedBudget),
        reason: h.reason as CarryOverEntry['reason'],
      })),
    }));
  const outcome = allocateFunding({
    cycleYear: request.cycleYear,
    availableBudget: BigInt(funding.availableBudget),
    rule: funding.rule,
    ranked: candidates.map((p) => ({
      proposal: { id: p.id, title: p.title, kind: p.kind, desaCode: p.desaCode },
      rank: order.indexOf(p.id) + 1,
      requestedBudget: BigInt(p.requestedBudget!),
    })),
    carriedIn,
  });
  if (!outcome.ok) {
    return {
      ok: false,
      issues: outcome.issues.map((i) => ({
        field: ['availableBudget', 'rule'].includes(i.field) ? `funding.${i.field}` : i.field,
        message: i.message,
      })),
    };
  }
  const r = outcome.result;
  return {
    ok: true,
    funding: {
      cycleYear: r.cycleYear,
      rule: r.rule,
      availableBudget: r.availableBudget.toString(),
      fundedTotal: r.fundedTotal.toString(),
      remainingBudget: r.remainingBudget.toString(),
      funded: r.funded.map((f) => ({
        proposalId: f.proposal.id,
        rank: f.rank,
        amount: f.amount.toString(),
        carriedOver: f.carriedOver,
        history: storedHistory(f.history),
      })),
      carriedOver: r.carriedOver.map((c) => ({
        proposalId: c.proposal.id,
        requestedBudget: c.requestedBudget.toString(),
        history: storedHistory(c.history),
      })),
    },
  };
}

/** The stored result of what the meeting entered; the issues (with field paths) instead when it cannot be computed. */
export function computeResult(request: ResultRequest): ResultOutcome {
  const issues = [...proposalListIssues(request), ...methodInputIssues(request)];
  if (issues.length > 0) return { ok: false, issues };
  const { method } = request;
  const proposals: Proposal[] = request.proposals.map((p) => ({
    id: p.id,
    title: p.title,
    kind: p.kind,
    desaCode: p.desaCode,
  }));

  let scoring: ScoringResult | null = null;
  if (SCORED.includes(method)) {
    const scored = scoreProposals({ proposals, criteria: request.criteria!, scores: request.scores! });
    if (!scored.ok) return scored;
    scoring = scored.result;
  }
  let vote: VoteResult | null = null;
  if (request.vote && (VOTED.includes(method) || method === 'mufakat')) {
    const attendance = voteAttendanceIssues(request.vote, request.attendedIds);
    if (attendance.length > 0) return { ok: false, issues: attendance };
    const counted = countVotes({ proposals, record: request.vote });
    if (!counted.ok) {
      return {
        ok: false,
        issues: counted.issues.map((i) => ({ field: toRecord(i.field), message: i.message })),
      };
    }
    vote = counted.result;
  }
  let combined: ComputedResult['combined'] = null;
  const rule = METHOD_RULES[method];
  if (rule && scoring && vote) {
    const joined = combineScoreAndVote(scoring, vote, rule);
    if (!joined.ok) return joined;
    combined = { rule: joined.rule, ranking: joined.ranking };
  }

  const order = orderOf(scoring, vote, combined);
  let candidateIds: string[];
  if (method === 'mufakat') candidateIds = order;
  else {
    const count = request.chosenCount ?? (request.funding ? order.length : 1);
    if (count > order.length) {
      return {
        ok: false,
        issues: [
          {
            field: 'chosenCount',
            message: `Jumlah usulan yang dipilih (${count}) lebih dari usulan yang dibahas (${order.length}).`,
          },
        ],
      };
    }
    const tie = method === 'suara' ? tieAtCut(vote, order, count) : null;
    if (tie) return { ok: false, issues: [tie] };
    candidateIds = order.slice(0, count);
  }
  const byId = new Map(request.proposals.map((p) => [p.id, p]));
  const candidates = candidateIds.map((id) => byId.get(id)!);

  let funding: StoredFunding | null = null;
  let chosen = candidateIds;
  if (request.funding) {
    const funded = fund(request, candidates, order);
    if (!funded.ok) return funded;
    funding = funded.funding;
    chosen = funding.funded.map((f) => f.proposalId);
    if (method === 'suara' && vote?.kind === 'count') {
      const votes = new Map(vote.ranking.map((r) => [r.proposalId, r.votes]));
      const carried = funding.carriedOver.map((c) => c.proposalId);
      const split = chosen.find((id) => carried.some((c) => votes.get(c) === votes.get(id)));
      if (split !== undefined) {
        return {
          ok: false,
          issues: [
            {
              field: 'vote',
              message: `Usulan yang didanai dan yang dibawa ke siklus berikutnya mendapat suara sama (${votes.get(split)}); suara yang sama tidak diputus oleh pemungutan suara. Ulangi pemungutan suara di antara usulan yang seri, atau pakai metode skor_lalu_suara.`,
            },
          ],
        };
      }
    }
  }

  let voteMajority: QuorumCheck | null = null;
  if (vote?.kind === 'count' && chosen.length > 0) {
    const first = vote.ranking.find((r) => r.proposalId === chosen[0]);
    voteMajority = voteMajorityCheck(request.attendedIds.length, first?.votes ?? 0);
  }

  return {
    ok: true,
    result: {
      inputs: {
        subject: request.subject,
        cycleYear: request.cycleYear,
        method,
        proposals: request.proposals.map((p) => ({ ...p, history: [...p.history] })),
        criteria: SCORED.includes(method) ? [...request.criteria!] : null,
        scores: SCORED.includes(method) ? [...request.scores!] : null,
        vote: VOTED.includes(method) || method === 'mufakat' ? (request.vote ?? null) : null,
        chosenCount: method === 'mufakat' ? null : (request.chosenCount ?? null),
        funding: request.funding ?? null,
        attended: request.attendedIds.length,
      },
      scoring,
      vote,
      combined,
      funding,
      chosenProposalIds: chosen,
      voteMajority,
    },
  };
}

export interface ProposalDecision {
  proposalId: string;
  outcome: ProposalOutcome;
  /** Place in the result's order; null when not ranked (mufakat: not chosen). */
  rank: number | null;
  /** Funded rupiah. */
  amount: string | null;
  /** It came into this cycle carried over from an earlier one. */
  carriedOver: boolean;
  /** Its whole history after this result: a new line when it is carried over again. */
  history: HistoryLine[];
}

/**
 * What a stored result decides for each of its proposals: ranked first in rank order, then the
 * rest in the order given. A carried-over proposal gets the new history line of this cycle, naming
 * the musyawarah.
 */
export function resultOutcomes(result: ComputedResult, musyawarahId: string): ProposalDecision[] {
  const order = rankedProposalIds(result);
  const proposals = result.inputs.proposals;
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const ids = [...order, ...proposals.map((p) => p.id).filter((id) => !order.includes(id))];
  const chosen = new Set(result.chosenProposalIds);
  const funded = new Map((result.funding?.funded ?? []).map((f) => [f.proposalId, f]));
  const carried = new Map((result.funding?.carriedOver ?? []).map((c) => [c.proposalId, c]));
  return ids.flatMap((id): ProposalDecision[] => {
    const p = byId.get(id);
    if (!p) return [];
    const rank = order.includes(id) ? order.indexOf(id) + 1 : null;
    const base = { proposalId: id, rank, carriedOver: p.status === 'dibawa', history: [...p.history] };
    const f = funded.get(id);
    if (f) return [{ ...base, outcome: 'didanai', amount: f.amount }];
    const c = carried.get(id);
    if (c) {
      const line = c.history.at(-1)!;
      return [
        { ...base, outcome: 'dibawa', amount: null, history: [...p.history, { ...line, musyawarahId }] },
      ];
    }
    if (result.funding === null && chosen.has(id)) return [{ ...base, outcome: 'terpilih', amount: null }];
    return [{ ...base, outcome: 'tidak_terpilih', amount: null }];
  });
}

/**
 * The inputs as published to visitors: each scorer's code replaced by `penilai-1`, `penilai-2`…
 * in code-point order of the codes, so a name typed as a code is never public. Only the number of
 * distinct scorers and their grouping enter the method, so the published inputs recompute to the
 * same result.
 */
export function publicInputs(inputs: ResultInputs): ResultInputs {
  if (!inputs.scores) return inputs;
  const codes = [...new Set(inputs.scores.map((s) => s.scorerId))].sort(byCodePoint);
  const alias = new Map(codes.map((code, i) => [code, `penilai-${i + 1}`]));
  return { ...inputs, scores: inputs.scores.map((s) => ({ ...s, scorerId: alias.get(s.scorerId)! })) };
}
