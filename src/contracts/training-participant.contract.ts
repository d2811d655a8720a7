import { z } from 'zod';
import { AGE_GROUPS, ASPECTS, PARTICIPANT_ROLES, TARGET_GROUPS } from '../domain/training/aspects.ts';
import { GAIN_CATEGORIES, GAIN_STATUSES } from '../domain/training/gain.ts';
import { SESSION_STATES } from '../domain/training/lifecycle.ts';
import { REACTION_CATEGORIES } from '../domain/training/reaction.ts';
import { GENDERS, REGISTRATION_STATUSES } from '../domain/training/registration.ts';

/**
 * Pelatihan, the people of a session (angkatan): participants and their registration with the
 * waiting list, attendance day by day, pre-test and post-test scores with their normalised gains,
 * and the reaction survey. The schemas check shapes; the rules (registration, attendance, scores,
 * answers) are the domain's (src/domain/training), whose refusals come back as problems with field
 * paths. Exact values travel as fractions (`"3/7"`) next to the text shown (`"0.42"`).
 */

const CODE = z.string().trim().max(20).describe('Region code with or without dots');

export const TrainingSessionParamsSchema = z.object({
  sid: z.uuid('Bukan pengenal angkatan pelatihan yang sah.'),
});
export const TrainingRegistrationParamsSchema = TrainingSessionParamsSchema.extend({
  rid: z.uuid('Bukan pengenal pendaftaran yang sah.'),
});

const AspectSchema = z.enum(ASPECTS);
const RegistrationStatusSchema = z.enum(REGISTRATION_STATUSES);
const SessionStateSchema = z.enum(SESSION_STATES);

/** An exact value with the text shown for it. */
const ExactSchema = z.object({
  /** The exact value as a fraction, `"3/7"`, or a whole number, `"1"`. */
  exact: z.string(),
  text: z.string(),
});

/* ——— Participants and registration ——— */

export const ParticipantDraftBodySchema = z
  .object({
    name: z.string().max(400).describe('The name as it will be printed on the certificate'),
    gender: z.enum(GENDERS, { error: 'Jenis kelamin harus perempuan atau laki_laki.' }),
    birthYear: z.number({ error: 'Tahun lahir wajib diisi dengan empat angka, misalnya 1985.' }),
    desaCode: CODE.describe('The desa (10-digit code, dots allowed) the participant comes from'),
    role: z.enum(PARTICIPANT_ROLES, {
      error: `Peran peserta harus salah satu dari: ${PARTICIPANT_ROLES.join(', ')}.`,
    }),
    enterpriseId: z
      .uuid('Bukan pengenal badan usaha yang sah.')
      .nullable()
      .optional()
      .describe('The BUM Desa or koperasi a pengelola_bumdes or pengurus_koperasi manages'),
    facilitatorId: z
      .uuid('Bukan pengenal pendamping yang sah.')
      .nullable()
      .optional()
      .describe('The facilitator record of a KPMD or pendamping desa'),
  })
  .meta({ id: 'TrainingParticipantDraft' });
export type ParticipantDraftBody = z.infer<typeof ParticipantDraftBodySchema>;

export const TrainingCompletionSchema = z
  .object({
    attendedHours: z.number().int(),
    scheduledHours: z.number().int(),
    /** Attended share of the scheduled JP in percent, one decimal, rounded down. */
    percentText: z.string(),
    minAttendancePercent: z.number().int(),
    completed: z.boolean(),
    missedDates: z.array(z.string()),
  })
  .meta({ id: 'TrainingCompletion' });
export type TrainingCompletion = z.infer<typeof TrainingCompletionSchema>;

export const TrainingParticipantSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    gender: z.enum(GENDERS),
    genderLabel: z.string(),
    birthYear: z.number().int(),
    /** By the birth year, in the year the session starts. */
    ageGroup: z.enum(AGE_GROUPS),
    ageGroupLabel: z.string(),
    desa: z.object({ code: z.string(), name: z.string() }),
    role: z.enum(PARTICIPANT_ROLES),
    roleLabel: z.string(),
    targetGroup: z.enum(TARGET_GROUPS),
    targetGroupLabel: z.string(),
    enterpriseId: z.uuid().nullable(),
    facilitator: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'TrainingParticipant' });

