/**
 * The pendampingan forms as values: what they lack before sending (with the domain's own checks
 * and Indonesian messages where the domain has them), the request bodies, and where the server's
 * field errors go.
 */
import type {
  AssignmentView,
  CreateAssignmentBody,
  CreateFacilitatorBody,
  EntryView,
  EvidenceView,
  FacilitatorDetail,
  FacilitatorView,
  UpdateEntryBody,
  UpdateFacilitatorBody,
} from '../../../contracts/facilitation.contract';
import {
  type ActivityCategory,
  activityEntryIssues,
  type ParticipantGroup,
} from '../../../domain/facilitation/activity-log';
import {
  assignmentIssues,
  endAssignment,
  type FacilitatorAssignment,
} from '../../../domain/facilitation/assignment';
import {
  checkNik,
  type Facilitator,
  type FacilitatorType,
  facilitatorIssues,
  type Gender,
} from '../../../domain/facilitation/facilitator';
import { returnReasonIssues } from '../../../domain/facilitation/review';
import { placeInputOf, placeValue } from './pendampingan-model';

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
/** A region code as typed (`33.01.01`, `3301 01`) without dots and spaces. */
export const compactCode = (text: string) => text.replace(/[\s.]/g, '');

/** Puts the first message of each field into `out`, the field named by `fieldOf` (null: not on the form). */
export function sortFieldErrors<F extends string>(
  errors: Readonly<Record<string, string>>,
  fieldOf: (key: string) => F | null,
): { byField: Partial<Record<F, string>>; other: string[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const [key, message] of Object.entries(errors)) {
    const field = fieldOf(key);
    if (field === null) other.push(message);
    else byField[field] ??= message;
  }
  return { byField, other };
}

