/**
 * Voting in a musyawarah, as an alternative or complement to scoring: ballots per attendee
 * (one vote each, or up to N votes on different proposals), a hand count entered from paper, or a
 * decision by mufakat recorded without counts. Equal votes are reported as ties and listed by
 * proposal id; a vote alone never breaks a tie. Score and vote are combined only by a rule the
 * meeting stated (`COMBINATION_RULES`).
 */
import type { FieldIssue } from '../errors.ts';
import { byCodePoint, type Proposal, proposalIssues } from './proposal.ts';
import { compare, parseFraction, type Rational } from './rational.ts';
import type { RankedProposal, ScoringResult, TieBreakRule } from './scoring.ts';

export interface Ballot {
  attendeeId: string;
  /** Proposals chosen; empty is an abstention. */
  proposalIds: string[];
}

export type VoteRecord =
  /** One ballot per attendee, each with up to `votesPerAttendee` different proposals. */
  | { kind: 'ballots'; votesPerAttendee: number; attendeeIds: string[]; ballots: Ballot[] }
  /** Counts per proposal from a show of hands or paper ballots counted in the room. */
  | {
      kind: 'tally';
      votesPerAttendee: number;
      attendeeCount: number;
      counts: { proposalId: string; votes: number }[];
    }
  /** Decided by consensus: the chosen proposals, no counts. */
  | { kind: 'mufakat'; chosenProposalIds: string[]; note?: string };

export interface VoteInput {
  proposals: readonly Proposal[];
  record: VoteRecord;
}

export interface VoteCount {
  rank: number;
  proposalId: string;
  votes: number;
  /** Other proposals with the same number of votes. */
  tiedWith: string[];
  /** `votes` when it has more than the next one, `proposal_id` inside a tie (listing order only). */
  aheadOfNextBy: 'votes' | 'proposal_id' | null;
}

export type VoteResult =
  | {
      kind: 'count';
      source: 'ballots' | 'tally';
      votesPerAttendee: number;
      attendeeCount: number;
      /** Ballots handed in (null for a tally). */
      ballotsCast: number | null;
      votesCast: number;
      ranking: VoteCount[];
      ties: { proposalIds: string[]; votes: number }[];
    }
  | { kind: 'mufakat'; chosenProposalIds: string[]; note: string | null };

export type VoteOutcome = { ok: true; result: VoteResult } | { ok: false; issues: FieldIssue[] };

const isCount = (n: unknown, min: number) => Number.isSafeInteger(n) && (n as number) >= min;

function ballotIssues(record: Extract<VoteRecord, { kind: 'ballots' }>, known: Set<string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const attendees = new Set<string>();
  for (const [i, id] of record.attendeeIds.entries()) {
    if (attendees.has(id)) {
      issues.push({
        field: `record.attendeeIds[${i}]`,
        message: `Peserta ${id} tercatat hadir lebih dari sekali.`,
      });
    }
    attendees.add(id);
  }
  if (attendees.size === 0) {
    issues.push({ field: 'record.attendeeIds', message: 'Daftar peserta yang hadir masih kosong.' });
  }
  const voted = new Set<string>();
  for (const [i, b] of record.ballots.entries()) {
    const at = `record.ballots[${i}]`;
    if (!attendees.has(b.attendeeId)) {
      issues.push({
        field: `${at}.attendeeId`,
        message: `Peserta ${b.attendeeId} tidak tercatat hadir, sehingga tidak dapat memberi suara.`,
      });
    } else if (voted.has(b.attendeeId)) {
      issues.push({
        field: `${at}.attendeeId`,
        message: `Peserta ${b.attendeeId} sudah memberi suara; satu peserta satu lembar suara.`,
      });
    }
    voted.add(b.attendeeId);
    if (b.proposalIds.length > record.votesPerAttendee) {
      issues.push({
        field: `${at}.proposalIds`,
        message: `Peserta ${b.attendeeId} memilih ${b.proposalIds.length} usulan; paling banyak ${record.votesPerAttendee}.`,
      });
    }
    const chosen = new Set<string>();
    for (const [j, id] of b.proposalIds.entries()) {
      if (!known.has(id)) {
        issues.push({
          field: `${at}.proposalIds[${j}]`,
          message: `Usulan ${id} tidak ada dalam daftar usulan.`,
        });
      } else if (chosen.has(id)) {
        issues.push({
          field: `${at}.proposalIds[${j}]`,
          message: `Usulan ${id} dipilih dua kali pada satu lembar suara; satu usulan paling banyak satu suara per peserta.`,
        });
      }
      chosen.add(id);
    }
  }
  return issues;
}

