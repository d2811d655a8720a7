import type {
  ActivityProgress,
  Convergence,
  CreateRpkpBody,
  ProgressBody,
  ProgressList,
  PublicRpkp,
  RpkpList,
  RpkpTransitionBody,
  RpkpVersionDetail,
  UpdatePlanBody,
} from '../../contracts/rpkp.contract';
import { getJson, sendJson } from './api-client';

export const RPKP_EXPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type RpkpExportFormat = (typeof RPKP_EXPORT_FORMATS)[number];

const rpkpPath = (kawasanId: string) => `/api/kawasan/${encodeURIComponent(kawasanId)}/rpkp`;
const versionPath = (kawasanId: string, version: number) => `${rpkpPath(kawasanId)}/${version}`;
const progressPath = (kawasanId: string, activityId: string) =>
  `${rpkpPath(kawasanId)}/activities/${encodeURIComponent(activityId)}/progress`;

/** Where a version is downloaded as PDF or XLSX (the server names the file). */
export function rpkpExportUrl(kawasanId: string, version: number, format: RpkpExportFormat): string {
  return `${versionPath(kawasanId, version)}/export.${format}`;
}

/** Typed calls for a kawasan's RPKP, see src/contracts/rpkp.contract.ts. */
export const rpkpApi = {
  /** The versions, newest first, the one in force, and whether a new version may be started. */
  list: (kawasanId: string, signal?: AbortSignal) =>
    getJson<RpkpList>(rpkpPath(kawasanId), undefined, signal),

  /** The first plan (empty) or a revisi (a copy of the version in force). */
  create: (kawasanId: string, body: CreateRpkpBody = {}) =>
    sendJson<RpkpVersionDetail>('POST', rpkpPath(kawasanId), body),

  get: (kawasanId: string, version: number, signal?: AbortSignal) =>
    getJson<RpkpVersionDetail>(versionPath(kawasanId, version), undefined, signal),

  /** Saves the content of an editable version; plan issues do not stop it (they are listed back). */
  savePlan: (kawasanId: string, version: number, body: UpdatePlanBody) =>
    sendJson<RpkpVersionDetail>('PUT', `${versionPath(kawasanId, version)}/plan`, body),

  transition: (kawasanId: string, version: number, body: RpkpTransitionBody) =>
    sendJson<RpkpVersionDetail>('POST', `${versionPath(kawasanId, version)}/transitions`, body),

  convergence: (kawasanId: string, version: number, signal?: AbortSignal) =>
    getJson<Convergence>(`${versionPath(kawasanId, version)}/convergence`, undefined, signal),

  /** Reports progress on an activity of the version in force. */
  reportProgress: (kawasanId: string, activityId: string, body: ProgressBody) =>
    sendJson<ActivityProgress>('POST', progressPath(kawasanId, activityId), body),

  /** An activity's progress reports, newest first. */
  progress: (kawasanId: string, activityId: string, signal?: AbortSignal) =>
    getJson<ProgressList>(progressPath(kawasanId, activityId), undefined, signal),

  /** The plan in force as anyone may read it; 404 when the kawasan has none (or is not public). */
  publicPlan: (kawasanId: string, signal?: AbortSignal) =>
    getJson<PublicRpkp>(`/api/public/kawasan/${encodeURIComponent(kawasanId)}/rpkp`, undefined, signal),
};
