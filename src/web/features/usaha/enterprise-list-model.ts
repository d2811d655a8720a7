/**
 * The enterprise list as values: its filters as they stand in the address (`?kind=bumdesma&
 * region=3301`), the query sent for them, and the colours of legal statuses.
 */
import { isEnterpriseKind, isLegalStatus } from '../../../domain/enterprise/vocabulary';
import type { EnterpriseListParams } from '../../api-client/usaha-api';

export const LIST_PAGE_SIZE = 50;

export interface ListFilters {
  q: string;
  kind: string;
  legalStatus: string;
  /** A region code as typed, dotted or not. */
  region: string;
  kawasanId: string;
  page: number;
}

/** The filters in the address; unknown kinds and statuses and bad pages are dropped. */
export function filtersFromParams(params: URLSearchParams): ListFilters {
  const kind = params.get('kind') ?? '';
  const status = params.get('legalStatus') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    q: params.get('q') ?? '',
    kind: isEnterpriseKind(kind) ? kind : '',
    legalStatus: isLegalStatus(status) ? status : '',
    region: params.get('region') ?? '',
    kawasanId: params.get('kawasanId') ?? '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address for the filters: empty ones and the first page are left out. */
export function paramsFromFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.legalStatus) params.set('legalStatus', filters.legalStatus);
  if (filters.region.trim()) params.set('region', filters.region.trim());
  if (filters.kawasanId) params.set('kawasanId', filters.kawasanId);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The list query of the filters (region without dots; only a whole region code is sent). */
export function listQuery(filters: ListFilters): EnterpriseListParams {
  const region = filters.region.replace(/[\s.]/g, '');
  const query: EnterpriseListParams = { limit: LIST_PAGE_SIZE, offset: (filters.page - 1) * LIST_PAGE_SIZE };
  if (filters.q.trim()) query.q = filters.q.trim();
  if (isEnterpriseKind(filters.kind)) query.kind = filters.kind;
  if (isLegalStatus(filters.legalStatus)) query.legalStatus = filters.legalStatus;
  if (/^(\d{2}|\d{4}|\d{6}|\d{10})$/.test(region)) query.region = region;
  if (filters.kawasanId) query.kawasanId = filters.kawasanId;
  return query;
}

export function hasFilters(filters: ListFilters): boolean {
  return Boolean(
    filters.q.trim() || filters.kind || filters.legalStatus || filters.region.trim() || filters.kawasanId,
  );
}

/** Mantine colours of the legal statuses: an expired name approval is red. */
export function legalStatusColor(status: string): string {
  switch (status) {
    case 'berbadan_hukum':
      return 'green';
    case 'nama_disetujui':
      return 'teal';
    case 'nama_diajukan':
      return 'blue';
    case 'nama_kedaluwarsa':
      return 'red';
    default:
      return 'gray';
  }
}
