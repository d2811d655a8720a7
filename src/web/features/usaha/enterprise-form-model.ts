/**
 * The registration form of an enterprise as values: what it lacks before sending (the domain's
 * founding rules, so a BUM Desa Bersama with one desa is told before it is sent), the body of the
 * name check asked as the user types, the request bodies, and where the server's field messages go.
 */
import type {
  CheckNameBody,
  CheckNameResult,
  CreateEnterpriseBody,
  EnterpriseView,
  UpdateEnterpriseBody,
} from '../../../contracts/enterprise.contract';
import { FOUNDING_RULES, foundingIssues } from '../../../domain/enterprise/founding';
import { type EnterpriseKind, isEnterpriseKind } from '../../../domain/enterprise/vocabulary';
import { isCalendarDate } from '../../../domain/training/calendar';
import { type Issue, normalizeField, type SortedIssues, sortIssues } from '../pelatihan/pelatihan-forms';

/** A founding desa as picked: its code, name and where it lies. */
export interface PickedDesa {
  code: string;
  name: string;
  /** "Kecamatan X, Kabupaten Y", or empty when unknown. */
  place: string;
}

export interface EnterpriseValues {
  kind: EnterpriseKind | '';
  founders: PickedDesa[];
  kawasanIds: string[];
  name: string;
  address: string;
  phone: string;
  email: string;
  businessFields: string[];
  foundedOn: string;
  activity: 'aktif' | 'tidak_aktif';
}

export const ENTERPRISE_FIELDS = [
  'kind',
  'founders',
  'kawasanIds',
  'name',
  'address',
  'phone',
  'email',
  'businessFields',
  'foundedOn',
  'activity',
] as const;
export type EnterpriseField = (typeof ENTERPRISE_FIELDS)[number];

export function newEnterpriseValues(): EnterpriseValues {
  return {
    kind: '',
    founders: [],
    kawasanIds: [],
    name: '',
    address: '',
    phone: '',
    email: '',
    businessFields: [],
    foundedOn: '',
    activity: 'aktif',
  };
}

export function enterpriseValues(view: EnterpriseView): EnterpriseValues {
  return {
    kind: view.kind,
    founders: view.founders.map((f) => ({ code: f.code, name: f.name, place: '' })),
    kawasanIds: view.kawasan.map((k) => k.id),
    name: view.name,
    address: view.address,
    phone: view.phone ?? '',
    email: view.email ?? '',
    businessFields: [...view.businessFields],
    foundedOn: view.foundedOn ?? '',
    activity: view.activity,
  };
}

/** Whether a desa code is a kelurahan's (its 7th digit is 1). */
export const isKelurahanCode = (code: string) => code[6] === '1';

/**
 * Why a desa cannot be picked as a founder of `kind` (already chosen, a kelurahan for a BUM Desa,
 * a second desa for a BUM Desa), or null.
 */
export function founderProblem(
  kind: EnterpriseKind | '',
  code: string,
  chosen: readonly PickedDesa[],
): 'chosen' | 'kelurahan' | 'full' | null {
  if (chosen.some((d) => d.code === code)) return 'chosen';
  if (kind === '') return null;
  const rule = FOUNDING_RULES[kind];
  if (!rule.kelurahanAllowed && isKelurahanCode(code)) return 'kelurahan';
  if (rule.max !== null && chosen.length >= rule.max) return 'full';
  return null;
}

/**
 * The domain's message on the number of founders, once the user has picked a desa (or tried to
 * send): "BUM Desa Bersama didirikan oleh dua desa atau lebih; baru 1 desa dipilih."
 */
export function foundersCountMessage(values: EnterpriseValues, tried: boolean): string | null {
  if (values.kind === '') return null;
  if (!tried && values.founders.length === 0) return null;
  const issues = foundingIssues(
    values.kind,
    values.founders.map((f) => f.code),
  );
  return issues.find((i) => i.field === 'founderDesaCodes')?.message ?? issues[0]?.message ?? null;
}

