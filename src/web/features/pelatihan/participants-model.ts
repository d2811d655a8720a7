/**
 * The registration form as values (checked with the domain's participant rules and messages),
 * its body, and how a registration list reads: the seats, the waiting list in order, withdrawals.
 */
import type {
  ParticipantDraftBody,
  TrainingRegistrationView,
} from '../../../contracts/training-participant.contract';
import { ENTERPRISE_ROLES, type ParticipantRole } from '../../../domain/training/aspects';
import { type Gender, participantIssues } from '../../../domain/training/registration';
import { compactCode, numberOrNull, type SortedIssues, sortIssues } from './pelatihan-forms';

export interface ParticipantValues {
  name: string;
  gender: Gender | '';
  birthYear: number | string;
  desaCode: string;
  role: ParticipantRole | '';
  /** Only for the roles that manage an enterprise. */
  enterpriseId: string;
}

export const PARTICIPANT_FIELDS = [
  'name',
  'gender',
  'birthYear',
  'desaCode',
  'role',
  'enterpriseId',
] as const;

export function newParticipantValues(): ParticipantValues {
  return { name: '', gender: '', birthYear: '', desaCode: '', role: '', enterpriseId: '' };
}

/** Whether the role may name the enterprise it manages (BUM Desa, koperasi). */
export function takesEnterprise(role: ParticipantRole | ''): boolean {
  return role !== '' && ENTERPRISE_ROLES.includes(role);
}

export function participantBody(values: ParticipantValues): ParticipantDraftBody {
  const enterprise = values.enterpriseId.trim();
  return {
    name: values.name.trim(),
    gender: values.gender as Gender,
    birthYear: numberOrNull(values.birthYear) ?? Number.NaN,
    desaCode: compactCode(values.desaCode),
    role: values.role as ParticipantRole,
    ...(takesEnterprise(values.role) && enterprise !== '' ? { enterpriseId: enterprise } : {}),
  };
}

export function participantFieldOf(path: string): string | null {
  const head = path.split('.')[0] ?? '';
  return (PARTICIPANT_FIELDS as readonly string[]).includes(head) ? head : null;
}

/**
 * What the form lacks, by field: `required` for an empty choice, then the domain's checks of
 * the name, birth year (against `today`) and desa code.
 */
export function participantFormIssues(
  values: ParticipantValues,
  today: string,
  required: string,
): SortedIssues {
  const body = participantBody(values);
  const domain = participantIssues(
    {
      name: body.name,
      gender: body.gender,
      birthYear: body.birthYear,
      desaCode: body.desaCode,
      role: body.role,
      enterpriseId: body.enterpriseId ?? null,
      facilitatorId: null,
    },
    today,
  );
  const issues = [
    ...(values.gender === '' ? [{ field: 'gender', message: required }] : []),
    ...(values.role === '' ? [{ field: 'role', message: required }] : []),
    ...domain.filter(
      (i) => !(i.field === 'gender' && values.gender === '') && !(i.field === 'role' && values.role === ''),
    ),
  ];
  return sortIssues(issues, participantFieldOf);
}

/** Seats first (in registration order), then the waiting list by position, withdrawals last. */
export function registrationsInOrder(items: readonly TrainingRegistrationView[]): TrainingRegistrationView[] {
  const rank = (r: TrainingRegistrationView) =>
    r.status === 'terdaftar' ? 0 : r.status === 'daftar_tunggu' ? 1 : 2;
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0) || a.seq - b.seq,
  );
}

/** Mantine colours of the registration statuses. */
export const REGISTRATION_STATUS_COLORS: Record<TrainingRegistrationView['status'], string> = {
  terdaftar: 'teal',
  daftar_tunggu: 'yellow',
  dibatalkan: 'gray',
};
