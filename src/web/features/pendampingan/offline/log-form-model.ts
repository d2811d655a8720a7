/**
 * The log form as plain data: its values, the entry body it becomes, the form it comes back as
 * ("Perbaiki"), and its problems by field from the domain's `activityEntryIssues` — the same
 * rules the server applies, checked on the phone with the assignments and today of the last
 * `GET /api/pendampingan/saya`, so a wrong entry is caught before it waits in the outbox.
 */
import type {
  AssignmentView,
  CreateEntryBody,
  MyFacilitation,
} from '../../../../contracts/facilitation.contract';
import {
  type ActivityCategory,
  activityEntryIssues,
  type EvidenceMediaType,
  type GpsPoint,
  type ParticipantGroup,
} from '../../../../domain/facilitation/activity-log';
import {
  covers,
  type FacilitatorAssignment,
  type Place,
  placeKey,
} from '../../../../domain/facilitation/assignment';
import type { OutboxEvidence } from '../../../../domain/facilitation/sync-queue';

/** One evidence file in the form (its bytes are in the store or waiting to be stored). */
export interface FormFile extends OutboxEvidence {
  thumbnail: string | null;
}

export interface LogFormValues {
  date: string;
  /** `placeKey` of the chosen place, or '' when none is chosen. */
  place: string;
  category: ActivityCategory | null;
  topic: string;
  women: string;
  men: string;
  groups: ParticipantGroup[];
  activities: string;
  outputs: string;
  followUp: string;
  files: FormFile[];
  gps: GpsPoint | null;
}

export type LogFormField =
  | 'date'
  | 'place'
  | 'category'
  | 'topic'
  | 'participants'
  | 'women'
  | 'men'
  | 'groups'
  | 'activities'
  | 'outputs'
  | 'followUp'
  | 'files'
  | 'gps';

export type LogFormErrors = Partial<Record<LogFormField, string>>;