export interface EnterpriseMessages {
  kindRequired: string;
  nameRequired: string;
  foundedOnInvalid: string;
  foundedOnFuture: string;
}

/** What blocks sending: no kind, the founding rules, no name, a founding date that is no date or to come. */
export function enterpriseFormIssues(
  values: EnterpriseValues,
  today: string,
  messages: EnterpriseMessages,
  mode: 'create' | 'edit',
): Partial<Record<EnterpriseField, string>> {
  const out: Partial<Record<EnterpriseField, string>> = {};
  if (mode === 'create') {
    if (values.kind === '') out.kind = messages.kindRequired;
    else {
      const count = foundersCountMessage(values, true);
      if (count) out.founders = count;
    }
  }
  const name = values.name.trim();
  if (name === '') out.name = messages.nameRequired;
  const founded = values.foundedOn.trim();
  if (founded !== '') {
    if (!isCalendarDate(founded)) out.foundedOn = messages.foundedOnInvalid;
    else if (founded > today) out.foundedOn = messages.foundedOnFuture;
  }
  return out;
}

/** The body of the live name check, or null while there is nothing to check. */
export function nameCheckBody(values: EnterpriseValues, enterpriseId?: string): CheckNameBody | null {
  if (!isEnterpriseKind(values.kind)) return null;
  const name = values.name.trim().replace(/\s+/g, ' ');
  if (name.length < 3) return null;
  return {
    kind: values.kind,
    name,
    founderDesaCodes: values.founders.map((f) => f.code),
    ...(enterpriseId ? { enterpriseId } : {}),
  };
}

/** The checks of a name-check answer, errors first. */
export function sortedNameChecks(result: CheckNameResult | undefined) {
  const checks = result?.checks ?? [];
  return {
    errors: checks.filter((c) => c.severity === 'error'),
    warnings: checks.filter((c) => c.severity === 'warning'),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function cleanFields(fields: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of fields.flatMap((field) => field.split(','))) {
    const text = f.trim().replace(/\s+/g, ' ');
    if (text !== '' && !out.some((o) => o.toLowerCase() === text.toLowerCase())) out.push(text);
  }
  return out;
}

export function createEnterpriseBody(values: EnterpriseValues): CreateEnterpriseBody {
  if (values.kind === '') throw new Error('kind is required');
  return {
    kind: values.kind,
    founderDesaCodes: values.founders.map((f) => f.code),
    name: values.name.trim().replace(/\s+/g, ' '),
    address: values.address.trim(),
    phone: orNull(values.phone),
    email: orNull(values.email),
    businessFields: cleanFields(values.businessFields),
    foundedOn: orNull(values.foundedOn),
    kawasanIds: [...values.kawasanIds],
  };
}

/** The profile change: founders and kind are fixed after registration, so they are not sent. */
export function updateEnterpriseBody(values: EnterpriseValues): UpdateEnterpriseBody {
  return {
    name: values.name.trim().replace(/\s+/g, ' '),
    address: values.address.trim(),
    phone: orNull(values.phone),
    email: orNull(values.email),
    businessFields: cleanFields(values.businessFields),
    foundedOn: orNull(values.foundedOn),
    activity: values.activity,
    kawasanIds: [...values.kawasanIds],
  };
}

/** Where each field of the request lies on the form (`founderDesaCodes.1` → founders). */
export function enterpriseFieldOf(path: string): EnterpriseField | null {
  const head = normalizeField(path).split('.')[0] ?? '';
  if (head === 'founderDesaCodes') return 'founders';
  return (ENTERPRISE_FIELDS as readonly string[]).includes(head) ? (head as EnterpriseField) : null;
}

export function enterpriseServerIssues(issues: readonly Issue[]): SortedIssues {
  return sortIssues(issues, enterpriseFieldOf);
}