function tallyIssues(record: Extract<VoteRecord, { kind: 'tally' }>, known: Set<string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isCount(record.attendeeCount, 1)) {
    issues.push({
      field: 'record.attendeeCount',
      message: 'Jumlah peserta yang hadir harus bilangan bulat positif.',
    });
    return issues;
  }
  const seen = new Set<string>();
  let total = 0;
  for (const [i, c] of record.counts.entries()) {
    const at = `record.counts[${i}]`;
    if (!known.has(c.proposalId)) {
      issues.push({
        field: `${at}.proposalId`,
        message: `Usulan ${c.proposalId} tidak ada dalam daftar usulan.`,
      });
    } else if (seen.has(c.proposalId)) {
      issues.push({
        field: `${at}.proposalId`,
        message: `Suara usulan ${c.proposalId} tercatat lebih dari sekali.`,
      });
    }
    seen.add(c.proposalId);
    if (!isCount(c.votes, 0)) {
      issues.push({ field: `${at}.votes`, message: 'Jumlah suara harus bilangan bulat, nol atau lebih.' });
    } else if (c.votes > record.attendeeCount) {
      issues.push({
        field: `${at}.votes`,
        message: `Usulan ${c.proposalId} mendapat ${c.votes} suara, lebih dari ${record.attendeeCount} peserta yang hadir.`,
      });
    } else total += c.votes;
  }
  const limit = record.attendeeCount * record.votesPerAttendee;
  if (total > limit) {
    issues.push({
      field: 'record.counts',
      message: `Jumlah suara ${total} melebihi ${limit} (${record.attendeeCount} peserta × ${record.votesPerAttendee} suara).`,
    });
  }
  return issues;
}

/** All issues of a vote record; none: it can be counted. */
export function voteIssues(input: VoteInput): FieldIssue[] {
  const issues = proposalIssues(input.proposals);
  const known = new Set(input.proposals.map((p) => p.id));
  const record = input.record;
  if (record.kind === 'mufakat') {
    if (record.chosenProposalIds.length === 0) {
      issues.push({
        field: 'record.chosenProposalIds',
        message: 'Keputusan mufakat harus menyebut usulan yang dipilih.',
      });
    }
    const chosen = new Set<string>();
    for (const [i, id] of record.chosenProposalIds.entries()) {
      const field = `record.chosenProposalIds[${i}]`;
      if (!known.has(id)) issues.push({ field, message: `Usulan ${id} tidak ada dalam daftar usulan.` });
      else if (chosen.has(id)) issues.push({ field, message: `Usulan ${id} tercantum lebih dari sekali.` });
      chosen.add(id);
    }
    return issues;
  }
  if (record.kind !== 'ballots' && record.kind !== 'tally') {
    return [
      ...issues,
      { field: 'record.kind', message: 'Cara keputusan harus ballots, tally atau mufakat.' },
    ];
  }
  if (!isCount(record.votesPerAttendee, 1)) {
    issues.push({
      field: 'record.votesPerAttendee',
      message: 'Jumlah suara per peserta harus bilangan bulat positif (1 untuk satu orang satu suara).',
    });
    return issues;
  }
  return [
    ...issues,
    ...(record.kind === 'ballots' ? ballotIssues(record, known) : tallyIssues(record, known)),
  ];
}

/** Counts the vote (or records the mufakat); the issues instead when the record is not valid. */
export function countVotes(input: VoteInput): VoteOutcome {
  const issues = voteIssues(input);
  if (issues.length > 0) return { ok: false, issues };
  const record = input.record;
  if (record.kind === 'mufakat') {
    return {
      ok: true,
      result: {
        kind: 'mufakat',
        chosenProposalIds: [...record.chosenProposalIds],
        note: record.note ?? null,
      },
    };
  }
  const votes = new Map(input.proposals.map((p) => [p.id, 0]));
  if (record.kind === 'ballots') {
    for (const b of record.ballots) for (const id of b.proposalIds) votes.set(id, votes.get(id)! + 1);
  } else {
    for (const c of record.counts) votes.set(c.proposalId, c.votes);
  }
  const order = [...votes.entries()].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b));
  const ranking = order.map(([proposalId, n], i): VoteCount => {
    const next = order[i + 1];
    return {
      rank: i + 1,
      proposalId,
      votes: n,
      tiedWith: order.filter(([id, m]) => id !== proposalId && m === n).map(([id]) => id),
      aheadOfNextBy: next ? (next[1] === n ? 'proposal_id' : 'votes') : null,
    };
  });
  const ties: { proposalIds: string[]; votes: number }[] = [];
  for (const [i, r] of ranking.entries()) {
    if (i > 0 && ranking[i - 1]!.votes === r.votes) ties.at(-1)!.proposalIds.push(r.proposalId);
    else if (r.tiedWith.length > 0) ties.push({ proposalIds: [r.proposalId], votes: r.votes });
  }
  return {
    ok: true,
    result: {
      kind: 'count',
      source: record.kind,
      votesPerAttendee: record.votesPerAttendee,
      attendeeCount: record.kind === 'ballots' ? record.attendeeIds.length : record.attendeeCount,
      ballotsCast: record.kind === 'ballots' ? record.ballots.length : null,
      votesCast: [...votes.values()].reduce((a, b) => a + b, 0),
      ranking,
      ties,
    },
  };
}

