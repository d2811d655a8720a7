/**
 * The partner registry's form as values: what it lacks before sending, the bodies, and where the
 * server's field messages go (a name already registered comes back on the name).
 */
import type {
  CreateFundingPartnerBody,
  FundingPartnerView,
  UpdateFundingPartnerBody,
} from '../../../contracts/enterprise.contract';
import { isPartnerKind, type PartnerKind } from '../../../domain/enterprise/vocabulary';
import { type Issue, normalizeField, type SortedIssues, sortIssues } from '../pelatihan/pelatihan-forms';

export interface PartnerValues {
  kind: PartnerKind | '';
  name: string;
  /** The region of the seat, dotted or not; empty when unknown or abroad. */
  seatRegionCode: string;
  contact: string;
}

export const PARTNER_FIELDS = ['kind', 'name', 'seatRegionCode', 'contact'] as const;
export type PartnerField = (typeof PARTNER_FIELDS)[number];

export const PARTNER_NAME_LIMITS = [3, 200] as const;
export const PARTNER_CONTACT_MAX = 500;

export function newPartnerValues(): PartnerValues {
  return { kind: '', name: '', seatRegionCode: '', contact: '' };
}

export function partnerValues(p: FundingPartnerView): PartnerValues {
  return { kind: p.kind, name: p.name, seatRegionCode: p.seatRegion?.code ?? '', contact: p.contact };
}

export interface PartnerMessages {
  kindRequired: string;
  nameLength: string;
  contactLength: string;
}

export function partnerFormIssues(
  values: PartnerValues,
  messages: PartnerMessages,
): Partial<Record<PartnerField, string>> {
  const out: Partial<Record<PartnerField, string>> = {};
  if (!isPartnerKind(values.kind)) out.kind = messages.kindRequired;
  const name = values.name.trim().replace(/\s+/g, ' ');
  if (name.length < PARTNER_NAME_LIMITS[0] || name.length > PARTNER_NAME_LIMITS[1])
    out.name = messages.nameLength;
  if (values.contact.trim().length > PARTNER_CONTACT_MAX) out.contact = messages.contactLength;
  return out;
}

const seat = (code: string) => {
  const compact = code.replace(/[\s.]/g, '');
  return compact === '' ? null : compact;
};

export function createPartnerBody(values: PartnerValues): CreateFundingPartnerBody {
  if (!isPartnerKind(values.kind)) throw new Error('kind is required');
  return {
    kind: values.kind,
    name: values.name.trim().replace(/\s+/g, ' '),
    seatRegionCode: seat(values.seatRegionCode),
    contact: values.contact.trim(),
  };
}

export function updatePartnerBody(values: PartnerValues): UpdateFundingPartnerBody {
  return createPartnerBody(values);
}

export function partnerServerIssues(issues: readonly Issue[]): SortedIssues {
  return sortIssues(issues, (path) => {
    const head = normalizeField(path).split('.')[0] ?? '';
    return (PARTNER_FIELDS as readonly string[]).includes(head) ? head : null;
  });
}
