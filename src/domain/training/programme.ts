/**
 * A training programme (program pelatihan) and its runs (angkatan, "sessions"). The programme is
 * the curriculum: topic, target competencies on the four aspects, target groups, curriculum hours,
 * which aspects are pre/post-tested, the pass rule on attendance and when the follow-up is due. A
 * session is one run of it: dates, the schedule day by day, place, trainers, capacity and the desa
 * and kawasan it serves. Registration, attendance, scores and certificates belong to a session;
 * gains are summed per session and per programme.
 *
 * Validation returns every issue with its field path (`competencies[2].description`,
 * `schedule[1].hours`) and an Indonesian message. Pure.
 *
 * Hours are counted in jam pelajaran (JP), whole numbers. In Indonesian government training one JP
 * is commonly 45 minutes; that is general practice, not a rule found in DOMAIN.md, and nothing here
 * depends on the length of a JP.
 */
import type { FieldIssue } from '../errors.ts';
import { textLength } from '../facilitation/facilitator.ts';
import { parseRegionCode } from '../region-code.ts';
import { normalizeSearchText } from '../search-text.ts';
import { ASPECT_LABELS, ASPECTS, type Aspect, TARGET_GROUPS, type TargetGroup } from './aspects.ts';
import { daysBetween, isCalendarDate } from './calendar.ts';
import { isTrainingTopicId, TRAINING_TOPIC_IDS, type TrainingTopicId } from './topics.ts';

/** The attendance share a participant needs to complete, unless the programme sets another. */
export const DEFAULT_MIN_ATTENDANCE_PERCENT = 80;
/** Months after the last day when the Kirkpatrick level 3/4 follow-up is due, unless set. */
export const DEFAULT_FOLLOW_UP_MONTHS = 3;
export const MAX_FOLLOW_UP_MONTHS = 24;

/** Text limits, in characters (code points after trimming): [minimum, maximum]. */
export const PROGRAMME_TEXT_LIMITS = {
  title: [5, 200],
  description: [0, 4000],
  competency: [5, 500],
  sessionLabel: [1, 120],
  placeName: [3, 200],
  trainerName: [2, 120],
  trainerAffiliation: [0, 200],
  agenda: [0, 500],
} as const;

/** Largest curriculum: far above any village training (a long course is some hundred JP). */
export const MAX_CURRICULUM_HOURS = 1000;
/** Most JP in one day: 12 JP of 45 minutes is 9 hours of lessons. */
export const MAX_HOURS_PER_DAY = 12;
/** Longest run, first to last day. */
export const MAX_SESSION_DAYS = 366;
export const MAX_CAPACITY = 1000;
export const MAX_TRAINERS = 50;
export const MAX_COMPETENCIES = 40;

export interface Competency {
  aspect: Aspect;
  /** What the participant will know, feel, do or practise, e.g. "Menyusun laporan keuangan bulanan". */
  description: string;
}

export interface ProgrammeDraft {
  providerId: string;
  title: string;
  topicId: TrainingTopicId;
  description: string;
  /** The aspects the programme aims to raise; at least one. */
  targetAspects: readonly Aspect[];
  /** Target competencies; each target aspect needs at least one. */
  competencies: readonly Competency[];
  targetGroups: readonly TargetGroup[];
  /** Total JP of the curriculum; each session's schedule must add up to it. */
  curriculumHours: number;
  /** Aspects with a pre-test and a post-test (Kirkpatrick level 2); a subset of the target aspects. */
  testedAspects: readonly Aspect[];
  /** Whether a certificate needs the post-test of every tested aspect. */
  requiresPostTest: boolean;
  /** Attendance share, weighted by JP, a participant needs to complete (1–100). */
  minAttendancePercent: number;
  /** Months after the last day when the level 3/4 follow-up is due (1–24). */
  followUpMonths: number;
}

export interface ScheduleDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** JP taught that day, 1–`MAX_HOURS_PER_DAY`. */
  hours: number;
  agenda: string;
}

export type PlaceMode = 'luring' | 'daring';

export const PLACE_MODE_LABELS: Record<PlaceMode, string> = {
  luring: 'Tatap muka (luring)',
  daring: 'Daring',
};

