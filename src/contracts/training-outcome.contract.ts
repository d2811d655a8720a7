import { z } from 'zod';
import { ACTIVITY_CATEGORIES } from '../domain/facilitation/activity-log.ts';
import { ASPECTS, PARTICIPANT_ROLES, TARGET_GROUPS } from '../domain/training/aspects.ts';
import { REVOCATION_REASONS } from '../domain/training/certificate.ts';
import {
  FOLLOW_UP_METHODS,
  FOLLOW_UP_STATUSES,
  INDICATOR_STATES,
  VERDICTS,
} from '../domain/training/follow-up.ts';
import { GAIN_CATEGORIES } from '../domain/training/gain.ts';
import { SESSION_STATES } from '../domain/training/lifecycle.ts';
import { GENDERS } from '../domain/training/registration.ts';
import { TRAINING_TOPIC_IDS } from '../domain/training/topics.ts';

/**
 * Pelatihan outcomes: the follow-up months after a training (Kirkpatrick levels 3 and 4) and the
 * judgement of a session, certificates (issue, PDF, revocation) and their public verification,
 * suggested training needs of a desa or kawasan, and the dashboards of a region or kawasan with
 * their XLSX export. The schemas check shapes; the rules are the domain's (domain/training), and
 * their refusals come back as problems with field paths. Exact fractions are sent as decimal text.
 */

const CODE = z.string().trim().max(20).describe('Region code with or without dots');
const TOPIC = z.enum(TRAINING_TOPIC_IDS as unknown as [string, ...string[]]);

export const OutcomeSessionParamsSchema = z.object({ sid: z.uuid('Bukan pengenal angkatan yang sah.') });
export const OutcomeRegistrationParamsSchema = z.object({
  sid: z.uuid('Bukan pengenal angkatan yang sah.'),
  rid: z.uuid('Bukan pengenal pendaftaran yang sah.'),
});
export const CertificateParamsSchema = z.object({ cid: z.uuid('Bukan pengenal sertifikat yang sah.') });
export const VerificationParamsSchema = z.object({
  code: z.string().max(64).describe('The code as typed: case, spaces and dashes are ignored'),
});

/** The session an outcome view is about, with its programme and provider. */
export const OutcomeSessionSchema = z
  .object({
    id: z.uuid(),
    label: z.string(),
    state: z.enum(SESSION_STATES),
    stateLabel: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    programmeId: z.uuid(),
    programmeTitle: z.string(),
    providerId: z.uuid(),
    providerName: z.string(),
  })
  .meta({ id: 'TrainingOutcomeSession' });

/** A share of a count, exact: `share` as a fraction in decimal text, `percentText` rounded down. */
export const ShareSchema = z.object({
  count: z.number().int(),
  of: z.number().int(),
  /** Null when `of` is 0. */
  percentText: z.string().nullable(),
});

export const MeanGainSchema = z.object({
  /** Four decimals, rounded down. */
  value: z.string(),
  /** Two decimals, rounded down (as shown). */
  text: z.string(),
  n: z.number().int(),
  category: z.enum(GAIN_CATEGORIES),
  categoryLabel: z.string(),
});
export type MeanGainView = z.infer<typeof MeanGainSchema>;

/* ——— Follow-up (levels 3 and 4) ——— */

export const FollowUpIndicatorStateSchema = z.object({
  indicatorId: z.string(),
  level: z.enum(['L3', 'L4']),
  label: z.string(),
  /** The state in the latest record that gave one; null when never recorded. */
  lastState: z.enum(INDICATOR_STATES).nullable(),
  lastStateLabel: z.string().nullable(),
  lastRecordedOn: z.string().nullable(),
});