export const TrainingRegistrationSchema = z
  .object({
    id: z.uuid(),
    /** Short code of the participant in this session (score sheets, lists on paper), e.g. `P007`. */
    code: z.string(),
    status: RegistrationStatusSchema,
    statusLabel: z.string(),
    /** Order of registration; the waiting list follows it. */
    seq: z.number().int(),
    /** 1 is the next to get a seat; null when not waiting. */
    waitingPosition: z.number().int().nullable(),
    registeredAt: z.string(),
    withdrawnAt: z.string().nullable(),
    participant: TrainingParticipantSchema,
    /** From the attendance recorded so far; null unless registered. */
    completion: TrainingCompletionSchema.nullable(),
    hasScores: z.boolean(),
    hasReaction: z.boolean(),
    /** Whether the signed-in user may withdraw this registration now. */
    canWithdraw: z.boolean(),
  })
  .meta({ id: 'TrainingRegistration' });
export type TrainingRegistrationView = z.infer<typeof TrainingRegistrationSchema>;

export const TrainingRegistrationListSchema = z
  .object({
    sessionId: z.uuid(),
    state: SessionStateSchema,
    stateLabel: z.string(),
    capacity: z.number().int(),
    counts: z.object({
      terdaftar: z.number().int(),
      daftar_tunggu: z.number().int(),
      dibatalkan: z.number().int(),
    }),
    /** Registrations whose personal details the signed-in user may read, in registration order. */
    items: z.array(TrainingRegistrationSchema),
    /** Registrations left out of `items`: their participants' details are not for this user. */
    hiddenCount: z.number().int(),
    /** The user manages this session's programme (a user of its provider). */
    canManage: z.boolean(),
    /** Registration is open and the user may register participants now. */
    canRegister: z.boolean(),
    /** Why registration is closed in this state, or null. */
    registerRefusal: z.string().nullable(),
  })
  .meta({ id: 'TrainingRegistrationList' });
export type TrainingRegistrationList = z.infer<typeof TrainingRegistrationListSchema>;

export const TrainingWithdrawalSchema = z
  .object({
    withdrawn: TrainingRegistrationSchema,
    /** The first on the waiting list, who took the seat; null when nobody did. */
    promoted: TrainingRegistrationSchema.nullable(),
  })
  .meta({ id: 'TrainingWithdrawal' });
export type TrainingWithdrawal = z.infer<typeof TrainingWithdrawalSchema>;

/* ——— Attendance ——— */

export const ATTENDANCE_BATCH_MAX = 20_000;

export const AttendanceBodySchema = z
  .object({
    marks: z
      .array(
        z.object({
          registrationId: z.uuid('Bukan pengenal pendaftaran yang sah.'),
          date: z.string().max(10),
          present: z.boolean({ error: 'Isi hadir atau tidak hadir.' }),
        }),
      )
      .min(1, 'Kirim paling sedikit satu tanda kehadiran.')
      .max(ATTENDANCE_BATCH_MAX, `Paling banyak ${ATTENDANCE_BATCH_MAX} tanda kehadiran per kiriman.`),
  })
  .meta({ id: 'TrainingAttendanceMarks' });
export type AttendanceBody = z.infer<typeof AttendanceBodySchema>;

export const AttendanceMarkValueSchema = z.enum(['hadir', 'tidak_hadir']);

