import { z } from 'zod';
import { PROVIDER_KINDS } from '../domain/training/aspects.ts';
import { SESSION_ACTIONS, SESSION_STATES } from '../domain/training/lifecycle.ts';

/**
 * Pelatihan: training providers (penyelenggara), their programmes (program) and the runs of a
 * programme (angkatan) with their lifecycle. The schemas check shapes and bound sizes; the rules
 * (texts, hours, aspects, schedule adding up to the curriculum, capacity, region codes) are the
 * domain's (domain/training/programme.ts, lifecycle.ts), so choices such as topics and aspects
 * travel as strings and their refusals come back as problems with field paths and Indonesian
 * messages. Request bodies carry no defaults; left-out numbers take the domain's defaults.
 */

const CODE = z.string().trim().max(20).describe('Region code with or without dots');
const DATE = z.iso.date('Tanggal harus berbentuk TTTT-BB-HH.');
/** Text up to twice the domain's limit: the domain counts characters and says so in Indonesian. */
const TEXT = (max: number) => z.string().max(max * 2);

export const TrainingProviderKindSchema = z.enum(PROVIDER_KINDS).meta({ id: 'TrainingProviderKind' });
export const TrainingSessionStateSchema = z.enum(SESSION_STATES).meta({ id: 'TrainingSessionState' });
export type TrainingSessionStateValue = z.infer<typeof TrainingSessionStateSchema>;
export const TrainingSessionActionSchema = z.enum(SESSION_ACTIONS).meta({ id: 'TrainingSessionAction' });
export type TrainingSessionActionValue = z.infer<typeof TrainingSessionActionSchema>;

const RegionRefSchema = z.object({ code: z.string(), name: z.string() });
const Labelled = <T extends z.ZodType>(value: T) => z.object({ id: value, label: z.string() });

/* ——— Providers ——— */

export const TrainingProviderViewSchema = z
  .object({
    id: z.uuid(),
    kind: TrainingProviderKindSchema,
    kindLabel: z.string(),
    name: z.string(),
    seatRegion: RegionRefSchema,
    address: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    programmeCount: z.number().int(),
    /** The signed-in user may change this record (an administrator of the seat region). */
    canManage: z.boolean(),
    /** The signed-in user runs this provider's programmes (its own users). */
    canManageProgrammes: z.boolean(),
  })
  .meta({ id: 'TrainingProvider' });
export type TrainingProviderView = z.infer<typeof TrainingProviderViewSchema>;

export const TrainingProviderListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Part of the name'),
  region: CODE.optional().describe('Only providers seated in this region'),
});
export type TrainingProviderListQuery = z.infer<typeof TrainingProviderListQuerySchema>;

export const TrainingProviderListSchema = z
  .object({ items: z.array(TrainingProviderViewSchema), total: z.number().int() })
  .meta({ id: 'TrainingProviderList' });
export type TrainingProviderList = z.infer<typeof TrainingProviderListSchema>;

const PROVIDER_FIELDS = {
  kind: TrainingProviderKindSchema,
  name: TEXT(200),
  /** Where the provider is seated (any level); its administrators register and change it. */
  seatRegionCode: CODE,
  address: TEXT(500).optional(),
  phone: z.string().max(60).nullable().optional(),
  email: z.string().max(254).nullable().optional(),
};

export const CreateTrainingProviderBodySchema = z.object(PROVIDER_FIELDS);
export type CreateTrainingProviderBody = z.infer<typeof CreateTrainingProviderBodySchema>;

export const UpdateTrainingProviderBodySchema = z.object({
  kind: PROVIDER_FIELDS.kind.optional(),
  name: PROVIDER_FIELDS.name.optional(),
  seatRegionCode: PROVIDER_FIELDS.seatRegionCode.optional(),
  address: PROVIDER_FIELDS.address,
  phone: PROVIDER_FIELDS.phone,
  email: PROVIDER_FIELDS.email,
});
export type UpdateTrainingProviderBody = z.infer<typeof UpdateTrainingProviderBodySchema>;

export const TrainingProviderParamsSchema = z.object({
  pid: z.uuid('Bukan pengenal penyelenggara pelatihan yang sah.'),
});

/* ——— Programmes ——— */

const CompetencyInputSchema = z.object({ aspect: z.string().max(40), description: TEXT(500) });

const PROGRAMME_FIELDS = {
  title: TEXT(200),
  topicId: z.string().max(60),
  description: TEXT(4000).optional(),
  targetAspects: z.array(z.string().max(40)).max(10),
  competencies: z.array(CompetencyInputSchema).max(100),
  targetGroups: z.array(z.string().max(60)).max(30),
  /** Total jam pelajaran (JP) of the curriculum; every session's schedule adds up to it. */
  curriculumHours: z.number(),
  testedAspects: z.array(z.string().max(40)).max(10),
  requiresPostTest: z.boolean(),
  /** 1–100; 80 when left out. */
  minAttendancePercent: z.number().optional(),
  /** 1–24; 3 when left out. */
  followUpMonths: z.number().optional(),
};