/** How a meeting may say score and vote are combined: which decides, which breaks its ties. */
export const COMBINATION_RULES = ['score_then_vote', 'vote_then_score'] as const;
export type CombinationRule = (typeof COMBINATION_RULES)[number];

export const COMBINATION_RULE_LABELS: Record<CombinationRule, string> = {
  score_then_vote: 'Nilai menentukan; suara memecah nilai yang sama',
  vote_then_score: 'Suara menentukan; nilai memecah suara yang sama',
};

export interface CombinedEntry {
  rank: number;
  proposalId: string;
  total: string;
  totalDecimal: string;
  votes: number;
  /** Proposals equal on both the total and the votes. */
  tiedWith: string[];
  aheadOfNextBy: 'total' | 'votes' | TieBreakRule | null;
}

export type CombineOutcome =
  | { ok: true; rule: CombinationRule; ranking: CombinedEntry[] }
  | { ok: false; issues: FieldIssue[] };

interface Row {
  entry: RankedProposal;
  total: Rational;
  normalised: Rational[];
  votes: number;
}

function decideCombined(
  rule: CombinationRule,
  a: Row,
  b: Row,
): [CombinedEntry['aheadOfNextBy'] & string, number] {
  const byTotal: ['total', number] = ['total', compare(b.total, a.total)];
  const byVotes: ['votes', number] = ['votes', b.votes - a.votes];
  for (const [name, c] of rule === 'score_then_vote' ? [byTotal, byVotes] : [byVotes, byTotal]) {
    if (c !== 0) return [name, c];
  }
  if (a.entry.scorerCount !== b.entry.scorerCount) {
    return ['more_scorers', b.entry.scorerCount - a.entry.scorerCount];
  }
  for (const [i, value] of a.normalised.entries()) {
    const c = compare(b.normalised[i]!, value);
    if (c !== 0) return ['criteria_by_weight', c];
  }
  return ['proposal_id', byCodePoint(a.entry.proposalId, b.entry.proposalId)];
}

/**
 * One ranking from a scoring result and a counted vote over the same proposals, by the rule the
 * meeting stated; refused without a rule, for a mufakat, or when the proposals differ. After the
 * deciding and the breaking key, the scoring's published tie rules apply.
 */
export function combineScoreAndVote(
  score: ScoringResult,
  vote: VoteResult,
  rule: CombinationRule | null | undefined,
): CombineOutcome {
  if (!rule || !(COMBINATION_RULES as readonly string[]).includes(rule)) {
    return {
      ok: false,
      issues: [
        {
          field: 'rule',
          message:
            'Musyawarah belum menyatakan aturan penggabungan nilai dan suara; hasil penilaian dan hasil pemungutan suara diterbitkan terpisah.',
        },
      ],
    };
  }
  if (vote.kind === 'mufakat') {
    return {
      ok: false,
      issues: [
        {
          field: 'vote',
          message: 'Keputusan mufakat tidak berupa jumlah suara, sehingga tidak dapat digabung dengan nilai.',
        },
      ],
    };
  }
  const votes = new Map(vote.ranking.map((v) => [v.proposalId, v.votes]));
  const scored = new Set(score.ranking.map((r) => r.proposalId));
  const issues: FieldIssue[] = [];
  for (const id of [...scored].filter((id) => !votes.has(id)).sort(byCodePoint)) {
    issues.push({ field: 'vote', message: `Usulan ${id} dinilai tetapi tidak ikut pemungutan suara.` });
  }
  for (const id of [...votes.keys()].filter((id) => !scored.has(id)).sort(byCodePoint)) {
    issues.push({ field: 'score', message: `Usulan ${id} ikut pemungutan suara tetapi tidak dinilai.` });
  }
  if (issues.length > 0) return { ok: false, issues };

  const rows: Row[] = score.ranking.map((entry) => ({
    entry,
    total: parseFraction(entry.total)!,
    normalised: entry.criteria.map((c) => parseFraction(c.normalised)!),
    votes: votes.get(entry.proposalId)!,
  }));
  rows.sort((a, b) => decideCombined(rule, a, b)[1]);
  const ranking = rows.map((row, i): CombinedEntry => {
    const next = rows[i + 1];
    return {
      rank: i + 1,
      proposalId: row.entry.proposalId,
      total: row.entry.total,
      totalDecimal: row.entry.totalDecimal,
      votes: row.votes,
      tiedWith: rows
        .filter((o) => o !== row && o.votes === row.votes && compare(o.total, row.total) === 0)
        .map((o) => o.entry.proposalId),
      aheadOfNextBy: next ? decideCombined(rule, row, next)[0] : null,
    };
  });
  return { ok: true, rule, ranking };
}
