/** The musyawarah details form as values, what it lacks, and the request body. */
import type { MusyawarahDetail } from '../../../contracts/musyawarah.contract';
import { isDesaLevelKind, type MusyawarahKind } from '../../../domain/deliberation/attendance';
import { agendaLines, agendaText, isDay } from './musyawarah-forms';

export interface MeetingValues {
  kind: MusyawarahKind;
  desaCode: string;
  title: string;
  organiser: string;
  heldOn: string;
  place: string;
  agenda: string;
  chair: string;
  secretary: string;
  notes: string;
}

export const MEETING_FIELDS = [
  'kind',
  'desaCode',
  'title',
  'organiser',
  'heldOn',
  'place',
  'agenda',
  'chair',
  'secretary',
  'notes',
] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];

export type MeetingProblem = 'required' | 'invalidDate';

/** What the form lacks before it is sent (the server checks the same and more). */
export function meetingProblems(values: MeetingValues): Partial<Record<MeetingField, MeetingProblem>> {
  const out: Partial<Record<MeetingField, MeetingProblem>> = {};
  for (const field of ['title', 'organiser', 'place'] as const) {
    if (values[field].trim() === '') out[field] = 'required';
  }
  if (values.heldOn.trim() === '') out.heldOn = 'required';
  else if (!isDay(values.heldOn.trim())) out.heldOn = 'invalidDate';
  if (isDesaLevelKind(values.kind) && values.desaCode === '') out.desaCode = 'required';
  return out;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The fields as the API takes them (kind and desa only when creating). */
export function meetingBody(values: MeetingValues) {
  return {
    title: values.title.trim(),
    organiser: values.organiser.trim(),
    heldOn: values.heldOn.trim(),
    place: values.place.trim(),
    agenda: agendaLines(values.agenda),
    chair: orNull(values.chair),
    secretary: orNull(values.secretary),
    notes: orNull(values.notes),
  };
}

/** Empty values for recording a new musyawarah on `today`. */
export function newMeetingValues(today: string): MeetingValues {
  return {
    kind: 'musyawarah_antar_desa',
    desaCode: '',
    title: '',
    organiser: '',
    heldOn: today,
    place: '',
    agenda: '',
    chair: '',
    secretary: '',
    notes: '',
  };
}

/** The stored musyawarah as values to edit. */
export function meetingValues(m: MusyawarahDetail): MeetingValues {
  return {
    kind: m.kind,
    desaCode: m.desaCode ?? '',
    title: m.title,
    organiser: m.organiser,
    heldOn: m.heldOn,
    place: m.place,
    agenda: agendaText(m.agenda),
    chair: m.chair ?? '',
    secretary: m.secretary ?? '',
    notes: m.notes ?? '',
  };
}
