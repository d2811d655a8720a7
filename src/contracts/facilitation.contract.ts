import { z } from 'zod';
import {
  ACTIVITY_CATEGORIES,
  EVIDENCE_MEDIA_TYPES,
  MAX_EVIDENCE_PER_ENTRY,
  PARTICIPANT_GROUPS,
} from '../domain/facilitation/activity-log.ts';
import { GAP_WINDOWS } from '../domain/facilitation/coverage.ts';
import { FACILITATOR_TYPES, GENDERS } from '../domain/facilitation/facilitator.ts';
import { LOG_ACTIONS, LOG_STATES } from '../domain/facilitation/review.ts';
import { ProblemSchema } from './problem.contract.ts';

/**
 * Pendampingan (ADR 0013): facilitators and their assignments, the activity log with evidence and
 * its review by the facilitator's supervisor, the monthly report and coverage. The schemas check
 * shapes; the rules (assignment on the date, texts, counts, GPS inside Indonesia, the review
 * table) are the domain's, and their refusals come back as problems with field paths.
 * Request bodies with defaults carry no OpenAPI component id: their input and output forms differ.
 */

const DATE = z.iso.date('Tanggal harus berbentuk TTTT-BB-HH.');
const MONTH = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berbentuk TTTT-BB, misalnya 2026-03.');
const CODE = z.string().trim().max(20).describe('Region code with or without dots');

export const FacilitatorTypeSchema = z.enum(FACILITATOR_TYPES).meta({ id: 'FacilitatorType' });
export type FacilitatorTypeValue = z.infer<typeof FacilitatorTypeSchema>;
export const FacilitatorGenderSchema = z.enum(GENDERS).meta({ id: 'FacilitatorGender' });
export const ActivityCategorySchema = z.enum(ACTIVITY_CATEGORIES).meta({ id: 'ActivityCategory' });
export const ParticipantGroupSchema = z.enum(PARTICIPANT_GROUPS).meta({ id: 'ParticipantGroup' });
export const LogStateSchema = z.enum(LOG_STATES).meta({ id: 'ActivityLogState' });
export type LogStateValue = z.infer<typeof LogStateSchema>;
export const LogActionSchema = z.enum(LOG_ACTIONS).meta({ id: 'ActivityLogAction' });
export type LogActionValue = z.infer<typeof LogActionSchema>;

/** Where an assignment or an activity is: one desa (code) or one kawasan (id). */
export const PlaceInputSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('desa'), code: CODE }),
    z.object({ kind: z.literal('kawasan'), id: z.uuid('Bukan pengenal kawasan yang sah.') }),
  ])
  .meta({ id: 'FacilitationPlaceRef' });
export type PlaceInput = z.infer<typeof PlaceInputSchema>;

export const PlaceViewSchema = z
  .object({
    kind: z.enum(['desa', 'kawasan']),
    /** Desa code or kawasan id. */
    ref: z.string(),
    name: z.string().describe('Desa name with its kecamatan, or the kawasan name'),
  })
  .meta({ id: 'FacilitationPlace' });
export type PlaceView = z.infer<typeof PlaceViewSchema>;

/* ——— Facilitators and assignments ——— */

export const AssignmentViewSchema = z
  .object({
    id: z.uuid(),
    facilitatorId: z.uuid(),
    place: PlaceViewSchema,
    from: z.string(),
    to: z.string().nullable(),
    /** Covers today (server's date). */
    current: z.boolean(),
  })
  .meta({ id: 'FacilitatorAssignment' });
export type AssignmentView = z.infer<typeof AssignmentViewSchema>;

