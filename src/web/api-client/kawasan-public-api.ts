import type { KawasanList, PublicKawasan } from '../../contracts/kawasan.contract';
import { getJson } from './api-client';

export interface PublicKawasanListParams {
  /** Only kawasan with members in this province or kabupaten/kota. */
  region?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/**
 * Typed calls that need no sign-in: the designated kawasan and their public pages. Public
 * documents download from `kawasanDocumentUrl` (kawasan-api.ts) without signing in.
 */
export const kawasanPublicApi = {
  /** Designated kawasan only (ditetapkan, perencanaan, pelaksanaan, evaluasi). */
  list: ({ region, page, pageSize }: PublicKawasanListParams, signal?: AbortSignal) =>
    getJson<KawasanList>('/api/public/kawasan', { region, page, pageSize }, signal),

  /** The public page of a designated kawasan; 404 for any other (or unknown) kawasan. */
  kawasan: (id: string, signal?: AbortSignal) =>
    getJson<PublicKawasan>(`/api/public/kawasan/${encodeURIComponent(id)}`, undefined, signal),
};
