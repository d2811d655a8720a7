/**
 * The session (angkatan) form as values: the draft the domain checks against the programme's
 * curriculum hours, the request body, a schedule proposed from the dates, and where an issue of
 * the domain or the server goes on the form.
 */
import type {
  CreateTrainingSessionBody,
  TrainingSessionActionValue,
  TrainingSessionStateValue,
} from '../../../contracts/training-programme.contract';
import { addDays, daysBetween, isCalendarDate } from '../../../domain/training/calendar';
import {
  MAX_HOURS_PER_DAY,
  type PlaceMode,
  type SessionDraft,
  sessionIssues,
} from '../../../domain/training/programme';
import { compactCode, numberOrNull, type SortedIssues, sortIssues } from './pelatihan-forms';

export interface ScheduleRow {
  date: string;
  hours: number | string;
  agenda: string;
}

export interface TrainerRow {
  name: string;
  affiliation: string;
}

export interface SessionValues {
  label: string;
  startDate: string;
  endDate: string;
  schedule: ScheduleRow[];
  placeMode: PlaceMode;
  placeName: string;
  placeRegionCode: string;
  trainers: TrainerRow[];
  capacity: number | string;
  /** Desa served, as typed (dots allowed). */
  desaCodes: string[];
  kawasanIds: string[];
}

export function newSessionValues(): SessionValues {
  return {
    label: '',
    startDate: '',
    endDate: '',
    schedule: [],
    placeMode: 'luring',
    placeName: '',
    placeRegionCode: '',
    trainers: [{ name: '', affiliation: '' }],
    capacity: 30,
    desaCodes: [],
    kawasanIds: [],
  };
}

/** Longest schedule proposed from the dates; longer runs are typed day by day. */
export const MAX_PROPOSED_DAYS = 31;

/**
 * One row per day from `startDate` to `endDate`, the curriculum's JP shared out as evenly as
 * whole numbers allow (the first days take the remainder, none above the daily maximum). Null
 * when the dates are not a range of at most MAX_PROPOSED_DAYS days.
 */
export function proposeSchedule(
  startDate: string,
  endDate: string,
  curriculumHours: number,
): ScheduleRow[] | null {
  if (!isCalendarDate(startDate) || !isCalendarDate(endDate) || endDate < startDate) return null;
  const days = daysBetween(startDate, endDate) + 1;
  if (days > MAX_PROPOSED_DAYS) return null;
  const total = Number.isSafeInteger(curriculumHours) && curriculumHours > 0 ? curriculumHours : 0;
  const base = Math.floor(total / days);
  const extra = total - base * days;
  return Array.from({ length: days }, (_, i) => ({
    date: addDays(startDate, i),
    hours: Math.min(MAX_HOURS_PER_DAY, base + (i < extra ? 1 : 0)),
    agenda: '',
  }));
}

/** JP of the schedule rows that hold a number. */
export function scheduleTotal(rows: readonly ScheduleRow[]): number {
  return rows.reduce((sum, r) => sum + (numberOrNull(r.hours) ?? 0), 0);
}

/** The draft the domain checks; empty numbers are NaN (refused). */
export function sessionDraft(values: SessionValues): SessionDraft {
  const region = compactCode(values.placeRegionCode);
  return {
    label: values.label,
    startDate: values.startDate.trim(),
    endDate: values.endDate.trim(),
    schedule: values.schedule.map((r) => ({
      date: r.date.trim(),
      hours: numberOrNull(r.hours) ?? Number.NaN,
      agenda: r.agenda,
    })),
    place: { mode: values.placeMode, name: values.placeName, regionCode: region === '' ? null : region },
    trainers: values.trainers.map((t) => ({ name: t.name, affiliation: t.affiliation, facilitatorId: null })),
    capacity: numberOrNull(values.capacity) ?? Number.NaN,
    desaCodes: values.desaCodes.map(compactCode),
    kawasanIds: values.kawasanIds,
  };
}

export function createSessionBody(values: SessionValues): CreateTrainingSessionBody {
  const draft = sessionDraft(values);
  return {
    label: draft.label.trim(),
    startDate: draft.startDate,
    endDate: draft.endDate,
    schedule: draft.schedule.map((d) => ({ date: d.date, hours: d.hours, agenda: d.agenda.trim() })),
    place: { mode: draft.place.mode, name: draft.place.name.trim(), regionCode: draft.place.regionCode },
    trainers: draft.trainers.map((t) => ({ name: t.name.trim(), affiliation: t.affiliation.trim() })),
    capacity: draft.capacity,
    desaCodes: [...draft.desaCodes],
    kawasanIds: [...draft.kawasanIds],
  };
}

const SESSION_FIELDS = ['label', 'startDate', 'endDate', 'schedule', 'trainers', 'capacity', 'kawasanIds'];

/**
 * The form field of an issue path: rows keep their index (`schedule.1.hours`, `trainers.0.name`,
 * `desaCodes.2`), the place its parts (`place.regionCode`), a kawasan the kawasan list.
 */
export function sessionFieldOf(path: string): string | null {
  const parts = path.split('.');
  const head = parts[0] ?? '';
  if (head === 'schedule' || head === 'trainers') {
    if (parts.length >= 3 && /^\d+$/.test(parts[1] ?? '')) return parts.slice(0, 3).join('.');
    return head;
  }
  if (head === 'place') return parts[1] ? `place.${parts[1]}` : 'place.name';
  if (head === 'desaCodes') return parts[1] !== undefined ? `desaCodes.${parts[1]}` : 'desaCodes';
  return SESSION_FIELDS.includes(head) ? head : null;
}

export function sessionFormIssues(values: SessionValues, curriculumHours: number): SortedIssues {
  return sortIssues(
    sessionIssues(sessionDraft(values), { curriculumHours, registeredCount: 0 }),
    sessionFieldOf,
  );
}

/* ——— State and actions ——— */

/** Mantine colours of the session states. */
export const SESSION_STATE_COLORS: Record<TrainingSessionStateValue, string> = {
  rencana: 'gray',
  pendaftaran: 'blue',
  berjalan: 'orange',
  selesai: 'teal',
  batal: 'red',
};

/** A lifecycle button: filled for the way forward, red outline for cancelling. */
export function actionLook(action: TrainingSessionActionValue): {
  variant: 'filled' | 'outline';
  color?: string;
} {
  return action === 'cancel' ? { variant: 'outline', color: 'red' } : { variant: 'filled' };
}

/** `YYYY-MM-DD` of a Date in the reader's own time zone (the default of date fields). */
export function localDate(at: Date): string {
  const month = String(at.getMonth() + 1).padStart(2, '0');
  const day = String(at.getDate()).padStart(2, '0');
  return `${at.getFullYear()}-${month}-${day}`;
}