export const FacilitatorViewSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    username: z.string(),
    type: FacilitatorTypeSchema,
    typeLabel: z.string(),
    name: z.string(),
    gender: FacilitatorGenderSchema,
    phone: z.string().nullable(),
    email: z.string().nullable(),
    /** `************1234`, or null when no NIK was recorded. The NIK itself is never stored. */
    nikMasked: z.string().nullable(),
    homeRegion: z.object({ code: z.string(), name: z.string() }),
    activeFrom: z.string(),
    activeTo: z.string().nullable(),
    active: z.boolean(),
    supervisor: z.object({ id: z.uuid(), name: z.string(), typeLabel: z.string() }).nullable(),
    /** What the signed-in user may do with this record. */
    canManage: z.boolean(),
  })
  .meta({ id: 'Facilitator' });
export type FacilitatorView = z.infer<typeof FacilitatorViewSchema>;

export const FacilitatorDetailSchema = FacilitatorViewSchema.extend({
  /** Every assignment, newest first (history). */
  assignments: z.array(AssignmentViewSchema),
  supervisees: z.array(z.object({ id: z.uuid(), name: z.string(), typeLabel: z.string() })),
}).meta({ id: 'FacilitatorDetail' });
export type FacilitatorDetail = z.infer<typeof FacilitatorDetailSchema>;

export const FacilitatorListQuerySchema = z.object({
  region: CODE.optional().describe('Only facilitators whose home region lies in this region'),
  type: FacilitatorTypeSchema.optional(),
  q: z.string().trim().max(100).optional().describe('Part of the name'),
  activeOn: DATE.optional().describe('Only facilitators active on this day'),
});
export type FacilitatorListQuery = z.infer<typeof FacilitatorListQuerySchema>;

export const FacilitatorListSchema = z
  .object({ items: z.array(FacilitatorViewSchema), total: z.number().int() })
  .meta({ id: 'FacilitatorList' });
export type FacilitatorList = z.infer<typeof FacilitatorListSchema>;

const PERSON = {
  name: z.string().trim().max(200),
  gender: FacilitatorGenderSchema,
  phone: z.string().trim().max(30).nullable().optional(),
  email: z.string().trim().max(254).nullable().optional(),
  /** Checked, turned into a keyed hash and its last four digits; never stored or logged. */
  nik: z.string().trim().max(30).nullable().optional(),
};

export const CreateFacilitatorBodySchema = z.object({
  /** An existing account holding the facilitator role. */
  username: z.string().trim().min(1, 'Akun pengguna wajib dipilih.').max(100),
  type: FacilitatorTypeSchema,
  ...PERSON,
  homeRegionCode: CODE,
  activeFrom: DATE,
  activeTo: DATE.nullable().optional(),
  supervisorId: z.uuid().nullable().optional(),
});
export type CreateFacilitatorBody = z.infer<typeof CreateFacilitatorBodySchema>;

export const UpdateFacilitatorBodySchema = z.object({
  name: PERSON.name.optional(),
  gender: PERSON.gender.optional(),
  phone: PERSON.phone,
  email: PERSON.email,
  nik: PERSON.nik,
  activeTo: DATE.nullable().optional(),
  supervisorId: z.uuid().nullable().optional(),
});
export type UpdateFacilitatorBody = z.infer<typeof UpdateFacilitatorBodySchema>;

export const CreateAssignmentBodySchema = z.object({
  place: PlaceInputSchema,
  from: DATE,
  to: DATE.nullable().optional(),
});
export type CreateAssignmentBody = z.infer<typeof CreateAssignmentBodySchema>;

export const EndAssignmentBodySchema = z.object({ to: DATE });
export type EndAssignmentBody = z.infer<typeof EndAssignmentBodySchema>;

export const FacilitatorParamsSchema = z.object({ fid: z.uuid('Bukan pengenal pendamping yang sah.') });
export const AssignmentParamsSchema = z.object({ aid: z.uuid('Bukan pengenal penugasan yang sah.') });