const headOf = (key: string) => key.split(/[.[]/)[0] ?? '';

/* ——— Facilitator ——— */

export interface FacilitatorValues {
  username: string;
  type: FacilitatorType | '';
  name: string;
  gender: Gender | '';
  phone: string;
  email: string;
  /** Typed only to be checked and hashed by the server; never shown again. */
  nik: string;
  homeRegionCode: string;
  activeFrom: string;
  activeTo: string;
  supervisorId: string;
}

export const FACILITATOR_FIELDS = [
  'username',
  'type',
  'name',
  'gender',
  'phone',
  'email',
  'nik',
  'homeRegionCode',
  'activeFrom',
  'activeTo',
  'supervisorId',
] as const;
export type FacilitatorField = (typeof FACILITATOR_FIELDS)[number];

export function newFacilitatorValues(today: string): FacilitatorValues {
  return {
    username: '',
    type: '',
    name: '',
    gender: '',
    phone: '',
    email: '',
    nik: '',
    homeRegionCode: '',
    activeFrom: today,
    activeTo: '',
    supervisorId: '',
  };
}

/** A stored facilitator as values to edit (the NIK field starts empty: it is never sent back). */
export function facilitatorValues(f: FacilitatorView): FacilitatorValues {
  return {
    username: f.username,
    type: f.type,
    name: f.name,
    gender: f.gender,
    phone: f.phone ?? '',
    email: f.email ?? '',
    nik: '',
    homeRegionCode: f.homeRegion.code,
    activeFrom: f.activeFrom,
    activeTo: f.activeTo ?? '',
    supervisorId: f.supervisor?.id ?? '',
  };
}

/** Where a server error of the facilitator routes goes (`userId` is the account field). */
export function facilitatorFieldOf(key: string): FacilitatorField | null {
  const head = headOf(key);
  if (head === 'userId') return 'username';
  return (FACILITATOR_FIELDS as readonly string[]).includes(head) ? (head as FacilitatorField) : null;
}

/**
 * What the form lacks, by field: the domain's checks of the person, the home region's level, the
 * active period, the supervisor and the NIK's shape; `required` for an empty account or type.
 * `id` is the record being edited (none when creating).
 */
export function facilitatorFormIssues(
  values: FacilitatorValues,
  id: string | null,
  required: string,
): Partial<Record<FacilitatorField, string>> {
  const out: Partial<Record<FacilitatorField, string>> = {};
  if (values.username.trim() === '') out.username = required;
  if (values.type === '') out.type = required;
  if (values.gender === '') out.gender = required;
  const record: Facilitator = {
    id: id ?? '',
    type: values.type === '' ? 'pld' : values.type,
    name: values.name,
    gender: values.gender as Gender,
    phone: orNull(values.phone),
    email: orNull(values.email),
    homeRegionCode: compactCode(values.homeRegionCode),
    activeFrom: values.activeFrom.trim(),
    activeTo: orNull(values.activeTo),
    supervisorId: orNull(values.supervisorId),
    // The account is checked above by its name; the domain only needs it present.
    userId: values.username.trim() || '-',
  };
  for (const issue of facilitatorIssues(record)) {
    const field = facilitatorFieldOf(issue.field);
    if (!field) continue;
    if (field === 'homeRegionCode' && values.type === '') continue;
    out[field] ??= issue.message;
  }
  if (values.nik.trim() !== '') {
    const nik = checkNik(values.nik);
    if (!nik.ok) out.nik ??= nik.issues[0]?.message ?? required;
  }
  return out;
}

export function createFacilitatorBody(values: FacilitatorValues): CreateFacilitatorBody {
  const nik = values.nik.trim();
  return {
    username: values.username.trim(),
    type: values.type as FacilitatorType,
    name: values.name.trim(),
    gender: values.gender as Gender,
    phone: orNull(values.phone),
    email: orNull(values.email),
    ...(nik === '' ? {} : { nik }),
    homeRegionCode: compactCode(values.homeRegionCode),
    activeFrom: values.activeFrom.trim(),
    activeTo: orNull(values.activeTo),
    supervisorId: orNull(values.supervisorId),
  };
}

/** The editable fields; an empty NIK field keeps the NIK recorded before. */
export function updateFacilitatorBody(values: FacilitatorValues): UpdateFacilitatorBody {
  const nik = values.nik.trim();
  return {
    name: values.name.trim(),
    gender: values.gender as Gender,
    phone: orNull(values.phone),
    email: orNull(values.email),
    ...(nik === '' ? {} : { nik }),
    activeTo: orNull(values.activeTo),
    supervisorId: orNull(values.supervisorId),
  };
}

/* ——— Assignments ——— */

export interface AssignmentValues {
  kind: 'desa' | 'kawasan';
  desaCode: string;
  kawasanId: string;
  from: string;
  to: string;
}

export const ASSIGNMENT_FIELDS = ['kind', 'desaCode', 'kawasanId', 'from', 'to'] as const;
export type AssignmentField = (typeof ASSIGNMENT_FIELDS)[number];

/** A new assignment from `from`, ending with the facilitator's active period (`to`) when it ends. */
export function newAssignmentValues(
  kind: 'desa' | 'kawasan',
  from: string,
  to: string | null = null,
): AssignmentValues {
  return { kind, desaCode: '', kawasanId: '', from, to: to ?? '' };
}

export function assignmentFieldOf(key: string): AssignmentField | null {
  if (key === 'place.kind') return 'kind';
  if (key.startsWith('place.code')) return 'desaCode';
  if (key.startsWith('place.id')) return 'kawasanId';
  if (key === 'place') return 'desaCode';
  const head = headOf(key);
  return head === 'from' || head === 'to' ? head : null;
}

/** The stored facilitator and assignment as the domain reads them. */
export function domainFacilitator(f: FacilitatorDetail): Facilitator {
  return {
    id: f.id,
    type: f.type,
    name: f.name,
    gender: f.gender,
    phone: f.phone,
    email: f.email,
    homeRegionCode: f.homeRegion.code,
    activeFrom: f.activeFrom,
    activeTo: f.activeTo,
    supervisorId: f.supervisor?.id ?? null,
    userId: f.userId,
  };
}

export function domainAssignment(a: AssignmentView): FacilitatorAssignment {
  const place = placeInputOf(placeValue(a.place)) ?? { kind: 'desa' as const, code: a.place.ref };
  return { id: a.id, facilitatorId: a.facilitatorId, place, from: a.from, to: a.to };
}

export function assignmentBody(values: AssignmentValues): CreateAssignmentBody {
  return {
    place:
      values.kind === 'desa'
        ? { kind: 'desa', code: compactCode(values.desaCode) }
        : { kind: 'kawasan', id: values.kawasanId },
    from: values.from.trim(),
    to: orNull(values.to),
  };
}

/**
 * The domain's checks of a new assignment (period, within the active period, a place the type
 * may take, a desa of the home region, no overlap at the same place); whether the desa or kawasan
 * exists is the server's to say.
 */
export function assignmentFormIssues(
  values: AssignmentValues,
  facilitator: FacilitatorDetail,
  required: string,
): Partial<Record<AssignmentField, string>> {
  const out: Partial<Record<AssignmentField, string>> = {};
  if (values.kind === 'desa' && compactCode(values.desaCode) === '') out.desaCode = required;
  if (values.kind === 'kawasan' && values.kawasanId === '') out.kawasanId = required;
  if (values.from.trim() === '') out.from = required;
  const body = assignmentBody(values);
  const candidate: FacilitatorAssignment = {
    id: '',
    facilitatorId: facilitator.id,
    place: body.place.kind === 'desa' ? body.place : { kind: 'kawasan', id: body.place.id },
    from: body.from,
    to: body.to ?? null,
  };
  const issues = assignmentIssues(
    candidate,
    domainFacilitator(facilitator),
    facilitator.assignments.map(domainAssignment),
  );
  for (const issue of issues) {
    const field = assignmentFieldOf(issue.field);
    if (field) out[field] ??= issue.message;
  }
  return out;
}

/** Why an assignment cannot end on `lastDay` (the domain's message), or null when it can. */
export function endAssignmentIssue(a: AssignmentView, lastDay: string): string | null {
  const result = endAssignment(domainAssignment(a), lastDay);
  return result.ok ? null : (result.issues[0]?.message ?? null);
}

/* ——— Activity entries ——— */

export interface EntryValues {
  date: string;
  /** `placeValue` of the place. */
  place: string;
  category: ActivityCategory;
  topic: string;
  perempuan: string;
  lakiLaki: string;
  groups: ParticipantGroup[];
  activities: string;
  outputs: string;
  followUp: string;
  evidence: EvidenceView[];
  gpsLat: string;
  gpsLon: string;
}

export const ENTRY_FIELDS = [
  'date',
  'place',
  'category',
  'topic',
  'participants',
  'perempuan',
  'lakiLaki',
  'groups',
  'activities',
  'outputs',
  'followUp',
  'evidence',
  'gpsLat',
  'gpsLon',
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export function entryValues(e: EntryView): EntryValues {
  return {
    date: e.date,
    place: placeValue(e.place),
    category: e.category,
    topic: e.topic,
    perempuan: String(e.participants.perempuan),
    lakiLaki: String(e.participants.laki_laki),
    groups: [...e.groups],
    activities: e.activities,
    outputs: e.outputs,
    followUp: e.followUp,
    evidence: [...e.evidence],
    gpsLat: e.gps ? String(e.gps.lat) : '',
    gpsLon: e.gps ? String(e.gps.lon) : '',
  };
}

/** Where a server error of an entry goes: `participants.perempuan`, `gps.lat`, `evidence[2]`… */
export function entryFieldOf(key: string): EntryField | null {
  if (key.startsWith('participants.perempuan')) return 'perempuan';
  if (key.startsWith('participants.laki_laki')) return 'lakiLaki';
  if (key.startsWith('gps.lon')) return 'gpsLon';
  if (key.startsWith('gps')) return 'gpsLat';
  const head = headOf(key);
  if (head === 'evidenceIds') return 'evidence';
  return (ENTRY_FIELDS as readonly string[]).includes(head) ? (head as EntryField) : null;
}

/** A count as typed: whole digits only, else NaN (which the domain's check refuses). */
function countOf(text: string): number {
  const t = text.trim();
  return /^\d{1,9}$/.test(t) ? Number(t) : Number.NaN;
}

/** A coordinate as typed, with a decimal comma or point; NaN when it is not a number. */
function coordinateOf(text: string): number {
  const t = text.trim().replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** The GPS point of the form: null when both are empty; NaN parts when one is missing or wrong. */
export function gpsOf(values: Pick<EntryValues, 'gpsLat' | 'gpsLon'>): { lat: number; lon: number } | null {
  if (values.gpsLat.trim() === '' && values.gpsLon.trim() === '') return null;
  return { lat: coordinateOf(values.gpsLat), lon: coordinateOf(values.gpsLon) };
}

export interface EntryFormMessages {
  required: string;
  /** One of latitude and longitude is missing. */
  gpsHalf: string;
}

/**
 * What the edit form lacks, by field: the domain's own checks of an entry (a real date not after
 * `today`, category and groups, the text limits, whole head counts with at least one person, the
 * evidence, a GPS point inside Indonesia) with its messages. Whether the facilitator is assigned
 * to the place on that date is the server's check: it knows the assignments, so the place is
 * taken as assigned here.
 */
export function entryFormIssues(
  values: EntryValues,
  today: string,
  messages: EntryFormMessages,
): Partial<Record<EntryField, string>> {
  const out: Partial<Record<EntryField, string>> = {};
  const place = placeInputOf(values.place);
  if (place === null) out.place = messages.required;
  const gps = gpsOf(values);
  const half = gps !== null && (values.gpsLat.trim() === '' || values.gpsLon.trim() === '');
  if (half) out[values.gpsLat.trim() === '' ? 'gpsLat' : 'gpsLon'] = messages.gpsHalf;
  const anyPlace = place ?? { kind: 'desa' as const, code: '' };
  const issues = activityEntryIssues(
    {
      date: values.date.trim(),
      place: anyPlace,
      category: values.category,
      topic: values.topic,
      participants: { perempuan: countOf(values.perempuan), laki_laki: countOf(values.lakiLaki) },
      groups: values.groups,
      activities: values.activities,
      outputs: values.outputs,
      followUp: values.followUp,
      evidence: values.evidence.map((e) => ({ id: e.id, mediaType: e.mediaType })),
      gps: half ? null : gps,
    },
    {
      today,
      facilitatorId: 'self',
      assignments: [{ id: 'any', facilitatorId: 'self', place: anyPlace, from: '0001-01-01', to: null }],
    },
  );
  for (const issue of issues) {
    const field = entryFieldOf(issue.field);
    if (field) out[field] ??= issue.message;
  }
  return out;
}

/** The whole content as the API takes it (the form sends what it shows). */
export function entryUpdateBody(values: EntryValues): UpdateEntryBody {
  const place = placeInputOf(values.place);
  if (!place) throw new RangeError(`Not a place: ${values.place}`);
  return {
    date: values.date.trim(),
    place,
    category: values.category,
    topic: values.topic.trim(),
    participants: { perempuan: countOf(values.perempuan), laki_laki: countOf(values.lakiLaki) },
    groups: [...values.groups],
    activities: values.activities.trim(),
    outputs: values.outputs.trim(),
    followUp: values.followUp.trim(),
    evidenceIds: values.evidence.map((e) => e.id),
    gps: gpsOf(values),
  };
}

/* ——— Review ——— */

/** The domain's message when a return reason is too short, or null. */
export function returnReasonIssue(reason: string): string | null {
  return returnReasonIssues(reason)[0]?.message ?? null;
}