export const CreateTrainingProgrammeBodySchema = z.object({
  providerId: z.uuid('Bukan pengenal penyelenggara pelatihan yang sah.'),
  ...PROGRAMME_FIELDS,
});
export type CreateTrainingProgrammeBody = z.infer<typeof CreateTrainingProgrammeBodySchema>;

export const UpdateTrainingProgrammeBodySchema = z.object({
  title: PROGRAMME_FIELDS.title.optional(),
  topicId: PROGRAMME_FIELDS.topicId.optional(),
  description: PROGRAMME_FIELDS.description,
  targetAspects: PROGRAMME_FIELDS.targetAspects.optional(),
  competencies: PROGRAMME_FIELDS.competencies.optional(),
  targetGroups: PROGRAMME_FIELDS.targetGroups.optional(),
  curriculumHours: PROGRAMME_FIELDS.curriculumHours.optional(),
  testedAspects: PROGRAMME_FIELDS.testedAspects.optional(),
  requiresPostTest: PROGRAMME_FIELDS.requiresPostTest.optional(),
  minAttendancePercent: PROGRAMME_FIELDS.minAttendancePercent,
  followUpMonths: PROGRAMME_FIELDS.followUpMonths,
});
export type UpdateTrainingProgrammeBody = z.infer<typeof UpdateTrainingProgrammeBodySchema>;

export const TrainingProgrammeParamsSchema = z.object({
  prid: z.uuid('Bukan pengenal program pelatihan yang sah.'),
});

const Counts = z.object({
  /** Registrations with status `terdaftar`. */
  registered: z.number().int(),
  /** On the waiting list (`daftar_tunggu`). */
  waiting: z.number().int(),
  withdrawn: z.number().int(),
});

/** One run as lists show it. */
export const TrainingSessionSummarySchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    programmeTitle: z.string(),
    provider: z.object({ id: z.uuid(), name: z.string() }),
    label: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    placeMode: z.string(),
    placeModeLabel: z.string(),
    placeName: z.string(),
    placeRegion: RegionRefSchema.nullable(),
    capacity: z.number().int(),
    state: TrainingSessionStateSchema,
    stateLabel: z.string(),
    counts: Counts,
  })
  .meta({ id: 'TrainingSessionSummary' });
export type TrainingSessionSummary = z.infer<typeof TrainingSessionSummarySchema>;

export const TrainingProgrammeSummarySchema = z
  .object({
    id: z.uuid(),
    provider: z.object({ id: z.uuid(), name: z.string() }),
    title: z.string(),
    topicId: z.string(),
    topicLabel: z.string(),
    curriculumHours: z.number().int(),
    targetGroups: z.array(Labelled(z.string())),
    sessionCount: z.number().int(),
    /** First and last day over all its sessions, or null without sessions. */
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
    canManage: z.boolean(),
  })
  .meta({ id: 'TrainingProgrammeSummary' });
export type TrainingProgrammeSummary = z.infer<typeof TrainingProgrammeSummarySchema>;