export interface TrainingPlace {
  mode: PlaceMode;
  /** A hall and town (`Aula BPPMDDTT Pekanbaru`) or, online, the platform. */
  name: string;
  /** Region code of the place (any level); required for face-to-face training. */
  regionCode: string | null;
}

export interface Trainer {
  name: string;
  affiliation: string;
  /** When the trainer is a facilitator of this system. */
  facilitatorId: string | null;
}

export interface SessionDraft {
  /** e.g. `Angkatan I`. */
  label: string;
  /** First and last day, `YYYY-MM-DD`, both included. */
  startDate: string;
  endDate: string;
  schedule: readonly ScheduleDay[];
  place: TrainingPlace;
  trainers: readonly Trainer[];
  capacity: number;
  /** Desa (10-digit codes) and kawasan (ids) the session serves; may be empty for an open call. */
  desaCodes: readonly string[];
  kawasanIds: readonly string[];
}

/** What session validation needs besides the draft. */
export interface SessionContext {
  curriculumHours: number;
  /** Registrations already `terdaftar`: the capacity may not drop below them. */
  registeredCount: number;
}

function textIssue(
  field: string,
  name: string,
  text: string,
  [min, max]: readonly [number, number],
): FieldIssue[] {
  const length = textLength(text);
  if (length < min) {
    return [
      {
        field,
        message: min <= 1 ? `${name} wajib diisi.` : `${name} wajib diisi, paling sedikit ${min} karakter.`,
      },
    ];
  }
  if (length > max)
    return [{ field, message: `${name} paling banyak ${max} karakter (sekarang ${length}).` }];
  return [];
}

function wholeIn(value: number, min: number, max: number): boolean {
  return Number.isSafeInteger(value) && value >= min && value <= max;
}

/** Issues with a list of choices: known values, no repeats, at least `min` of them. */
function choiceListIssues<T extends string>(
  field: string,
  values: readonly T[],
  allowed: readonly T[],
  labels: (v: T) => string,
  emptyMessage: string | null,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.length === 0 && emptyMessage !== null) issues.push({ field, message: emptyMessage });
  const seen = new Set<string>();
  for (const [i, value] of values.entries()) {
    if (!allowed.includes(value)) {
      issues.push({ field: `${field}[${i}]`, message: `Pilihan "${value}" tidak dikenal.` });
    } else if (seen.has(value)) {
      issues.push({ field: `${field}[${i}]`, message: `${labels(value)} dipilih lebih dari sekali.` });
    }
    seen.add(value);
  }
  return issues;
}

