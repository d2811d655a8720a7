import { z } from 'zod';
import { AGENCY_KINDS, FUNDING_SOURCES, VALUE_CHAIN_STAGES } from '../domain/rpkp/plan.ts';
import { PROGRESS_STATUSES } from '../domain/rpkp/progress.ts';
import { RPKP_ACTIONS, RPKP_STATES } from '../domain/rpkp/review.ts';

/**
 * The RPKP (Rencana Pembangunan Kawasan Perdesaan) of a kawasan: its versions, the plan content,
 * the review by the province and approval by regulation, roll-ups, convergence, progress reports
 * with evidence, exports and the public view of the plan in force. See ADR 0011.
 *
 * Rupiah amounts are strings of whole rupiah (JSON has no bigint). The plan schema checks shapes
 * only: what is missing or wrong in the content is listed in `issues` (with field paths) on every
 * read, and refused when the plan is submitted or approved.
 * Request bodies with defaults carry no OpenAPI component id: their input and output forms differ.
 */

export const RpkpStateSchema = z.enum(RPKP_STATES).meta({ id: 'RpkpState' });
export type RpkpState = z.infer<typeof RpkpStateSchema>;
export const RpkpActionSchema = z.enum(RPKP_ACTIONS).meta({ id: 'RpkpAction' });
export type RpkpAction = z.infer<typeof RpkpActionSchema>;
export const RPKP_STANDINGS = ['berlaku', 'diganti', 'dalam_proses', 'ditarik'] as const;
export const RpkpStandingSchema = z
  .enum(RPKP_STANDINGS)
  .describe('berlaku: the version in force; diganti: approved, superseded by a newer one')
  .meta({ id: 'RpkpStanding' });
export type RpkpStanding = z.infer<typeof RpkpStandingSchema>;
export const ProgressStatusSchema = z.enum(PROGRESS_STATUSES).meta({ id: 'RpkpProgressStatus' });
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>;

/** Whole rupiah as written in a request: digits only; empty while a draft is incomplete. */
const RUPIAH_INPUT = z
  .string()
  .trim()
  .regex(/^\d{0,18}$/, 'Anggaran ditulis dalam rupiah utuh tanpa titik, koma atau huruf (contoh 150000000).');
/** Whole rupiah in a response. */
const RUPIAH = z
  .string()
  .regex(/^-?\d+$/)
  .describe('Whole rupiah, decimal string');
const PLAN_ID = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9_.-]{1,40}$/,
    'Kode hanya huruf, angka, titik, garis bawah atau tanda hubung (1–40 karakter).',
  );
const TEXT = (max: number) => z.string().max(max, `Paling panjang ${max} karakter.`);

/* ——— Plan content ——— */

export const OutputIndicatorSchema = z
  .object({
    name: TEXT(200).describe('What is produced, e.g. "Rumah pengolahan kopi terbangun"'),
    unit: TEXT(40).describe('unit, ha, orang, ton…'),
    target: z.number().finite().describe('Greater than zero; decimals allowed (2.5 ha)'),
  })
  .meta({ id: 'RpkpOutputIndicator' });
export type OutputIndicator = z.infer<typeof OutputIndicatorSchema>;

const StageOrBlank = z.enum(VALUE_CHAIN_STAGES).or(z.literal('')).describe('Empty while not yet chosen');
const AgencyKindOrBlank = z.enum(AGENCY_KINDS).or(z.literal('')).describe('Empty while not yet chosen');
const FundingSourceOrBlank = z.enum(FUNDING_SOURCES).or(z.literal('')).describe('Empty while not yet chosen');

export const ActivitySchema = z
  .object({
    id: PLAN_ID.describe('Stable within the plan and across revisions; progress refers to it'),
    name: TEXT(300),
    desaCodes: z.array(z.string().trim().max(20)).max(60).describe('Member desa where it takes place'),
    year: z.number().int().describe('The budget year, inside the plan period'),
    stage: StageOrBlank,
    sector: TEXT(80).describe('pertanian, pariwisata, perikanan…'),
    agencyKind: AgencyKindOrBlank,
    agencyName: TEXT(200),
    fundingSource: FundingSourceOrBlank,
    budget: RUPIAH_INPUT.describe('Whole rupiah, digits only; must be more than 0 to submit'),
    outputs: z.array(OutputIndicatorSchema).max(20),
    proposalIds: z.array(z.string().max(60)).max(50).optional().describe('Proposals (usulan) it answers'),
    indicatorRefs: z
      .array(z.string().max(60))
      .max(50)
      .optional()
      .describe('Index indicators, e.g. IDM:IKE.09'),
  })
  .meta({ id: 'RpkpActivity' });
export type Activity = z.infer<typeof ActivitySchema>;