export const TrainingProgrammeListQuerySchema = z.object({
  providerId: z.uuid().optional(),
  topicId: z.string().max(60).optional(),
  region: CODE.optional().describe(
    'Only programmes touching this region (places, desa served, participants)',
  ),
  kawasanId: z.uuid().optional().describe('Only programmes with a session serving this kawasan'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TrainingProgrammeListQuery = z.infer<typeof TrainingProgrammeListQuerySchema>;

export const TrainingProgrammeListSchema = z
  .object({ items: z.array(TrainingProgrammeSummarySchema), total: z.number().int() })
  .meta({ id: 'TrainingProgrammeList' });
export type TrainingProgrammeList = z.infer<typeof TrainingProgrammeListSchema>;

export const TrainingProgrammeViewSchema = z
  .object({
    id: z.uuid(),
    provider: z.object({ id: z.uuid(), name: z.string(), kindLabel: z.string() }),
    title: z.string(),
    topicId: z.string(),
    topicLabel: z.string(),
    description: z.string(),
    targetAspects: z.array(Labelled(z.string())),
    competencies: z.array(z.object({ aspect: z.string(), aspectLabel: z.string(), description: z.string() })),
    targetGroups: z.array(Labelled(z.string())),
    curriculumHours: z.number().int(),
    testedAspects: z.array(Labelled(z.string())),
    requiresPostTest: z.boolean(),
    minAttendancePercent: z.number().int(),
    followUpMonths: z.number().int(),
    sessions: z.array(TrainingSessionSummarySchema),
    /** The signed-in user runs this programme (a user of its provider). */
    canManage: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TrainingProgramme' });
export type TrainingProgrammeView = z.infer<typeof TrainingProgrammeViewSchema>;

/* ——— Sessions (angkatan) ——— */

const ScheduleDayInputSchema = z.object({
  date: z.string().max(20),
  hours: z.number(),
  agenda: TEXT(500).optional(),
});
const TrainerInputSchema = z.object({
  name: TEXT(120),
  affiliation: TEXT(200).optional(),
  /** When the trainer is a facilitator of this system. */
  facilitatorId: z.uuid('Bukan pengenal pendamping yang sah.').nullable().optional(),
});
const PlaceInputSchema = z.object({
  mode: z.string().max(20).describe('luring (face to face) or daring (online)'),
  name: TEXT(200),
  /** Region code of the place (any level); required face to face. */
  regionCode: CODE.nullable().optional(),
});

const SESSION_FIELDS = {
  label: TEXT(120),
  startDate: z.string().max(20),
  endDate: z.string().max(20),
  schedule: z.array(ScheduleDayInputSchema).max(400),
  place: PlaceInputSchema,
  trainers: z.array(TrainerInputSchema).max(100),
  capacity: z.number(),
  /** Desa (10-digit codes, dotted or not) the session serves. */
  desaCodes: z.array(CODE).max(500).optional(),
  kawasanIds: z.array(z.uuid('Bukan pengenal kawasan yang sah.')).max(50).optional(),
};

export const CreateTrainingSessionBodySchema = z.object(SESSION_FIELDS);
export type CreateTrainingSessionBody = z.infer<typeof CreateTrainingSessionBodySchema>;

export const UpdateTrainingSessionBodySchema = z.object({
  label: SESSION_FIELDS.label.optional(),
  startDate: SESSION_FIELDS.startDate.optional(),
  endDate: SESSION_FIELDS.endDate.optional(),
  schedule: SESSION_FIELDS.schedule.optional(),
  place: SESSION_FIELDS.place.optional(),
  trainers: SESSION_FIELDS.trainers.optional(),
  capacity: SESSION_FIELDS.capacity.optional(),
  desaCodes: SESSION_FIELDS.desaCodes,
  kawasanIds: SESSION_FIELDS.kawasanIds,
});
export type UpdateTrainingSessionBody = z.infer<typeof UpdateTrainingSessionBodySchema>;

export const TrainingSessionParamsSchema = z.object({
  sid: z.uuid('Bukan pengenal angkatan pelatihan yang sah.'),
});

export const TrainingSessionActionBodySchema = z.object({
  action: TrainingSessionActionSchema,
  /** Required to cancel (at least 10 characters); a note otherwise. */
  reason: TEXT(1000).optional(),
});
export type TrainingSessionActionBody = z.infer<typeof TrainingSessionActionBodySchema>;

const Allowance = z.object({
  editSchedule: z.boolean(),
  register: z.boolean(),
  withdraw: z.boolean(),
  recordAttendance: z.boolean(),
  recordPreTest: z.boolean(),
  recordPostTest: z.boolean(),
  recordReaction: z.boolean(),
  issueCertificate: z.boolean(),
  recordFollowUp: z.boolean(),
});

export const TrainingSessionViewSchema = z
  .object({
    id: z.uuid(),
    programme: z.object({
      id: z.uuid(),
      title: z.string(),
      topicLabel: z.string(),
      curriculumHours: z.number().int(),
      minAttendancePercent: z.number().int(),
    }),
    provider: z.object({ id: z.uuid(), name: z.string() }),
    label: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    schedule: z.array(z.object({ date: z.string(), hours: z.number().int(), agenda: z.string() })),
    scheduledHours: z.number().int(),
    place: z.object({
      mode: z.string(),
      modeLabel: z.string(),
      name: z.string(),
      region: RegionRefSchema.nullable(),
    }),
    trainers: z.array(
      z.object({
        name: z.string(),
        affiliation: z.string(),
        facilitator: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      }),
    ),
    capacity: z.number().int(),
    /** Desa served, with the kecamatan's name (`district`) when known. */
    desa: z.array(z.object({ code: z.string(), name: z.string(), district: z.string().nullable() })),
    kawasan: z.array(z.object({ id: z.uuid(), name: z.string() })),
    state: TrainingSessionStateSchema,
    stateLabel: z.string(),
    cancelReason: z.string().nullable(),
    counts: Counts,
    /** What the state allows (domain STATE_ALLOWS), whoever asks. */
    allows: Allowance,
    /**
     * Lifecycle actions the signed-in user may take from this state (none unless `canManage`),
     * each with the first unmet condition now (null: it would go through; a cancellation still
     * needs its reason).
     */
    actions: z.array(
      z.object({ action: TrainingSessionActionSchema, label: z.string(), refusal: z.string().nullable() }),
    ),
    canManage: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TrainingSession' });
export type TrainingSessionView = z.infer<typeof TrainingSessionViewSchema>;

export const TrainingSessionListQuerySchema = z.object({
  programmeId: z.uuid().optional(),
  providerId: z.uuid().optional(),
  state: TrainingSessionStateSchema.optional(),
  from: DATE.optional().describe('Sessions ending on or after this day'),
  to: DATE.optional().describe('Sessions starting on or before this day'),
  region: CODE.optional().describe('Sessions touching this region (place, desa served, participants)'),
  kawasanId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TrainingSessionListQuery = z.infer<typeof TrainingSessionListQuerySchema>;

export const TrainingSessionListSchema = z
  .object({ items: z.array(TrainingSessionSummarySchema), total: z.number().int() })
  .meta({ id: 'TrainingSessionList' });
export type TrainingSessionList = z.infer<typeof TrainingSessionListSchema>;