/** The device's calendar date, `YYYY-MM-DD`. */
export function localToday(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * "Today" for the form: the device's date, but never before the server's date of the last
 * `saya` (a phone whose clock runs late must not refuse today's activity).
 */
export function formToday(deviceToday: string, saya: Pick<MyFacilitation, 'today'> | null): string {
  return saya && saya.today > deviceToday ? saya.today : deviceToday;
}

export function placeOfAssignment(a: Pick<AssignmentView, 'place'>): Place {
  return a.place.kind === 'desa' ? { kind: 'desa', code: a.place.ref } : { kind: 'kawasan', id: a.place.ref };
}

export function toDomainAssignments(saya: Pick<MyFacilitation, 'assignments'>): FacilitatorAssignment[] {
  return saya.assignments.map((a) => ({
    id: a.id,
    facilitatorId: a.facilitatorId,
    place: placeOfAssignment(a),
    from: a.from,
    to: a.to,
  }));
}

export interface PlaceOption {
  value: string;
  label: string;
  /** Assigned there on the form's date. */
  onDate: boolean;
}

/**
 * The places of the picker: each assigned place once, those covering `date` first (in the order
 * the server lists them), then the others for a back-dated entry.
 */
export function placeOptions(saya: Pick<MyFacilitation, 'assignments'>, date: string): PlaceOption[] {
  const options = new Map<string, PlaceOption>();
  for (const a of saya.assignments) {
    const value = placeKey(placeOfAssignment(a));
    const onDate = covers(a, date);
    const known = options.get(value);
    if (!known) options.set(value, { value, label: a.place.name, onDate });
    else if (onDate) known.onDate = true;
  }
  const all = [...options.values()];
  return [...all.filter((o) => o.onDate), ...all.filter((o) => !o.onDate)];
}

/** The name of a place for lists (`Desa Tambakreja, Kec. Kedungreja`), or its key. */
export function placeName(
  saya: Pick<MyFacilitation, 'assignments'> | null,
  place: CreateEntryBody['place'],
): string {
  const key = placeKey(place);
  const found = saya?.assignments.find((a) => placeKey(placeOfAssignment(a)) === key);
  return found?.place.name ?? (place.kind === 'desa' ? `desa ${place.code}` : `kawasan ${place.id}`);
}

export function placeFromKey(key: string): Place | null {
  const [kind, ...rest] = key.split(':');
  const ref = rest.join(':');
  if (!ref) return null;
  if (kind === 'desa') return { kind: 'desa', code: ref };
  if (kind === 'kawasan') return { kind: 'kawasan', id: ref };
  return null;
}

/** A head count typed in the form: digits only, else NaN (the domain then says what is wrong). */
export function parseCount(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** An empty form on `date`, at `place` when there is one obvious choice. */
export function emptyForm(date: string, place = ''): LogFormValues {
  return {
    date,
    place,
    category: null,
    topic: '',
    women: '',
    men: '',
    groups: [],
    activities: '',
    outputs: '',
    followUp: '',
    files: [],
    gps: null,
  };
}

/**
 * The entry body the outbox keeps. Evidence ids are filled in when the files have been uploaded
 * (the sync engine does it), so they are empty here.
 */
export function toEntryBody(values: LogFormValues, key: string, submit: boolean): CreateEntryBody {
  const place = placeFromKey(values.place);
  if (!place) throw new Error('toEntryBody needs a place');
  return {
    idempotencyKey: key,
    date: values.date,
    place,
    category: values.category ?? 'dokumen_perencanaan',
    topic: values.topic.trim(),
    participants: { perempuan: parseCount(values.women), laki_laki: parseCount(values.men) },
    groups: [...values.groups],
    activities: values.activities.trim(),
    outputs: values.outputs.trim(),
    followUp: values.followUp.trim(),
    evidenceIds: [],
    gps: values.gps,
    submit,
  };
}

/** A waiting entry back in the form, to correct it. */
export function fromEntryBody(
  body: CreateEntryBody,
  evidence: readonly OutboxEvidence[],
  thumbnails: ReadonlyMap<string, string | null> = new Map(),
): LogFormValues {
  return {
    date: body.date,
    place: placeKey(body.place),
    category: body.category,
    topic: body.topic,
    women: Number.isFinite(body.participants.perempuan) ? String(body.participants.perempuan) : '',
    men: Number.isFinite(body.participants.laki_laki) ? String(body.participants.laki_laki) : '',
    groups: [...body.groups],
    activities: body.activities,
    outputs: body.outputs,
    followUp: body.followUp,
    files: evidence.map((e) => ({ ...e, thumbnail: thumbnails.get(e.sha256) ?? null })),
    gps: body.gps,
  };
}

/** Which form field a domain issue belongs to (`participants.perempuan` → `women`, …). */
export function fieldOfIssue(path: string): LogFormField | null {
  const field = path.replace(/^body[./]/, '');
  if (field === 'participants.perempuan') return 'women';
  if (field === 'participants.laki_laki') return 'men';
  if (field === 'participants') return 'participants';
  if (field.startsWith('groups')) return 'groups';
  if (field.startsWith('evidence')) return 'files';
  if (field.startsWith('gps')) return 'gps';
  const plain = ['date', 'place', 'category', 'topic', 'activities', 'outputs', 'followUp'] as const;
  return (plain as readonly string[]).includes(field) ? (field as LogFormField) : null;
}

export interface LogFormContext {
  today: string;
  saya: Pick<MyFacilitation, 'assignments' | 'facilitator'>;
  /** Messages of the form itself (not the domain's). */
  messages: { placeRequired: string; categoryRequired: string };
}

/**
 * The problems of the form by field (the first per field), in form order: the domain's
 * `activityEntryIssues` with the facilitator's assignments, plus "choose a place/category".
 */
export function logFormErrors(values: LogFormValues, context: LogFormContext): LogFormErrors {
  const place = placeFromKey(values.place);
  const issues = activityEntryIssues(
    {
      date: values.date,
      place: place ?? { kind: 'desa', code: '' },
      category: values.category ?? ('' as ActivityCategory),
      topic: values.topic,
      participants: { perempuan: parseCount(values.women), laki_laki: parseCount(values.men) },
      groups: values.groups,
      activities: values.activities,
      outputs: values.outputs,
      followUp: values.followUp,
      evidence: values.files.map((f) => ({ id: f.sha256, mediaType: f.mediaType as EvidenceMediaType })),
      gps: values.gps,
    },
    {
      today: context.today,
      facilitatorId: context.saya.facilitator.id,
      assignments: toDomainAssignments(context.saya),
    },
  );
  const errors: LogFormErrors = {};
  if (!place) errors.place = context.messages.placeRequired;
  if (values.category === null) errors.category = context.messages.categoryRequired;
  for (const issue of issues) {
    const field = fieldOfIssue(issue.field);
    if (!field) continue;
    // Without a place the domain can only say "not assigned there": "choose a place" says more.
    if (!place && field === 'place') continue;
    errors[field] ??= issue.message;
  }
  return errors;
}
