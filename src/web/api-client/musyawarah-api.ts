import type {
  CreateMusyawarahBodyInput,
  CreateProposalBody,
  MusyawarahDetail,
  MusyawarahList,
  ParticipantsBodyInput,
  ProposalList,
  ProposalStatus,
  ProposalView,
  PublicMusyawarahList,
  PublicResult,
  ResultBody,
  UpdateMusyawarahBody,
  UpdateProposalBody,
} from '../../contracts/musyawarah.contract';
import type { ProposalKind } from '../../domain/deliberation/proposal';
import { getJson, sendJson } from './api-client';

export interface ProposalListParams {
  kind?: ProposalKind | undefined;
  status?: ProposalStatus | undefined;
}

const kawasanPath = (id: string) => `/api/kawasan/${encodeURIComponent(id)}`;
const musyawarahPath = (mid: string) => `/api/musyawarah/${encodeURIComponent(mid)}`;

/** Where the berita acara of a musyawarah is downloaded (the server sends it as an attachment). */
export function beritaAcaraUrl(mid: string): string {
  return `${musyawarahPath(mid)}/berita-acara.pdf`;
}

/** The public JSON of one published result, with its inputs, so anyone can recompute it. */
export function publicResultUrl(rid: string): string {
  return `/api/public/musyawarah-results/${encodeURIComponent(rid)}`;
}

/** Typed calls for musyawarah, proposals and results, see src/contracts/musyawarah.contract.ts. */
export const musyawarahApi = {
  list: (kawasanId: string, signal?: AbortSignal) =>
    getJson<MusyawarahList>(`${kawasanPath(kawasanId)}/musyawarah`, undefined, signal),

  create: (kawasanId: string, body: CreateMusyawarahBodyInput) =>
    sendJson<MusyawarahDetail>('POST', `${kawasanPath(kawasanId)}/musyawarah`, body),

  get: (mid: string, signal?: AbortSignal) =>
    getJson<MusyawarahDetail>(musyawarahPath(mid), undefined, signal),

  /** Details, the postponement switch and the decisions (only while a draft). */
  update: (mid: string, body: UpdateMusyawarahBody) =>
    sendJson<MusyawarahDetail>('PATCH', musyawarahPath(mid), body),

  /** Replaces the whole attendance list. */
  setParticipants: (mid: string, participants: ParticipantsBodyInput['participants']) =>
    sendJson<MusyawarahDetail>('PUT', `${musyawarahPath(mid)}/participants`, { participants }),

  addResult: (mid: string, body: ResultBody) =>
    sendJson<MusyawarahDetail>('POST', `${musyawarahPath(mid)}/results`, body),

  deleteResult: (mid: string, rid: string) =>
    sendJson('DELETE', `${musyawarahPath(mid)}/results/${encodeURIComponent(rid)}`),

  /** Fixes the berita acara; refused (409) with the failing quorum checks when the quorum is not met. */
  fix: (mid: string) => sendJson<MusyawarahDetail>('POST', `${musyawarahPath(mid)}/fix`),

  proposals: (kawasanId: string, { kind, status }: ProposalListParams = {}, signal?: AbortSignal) =>
    getJson<ProposalList>(`${kawasanPath(kawasanId)}/proposals`, { kind, status }, signal),

  createProposal: (kawasanId: string, body: CreateProposalBody) =>
    sendJson<ProposalView>('POST', `${kawasanPath(kawasanId)}/proposals`, body),

  updateProposal: (pid: string, body: UpdateProposalBody) =>
    sendJson<ProposalView>('PATCH', `/api/proposals/${encodeURIComponent(pid)}`, body),

  /** Fixed musyawarah of a kawasan in a public state, without participant names; no sign-in. */
  publicList: (kawasanId: string, signal?: AbortSignal) =>
    getJson<PublicMusyawarahList>(
      `/api/public/kawasan/${encodeURIComponent(kawasanId)}/musyawarah`,
      undefined,
      signal,
    ),

  publicResult: (rid: string, signal?: AbortSignal) =>
    getJson<PublicResult>(publicResultUrl(rid), undefined, signal),
};