export const TrainingAttendanceGridSchema = z
  .object({
    sessionId: z.uuid(),
    state: SessionStateSchema,
    stateLabel: z.string(),
    /** The server's date in Asia/Jakarta: days after it cannot be marked yet. */
    today: z.string(),
    minAttendancePercent: z.number().int(),
    days: z.array(
      z.object({
        date: z.string(),
        hours: z.number().int(),
        agenda: z.string(),
        /** Counts over every registered participant, readable or not. */
        present: z.number().int(),
        absent: z.number().int(),
        unmarked: z.number().int(),
        /** After today: not yet markable. */
        future: z.boolean(),
      }),
    ),
    /** Registered participants (and anyone with a mark stored), in registration order. */
    rows: z.array(
      z.object({
        registrationId: z.uuid(),
        code: z.string(),
        name: z.string(),
        status: RegistrationStatusSchema,
        statusLabel: z.string(),
        /** One per day of `days`, in the same order; null when not marked. */
        marks: z.array(AttendanceMarkValueSchema.nullable()),
        completion: TrainingCompletionSchema,
      }),
    ),
    hiddenCount: z.number().int(),
    /** The user may record attendance now. */
    canRecord: z.boolean(),
    /** Why attendance cannot be recorded in this state, or null. */
    recordRefusal: z.string().nullable(),
  })
  .meta({ id: 'TrainingAttendanceGrid' });
export type TrainingAttendanceGrid = z.infer<typeof TrainingAttendanceGridSchema>;

/* ——— Scores and gains ——— */

export const SCORE_BATCH_MAX = 2000;

const ScoreValueSchema = z.union([z.number(), z.string().max(20), z.null()]);
/** Aspect → score (0–100, decimals with a point or a comma); null or "" erases; a missing key keeps. */
const ScoreMapSchema = z.record(z.string().max(40), ScoreValueSchema);

export const ScoresBodySchema = z
  .object({
    scores: z
      .array(
        z.object({
          registrationId: z.uuid('Bukan pengenal pendaftaran yang sah.'),
          pre: ScoreMapSchema.optional(),
          post: ScoreMapSchema.optional(),
        }),
      )
      .min(1, 'Kirim nilai paling sedikit satu peserta.')
      .max(SCORE_BATCH_MAX, `Paling banyak ${SCORE_BATCH_MAX} peserta per kiriman.`),
  })
  .meta({ id: 'TrainingScoreEntry' });
export type ScoresBody = z.infer<typeof ScoresBodySchema>;

const GainCategorySchema = z.enum(GAIN_CATEGORIES);

export const TrainingAspectScoreSchema = z
  .object({
    aspect: AspectSchema,
    aspectLabel: z.string(),
    /** Stored scores, exact decimal text (`"72.5"`); null when not taken. */
    pre: z.string().nullable(),
    post: z.string().nullable(),
    status: z.enum(GAIN_STATUSES),
    statusLabel: z.string(),
    /** Why there is no gain; null when it is computed. */
    reason: z.string().nullable(),
    /** g = (post − pre) / (100 − pre); its text is rounded down to two decimals. */
    gain: ExactSchema.extend({ category: GainCategorySchema, categoryLabel: z.string() }).nullable(),
  })
  .meta({ id: 'TrainingAspectScore' });

export const TrainingGainSummarySchema = z
  .object({
    aspect: AspectSchema,
    aspectLabel: z.string(),
    /** Registered participants in the group. */
    participants: z.number().int(),
    counts: z.array(z.object({ status: z.enum(GAIN_STATUSES), label: z.string(), n: z.number().int() })),
    categoryCounts: z.array(
      z.object({ category: GainCategorySchema, label: z.string(), n: z.number().int() }),
    ),
    /** ⟨g⟩ over participants with a computable gain. */
    meanOfGains: ExactSchema.extend({
      n: z.number().int(),
      category: GainCategorySchema,
      categoryLabel: z.string(),
    }).nullable(),
    /** (⟨post⟩ − ⟨pre⟩) / (100 − ⟨pre⟩) over participants with both tests. */
    gainOfMeans: ExactSchema.extend({
      n: z.number().int(),
      meanPre: ExactSchema,
      meanPost: ExactSchema,
      category: GainCategorySchema,
      categoryLabel: z.string(),
    }).nullable(),
    /** Participants left out of each measure. */
    excludedFromMeanOfGains: z.number().int(),
    excludedFromGainOfMeans: z.number().int(),
    notes: z.array(z.string()),
  })
  .meta({ id: 'TrainingGainSummary' });