export const FollowUpRecordViewSchema = z
  .object({
    id: z.uuid(),
    registrationId: z.uuid(),
    recordedOn: z.string(),
    method: z.enum(FOLLOW_UP_METHODS),
    methodLabel: z.string(),
    reached: z.boolean(),
    indicators: z.array(
      z.object({
        indicatorId: z.string(),
        label: z.string(),
        state: z.enum(INDICATOR_STATES),
        stateLabel: z.string(),
      }),
    ),
    note: z.string(),
    recordedBy: z.string().nullable().describe('Name of the user who recorded it'),
    createdAt: z.string(),
  })
  .meta({ id: 'TrainingFollowUpRecord' });
export type FollowUpRecordView = z.infer<typeof FollowUpRecordViewSchema>;

export const FollowUpParticipantSchema = z.object({
  registrationId: z.uuid(),
  name: z.string(),
  desaCode: z.string(),
  desaName: z.string(),
  role: z.enum(PARTICIPANT_ROLES),
  roleLabel: z.string(),
  completed: z.boolean(),
  attendedPercentText: z.string(),
  dueDate: z.string(),
  /** Null for a participant who did not complete: only completers are followed up. */
  status: z.enum(FOLLOW_UP_STATUSES).nullable(),
  statusLabel: z.string(),
  /** The indicators that apply to the participant's role, in table order. */
  indicators: z.array(FollowUpIndicatorStateSchema),
  records: z.array(FollowUpRecordViewSchema),
  /** Whether the signed-in user may record a follow-up of this participant now. */
  canRecord: z.boolean(),
});

export const JudgementSchema = z
  .object({
    verdict: z.enum(VERDICTS),
    label: z.string(),
    coverage: ShareSchema,
    applied: ShareSchema,
    results: ShareSchema,
    learning: MeanGainSchema.nullable(),
    notes: z.array(z.string()),
  })
  .meta({ id: 'TrainingJudgement' });

export const FollowUpSheetSchema = z
  .object({
    session: OutcomeSessionSchema,
    today: z.string(),
    followUpMonths: z.number().int(),
    dueDate: z.string(),
    counts: z.object({
      registered: z.number().int(),
      completers: z.number().int(),
      byStatus: z.record(z.enum(FOLLOW_UP_STATUSES), z.number().int()),
    }),
    /** Registered participants whose details the user may read (or whose follow-up they record). */
    participants: z.array(FollowUpParticipantSchema),
    /** Registered participants left out of `participants`: their details are not for this user. */
    hiddenParticipants: z.number().int(),
    /** Null until the session is finished (see `judgementNote`). */
    judgement: JudgementSchema.nullable(),
    judgementNote: z.string().nullable(),
  })
  .meta({ id: 'TrainingFollowUpSheet' });
export type FollowUpSheet = z.infer<typeof FollowUpSheetSchema>;

export const FollowUpBodySchema = z.object({
  recordedOn: z.string().max(20).describe('The day of the follow-up, YYYY-MM-DD'),
  method: z.enum(FOLLOW_UP_METHODS),
  reached: z.boolean(),
  indicators: z.array(z.object({ indicatorId: z.string().max(60), state: z.enum(INDICATOR_STATES) })).max(50),
  note: z.string().max(4000),
});
export type FollowUpBody = z.infer<typeof FollowUpBodySchema>;

/* ——— Certificates ——— */

export const CertificateViewSchema = z
  .object({
    id: z.uuid(),
    registrationId: z.uuid(),
    code: z.string(),
    nameAsPrinted: z.string(),
    programmeTitle: z.string(),
    providerName: z.string(),
    sessionLabel: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    hours: z.number().int(),
    issuedOn: z.string(),
    status: z.enum(['berlaku', 'dicabut']),
    statusLabel: z.string(),
    revokedOn: z.string().nullable(),
    revocationReason: z.enum(REVOCATION_REASONS).nullable(),
    /** The public wording of the reason. */
    revocationReasonLabel: z.string().nullable(),
    /** Internal; only for the provider's users. */
    revocationNote: z.string().nullable(),
    /** Path of the printable PDF (valid certificates only). */
    pdfPath: z.string().nullable(),
    /** Path of the public verification page. */
    verificationPath: z.string(),
    canManage: z.boolean(),
  })
  .meta({ id: 'TrainingCertificate' });