/** Every issue of a programme draft, in form order. */
export function programmeIssues(draft: ProgrammeDraft): FieldIssue[] {
  const L = PROGRAMME_TEXT_LIMITS;
  const issues: FieldIssue[] = [];
  if (draft.providerId.trim() === '') {
    issues.push({ field: 'providerId', message: 'Penyelenggara pelatihan wajib dipilih.' });
  }
  issues.push(...textIssue('title', 'Judul program', draft.title, L.title));
  if (!isTrainingTopicId(draft.topicId)) {
    issues.push({
      field: 'topicId',
      message: `Topik pelatihan harus salah satu dari: ${TRAINING_TOPIC_IDS.join(', ')}.`,
    });
  }
  issues.push(...textIssue('description', 'Deskripsi', draft.description, L.description));

  const aspectLabel = (a: Aspect) => `Aspek ${ASPECT_LABELS[a].toLowerCase()}`;
  issues.push(
    ...choiceListIssues(
      'targetAspects',
      draft.targetAspects,
      ASPECTS,
      aspectLabel,
      'Pilih paling sedikit satu aspek sasaran (pengetahuan, sikap, keterampilan atau perilaku).',
    ),
  );

  if (draft.competencies.length > MAX_COMPETENCIES) {
    issues.push({
      field: 'competencies',
      message: `Paling banyak ${MAX_COMPETENCIES} kompetensi sasaran (sekarang ${draft.competencies.length}).`,
    });
  }
  for (const [i, c] of draft.competencies.entries()) {
    if (!ASPECTS.includes(c.aspect)) {
      issues.push({ field: `competencies[${i}].aspect`, message: `Aspek "${c.aspect}" tidak dikenal.` });
    } else if (!draft.targetAspects.includes(c.aspect)) {
      issues.push({
        field: `competencies[${i}].aspect`,
        message: `${aspectLabel(c.aspect)} bukan aspek sasaran program ini; tambahkan ke aspek sasaran atau ubah kompetensinya.`,
      });
    }
    issues.push(
      ...textIssue(`competencies[${i}].description`, 'Uraian kompetensi', c.description, L.competency),
    );
  }
  for (const aspect of ASPECTS) {
    if (draft.targetAspects.includes(aspect) && !draft.competencies.some((c) => c.aspect === aspect)) {
      issues.push({
        field: 'competencies',
        message: `${aspectLabel(aspect)} menjadi sasaran tetapi belum memiliki kompetensi sasaran.`,
      });
    }
  }

  issues.push(
    ...choiceListIssues(
      'targetGroups',
      draft.targetGroups,
      TARGET_GROUPS,
      (g) => `Kelompok sasaran ${g}`,
      'Pilih paling sedikit satu kelompok sasaran.',
    ),
  );
  if (!wholeIn(draft.curriculumHours, 1, MAX_CURRICULUM_HOURS)) {
    issues.push({
      field: 'curriculumHours',
      message: `Jumlah jam pelajaran (JP) kurikulum harus bilangan bulat 1–${MAX_CURRICULUM_HOURS}.`,
    });
  }

  issues.push(...choiceListIssues('testedAspects', draft.testedAspects, ASPECTS, aspectLabel, null));
  for (const [i, aspect] of draft.testedAspects.entries()) {
    if (ASPECTS.includes(aspect) && !draft.targetAspects.includes(aspect)) {
      issues.push({
        field: `testedAspects[${i}]`,
        message: `${aspectLabel(aspect)} diuji tetapi bukan aspek sasaran; uji hanya aspek yang menjadi sasaran.`,
      });
    }
  }
  if (draft.requiresPostTest && draft.testedAspects.length === 0) {
    issues.push({
      field: 'requiresPostTest',
      message:
        'Sertifikat mensyaratkan post-test, tetapi belum ada aspek yang diuji (pre-test dan post-test).',
    });
  }
  if (!wholeIn(draft.minAttendancePercent, 1, 100)) {
    issues.push({
      field: 'minAttendancePercent',
      message: `Batas kehadiran minimum harus bilangan bulat 1–100 persen (bawaan ${DEFAULT_MIN_ATTENDANCE_PERCENT}).`,
    });
  }
  if (!wholeIn(draft.followUpMonths, 1, MAX_FOLLOW_UP_MONTHS)) {
    issues.push({
      field: 'followUpMonths',
      message: `Tindak lanjut (evaluasi pascapelatihan) dijadwalkan 1–${MAX_FOLLOW_UP_MONTHS} bulan setelah pelatihan (bawaan ${DEFAULT_FOLLOW_UP_MONTHS}).`,
    });
  }
  return issues;
}

function dateIssues(session: SessionDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isCalendarDate(session.startDate)) {
    issues.push({ field: 'startDate', message: 'Tanggal mulai wajib diisi dengan format TTTT-BB-HH.' });
  }
  if (!isCalendarDate(session.endDate)) {
    issues.push({ field: 'endDate', message: 'Tanggal selesai wajib diisi dengan format TTTT-BB-HH.' });
  }
  if (issues.length > 0) return issues;
  if (session.endDate < session.startDate) {
    return [
      {
        field: 'endDate',
        message: `Tanggal selesai (${session.endDate}) tidak boleh sebelum tanggal mulai (${session.startDate}).`,
      },
    ];
  }
  const days = daysBetween(session.startDate, session.endDate) + 1;
  if (days > MAX_SESSION_DAYS) {
    issues.push({
      field: 'endDate',
      message: `Satu angkatan paling lama ${MAX_SESSION_DAYS} hari (sekarang ${days} hari); bagi menjadi beberapa angkatan.`,
    });
  }
  return issues;
}