export const StrategySchema = z.object({ id: PLAN_ID, text: TEXT(1000) }).meta({ id: 'RpkpStrategy' });
export type Strategy = z.infer<typeof StrategySchema>;

export const ProgrammeSchema = z
  .object({
    id: PLAN_ID,
    name: TEXT(300),
    strategyId: PLAN_ID.nullable(),
    activities: z.array(ActivitySchema).max(300, 'Paling banyak 300 kegiatan per program.'),
  })
  .meta({ id: 'RpkpProgramme' });
export type Programme = z.infer<typeof ProgrammeSchema>;

export const PlanPeriodSchema = z
  .object({ startYear: z.number().int(), endYear: z.number().int().describe('Inclusive') })
  .meta({ id: 'RpkpPeriod' });
export type PlanPeriod = z.infer<typeof PlanPeriodSchema>;

/** The plan as sent and as returned (budgets as whole-rupiah strings). */
export const PlanSchema = z
  .object({
    period: PlanPeriodSchema,
    vision: TEXT(2000),
    strategies: z.array(StrategySchema).max(30, 'Paling banyak 30 strategi.'),
    programmes: z.array(ProgrammeSchema).max(60, 'Paling banyak 60 program.'),
  })
  .meta({ id: 'RpkpPlan' });
export type Plan = z.infer<typeof PlanSchema>;

export const RegulationSchema = z
  .object({
    number: z.string().describe('e.g. Perbup 12 Tahun 2026'),
    date: z.string().describe('YYYY-MM-DD'),
    documentId: z
      .string()
      .nullable()
      .describe('A document of this kawasan (the regulation scan), if uploaded'),
  })
  .meta({ id: 'RpkpRegulation' });
export type Regulation = z.infer<typeof RegulationSchema>;

export const FieldIssueSchema = z
  .object({
    field: z.string().describe('Path, e.g. programmes[0].activities[2].budget'),
    message: z.string(),
  })
  .meta({ id: 'RpkpFieldIssue' });
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

/* ——— Roll-ups ——— */

const BudgetLineSchema = <K extends z.ZodType>(key: K) =>
  z.object({ key, label: z.string(), total: RUPIAH, activityCount: z.number().int() });

export const RpkpTotalsSchema = z
  .object({
    total: RUPIAH,
    byProgramme: z.array(BudgetLineSchema(z.string())).describe('In plan order; label is the programme name'),
    byYear: z.array(BudgetLineSchema(z.number().int())).describe('Every year of the period'),
    bySource: z
      .array(BudgetLineSchema(z.string()))
      .describe('Every funding source in FUNDING_SOURCES order; an empty key: not yet chosen'),
    byAgencyKind: z
      .array(BudgetLineSchema(z.string()))
      .describe('Every agency kind in AGENCY_KINDS order; an empty key: not yet chosen'),
    byStage: z
      .array(BudgetLineSchema(z.string()))
      .describe('Every value-chain stage in VALUE_CHAIN_STAGES order; an empty key: not yet chosen'),
  })
  .meta({ id: 'RpkpTotals' });
export type RpkpTotals = z.infer<typeof RpkpTotalsSchema>;

export const ActivityStandingSchema = z
  .object({
    status: ProgressStatusSchema,
    progressBp: z.number().int().describe('0–10000 basis points'),
    reportedOn: z.string(),
  })
  .meta({ id: 'RpkpActivityStanding' });
export type ActivityStanding = z.infer<typeof ActivityStandingSchema>;

const ProgressFiguresSchema = z.object({
  basisPoints: z.number().int().nullable().describe('Budget-weighted, rounded down; null without activities'),
  budget: RUPIAH,
  activityCount: z.number().int(),
  completedCount: z.number().int(),
});

export const RpkpProgressSchema = z
  .object({
    plan: z.number().int().nullable().describe('Budget-weighted progress of the whole plan, basis points'),
    activityCount: z.number().int(),
    completedCount: z.number().int(),
    byProgramme: z.array(ProgressFiguresSchema.extend({ programmeId: z.string() })),
    byActivity: z
      .record(z.string(), ActivityStandingSchema)
      .describe('The newest report of each activity that has one; others count as 0'),
  })
  .meta({ id: 'RpkpProgress' });
export type RpkpProgress = z.infer<typeof RpkpProgressSchema>;

export const RpkpHistoryEntrySchema = z
  .object({
    action: z.string().describe('rpkp.create, rpkp.update, rpkp.submit, rpkp.approve…'),
    from: RpkpStateSchema.nullable(),
    to: RpkpStateSchema.nullable(),
    at: z.string(),
    actorLabel: z.string(),
    reason: z.string().nullable().describe('Question, answer or reason given with the step'),
    submission: z.number().int().nullable(),
    regulation: RegulationSchema.nullable(),
  })
  .meta({ id: 'RpkpHistoryEntry' });