/** The signed-in facilitator: their record, where they may log today, what waits for their review. */
export const MyFacilitationSchema = z
  .object({
    facilitator: FacilitatorViewSchema,
    /** Assignments covering today, for the log form's place picker. */
    currentAssignments: z.array(AssignmentViewSchema),
    /** Every assignment (the form allows back-dated entries within a past assignment). */
    assignments: z.array(AssignmentViewSchema),
    /** Server's date, `YYYY-MM-DD`; the form refuses later dates. */
    today: z.string(),
    counts: z.object({
      draf: z.number().int(),
      diajukan: z.number().int(),
      dikembalikan: z.number().int(),
      disetujui: z.number().int(),
      /** Entries of supervisees waiting for this facilitator's review. */
      toReview: z.number().int(),
    }),
  })
  .meta({ id: 'MyFacilitation' });
export type MyFacilitation = z.infer<typeof MyFacilitationSchema>;

/* ——— Evidence ——— */

export const EvidenceViewSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    mediaType: z.enum(EVIDENCE_MEDIA_TYPES),
    kind: z.enum(['foto', 'dokumen']),
    bytes: z.number().int(),
    sha256: z.string(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    /** Download address of the stored (downscaled) file. */
    url: z.string(),
  })
  .meta({ id: 'ActivityEvidence' });
export type EvidenceView = z.infer<typeof EvidenceViewSchema>;

export const EvidenceUploadQuerySchema = z.object({
  fileName: z.string().trim().min(1, 'Nama berkas wajib diisi.').max(200),
});
export const EvidenceParamsSchema = z.object({ evid: z.uuid('Bukan pengenal berkas bukti yang sah.') });

/* ——— Activity entries ——— */

export const ParticipantCountsSchema = z
  .object({
    perempuan: z.number().int('Jumlah peserta harus bilangan bulat.'),
    laki_laki: z.number().int('Jumlah peserta harus bilangan bulat.'),
  })
  .meta({ id: 'ActivityParticipantCounts' });

export const GpsPointSchema = z
  .object({ lat: z.number().finite(), lon: z.number().finite() })
  .meta({ id: 'GpsPoint' });

const ENTRY_CONTENT = {
  date: DATE,
  place: PlaceInputSchema,
  category: ActivityCategorySchema,
  topic: z.string().max(1000),
  participants: ParticipantCountsSchema,
  groups: z.array(ParticipantGroupSchema).max(PARTICIPANT_GROUPS.length * 2),
  activities: z.string().max(20_000),
  outputs: z.string().max(10_000),
  followUp: z.string().max(10_000),
  /** Ids of evidence uploaded by the same facilitator, in order. */
  evidenceIds: z.array(z.uuid()).max(MAX_EVIDENCE_PER_ENTRY * 2),
  gps: GpsPointSchema.nullable(),
};

/**
 * A new entry. `idempotencyKey` is a UUID v4 made on the device for this entry and sent again
 * unchanged on every retry: a repeat with the same body returns the entry already created (200),
 * a different body under a used key is refused (409). `submit` submits it to the supervisor at
 * once (the usual case in the field).
 */
export const CreateEntryBodySchema = z.object({
  idempotencyKey: z.string().trim().max(64),
  ...ENTRY_CONTENT,
  submit: z.boolean().default(false),
});
export type CreateEntryBody = z.infer<typeof CreateEntryBodySchema>;

/** Most entries one request of the outbox carries. */
export const ENTRY_BATCH_MAX = 25;

/**
 * What a phone's outbox sends when the signal returns: its waiting entries at once, each under
 * its own idempotency key, as `POST /api/pendampingan/kegiatan` would take them one by one.
 */
export const CreateEntriesBodySchema = z.object({
  entries: z.array(CreateEntryBodySchema).min(1).max(ENTRY_BATCH_MAX),
});
export type CreateEntriesBody = z.infer<typeof CreateEntriesBodySchema>;

/**
 * The answer for one entry of a batch, in the order sent: the status the single request would
 * have had (201 created, 200 the entry already made under this key, 400/403/404/409 refused with
 * its problem); every entry is judged and written on its own.
 */