function scheduleIssues(session: SessionDraft, context: SessionContext, datesOk: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (session.schedule.length === 0) {
    return [{ field: 'schedule', message: 'Jadwal wajib berisi paling sedikit satu hari pelatihan.' }];
  }
  const seen = new Map<string, number>();
  let total = 0;
  let hoursOk = true;
  for (const [i, day] of session.schedule.entries()) {
    if (!isCalendarDate(day.date)) {
      issues.push({
        field: `schedule[${i}].date`,
        message: 'Tanggal jadwal wajib diisi dengan format TTTT-BB-HH.',
      });
    } else if (seen.has(day.date)) {
      issues.push({
        field: `schedule[${i}].date`,
        message: `Tanggal ${day.date} sudah ada di jadwal (hari ke-${seen.get(day.date)! + 1}); gabungkan JP-nya dalam satu hari.`,
      });
    } else if (datesOk && (day.date < session.startDate || day.date > session.endDate)) {
      issues.push({
        field: `schedule[${i}].date`,
        message: `Tanggal ${day.date} di luar masa pelatihan (${session.startDate} s.d. ${session.endDate}).`,
      });
    }
    if (isCalendarDate(day.date) && !seen.has(day.date)) seen.set(day.date, i);
    if (!wholeIn(day.hours, 1, MAX_HOURS_PER_DAY)) {
      hoursOk = false;
      issues.push({
        field: `schedule[${i}].hours`,
        message: `JP per hari harus bilangan bulat 1–${MAX_HOURS_PER_DAY}.`,
      });
    } else total += day.hours;
    issues.push(...textIssue(`schedule[${i}].agenda`, 'Agenda', day.agenda, PROGRAMME_TEXT_LIMITS.agenda));
  }
  if (hoursOk && Number.isSafeInteger(context.curriculumHours) && total !== context.curriculumHours) {
    issues.push({
      field: 'schedule',
      message: `Jumlah JP dalam jadwal (${total}) harus sama dengan JP kurikulum program (${context.curriculumHours}).`,
    });
  }
  return issues;
}

function placeIssues(place: TrainingPlace): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (place.mode !== 'luring' && place.mode !== 'daring') {
    issues.push({ field: 'place.mode', message: 'Bentuk pelatihan harus luring (tatap muka) atau daring.' });
  }
  issues.push(...textIssue('place.name', 'Nama tempat', place.name, PROGRAMME_TEXT_LIMITS.placeName));
  const code = place.regionCode?.trim() ?? '';
  if (code === '') {
    if (place.mode === 'luring') {
      issues.push({
        field: 'place.regionCode',
        message:
          'Pelatihan tatap muka wajib mencantumkan wilayah tempatnya (kode desa, kecamatan atau kabupaten/kota).',
      });
    }
  } else {
    const parsed = parseRegionCode(code);
    if (!parsed.ok) issues.push({ field: 'place.regionCode', message: parsed.message });
  }
  return issues;
}

function trainerIssues(trainers: readonly Trainer[]): FieldIssue[] {
  const L = PROGRAMME_TEXT_LIMITS;
  if (trainers.length === 0) {
    return [{ field: 'trainers', message: 'Cantumkan paling sedikit satu pelatih atau narasumber.' }];
  }
  const issues: FieldIssue[] = [];
  if (trainers.length > MAX_TRAINERS) {
    issues.push({ field: 'trainers', message: `Paling banyak ${MAX_TRAINERS} pelatih per angkatan.` });
  }
  const seen = new Set<string>();
  for (const [i, t] of trainers.entries()) {
    issues.push(...textIssue(`trainers[${i}].name`, 'Nama pelatih', t.name, L.trainerName));
    issues.push(
      ...textIssue(`trainers[${i}].affiliation`, 'Asal lembaga pelatih', t.affiliation, L.trainerAffiliation),
    );
    const key = normalizeSearchText(t.name);
    if (key !== '' && seen.has(key)) {
      issues.push({
        field: `trainers[${i}].name`,
        message: `Pelatih ${t.name.trim()} tercantum lebih dari sekali.`,
      });
    }
    seen.add(key);
  }
  return issues;
}

