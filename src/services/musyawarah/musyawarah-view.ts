/**
 * Views of musyawarah, results and proposals as the API sends them, assembled from stored rows:
 * the quorum report is computed from the attendance list each time (rules can gain versions, the
 * list is the record), and a result's decisions are read back from its stored inputs and outputs.
 */
import type {
  MemberDesa,
  MusyawarahDetail,
  MusyawarahResult,
  MusyawarahSummary,
  Participant as ParticipantView,
  ProposalView,
  PublicMusyawarah,
  ResultRankingEntry,
} from '../../contracts/musyawarah.contract.ts';
import type { Orm } from '../../db/client.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { type DeliberationPlace, recordingRefusal } from '../../domain/deliberation/musyawarah-access.ts';
import {
  type ComputedResult,
  type ProposalStatus,
  publicInputs,
  type ResultMethod,
  resultOutcomes,
} from '../../domain/deliberation/outcome.ts';
import type { ProposalKind } from '../../domain/deliberation/proposal.ts';
import {
  checkQuorum,
  type Gender,
  type MusyawarahKind,
  type Participant,
  type ParticipantElement,
  QUORUM_RULES,
  type QuorumReport,
} from '../../domain/deliberation/quorum.ts';
import type { FieldIssue } from '../../domain/errors.ts';
import type { KawasanRow } from '../kawasan/kawasan.repository.ts';
import { kawasanActorOf } from '../kawasan/kawasan-access.ts';
import { createRegionRepository } from '../regions/region.repository.ts';
import {
  createMusyawarahRepository,
  type MusyawarahRecord,
  type ParticipantRecord,
  type ProposalRecord,
  type ResultRecord,
} from './musyawarah.repository.ts';

export function placeOf(row: Pick<KawasanRow, 'id' | 'state' | 'memberCodes'>): DeliberationPlace {
  return { kawasanId: row.id, state: row.state, memberCodes: row.memberCodes };
}

export function participantOf(r: ParticipantRecord): Participant {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender as Gender,
    youth: r.youth,
    poorOrMarginal: r.poorOrMarginal,
    disability: r.disability,
    element: r.element as ParticipantElement,
    desaCode: r.desaCode,
    invited: r.invited,
    attended: r.attended,
  };
}

export function quorumOf(
  meeting: MusyawarahRecord,
  kawasan: Pick<KawasanRow, 'memberCodes'>,
  participants: readonly ParticipantRecord[],
): QuorumReport {
  return checkQuorum({
    kind: meeting.kind as MusyawarahKind,
    desaCode: meeting.desaCode,
    memberCodes: kawasan.memberCodes,
    postponedThenContinued: meeting.postponedThenContinued,
    participants: participants.map(participantOf),
  });
}

export const computedOf = (r: ResultRecord) => r.result as unknown as ComputedResult;

/** The name of `code` among `names`; null for no desa. */
const desaNameOf = (code: string | null, names: ReadonlyMap<string, string>) =>
  code ? (names.get(code) ?? null) : null;

/** The meeting's own record (what the detail shows of it, and what the audit keeps). */
export function meetingFields(m: MusyawarahRecord) {
  return {
    kind: m.kind as MusyawarahKind,
    title: m.title,
    desaCode: m.desaCode,
    organiser: m.organiser,
    heldOn: m.heldOn,
    place: m.place,
    agenda: m.agenda,
    chair: m.chair,
    secretary: m.secretary,
    notes: m.notes,
    postponedThenContinued: m.postponedThenContinued,
    decisions: m.decisions,
    state: m.state as MusyawarahDetail['state'],
  };
}

/** What a list shows of a meeting, with its quorum report. */
function listed(
  m: MusyawarahRecord,
  kawasan: Pick<KawasanRow, 'memberCodes'>,
  participants: ReadonlyMap<string, readonly ParticipantRecord[]>,
  desaNames: ReadonlyMap<string, string>,
) {
  const quorum = quorumOf(m, kawasan, participants.get(m.id) ?? []);
  const head = {
    id: m.id,
    kind: m.kind as MusyawarahKind,
    title: m.title,
    desaCode: m.desaCode,
    desaName: desaNameOf(m.desaCode, desaNames),
    heldOn: m.heldOn,
    place: m.place,
  };
  return { head, quorum };
}