export const EntryOutcomeSchema = z
  .object({
    idempotencyKey: z.string(),
    status: z.union([
      z.literal(200),
      z.literal(201),
      z.literal(400),
      z.literal(403),
      z.literal(404),
      z.literal(409),
    ]),
    id: z.uuid().nullable(),
    state: LogStateSchema.nullable(),
    problem: ProblemSchema.nullable(),
  })
  .meta({ id: 'ActivityEntryOutcome' });
export type EntryOutcome = z.infer<typeof EntryOutcomeSchema>;

export const EntryOutcomesSchema = z
  .object({ results: z.array(EntryOutcomeSchema) })
  .meta({ id: 'ActivityEntryOutcomes' });
export type EntryOutcomes = z.infer<typeof EntryOutcomesSchema>;

/** The whole content again (the form sends what it shows); only in draf or dikembalikan. */
export const UpdateEntryBodySchema = z.object(ENTRY_CONTENT);
export type UpdateEntryBody = z.infer<typeof UpdateEntryBodySchema>;

export const EntryActionBodySchema = z.object({
  action: LogActionSchema,
  reason: z.string().trim().max(2000).optional(),
});
export type EntryActionBody = z.infer<typeof EntryActionBodySchema>;

export const EntryParamsSchema = z.object({ eid: z.uuid('Bukan pengenal catatan kegiatan yang sah.') });

