import { z } from 'zod';
import { FUNDING_RULES } from '../domain/deliberation/carry-over.ts';
import { PROPOSAL_STATUSES, RESULT_METHODS } from '../domain/deliberation/outcome.ts';
import { PROPOSAL_KINDS } from '../domain/deliberation/proposal.ts';
import {
  GENDERS,
  MUSYAWARAH_KINDS,
  PARTICIPANT_ELEMENTS,
  RULE_CERTAINTIES,
  RULE_SEVERITIES,
} from '../domain/deliberation/quorum.ts';
import { CRITERION_DIRECTIONS } from '../domain/deliberation/scoring.ts';

/**
 * Musyawarah of a kawasan (desa-level meetings of member desa, musyawarah antar desa, musrenbang
 * kawasan): the meeting record, its attendance list (paper first, no NIK), the quorum report, the
 * published results of choices among proposals (usulan) and the berita acara. See ADR 0011.
 * Request bodies with defaults carry no OpenAPI component id: their input and output forms differ.
 * Rupiah amounts are strings of whole rupiah.
 */

const DATE = z.iso.date('Tanggal harus berbentuk TTTT-BB-HH.');
const DESA_CODE = z.string().trim().max(20).describe('Desa code with or without dots');
const RUPIAH = z
  .string()
  .trim()
  .regex(/^\d{1,15}$/, 'Rupiah ditulis sebagai angka bulat tanpa titik, contoh 150000000.');
const TEXT = (max: number) => z.string().trim().max(max);
const REQUIRED_TEXT = (label: string, max: number) =>
  z.string().trim().min(1, `${label} wajib diisi.`).max(max, `${label} paling panjang ${max} huruf.`);

export const MusyawarahKindSchema = z.enum(MUSYAWARAH_KINDS).meta({ id: 'MusyawarahKind' });
export const MUSYAWARAH_STATES = ['draf', 'ditetapkan'] as const;
export const MusyawarahStateSchema = z.enum(MUSYAWARAH_STATES).meta({ id: 'MusyawarahState' });
export type MusyawarahState = z.infer<typeof MusyawarahStateSchema>;
export const ParticipantElementSchema = z.enum(PARTICIPANT_ELEMENTS).meta({ id: 'ParticipantElement' });
export const GenderSchema = z.enum(GENDERS).meta({ id: 'Gender' });
export const ProposalKindSchema = z.enum(PROPOSAL_KINDS).meta({ id: 'ProposalKind' });

/** diajukan (new), terpilih (chosen), didanai (funded), dibawa (carried over), tidak_terpilih. */
export const ProposalStatusSchema = z.enum(PROPOSAL_STATUSES).meta({ id: 'ProposalStatus' });
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

/**
 * skor: scoring only; suara: vote only (ballots or a hand count); skor_lalu_suara: the score
 * decides and the vote breaks equal scores (rule score_then_vote); suara_lalu_skor: the vote
 * decides and the score breaks equal votes (vote_then_score); mufakat: consensus, chosen ids only.
 */
export const ResultMethodSchema = z.enum(RESULT_METHODS).meta({ id: 'MusyawarahResultMethod' });
export type ResultMethod = z.infer<typeof ResultMethodSchema>;

/** What a result decided for one proposal (becomes its status when the berita acara is fixed). */
export const ProposalOutcomeSchema = z
  .enum(['terpilih', 'didanai', 'dibawa', 'tidak_terpilih'])
  .meta({ id: 'ProposalOutcome' });
export type ProposalOutcome = z.infer<typeof ProposalOutcomeSchema>;

export const MemberDesaSchema = z
  .object({ code: z.string(), name: z.string() })
  .meta({ id: 'MusyawarahMemberDesa' });
export type MemberDesa = z.infer<typeof MemberDesaSchema>;

export const DecisionSchema = z
  .object({
    text: z.string().trim().min(1, 'Isi keputusan wajib diisi.').max(2000),
    resultId: z.uuid().nullable().describe('The result of this musyawarah it rests on, if any'),
  })
  .meta({ id: 'MusyawarahDecision' });
export type Decision = z.infer<typeof DecisionSchema>;

/* Attendance and quorum (shapes of domain/deliberation/attendance.ts and quorum.ts). */