const VOTE_RULE = QUORUM_RULES.find((r) => r.code === 'keputusan_suara_terbanyak')!;

/**
 * What stands in the way of fixing the berita acara: every failing 'wajib' quorum check, and for
 * the kinds whose decisions by vote need ½ + 1 of those present, every result short of it.
 */
export function fixIssues(
  meeting: MusyawarahRecord,
  quorum: QuorumReport,
  results: readonly ResultRecord[],
  desaNames: ReadonlyMap<string, string> = new Map(),
) {
  const issues: FieldIssue[] = quorum.checks
    .filter((c) => c.severity === 'wajib' && !c.passed)
    .map((c) => {
      const named = (c.desaCodes ?? []).map((code) => `${desaNames.get(code) ?? code} (${code})`);
      return {
        field: `quorum.${c.code}`,
        message: named.length > 0 ? `${c.message} Desa: ${named.join(', ')}.` : c.message,
      };
    });
  if (VOTE_RULE.kinds.includes(meeting.kind as MusyawarahKind)) {
    for (const [i, r] of results.entries()) {
      const check = computedOf(r).voteMajority;
      if (check && !check.passed)
        issues.push({ field: `results[${i}].voteMajority`, message: `${r.title}: ${check.message}` });
    }
  }
  return issues;
}

export function resultView(r: ResultRecord): MusyawarahResult {
  const computed = computedOf(r);
  const titles = new Map(computed.inputs.proposals.map((p) => [p.id, p]));
  const scoring = new Map((computed.scoring?.ranking ?? []).map((e) => [e.proposalId, e]));
  const combined = new Map((computed.combined?.ranking ?? []).map((e) => [e.proposalId, e]));
  const votes = new Map(
    computed.vote?.kind === 'count' ? computed.vote.ranking.map((e) => [e.proposalId, e] as const) : [],
  );
  const ranking = resultOutcomes(computed, r.musyawarahId).map((d): ResultRankingEntry => {
    const p = titles.get(d.proposalId);
    const s = combined.get(d.proposalId) ?? scoring.get(d.proposalId);
    const v = votes.get(d.proposalId);
    return {
      rank: d.rank,
      proposalId: d.proposalId,
      title: p?.title ?? d.proposalId,
      desaCode: p?.desaCode ?? null,
      total: s?.total ?? null,
      totalDecimal: s?.totalDecimal ?? null,
      votes: combined.get(d.proposalId)?.votes ?? v?.votes ?? null,
      tiedWith:
        combined.get(d.proposalId)?.tiedWith ?? scoring.get(d.proposalId)?.tiedWith ?? v?.tiedWith ?? [],
      outcome: d.outcome,
      amount: d.amount,
      carriedOver: d.carriedOver,
    };
  });
  const f = computed.funding;
  return {
    id: r.id,
    musyawarahId: r.musyawarahId,
    title: r.title,
    subject: r.subject as ProposalKind,
    method: r.method as ResultMethod,
    cycleYear: r.cycleYear,
    createdAt: r.createdAt.toISOString(),
    ranking,
    chosenProposalIds: [...computed.chosenProposalIds],
    funding: f
      ? {
          rule: f.rule,
          availableBudget: f.availableBudget,
          fundedTotal: f.fundedTotal,
          remainingBudget: f.remainingBudget,
        }
      : null,
    voteMajority: computed.voteMajority ?? null,
    stored: {
      inputs: computed.inputs,
      scoring: computed.scoring,
      vote: computed.vote,
      combined: computed.combined,
      funding: computed.funding,
      chosenProposalIds: computed.chosenProposalIds,
    },
  };
}

/** A result as visitors see it: scorers under neutral codes (see `publicInputs`). */
export function publicResultView(r: ResultRecord): MusyawarahResult {
  const view = resultView(r);
  return { ...view, stored: { ...view.stored, inputs: publicInputs(computedOf(r).inputs) } };
}

