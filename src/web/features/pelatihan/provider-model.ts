/**
 * The provider form as values, its request bodies and where the server's field messages go. The
 * provider's rules (name, seat region, contact) are the service's; this form only says what is
 * missing before sending.
 */
import type {
  CreateTrainingProviderBody,
  TrainingProviderView,
  UpdateTrainingProviderBody,
} from '../../../contracts/training-programme.contract';
import type { ProviderKind } from '../../../domain/training/aspects';
import { compactCode, type SortedIssues, sortIssues } from './pelatihan-forms';

export interface ProviderValues {
  kind: ProviderKind | '';
  name: string;
  seatRegionCode: string;
  address: string;
  phone: string;
  email: string;
}

export const PROVIDER_FIELDS = ['kind', 'name', 'seatRegionCode', 'address', 'phone', 'email'] as const;

export function newProviderValues(seatRegionCode = ''): ProviderValues {
  return { kind: '', name: '', seatRegionCode, address: '', phone: '', email: '' };
}

export function providerValues(p: TrainingProviderView): ProviderValues {
  return {
    kind: p.kind,
    name: p.name,
    seatRegionCode: p.seatRegion.code,
    address: p.address,
    phone: p.phone ?? '',
    email: p.email ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function createProviderBody(values: ProviderValues): CreateTrainingProviderBody {
  return {
    kind: values.kind as ProviderKind,
    name: values.name.trim(),
    seatRegionCode: compactCode(values.seatRegionCode),
    address: values.address.trim(),
    phone: orNull(values.phone),
    email: orNull(values.email),
  };
}

export function updateProviderBody(values: ProviderValues): UpdateTrainingProviderBody {
  return createProviderBody(values);
}

export function providerFieldOf(path: string): string | null {
  const head = path.split('.')[0] ?? '';
  return (PROVIDER_FIELDS as readonly string[]).includes(head) ? head : null;
}

/** What the form lacks before sending: a kind, a name and a seat region. */
export function providerFormIssues(values: ProviderValues, required: string): SortedIssues {
  const issues = [
    ...(values.kind === '' ? [{ field: 'kind', message: required }] : []),
    ...(values.name.trim() === '' ? [{ field: 'name', message: required }] : []),
    ...(compactCode(values.seatRegionCode) === '' ? [{ field: 'seatRegionCode', message: required }] : []),
  ];
  return sortIssues(issues, providerFieldOf);
}