export type CertificateView = z.infer<typeof CertificateViewSchema>;

export const CertificateListSchema = z
  .object({
    session: OutcomeSessionSchema,
    items: z.array(CertificateViewSchema),
    counts: z.object({ valid: z.number().int(), revoked: z.number().int() }),
    /** Certificates left out of `items`: the participant's details are not for this user. */
    hidden: z.number().int(),
    /** Whether the user may issue certificates for this session now. */
    canIssue: z.boolean(),
  })
  .meta({ id: 'TrainingCertificateList' });
export type CertificateList = z.infer<typeof CertificateListSchema>;

export const IssueCertificatesBodySchema = z.object({
  registrationIds: z
    .array(z.uuid('Bukan pengenal pendaftaran yang sah.'))
    .max(1000)
    .optional()
    .describe('Default: every registered participant without a valid certificate'),
});
export type IssueCertificatesBody = z.infer<typeof IssueCertificatesBodySchema>;

export const IssueResultSchema = z
  .object({
    issued: z.array(CertificateViewSchema),
    ineligible: z.array(
      z.object({
        registrationId: z.uuid(),
        name: z.string().nullable(),
        reasons: z.array(z.object({ field: z.string(), message: z.string() })),
      }),
    ),
    /** Participants left out because they already hold a valid certificate (default selection only). */
    alreadyHeld: z.number().int(),
  })
  .meta({ id: 'TrainingCertificateIssue' });
export type IssueResult = z.infer<typeof IssueResultSchema>;

export const RevokeBodySchema = z.object({
  reason: z.enum(REVOCATION_REASONS),
  note: z.string().max(2000).describe('Internal, at least 10 characters; never shown publicly'),
});
export type RevokeBody = z.infer<typeof RevokeBodySchema>;

export const PublicCertificateSchema = z.object({
  code: z.string(),
  nameAsPrinted: z.string(),
  programmeTitle: z.string(),
  providerName: z.string(),
  sessionLabel: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  hours: z.number().int(),
  issuedOn: z.string(),
  status: z.enum(['berlaku', 'dicabut']),
  revokedOn: z.string().nullable(),
  revocationReason: z.string().nullable(),
});

/** The domain's VerificationOutcome: always 200, the outcome in the body. */
export const VerificationSchema = z
  .discriminatedUnion('outcome', [
    z.object({ outcome: z.literal('valid'), message: z.string(), certificate: PublicCertificateSchema }),
    z.object({
      outcome: z.literal('revoked'),
      message: z.string(),
      revokedOn: z.string(),
      reason: z.enum(REVOCATION_REASONS),
      certificate: PublicCertificateSchema,
    }),
    z.object({ outcome: z.literal('unknown'), code: z.string(), message: z.string() }),
    z.object({
      outcome: z.literal('malformed'),
      problem: z.enum(['format', 'check_character']),
      message: z.string(),
    }),
  ])
  .meta({ id: 'TrainingCertificateVerification' });
export type VerificationView = z.infer<typeof VerificationSchema>;

/* ——— Training needs ——— */

export const NeedsQuerySchema = z.object({
  desa: CODE.optional().describe('A desa code; or give kawasanId'),
  kawasanId: z.uuid().optional(),
});
export type NeedsQuery = z.infer<typeof NeedsQuerySchema>;

const PlaceScopeSchema = z.object({
  kind: z.enum(['desa', 'kawasan', 'region']),
  ref: z.string(),
  name: z.string(),
});

export const NeedEvidenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('catatan_pendamping'),
    entryId: z.uuid(),
    date: z.string(),
    desaCode: z.string().nullable(),
    kawasanId: z.string().nullable(),
    category: z.enum(ACTIVITY_CATEGORIES),
    categoryLabel: z.string(),
    keywords: z.array(z.string()),
    points: z.number().int(),
  }),
  z.object({
    kind: z.literal('indikator_idm'),
    desaCode: z.string(),
    year: z.number().int(),
    indicatorCode: z.string(),
    indicatorName: z.string(),
    score: z.number(),
    condition: z.string().nullable(),
    points: z.number().int(),
  }),
]);

