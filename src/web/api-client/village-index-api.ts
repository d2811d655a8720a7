import type { VillageIndexHistory } from '../../contracts/village-index.contract';
import { getJson } from './api-client';

/** Typed calls for village development indices (IDM), see src/contracts/village-index.contract.ts. */
export const villageIndexApi = {
  /** Every result of a desa, oldest year first; 400 for a code that is not a 10-digit village code. */
  history: (code: string, signal?: AbortSignal) =>
    getJson<VillageIndexHistory>(`/api/regions/${encodeURIComponent(code)}/index`, undefined, signal),
};
