import type { ConvergenceQuery, ConvergenceView } from '../../contracts/convergence.contract';
import { getJson } from './api-client';

/** Funding convergence of a kawasan in a year: every source of money on one page. */
export const convergenceApi = {
  get: (query: ConvergenceQuery, signal?: AbortSignal) =>
    getJson<ConvergenceView>(
      '/api/dana-desa/konvergensi',
      { kawasanId: query.kawasanId, year: query.year },
      signal,
    ),
};
