/**
 * The follow-up record form as values: the indicators a participant's role is asked about, what
 * the form lacks before sending (the domain's own rules and Indonesian messages, with the
 * session's facts the sheet carries), the request body, and where the server's field errors go.
 */
import type { FollowUpBody, FollowUpSheet } from '../../../contracts/training-outcome.contract';
import type { FieldIssue } from '../../../domain/errors';
import { type FollowUpMethod, followUpIssues, type IndicatorState } from '../../../domain/training/follow-up';

type Participant = FollowUpSheet['participants'][number];

export interface FollowUpValues {
  recordedOn: string;
  method: FollowUpMethod | '';
  reached: boolean;
  /** The state chosen per indicator id; '' when not answered (left out of the body). */
  states: Record<string, IndicatorState | ''>;
  note: string;
}

/** A new record: today, reached, nothing answered yet. */
export function newFollowUpValues(participant: Participant, today: string): FollowUpValues {
  return {
    recordedOn: today,
    method: '',
    reached: true,
    states: Object.fromEntries(participant.indicators.map((i) => [i.indicatorId, ''])),
    note: '',
  };
}

/**
 * The body sent: the answered indicators in the table's order, none when the participant could
 * not be reached (the domain refuses indicators then).
 */
export function followUpBody(values: FollowUpValues, participant: Participant): FollowUpBody {
  const indicators = values.reached
    ? participant.indicators.flatMap((i) => {
        const state = values.states[i.indicatorId] ?? '';
        return state === '' ? [] : [{ indicatorId: i.indicatorId, state }];
      })
    : [];
  return {
    recordedOn: values.recordedOn,
    method: values.method as FollowUpMethod,
    reached: values.reached,
    indicators,
    note: values.note.trim(),
  };
}

export type FollowUpField =
  | 'recordedOn'
  | 'method'
  | 'reached'
  | 'indicators'
  | 'note'
  | `indicator:${string}`;

/**
 * Where an error of field `key` shows: `indicators[2].state` (domain) or `indicators.2.state`
 * (schema) at the indicator sent at that place; `registrationId` and unknown keys nowhere on the
 * form (null: shown above it).
 */
export function followUpFieldOf(key: string, sent: FollowUpBody | null): FollowUpField | null {
  const indicator = /^indicators(?:\[(\d+)\]|\.(\d+))/.exec(key);
  if (indicator) {
    const id = sent?.indicators[Number(indicator[1] ?? indicator[2])]?.indicatorId;
    return id ? `indicator:${id}` : 'indicators';
  }
  if (key === 'indicators') return 'indicators';
  if (key === 'recordedOn' || key === 'method' || key === 'reached' || key === 'note') return key;
  return null;
}

/**
 * Issues before sending, by the domain's rules for this participant and session; a method not
 * chosen is reported with `required`.
 */
export function followUpFormIssues(
  values: FollowUpValues,
  participant: Participant,
  sheet: Pick<FollowUpSheet, 'session' | 'followUpMonths' | 'today'>,
  required: string,
): FieldIssue[] {
  const body = followUpBody(values, participant);
  const issues = followUpIssues(
    { registrationId: participant.registrationId, ...body },
    {
      sessionState: sheet.session.state,
      endDate: sheet.session.endDate,
      followUpMonths: sheet.followUpMonths,
      today: sheet.today,
      role: participant.role,
      completed: participant.completed,
    },
  );
  if (values.method !== '') return issues;
  return [{ field: 'method', message: required }, ...issues.filter((i) => i.field !== 'method')];
}

/** Issues sorted onto the form: by field, and the rest (shown above the form). */
export function placeIssues(
  issues: readonly FieldIssue[],
  sent: FollowUpBody | null,
): { byField: Partial<Record<FollowUpField, string>>; other: string[] } {
  const byField: Partial<Record<FollowUpField, string>> = {};
  const other: string[] = [];
  for (const { field, message } of issues) {
    const at = followUpFieldOf(field.replace(/^body[./]/, '').replaceAll('/', '.'), sent);
    if (at === null) other.push(message);
    else byField[at] ??= message;
  }
  return { byField, other };
}