export type TrainingGainSummary = z.infer<typeof TrainingGainSummarySchema>;

export const TrainingScoresSchema = z
  .object({
    sessionId: z.uuid(),
    state: SessionStateSchema,
    stateLabel: z.string(),
    testedAspects: z.array(z.object({ aspect: AspectSchema, label: z.string() })),
    /** Registered participants whose details the user may read, in registration order. */
    rows: z.array(
      z.object({
        registrationId: z.uuid(),
        code: z.string(),
        name: z.string(),
        aspects: z.array(TrainingAspectScoreSchema),
      }),
    ),
    hiddenCount: z.number().int(),
    /** Over every registered participant. */
    summary: z.array(TrainingGainSummarySchema),
    canManage: z.boolean(),
    /** Whether pre-tests and post-tests may be recorded in this state. */
    canRecordPreTest: z.boolean(),
    canRecordPostTest: z.boolean(),
  })
  .meta({ id: 'TrainingScores' });
export type TrainingScores = z.infer<typeof TrainingScoresSchema>;

export const SCORE_UPLOAD_LIMIT_BYTES = 4 * 1024 * 1024;

export const ScoreImportQuerySchema = z.object({
  fileName: z.string().trim().max(200).optional().describe('Name of the uploaded file, for messages'),
});

export const TrainingScoreImportSchema = z
  .object({
    /** Sheet rows stored. */
    imported: z.number().int(),
    /** Score cells stored (empty cells leave a stored score as it is). */
    values: z.number().int(),
    /** The aspects with a column in the sheet. */
    aspects: z.array(AspectSchema),
    /** Registered participants without a row in the sheet. */
    missingCodes: z.array(z.string()),
  })
  .meta({ id: 'TrainingScoreImport' });
export type TrainingScoreImport = z.infer<typeof TrainingScoreImportSchema>;

/* ——— Reaction survey ——— */

export const ReactionBodySchema = z
  .object({
    answers: z.record(z.string().max(40), z.union([z.number(), z.null()])),
    comment: z.string().max(10_000),
  })
  .meta({ id: 'TrainingReactionEntry' });
export type ReactionBody = z.infer<typeof ReactionBodySchema>;

export const TrainingReactionSchema = z
  .object({
    registrationId: z.uuid(),
    answers: z.record(z.string(), z.number().int().nullable()),
    comment: z.string(),
    submittedAt: z.string(),
  })
  .meta({ id: 'TrainingReaction' });
export type TrainingReactionView = z.infer<typeof TrainingReactionSchema>;

const ShareSchema = z.object({ exact: z.string(), percentText: z.string() });

export const TrainingReactionSummarySchema = z
  .object({
    sessionId: z.uuid(),
    responses: z.number().int(),
    /** The Likert scale, 1–5 with its labels. */
    scale: z.array(z.object({ value: z.number().int(), label: z.string() })),
    questions: z.array(
      z.object({
        id: z.string(),
        category: z.enum(REACTION_CATEGORIES),
        categoryLabel: z.string(),
        text: z.string(),
        n: z.number().int(),
        distribution: z.array(z.object({ value: z.number().int(), n: z.number().int() })),
        /** The mean, two decimals; null without answers. */
        mean: ExactSchema.nullable(),
        /** Share answering 4 or 5. */
        agreeShare: ShareSchema.nullable(),
      }),
    ),
    categories: z.array(
      z.object({
        category: z.enum(REACTION_CATEGORIES),
        label: z.string(),
        n: z.number().int(),
        mean: ExactSchema.nullable(),
      }),
    ),
    overallMean: ExactSchema.nullable(),
    overallAgreeShare: ShareSchema.nullable(),
    comments: z.array(z.string()),
    /** The user may enter questionnaires now. */
    canRecord: z.boolean(),
    recordRefusal: z.string().nullable(),
  })
  .meta({ id: 'TrainingReactionSummary' });
export type TrainingReactionSummary = z.infer<typeof TrainingReactionSummarySchema>;