export const AttendanceSummarySchema = z
  .object({
    invited: z.number().int(),
    attended: z.number().int(),
    attendedInvited: z.number().int().describe('Invited and attended: what the 2/3 quorum counts'),
    walkIns: z.number().int(),
    women: z.number().int(),
    men: z.number().int(),
    youth: z.number().int(),
    poorOrMarginal: z.number().int(),
    disability: z.number().int(),
    byElement: z.array(
      z.object({ element: ParticipantElementSchema, attended: z.number().int(), women: z.number().int() }),
    ),
    byDesa: z.array(z.object({ desaCode: z.string(), attended: z.number().int(), women: z.number().int() })),
  })
  .meta({ id: 'AttendanceSummary' });
export type AttendanceSummary = z.infer<typeof AttendanceSummarySchema>;

export const QuorumCheckSchema = z
  .object({
    code: z.string(),
    severity: z.enum(RULE_SEVERITIES).describe('wajib decides validity; anjuran is advice'),
    passed: z.boolean(),
    message: z.string(),
    source: z.string(),
    certainty: z.enum(RULE_CERTAINTIES),
    desaCodes: z.array(z.string()).optional().describe('Per-desa rules: the member desa lacking'),
  })
  .meta({ id: 'QuorumCheck' });
export type QuorumCheck = z.infer<typeof QuorumCheckSchema>;

export const QuorumReportSchema = z
  .object({
    version: z.string(),
    kind: MusyawarahKindSchema,
    checks: z.array(QuorumCheckSchema),
    valid: z.boolean().describe('Every wajib check passed'),
    summary: AttendanceSummarySchema,
  })
  .meta({ id: 'QuorumReport' });
export type QuorumReport = z.infer<typeof QuorumReportSchema>;

export const ParticipantSchema = z
  .object({
    id: z.string(),
    position: z.number().int().describe('Row on the attendance list, from 1'),
    name: z.string(),
    gender: GenderSchema,
    youth: z.boolean(),
    poorOrMarginal: z.boolean(),
    disability: z.boolean(),
    element: ParticipantElementSchema,
    desaCode: z.string().nullable(),
    desaName: z.string().nullable(),
    affiliation: z.string().nullable(),
    invited: z.boolean(),
    attended: z.boolean(),
  })
  .meta({ id: 'MusyawarahParticipant' });
export type Participant = z.infer<typeof ParticipantSchema>;

export const ParticipantInputSchema = z.object({
  id: z.uuid().optional().describe('Keep an existing participant (ballots refer to it); new rows get one'),
  name: REQUIRED_TEXT('Nama peserta', 120),
  gender: GenderSchema,
  youth: z.boolean().default(false),
  poorOrMarginal: z.boolean().default(false),
  disability: z.boolean().default(false),
  element: ParticipantElementSchema,
  desaCode: DESA_CODE.nullable().describe('Member desa represented; null for agencies and facilitators'),
  affiliation: TEXT(160).nullish(),
  invited: z.boolean(),
  attended: z.boolean(),
});
export type ParticipantInput = z.input<typeof ParticipantInputSchema>;

export const ParticipantsBodySchema = z.object({
  participants: z.array(ParticipantInputSchema).max(2000, 'Paling banyak 2000 peserta.'),
});
export type ParticipantsBody = z.infer<typeof ParticipantsBodySchema>;
export type ParticipantsBodyInput = z.input<typeof ParticipantsBodySchema>;

/* Result inputs (shapes of domain/deliberation/scoring.ts and voting.ts). */

const NUMBER_TEXT = z.union([z.number(), z.string().trim().max(40)]);

export const CriterionInputSchema = z
  .object({
    code: z.string().trim().min(1).max(40),
    label: z.string().trim().min(1).max(160),
    weight: NUMBER_TEXT.describe('Agreed weight: 3 or "2.5"'),
    direction: z.enum(CRITERION_DIRECTIONS),
    scale: z.object({ min: NUMBER_TEXT, max: NUMBER_TEXT }),
  })
  .meta({ id: 'MusyawarahCriterion' });
export type CriterionInput = z.infer<typeof CriterionInputSchema>;

export const ScoreInputSchema = z
  .object({
    proposalId: z.string(),
    criterionCode: z.string(),
    scorerId: z
      .string()
      .trim()
      .min(1)
      .max(60)
      .describe('A code of the scorer (participant id or panel code such as P1), not a name'),
    value: NUMBER_TEXT,
  })
  .meta({ id: 'MusyawarahScore' });
export type ScoreInput = z.infer<typeof ScoreInputSchema>;