export type RpkpHistoryEntry = z.infer<typeof RpkpHistoryEntrySchema>;

export const RpkpAllowedSchema = z
  .object({
    edit: z.boolean(),
    submit: z.boolean(),
    start_review: z.boolean(),
    request_clarification: z.boolean(),
    resubmit: z.boolean(),
    complete_review: z.boolean(),
    approve: z.boolean(),
    withdraw: z.boolean(),
    report_progress: z.boolean().describe('This version is in force and the actor may report progress'),
  })
  .meta({ id: 'RpkpAllowed' });
export type RpkpAllowed = z.infer<typeof RpkpAllowedSchema>;

export const MemberDesaSchema = z
  .object({ code: z.string(), name: z.string() })
  .meta({ id: 'RpkpMemberDesa' });

/* ——— Versions ——— */

export const RpkpVersionSummarySchema = z
  .object({
    version: z.number().int(),
    basedOn: z.number().int().nullable(),
    state: RpkpStateSchema,
    standing: RpkpStandingSchema,
    submission: z.number().int(),
    title: z.string(),
    period: PlanPeriodSchema,
    totalBudget: RUPIAH,
    updatedAt: z.string(),
  })
  .meta({ id: 'RpkpVersionSummary' });
export type RpkpVersionSummary = z.infer<typeof RpkpVersionSummarySchema>;

export const RpkpListSchema = z
  .object({
    versions: z.array(RpkpVersionSummarySchema).describe('Newest first'),
    inForce: z.number().int().nullable().describe('The approved version in force'),
    allowed: z.object({ startVersion: z.boolean() }),
  })
  .meta({ id: 'RpkpList' });
export type RpkpList = z.infer<typeof RpkpListSchema>;

export const RpkpVersionDetailSchema = z
  .object({
    kawasanId: z.string(),
    kawasanName: z.string(),
    version: z.number().int(),
    basedOn: z.number().int().nullable().describe('The version in force it was copied from (a revisi)'),
    state: RpkpStateSchema,
    standing: RpkpStandingSchema,
    submission: z.number().int(),
    title: z.string(),
    plan: PlanSchema,
    regulation: RegulationSchema.nullable(),
    issues: z.array(FieldIssueSchema).describe('What keeps the plan from being submitted'),
    totals: RpkpTotalsSchema,
    progress: RpkpProgressSchema,
    history: z.array(RpkpHistoryEntrySchema).describe('Oldest first'),
    allowed: RpkpAllowedSchema,
    memberDesa: z.array(MemberDesaSchema),
    inForce: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'RpkpVersionDetail' });
export type RpkpVersionDetail = z.infer<typeof RpkpVersionDetailSchema>;

export const CreateRpkpBodySchema = z
  .object({ title: z.string().trim().min(3, 'Judul minimal 3 huruf.').max(200).optional() })
  .meta({ id: 'CreateRpkpVersion' });
export type CreateRpkpBody = z.infer<typeof CreateRpkpBodySchema>;

export const UpdatePlanBodySchema = z
  .object({
    title: z.string().trim().min(3, 'Judul minimal 3 huruf.').max(200).optional(),
    plan: PlanSchema,
  })
  .meta({ id: 'UpdateRpkpPlan' });
export type UpdatePlanBody = z.infer<typeof UpdatePlanBodySchema>;

export const RpkpTransitionBodySchema = z
  .object({
    action: RpkpActionSchema,
    reason: z
      .string()
      .trim()
      .max(4000)
      .optional()
      .describe('The question (request_clarification), the answer (resubmit) or the reason (withdraw)'),
    regulation: z
      .object({
        number: z.string().trim().max(160),
        date: z.string().trim().max(10),
        documentId: z.uuid().nullable().optional(),
      })
      .optional()
      .describe('Required to approve: number and date of the regulation; the document is optional'),
  })
  .meta({ id: 'RpkpTransition' });
export type RpkpTransitionBody = z.infer<typeof RpkpTransitionBodySchema>;

/* ——— Convergence ——— */

