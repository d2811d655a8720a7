import type {
  KawasanDetail,
  ProposalToKawasanBody,
  Recommendation,
  RecommendationBody,
} from '../../contracts/kawasan.contract';
import { getJson, sendJson } from './api-client';

/** What a run is asked: the kabupaten, and optionally the seed and the size limits. */
export type RunRecommenderInput = Pick<RecommendationBody, 'kabupatenCode'> &
  Partial<Pick<RecommendationBody, 'seed' | 'minSize' | 'maxSize'>>;

const BASE = '/api/kawasan/recommendations';
const runPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** Only the fields that were given: an omitted seed is drawn (and stored) by the server. */
function runBody(input: RunRecommenderInput): RunRecommenderInput {
  const body: RunRecommenderInput = { kabupatenCode: input.kabupatenCode };
  if (input.seed !== undefined) body.seed = input.seed;
  if (input.minSize !== undefined) body.minSize = input.minSize;
  if (input.maxSize !== undefined) body.maxSize = input.maxSize;
  return body;
}

/** Typed calls for the kawasan formation recommender, see src/contracts/kawasan.contract.ts. */
export const kawasanRecommendationsApi = {
  /** Runs the recommender for a kabupaten; the run is stored with its seed (201). */
  run: (input: RunRecommenderInput, signal?: AbortSignal) =>
    sendJson<Recommendation>('POST', BASE, runBody(input), signal),

  /** A stored run, as it was answered. */
  get: (id: string, signal?: AbortSignal) => getJson<Recommendation>(runPath(id), undefined, signal),

  /**
   * Makes a kawasan of one proposal and proposes it in one step (state `usulan`); afterwards the
   * proposal carries the new kawasan's id.
   */
  toKawasan: (id: string, proposalId: string, body: ProposalToKawasanBody, signal?: AbortSignal) =>
    sendJson<KawasanDetail>(
      'POST',
      `${runPath(id)}/proposals/${encodeURIComponent(proposalId)}/kawasan`,
      body,
      signal,
    ),
};