export const VoteRecordSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('ballots'),
      votesPerAttendee: z.number().int().min(1).max(20),
      attendeeIds: z.array(z.string()).describe('Ids of attended participants who voted'),
      ballots: z.array(z.object({ attendeeId: z.string(), proposalIds: z.array(z.string()) })),
    }),
    z.object({
      kind: z.literal('tally'),
      votesPerAttendee: z.number().int().min(1).max(20),
      attendeeCount: z.number().int().describe('Must equal the number of attended participants'),
      counts: z.array(z.object({ proposalId: z.string(), votes: z.number().int() })),
    }),
    z.object({
      kind: z.literal('mufakat'),
      chosenProposalIds: z.array(z.string()),
      note: z.string().trim().max(2000).optional(),
    }),
  ])
  .meta({ id: 'MusyawarahVoteRecord' });
export type VoteRecordInput = z.infer<typeof VoteRecordSchema>;

export const FundingInputSchema = z
  .object({
    availableBudget: RUPIAH.describe('Whole rupiah available for this cycle'),
    rule: z.enum(FUNDING_RULES),
  })
  .meta({ id: 'MusyawarahFundingRequest' });

export const ResultBodySchema = z
  .object({
    title: REQUIRED_TEXT('Judul hasil', 200),
    subject: ProposalKindSchema.describe('Which kind of proposals are chosen'),
    cycleYear: z.number().int().min(1900).max(2999),
    proposalIds: z.array(z.uuid()).min(1, 'Pilih usulan yang dibahas.').max(200),
    method: ResultMethodSchema,
    criteria: z.array(CriterionInputSchema).max(30).optional().describe('skor and combined methods'),
    scores: z.array(ScoreInputSchema).max(20000).optional().describe('skor and combined methods'),
    vote: VoteRecordSchema.optional().describe('suara and combined methods (ballots or tally); mufakat'),
    chosenCount: z
      .number()
      .int()
      .min(1)
      .max(200)
      .optional()
      .describe(
        'How many of the top-ranked are chosen: without funding default 1; with funding default all ranked, which are then funded in rank order or carried over',
      ),
    funding: FundingInputSchema.optional(),
  })
  .meta({ id: 'CreateMusyawarahResult' });
export type ResultBody = z.infer<typeof ResultBodySchema>;

/* Results as stored and shown. */

export const ResultRankingEntrySchema = z
  .object({
    rank: z.number().int().nullable().describe('Null for a proposal not ranked (mufakat: not chosen)'),
    proposalId: z.string(),
    title: z.string(),
    desaCode: z.string().nullable(),
    total: z.string().nullable().describe('Exact total as a fraction (scoring methods)'),
    totalDecimal: z.string().nullable(),
    votes: z.number().int().nullable(),
    tiedWith: z.array(z.string()),
    outcome: ProposalOutcomeSchema,
    amount: z.string().nullable().describe('Funded rupiah'),
    carriedOver: z.boolean().describe('Came into this cycle carried over from an earlier one'),
  })
  .meta({ id: 'MusyawarahResultRankingEntry' });
export type ResultRankingEntry = z.infer<typeof ResultRankingEntrySchema>;

export const StoredResultSchema = z
  .object({
    inputs: z
      .unknown()
      .describe(
        'What was entered: {proposals[{id,title,kind,desaCode,requestedBudget,status,history}], criteria, scores, vote, chosenCount, funding, attended}',
      ),
    scoring: z.unknown().nullable().describe('domain ScoringResult (method, ranking, ties)'),
    vote: z.unknown().nullable().describe('domain VoteResult'),
    combined: z.unknown().nullable().describe('{rule, ranking: CombinedEntry[]}'),
    funding: z.unknown().nullable().describe('domain FundingResult with rupiah as strings'),
    chosenProposalIds: z.array(z.string()),
  })
  .meta({ id: 'MusyawarahStoredResult' });

export const ResultFundingSummarySchema = z.object({
  rule: z.enum(FUNDING_RULES),
  availableBudget: z.string(),
  fundedTotal: z.string(),
  remainingBudget: z.string(),
});