export const EntrySummarySchema = z
  .object({
    id: z.uuid(),
    facilitator: z.object({ id: z.uuid(), name: z.string(), typeLabel: z.string() }),
    date: z.string(),
    place: PlaceViewSchema,
    category: ActivityCategorySchema,
    categoryLabel: z.string(),
    topic: z.string(),
    participants: z.object({ perempuan: z.number().int(), laki_laki: z.number().int() }),
    evidenceCount: z.number().int(),
    state: LogStateSchema,
    stateLabel: z.string(),
    submission: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ActivityEntrySummary' });
export type EntrySummary = z.infer<typeof EntrySummarySchema>;

export const EntryHistoryItemSchema = z
  .object({
    at: z.string(),
    actorLabel: z.string(),
    action: z.string().describe('dibuat, diubah, or a review action'),
    label: z.string(),
    from: LogStateSchema.nullable(),
    to: LogStateSchema.nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'ActivityEntryHistoryItem' });

export const EntryViewSchema = EntrySummarySchema.extend({
  groups: z.array(ParticipantGroupSchema),
  activities: z.string(),
  outputs: z.string(),
  followUp: z.string(),
  evidence: z.array(EvidenceViewSchema),
  gps: GpsPointSchema.nullable(),
  returnReason: z.string().nullable(),
  idempotencyKey: z.string(),
  /** Review actions the signed-in user may take now, in table order. */
  actions: z.array(LogActionSchema),
  /** Whether the signed-in user may change the content now. */
  editable: z.boolean(),
  history: z.array(EntryHistoryItemSchema),
}).meta({ id: 'ActivityEntry' });
export type EntryView = z.infer<typeof EntryViewSchema>;

export const EntryListQuerySchema = z.object({
  facilitatorId: z.uuid().optional(),
  state: LogStateSchema.optional(),
  from: DATE.optional(),
  to: DATE.optional(),
  desaCode: CODE.optional(),
  kawasanId: z.uuid().optional(),
  /** Only entries waiting for the signed-in supervisor's review. */
  toReview: z.enum(['1', 'true']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type EntryListQuery = z.infer<typeof EntryListQuerySchema>;

export const EntryListSchema = z
  .object({ items: z.array(EntrySummarySchema), total: z.number().int() })
  .meta({ id: 'ActivityEntryList' });
export type EntryList = z.infer<typeof EntryListSchema>;

/* ——— Monthly report ——— */

export const MonthlyReportQuerySchema = z.object({ month: MONTH });

const REPORT_TEXT_ROW = z.object({
  date: z.string(),
  entryId: z.string(),
  place: z.string(),
  text: z.string(),
});

/** The shape of domain/facilitation/monthly-report.ts, with the facilitator named. */
export const MonthlyReportSchema = z
  .object({
    facilitator: FacilitatorViewSchema,
    month: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    statusLine: z.string(),
    activityCount: z.number().int(),
    daysActive: z.number().int(),
    activeDates: z.array(z.string()),
    byCategory: z.array(
      z.object({ category: ActivityCategorySchema, label: z.string(), activities: z.number().int() }),
    ),
    byPlace: z.array(
      z.object({
        kind: z.enum(['desa', 'kawasan']),
        ref: z.string(),
        name: z.string(),
        activities: z.number().int(),
        dates: z.array(z.string()),
      }),
    ),
    participants: z.object({
      women: z.number().int(),
      men: z.number().int(),
      total: z.number().int(),
      groups: z.array(z.string()),
    }),
    activities: z.array(
      z.object({
        date: z.string(),
        entryId: z.string(),
        place: z.string(),
        category: ActivityCategorySchema,
        categoryLabel: z.string(),
        topic: z.string(),
        women: z.number().int(),
        men: z.number().int(),
      }),
    ),
    outputs: z.array(REPORT_TEXT_ROW),
    followUps: z.array(REPORT_TEXT_ROW),
    evidence: z.array(
      z.object({
        date: z.string(),
        entryId: z.string(),
        fileName: z.string(),
        mediaType: z.string(),
        bytes: z.number().int(),
        sha256: z.string(),
      }),
    ),
    evidenceBytes: z.number().int(),
    notCounted: z.object({
      draf: z.number().int(),
      diajukan: z.number().int(),
      dikembalikan: z.number().int(),
    }),
  })
  .meta({ id: 'FacilitatorMonthlyReport' });
export type MonthlyReportView = z.infer<typeof MonthlyReportSchema>;

/* ——— Coverage and workload ——— */

export const CoverageQuerySchema = z.object({
  /** A province, kabupaten or kecamatan code; or give `kawasanId`. Default: the actor's own scope. */
  region: CODE.optional(),
  kawasanId: z.uuid().optional(),
  asOf: DATE.optional().describe("Default: the server's today"),
});
export type CoverageQuery = z.infer<typeof CoverageQuerySchema>;

export const CoverageSchema = z
  .object({
    asOf: z.string(),
    scope: z.object({
      kind: z.enum(['region', 'kawasan']),
      ref: z.string(),
      name: z.string(),
    }),
    /** Desa (not kelurahan) in scope. */
    desaCount: z.number().int(),
    /** Count of desa with no approved visit in the last N days (N = 30, 60, 90). */
    noActivity: z.object(
      Object.fromEntries(GAP_WINDOWS.map((n) => [String(n), z.number().int()])) as Record<
        '30' | '60' | '90',
        z.ZodNumber
      >,
    ),
    /** Every desa in scope, longest without a visit first. */
    desa: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        district: z.string(),
        lastVisit: z.string().nullable(),
        daysSinceLastVisit: z.number().int().nullable(),
        /** Approved visits in the 90 days ending on `asOf`. */
        visits90: z.number().int(),
      }),
    ),
    /** Approved activities per category in the 90 days ending on `asOf`, per kawasan touching the scope. */
    byKawasan: z.array(
      z.object({
        kawasanId: z.uuid(),
        name: z.string(),
        total: z.number().int(),
        byCategory: z.record(ActivityCategorySchema, z.number().int()),
      }),
    ),
    /** Per facilitator based in the scope, over the same 90 days. */
    workload: z.array(
      z.object({
        facilitatorId: z.uuid(),
        name: z.string(),
        typeLabel: z.string(),
        entries: z.number().int(),
        daysActive: z.number().int(),
        desaCovered: z.number().int(),
        kawasanCovered: z.number().int(),
        awaitingReview: z.number().int(),
        /** Desa they are assigned to on `asOf`. */
        desaAssigned: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'FacilitationCoverage' });
export type CoverageView = z.infer<typeof CoverageSchema>;