export const ConvergenceSchema = z
  .object({
    version: z.number().int(),
    years: z.array(z.number().int()),
    stages: z.array(z.enum(VALUE_CHAIN_STAGES)),
    agencyKinds: z.array(z.enum(AGENCY_KINDS)),
    cells: z
      .array(
        z.object({
          agencyKind: z.enum(AGENCY_KINDS),
          stage: z.enum(VALUE_CHAIN_STAGES),
          year: z.number().int(),
          budget: RUPIAH,
          activityCount: z.number().int(),
          activityIds: z.array(z.string()),
          fundingSources: z.array(z.enum(FUNDING_SOURCES)),
        }),
      )
      .describe('Every agency kind × stage × year of the period'),
    gaps: z
      .array(z.object({ stage: z.enum(VALUE_CHAIN_STAGES), year: z.number().int() }))
      .describe('Stage/year pairs no agency plans anything for'),
    overlaps: z
      .array(
        z.object({
          year: z.number().int(),
          stage: z.enum(VALUE_CHAIN_STAGES),
          sector: z.string(),
          desaCode: z.string(),
          activityIds: z.array(z.string()),
          agencyNames: z.array(z.string()),
        }),
      )
      .describe('Same year, stage and sector in a shared desa by different agencies: worth a check'),
    outsidePeriod: z.array(z.string()).describe('Activity ids dated outside the period'),
    bySource: z.array(BudgetLineSchema(z.string())),
    activities: z
      .array(z.object({ id: z.string(), name: z.string(), programmeId: z.string() }))
      .describe('Names of the activities the cells refer to'),
  })
  .meta({ id: 'RpkpConvergence' });
export type Convergence = z.infer<typeof ConvergenceSchema>;

/* ——— Progress ——— */

export const ProgressBodySchema = z.object({
  reportedOn: z.string().trim().max(10).describe('YYYY-MM-DD, inside the plan period and not in the future'),
  status: ProgressStatusSchema,
  progressBp: z.number().int('Kemajuan harus bilangan bulat basis poin (0–10000).'),
  quantity: z
    .string()
    .trim()
    .max(30)
    .nullish()
    .describe("Realised quantity of the activity's first output, exact decimal such as 12.5"),
  spent: z.string().trim().max(20).nullish().describe('Whole rupiah spent so far'),
  note: z.string().trim().max(2000).nullish(),
  documentIds: z
    .array(z.uuid('Bukan pengenal dokumen yang sah.'))
    .max(20, 'Paling banyak 20 dokumen bukti.')
    .default([])
    .describe('Evidence: documents of this kawasan (kind bukti_kegiatan or any other)'),
});
export type ProgressBody = z.infer<typeof ProgressBodySchema>;

export const EvidenceSchema = z
  .object({ id: z.string(), kind: z.string(), title: z.string(), fileName: z.string(), public: z.boolean() })
  .meta({ id: 'RpkpEvidence' });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ProgressReportSchema = z
  .object({
    id: z.string(),
    activityId: z.string(),
    reportedOn: z.string(),
    status: ProgressStatusSchema,
    progressBp: z.number().int(),
    quantity: z.string().nullable(),
    spent: RUPIAH.nullable(),
    note: z.string().nullable(),
    documents: z.array(EvidenceSchema),
    reportedBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'RpkpProgressReport' });
export type ProgressReport = z.infer<typeof ProgressReportSchema>;
/** What POST …/progress returns. */
export type ActivityProgress = ProgressReport;

export const ProgressListSchema = z
  .object({
    activityId: z.string(),
    activityName: z.string(),
    items: z.array(ProgressReportSchema).describe('Newest first'),
  })
  .meta({ id: 'RpkpProgressList' });
export type ProgressList = z.infer<typeof ProgressListSchema>;

/* ——— Public view ——— */

export const PublicRpkpSchema = z
  .object({
    kawasanId: z.string(),
    kawasanName: z.string(),
    version: z.number().int(),
    title: z.string(),
    plan: PlanSchema,
    regulation: RegulationSchema.omit({ documentId: true }).nullable(),
    totals: RpkpTotalsSchema,
    progress: RpkpProgressSchema,
    timeline: z
      .array(
        z.object({
          activityId: z.string(),
          reportedOn: z.string(),
          status: ProgressStatusSchema,
          progressBp: z.number().int(),
          note: z.string().nullable(),
          evidence: z
            .array(z.object({ id: z.string(), title: z.string(), fileName: z.string() }))
            .describe('Public documents only'),
        }),
      )
      .describe('Progress reports, newest first, without who reported them'),
    history: z
      .array(
        z.object({
          action: z.string(),
          from: RpkpStateSchema.nullable(),
          to: RpkpStateSchema.nullable(),
          at: z.string(),
        }),
      )
      .describe('Review steps of this version, oldest first'),
  })
  .meta({ id: 'PublicRpkp' });
export type PublicRpkp = z.infer<typeof PublicRpkpSchema>;

/* ——— Params ——— */

export const RpkpKawasanParamsSchema = z.object({ id: z.uuid('Bukan pengenal kawasan yang sah.') });
export const RpkpVersionParamsSchema = RpkpKawasanParamsSchema.extend({
  version: z.coerce.number().int('Nomor versi harus bilangan bulat.').min(1).max(100000),
});
export const RpkpActivityParamsSchema = RpkpKawasanParamsSchema.extend({
  activityId: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'Kode kegiatan tidak dikenal.'),
});