export const MusyawarahResultSchema = z
  .object({
    id: z.string(),
    musyawarahId: z.string(),
    title: z.string(),
    subject: ProposalKindSchema,
    method: ResultMethodSchema,
    cycleYear: z.number().int(),
    createdAt: z.string(),
    ranking: z.array(ResultRankingEntrySchema).describe('Ranked first in rank order, then the unranked'),
    chosenProposalIds: z.array(z.string()),
    funding: ResultFundingSummarySchema.nullable(),
    voteMajority: QuorumCheckSchema.nullable().describe('½ + 1 check of the chosen proposal (suara methods)'),
    stored: StoredResultSchema,
  })
  .meta({ id: 'MusyawarahResult' });
export type MusyawarahResult = z.infer<typeof MusyawarahResultSchema>;

/* Meetings. */

export const MusyawarahDetailSchema = z
  .object({
    id: z.string(),
    kawasanId: z.string(),
    kawasanName: z.string(),
    kind: MusyawarahKindSchema,
    title: z.string(),
    desaCode: z.string().nullable(),
    desaName: z.string().nullable(),
    organiser: z.string(),
    heldOn: z.string(),
    place: z.string(),
    agenda: z.array(z.string()),
    chair: z.string().nullable(),
    secretary: z.string().nullable(),
    notes: z.string().nullable(),
    postponedThenContinued: z.boolean(),
    decisions: z.array(DecisionSchema),
    state: MusyawarahStateSchema,
    fixedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    participants: z.array(ParticipantSchema),
    summary: AttendanceSummarySchema,
    quorum: QuorumReportSchema,
    results: z.array(MusyawarahResultSchema),
    allowed: z.object({
      edit: z.boolean().describe('Edit, participants and results (draf, actor may record)'),
      fix: z.boolean().describe('May fix the berita acara now (also needs a valid quorum)'),
    }),
    memberDesa: z.array(MemberDesaSchema),
  })
  .meta({ id: 'MusyawarahDetail' });
export type MusyawarahDetail = z.infer<typeof MusyawarahDetailSchema>;

export const MusyawarahSummarySchema = MusyawarahDetailSchema.pick({
  id: true,
  kind: true,
  title: true,
  desaCode: true,
  desaName: true,
  heldOn: true,
  place: true,
  state: true,
})
  .extend({
    invited: z.number().int(),
    attended: z.number().int(),
    women: z.number().int(),
    valid: z.boolean().describe('The quorum report has every wajib check passed'),
  })
  .meta({ id: 'MusyawarahSummary' });
export type MusyawarahSummary = z.infer<typeof MusyawarahSummarySchema>;

export const MusyawarahListSchema = z
  .object({ items: z.array(MusyawarahSummarySchema).describe('Newest meeting first') })
  .meta({ id: 'MusyawarahList' });
export type MusyawarahList = z.infer<typeof MusyawarahListSchema>;

export const CreateMusyawarahBodySchema = z.object({
  kind: MusyawarahKindSchema,
  title: REQUIRED_TEXT('Judul musyawarah', 200),
  desaCode: DESA_CODE.nullish().describe('Required for dusun/desa/desa khusus; empty for the kawasan kinds'),
  organiser: REQUIRED_TEXT('Penyelenggara', 200),
  heldOn: DATE,
  place: REQUIRED_TEXT('Tempat', 200),
  agenda: z.array(REQUIRED_TEXT('Acara', 300)).max(30).default([]),
  chair: TEXT(120).nullish(),
  secretary: TEXT(120).nullish(),
  notes: TEXT(4000).nullish(),
});
export type CreateMusyawarahBody = z.infer<typeof CreateMusyawarahBodySchema>;
export type CreateMusyawarahBodyInput = z.input<typeof CreateMusyawarahBodySchema>;

export const UpdateMusyawarahBodySchema = z
  .object({
    title: REQUIRED_TEXT('Judul musyawarah', 200).optional(),
    organiser: REQUIRED_TEXT('Penyelenggara', 200).optional(),
    heldOn: DATE.optional(),
    place: REQUIRED_TEXT('Tempat', 200).optional(),
    agenda: z.array(REQUIRED_TEXT('Acara', 300)).max(30).optional(),
    chair: TEXT(120).nullish(),
    secretary: TEXT(120).nullish(),
    notes: TEXT(4000).nullish(),
    postponedThenContinued: z.boolean().optional(),
    decisions: z.array(DecisionSchema).max(50).optional(),
  })
  .meta({ id: 'UpdateMusyawarah' });
export type UpdateMusyawarahBody = z.infer<typeof UpdateMusyawarahBodySchema>;

/* Proposals (usulan). */