export function proposalView(p: ProposalRecord, names: ReadonlyMap<string, string>): ProposalView {
  return {
    id: p.id,
    kind: p.kind as ProposalKind,
    title: p.title,
    desaCode: p.desaCode,
    desaName: desaNameOf(p.desaCode, names),
    description: p.description,
    proposer: p.proposer,
    requestedBudget: p.requestedBudget === null ? null : p.requestedBudget.toString(),
    status: p.status as ProposalStatus,
    decidedBy: p.decidedBy,
    history: p.history,
    carriedOver: p.status === 'dibawa',
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function createMusyawarahViews(orm: Orm) {
  const repo = createMusyawarahRepository(orm);
  const regions = createRegionRepository(orm);

  async function names(codes: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(codes.filter((c): c is string => c !== null))];
    return new Map((await regions.findByCodes(wanted)).map((r) => [r.code, r.name]));
  }

  return {
    names,

    async summaries(
      kawasan: KawasanRow,
      meetings: readonly MusyawarahRecord[],
    ): Promise<MusyawarahSummary[]> {
      const [participants, desaNames] = await Promise.all([
        repo.participantsOf(meetings.map((m) => m.id)),
        names(meetings.map((m) => m.desaCode)),
      ]);
      return meetings.map((m) => {
        const { head, quorum } = listed(m, kawasan, participants, desaNames);
        return {
          ...head,
          state: m.state as MusyawarahSummary['state'],
          invited: quorum.summary.invited,
          attended: quorum.summary.attended,
          women: quorum.summary.women,
          valid: quorum.valid,
        };
      });
    },

    async detail(actor: Actor, kawasan: KawasanRow, m: MusyawarahRecord): Promise<MusyawarahDetail> {
      const [participants, results, desaNames] = await Promise.all([
        repo.participantsOf([m.id]).then((p) => p.get(m.id) ?? []),
        repo.resultsOf([m.id]).then((r) => r.get(m.id) ?? []),
        names([...kawasan.memberCodes, m.desaCode]),
      ]);
      const quorum = quorumOf(m, kawasan, participants);
      const fields = meetingFields(m);
      const edit =
        recordingRefusal(kawasanActorOf(actor), placeOf(kawasan), {
          kind: fields.kind,
          desaCode: m.desaCode,
          state: fields.state,
        }) === null;
      const memberDesa: MemberDesa[] = kawasan.memberCodes.map((code) => ({
        code,
        name: desaNames.get(code) ?? code,
      }));
      const participantViews: ParticipantView[] = participants.map((p) => ({
        ...participantOf(p),
        position: p.position,
        desaName: desaNameOf(p.desaCode, desaNames),
        affiliation: p.affiliation,
      }));
      return {
        id: m.id,
        kawasanId: kawasan.id,
        kawasanName: kawasan.name,
        ...fields,
        desaName: desaNameOf(m.desaCode, desaNames),
        fixedAt: m.fixedAt ? m.fixedAt.toISOString() : null,
        createdAt: m.createdAt.toISOString(),
        updatedAt: m.updatedAt.toISOString(),
        participants: participantViews,
        summary: quorum.summary,
        quorum,
        results: results.map(resultView),
        allowed: { edit, fix: edit && fixIssues(m, quorum, results).length === 0 },
        memberDesa,
      };
    },

    /** Fixed meetings of a kawasan for visitors: counts, quorum, decisions and results; no names. */
    async publicList(
      kawasan: KawasanRow,
      meetings: readonly MusyawarahRecord[],
    ): Promise<PublicMusyawarah[]> {
      const ids = meetings.map((m) => m.id);
      const [participants, results, desaNames] = await Promise.all([
        repo.participantsOf(ids),
        repo.resultsOf(ids),
        names(meetings.map((m) => m.desaCode)),
      ]);
      return meetings.map((m) => {
        const { head, quorum } = listed(m, kawasan, participants, desaNames);
        return {
          ...head,
          organiser: m.organiser,
          agenda: m.agenda,
          fixedAt: m.fixedAt ? m.fixedAt.toISOString() : null,
          summary: quorum.summary,
          quorum,
          decisions: m.decisions,
          results: (results.get(m.id) ?? []).map(publicResultView),
        };
      });
    },
  };
}
export type MusyawarahViews = ReturnType<typeof createMusyawarahViews>;