function servedPlaceIssues(session: SessionDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const [i, code] of session.desaCodes.entries()) {
    const parsed = parseRegionCode(code);
    if (!parsed.ok || parsed.value.level !== 'village' || parsed.value.code !== code) {
      issues.push({ field: `desaCodes[${i}]`, message: `Kode ${code} bukan kode desa 10 digit.` });
    } else if (seen.has(code)) {
      issues.push({ field: `desaCodes[${i}]`, message: `Desa ${code} tercantum lebih dari sekali.` });
    }
    seen.add(code);
  }
  const kawasan = new Set<string>();
  for (const [i, id] of session.kawasanIds.entries()) {
    if (id.trim() === '')
      issues.push({ field: `kawasanIds[${i}]`, message: 'Kawasan wajib dipilih dari daftar.' });
    else if (kawasan.has(id))
      issues.push({ field: `kawasanIds[${i}]`, message: 'Kawasan tercantum lebih dari sekali.' });
    kawasan.add(id);
  }
  return issues;
}

/**
 * Every issue of a session draft, in form order: label, dates (real, in order, at most
 * `MAX_SESSION_DAYS`), schedule (real days inside the dates, no repeats, 1–12 JP each, adding up to
 * the curriculum), place, trainers, capacity (1–`MAX_CAPACITY`, not below the registered count),
 * desa and kawasan served.
 */
export function sessionIssues(session: SessionDraft, context: SessionContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  issues.push(...textIssue('label', 'Nama angkatan', session.label, PROGRAMME_TEXT_LIMITS.sessionLabel));
  const dates = dateIssues(session);
  issues.push(...dates);
  issues.push(...scheduleIssues(session, context, dates.length === 0));
  issues.push(...placeIssues(session.place));
  issues.push(...trainerIssues(session.trainers));
  if (!wholeIn(session.capacity, 1, MAX_CAPACITY)) {
    issues.push({ field: 'capacity', message: `Kuota peserta harus bilangan bulat 1–${MAX_CAPACITY}.` });
  } else if (session.capacity < context.registeredCount) {
    issues.push({
      field: 'capacity',
      message: `Kuota (${session.capacity}) tidak boleh kurang dari peserta yang sudah terdaftar (${context.registeredCount}).`,
    });
  }
  issues.push(...servedPlaceIssues(session));
  return issues;
}

/** Total JP of a schedule. */
export function scheduledHours(schedule: readonly Pick<ScheduleDay, 'hours'>[]): number {
  return schedule.reduce((sum, d) => sum + d.hours, 0);
}

/** Scheduled days in date order. */
export function scheduleDates(schedule: readonly Pick<ScheduleDay, 'date'>[]): string[] {
  return schedule.map((d) => d.date).sort();
}

/**
 * What completion, gains and certificates are measured by: once a session has started, these
 * stay as they were, or its attendance, scores and certificates would be judged afresh by rules
 * its participants never had.
 */
export const MEASURING_FIELDS = [
  'curriculumHours',
  'testedAspects',
  'requiresPostTest',
  'minAttendancePercent',
  'followUpMonths',
] as const satisfies readonly (keyof ProgrammeDraft)[];

const MEASURING_LABELS: Record<(typeof MEASURING_FIELDS)[number], string> = {
  curriculumHours: 'jumlah JP kurikulum',
  testedAspects: 'aspek yang diuji',
  requiresPostTest: 'syarat post-test untuk sertifikat',
  minAttendancePercent: 'batas kehadiran minimal',
  followUpMonths: 'jarak tindak lanjut',
};

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join() === [...b].sort().join() : a === b;

/**
 * The issues of changing `before` into `after` when `startedSessions` of the programme have
 * started (berjalan or selesai): one per measuring field that changes, with its path.
 */
export function programmeChangeIssues(
  before: ProgrammeDraft,
  after: ProgrammeDraft,
  startedSessions: number,
): FieldIssue[] {
  if (startedSessions === 0) return [];
  return MEASURING_FIELDS.filter((f) => !sameValue(before[f], after[f])).map((field) => ({
    field,
    message:
      `${MEASURING_LABELS[field][0]!.toUpperCase()}${MEASURING_LABELS[field].slice(1)} tidak dapat diubah: ` +
      `${startedSessions} angkatan program ini sudah berjalan atau selesai dan dinilai dengan aturan yang lama. ` +
      'Buat program baru untuk kurikulum yang berbeda.',
  }));
}