export const CarryOverRecordSchema = z
  .object({
    cycleYear: z.number().int(),
    rank: z.number().int().nullable(),
    requestedBudget: z.string(),
    reason: z.string().describe('exceeds_remaining_budget, stopped_after_unfit, not_ranked'),
    musyawarahId: z.string(),
  })
  .meta({ id: 'ProposalCarryOver' });
export type CarryOverRecord = z.infer<typeof CarryOverRecordSchema>;

export const ProposalViewSchema = z
  .object({
    id: z.string(),
    kind: ProposalKindSchema,
    title: z.string(),
    desaCode: z.string().nullable(),
    desaName: z.string().nullable(),
    description: z.string().nullable(),
    proposer: z.string().nullable(),
    requestedBudget: z.string().nullable(),
    status: ProposalStatusSchema,
    decidedBy: z.string().nullable().describe('The result that set the status last'),
    history: z.array(CarryOverRecordSchema).describe('Oldest first; one line per cycle not funded'),
    carriedOver: z.boolean().describe('Status dibawa: carried over into the next cycle'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DeliberationProposal' });
export type ProposalView = z.infer<typeof ProposalViewSchema>;

export const ProposalListSchema = z
  .object({ items: z.array(ProposalViewSchema).describe('Carried over (dibawa) first, then by creation') })
  .meta({ id: 'DeliberationProposalList' });
export type ProposalList = z.infer<typeof ProposalListSchema>;

export const ProposalListQuerySchema = z.object({
  kind: ProposalKindSchema.optional(),
  status: ProposalStatusSchema.optional(),
});
export type ProposalListQuery = z.infer<typeof ProposalListQuerySchema>;

export const CreateProposalBodySchema = z
  .object({
    kind: ProposalKindSchema,
    title: REQUIRED_TEXT('Judul usulan', 200),
    desaCode: DESA_CODE.nullish().describe(
      'Required for produk_unggulan_desa; empty for produk_unggulan_kawasan',
    ),
    description: TEXT(4000).nullish(),
    proposer: TEXT(200).nullish(),
    requestedBudget: RUPIAH.nullish(),
  })
  .meta({ id: 'CreateDeliberationProposal' });
export type CreateProposalBody = z.infer<typeof CreateProposalBodySchema>;

export const UpdateProposalBodySchema = z
  .object({
    title: REQUIRED_TEXT('Judul usulan', 200).optional(),
    desaCode: DESA_CODE.nullish(),
    description: TEXT(4000).nullish(),
    proposer: TEXT(200).nullish(),
    requestedBudget: RUPIAH.nullish(),
  })
  .meta({ id: 'UpdateDeliberationProposal' });
export type UpdateProposalBody = z.infer<typeof UpdateProposalBodySchema>;

/* Public views: only a kawasan in a public state, only fixed musyawarah, counts without names. */

export const PublicMusyawarahSchema = MusyawarahDetailSchema.pick({
  id: true,
  kind: true,
  title: true,
  desaCode: true,
  desaName: true,
  organiser: true,
  heldOn: true,
  place: true,
  agenda: true,
  fixedAt: true,
  summary: true,
  quorum: true,
  decisions: true,
  results: true,
}).meta({ id: 'PublicMusyawarah' });
export type PublicMusyawarah = z.infer<typeof PublicMusyawarahSchema>;

export const PublicMusyawarahListSchema = z
  .object({ items: z.array(PublicMusyawarahSchema) })
  .meta({ id: 'PublicMusyawarahList' });
export type PublicMusyawarahList = z.infer<typeof PublicMusyawarahListSchema>;

export const PublicResultSchema = MusyawarahResultSchema.extend({
  kawasanId: z.string(),
  kawasanName: z.string(),
  musyawarahTitle: z.string(),
  heldOn: z.string(),
}).meta({ id: 'PublicMusyawarahResult' });
export type PublicResult = z.infer<typeof PublicResultSchema>;

/* Params. */

export const MusyawarahParamsSchema = z.object({ mid: z.uuid('Bukan pengenal musyawarah yang sah.') });
export const ResultParamsSchema = MusyawarahParamsSchema.extend({
  rid: z.uuid('Bukan pengenal hasil musyawarah yang sah.'),
});
export const PublicResultParamsSchema = z.object({
  rid: z.uuid('Bukan pengenal hasil musyawarah yang sah.'),
});
export const DeliberationProposalParamsSchema = z.object({ pid: z.uuid('Bukan pengenal usulan yang sah.') });