export const NeedsSchema = z
  .object({
    target: PlaceScopeSchema,
    today: z.string(),
    /** The window of facilitators' notes read, both days included. */
    logWindow: z.object({ from: z.string(), to: z.string() }),
    /** Trainings ending on or after this day count as recent. */
    recentFrom: z.string(),
    /** Per desa, the IDM year whose indicator scores were read. */
    indicatorYears: z.array(z.object({ desaCode: z.string(), year: z.number().int() })),
    suggestions: z.array(
      z.object({
        topicId: TOPIC,
        label: z.string(),
        rank: z.number().int(),
        points: z.number().int(),
        desa: z.array(z.object({ code: z.string(), name: z.string() })),
        evidence: z.array(NeedEvidenceSchema),
        explanation: z.string(),
      }),
    ),
    coveredByRecentTraining: z.array(
      z.object({
        topicId: TOPIC,
        label: z.string(),
        sessions: z.array(
          z.object({ id: z.uuid(), label: z.string(), programmeTitle: z.string(), endDate: z.string() }),
        ),
        pointsRemoved: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'TrainingNeeds' });
export type NeedsView = z.infer<typeof NeedsSchema>;

/* ——— Dashboard ——— */

export const DashboardQuerySchema = z.object({
  region: CODE.optional().describe(
    'A province, kabupaten/kota, kecamatan or desa code; default: your own region',
  ),
  kawasanId: z.uuid().optional(),
});
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

const Count = z.number().int();

export const DashboardSchema = z
  .object({
    scope: PlaceScopeSchema,
    /** Finished sessions with at least one participant from the place who completed. */
    sessions: Count,
    people: z.object({
      /** Distinct people who completed at least one finished session. */
      people: Count,
      /** Completed participations (one person in two sessions counts twice). */
      participations: Count,
      byDesa: z.array(z.object({ code: z.string(), name: z.string(), people: Count })),
      byKawasan: z.array(z.object({ id: z.uuid(), name: z.string(), people: Count })),
      byAspect: z.array(z.object({ aspect: z.enum(ASPECTS), label: z.string(), people: Count })),
      byTargetGroup: z.array(z.object({ group: z.enum(TARGET_GROUPS), label: z.string(), people: Count })),
      byGender: z.array(z.object({ gender: z.enum(GENDERS), label: z.string(), people: Count })),
    }),
    /** Per tested aspect, over the completers whose programme tests it. */
    gains: z.array(
      z.object({
        aspect: z.enum(ASPECTS),
        label: z.string(),
        participants: Count,
        computed: Count,
        meanOfGains: MeanGainSchema.nullable(),
        gainOfMeans: MeanGainSchema.nullable(),
        notes: z.array(z.string()),
      }),
    ),
    /** Per indicator, the states given in each completer's latest follow-up (reached only). */
    followUps: z.array(
      z.object({
        indicatorId: z.string(),
        level: z.enum(['L3', 'L4']),
        label: z.string(),
        counts: z.record(z.enum(INDICATOR_STATES), Count),
      }),
    ),
    bumdes: z.object({
      /** BUM Desa and BUM Desa Bersama of the place in the enterprise registry. */
      enterprises: Count,
      /** Of those, the ones with a manager (pengelola BUM Desa linked to it) who completed a training. */
      withTrainedManager: Count,
      /** The share in percent, one decimal (`"66.7"`); null when the place has none. */
      percentText: z.string().nullable(),
      /** Those without a trained manager, by name: where to train next. */
      withoutTrainedManager: z.array(
        z.object({ id: z.uuid(), name: z.string(), kind: z.string(), kindLabel: z.string() }),
      ),
      note: z.string(),
    }),
  })
  .meta({ id: 'TrainingDashboard' });
export type DashboardView = z.infer<typeof DashboardSchema>;
