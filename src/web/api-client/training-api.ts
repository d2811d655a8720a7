import type {
  CertificateList,
  CertificateView,
  DashboardQuery,
  DashboardView,
  FollowUpBody,
  FollowUpRecordView,
  FollowUpSheet,
  IssueCertificatesBody,
  IssueResult,
  NeedsQuery,
  NeedsView,
  RevokeBody,
  VerificationView,
} from '../../contracts/training-outcome.contract';
import type {
  AttendanceBody,
  ParticipantDraftBody,
  ReactionBody,
  ScoresBody,
  TrainingAttendanceGrid,
  TrainingReactionSummary,
  TrainingReactionView,
  TrainingRegistrationList,
  TrainingRegistrationView,
  TrainingScoreImport,
  TrainingScores,
  TrainingWithdrawal,
} from '../../contracts/training-participant.contract';
import type {
  CreateTrainingProgrammeBody,
  CreateTrainingProviderBody,
  CreateTrainingSessionBody,
  TrainingProgrammeList,
  TrainingProgrammeListQuery,
  TrainingProgrammeView,
  TrainingProviderList,
  TrainingProviderListQuery,
  TrainingProviderView,
  TrainingSessionActionBody,
  TrainingSessionList,
  TrainingSessionListQuery,
  TrainingSessionView,
  UpdateTrainingProgrammeBody,
  UpdateTrainingProviderBody,
  UpdateTrainingSessionBody,
} from '../../contracts/training-programme.contract';
import { apiUrl, getJson, sendJson } from './api-client';
import { uploadBytes } from './upload';

const BASE = '/api/pelatihan';
const providerPath = (pid: string) => `${BASE}/penyelenggara/${encodeURIComponent(pid)}`;
const programmePath = (prid: string) => `${BASE}/program/${encodeURIComponent(prid)}`;
/** The address of one session (angkatan) in the API; the outcome calls build on it too. */
export const sessionApiPath = (sid: string) => `${BASE}/angkatan/${encodeURIComponent(sid)}`;
const registrationPath = (sid: string, rid: string) =>
  `${sessionApiPath(sid)}/peserta/${encodeURIComponent(rid)}`;

/** Queries of the lists; `limit` and `offset` have server defaults. */
export type ProgrammeListParams = Partial<TrainingProgrammeListQuery>;
export type SessionListParams = Partial<TrainingSessionListQuery>;

/** Where the score sheet of a session is downloaded as XLSX, stored scores filled in. */
export function scoreTemplateUrl(sid: string): string {
  return `${sessionApiPath(sid)}/nilai/templat.xlsx`;
}

export interface ScoreImportOptions {
  sid: string;
  file: Blob & { name: string };
  /** Share of the bytes sent, 0 to 1. */
  onProgress?: ((fraction: number) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** For tests: makes the request object. */
  createRequest?: (() => XMLHttpRequest) | undefined;
}

/**
 * Sends a filled score sheet as the request body. Every row is stored or none: a refusal rejects
 * with ApiError whose problem `errors[]` names each bad cell (`baris 3, kolom D (…)`).
 */
export function importScoreSheet(options: ScoreImportOptions): Promise<TrainingScoreImport> {
  const { sid, file, onProgress, signal, createRequest } = options;
  return uploadBytes<TrainingScoreImport>({
    url: apiUrl(`${sessionApiPath(sid)}/nilai/impor`, { fileName: file.name }),
    body: file,
    onProgress,
    signal,
    createRequest,
  });
}

/**
 * Typed calls for pelatihan, see src/contracts/training-programme.contract.ts (providers,
 * programmes, sessions) and training-participant.contract.ts (registration, attendance, scores,
 * reaction).
 */
export const trainingApi = {
  providers: (query: TrainingProviderListQuery = {}, signal?: AbortSignal) =>
    getJson<TrainingProviderList>(`${BASE}/penyelenggara`, { ...query }, signal),

  provider: (pid: string, signal?: AbortSignal) =>
    getJson<TrainingProviderView>(providerPath(pid), undefined, signal),

  createProvider: (body: CreateTrainingProviderBody) =>
    sendJson<TrainingProviderView>('POST', `${BASE}/penyelenggara`, body),

  updateProvider: (pid: string, body: UpdateTrainingProviderBody) =>
    sendJson<TrainingProviderView>('PATCH', providerPath(pid), body),

  programmes: (query: ProgrammeListParams = {}, signal?: AbortSignal) =>
    getJson<TrainingProgrammeList>(`${BASE}/program`, { ...query }, signal),

  programme: (prid: string, signal?: AbortSignal) =>
    getJson<TrainingProgrammeView>(programmePath(prid), undefined, signal),

  createProgramme: (body: CreateTrainingProgrammeBody) =>
    sendJson<TrainingProgrammeView>('POST', `${BASE}/program`, body),

  updateProgramme: (prid: string, body: UpdateTrainingProgrammeBody) =>
    sendJson<TrainingProgrammeView>('PATCH', programmePath(prid), body),

  createSession: (prid: string, body: CreateTrainingSessionBody) =>
    sendJson<TrainingSessionView>('POST', `${programmePath(prid)}/angkatan`, body),

  sessions: (query: SessionListParams = {}, signal?: AbortSignal) =>
    getJson<TrainingSessionList>(`${BASE}/angkatan`, { ...query }, signal),

  session: (sid: string, signal?: AbortSignal) =>
    getJson<TrainingSessionView>(sessionApiPath(sid), undefined, signal),

  updateSession: (sid: string, body: UpdateTrainingSessionBody) =>
    sendJson<TrainingSessionView>('PATCH', sessionApiPath(sid), body),

  /** Open registration, start, finish, or cancel (with a reason). */
  act: (sid: string, body: TrainingSessionActionBody) =>
    sendJson<TrainingSessionView>('POST', `${sessionApiPath(sid)}/tindakan`, body),

  registrations: (sid: string, signal?: AbortSignal) =>
    getJson<TrainingRegistrationList>(`${sessionApiPath(sid)}/peserta`, undefined, signal),

  register: (sid: string, body: ParticipantDraftBody) =>
    sendJson<TrainingRegistrationView>('POST', `${sessionApiPath(sid)}/peserta`, body),

  withdraw: (sid: string, rid: string) =>
    sendJson<TrainingWithdrawal>('POST', `${registrationPath(sid, rid)}/batal`),

  attendance: (sid: string, signal?: AbortSignal) =>
    getJson<TrainingAttendanceGrid>(`${sessionApiPath(sid)}/kehadiran`, undefined, signal),

  recordAttendance: (sid: string, body: AttendanceBody) =>
    sendJson<TrainingAttendanceGrid>('PUT', `${sessionApiPath(sid)}/kehadiran`, body),

  scores: (sid: string, signal?: AbortSignal) =>
    getJson<TrainingScores>(`${sessionApiPath(sid)}/nilai`, undefined, signal),

  recordScores: (sid: string, body: ScoresBody) =>
    sendJson<TrainingScores>('PUT', `${sessionApiPath(sid)}/nilai`, body),

  importScoreSheet,

  reactions: (sid: string, signal?: AbortSignal) =>
    getJson<TrainingReactionSummary>(`${sessionApiPath(sid)}/reaksi`, undefined, signal),

  recordReaction: (sid: string, rid: string, body: ReactionBody) =>
    sendJson<TrainingReactionView>('PUT', `${registrationPath(sid, rid)}/reaksi`, body),
};

/* ——— Outcomes: follow-up, certificates, public verification, needs, dashboard ——— */

/** Where the dashboard of a region or kawasan is downloaded as XLSX (the server names the file). */
export function trainingDashboardXlsxUrl(query: DashboardQuery = {}): string {
  return apiUrl(`${BASE}/dasbor.xlsx`, { ...query });
}

/** Typed calls for the outcomes of pelatihan, see src/contracts/training-outcome.contract.ts. */
export const trainingOutcomeApi = {
  /** Each participant's follow-up due date, status, indicators and records, and the session's judgement. */
  followUps: (sid: string, signal?: AbortSignal) =>
    getJson<FollowUpSheet>(`${sessionApiPath(sid)}/tindak-lanjut`, undefined, signal),

  recordFollowUp: (sid: string, rid: string, body: FollowUpBody) =>
    sendJson<FollowUpRecordView>('POST', `${registrationPath(sid, rid)}/tindak-lanjut`, body),

  certificates: (sid: string, signal?: AbortSignal) =>
    getJson<CertificateList>(`${sessionApiPath(sid)}/sertifikat`, undefined, signal),

  /** Without `registrationIds`: every registered participant without a valid certificate. */
  issueCertificates: (sid: string, body: IssueCertificatesBody = {}) =>
    sendJson<IssueResult>('POST', `${sessionApiPath(sid)}/sertifikat`, body),

  revokeCertificate: (cid: string, body: RevokeBody) =>
    sendJson<CertificateView>('POST', `${BASE}/sertifikat/${encodeURIComponent(cid)}/cabut`, body),

  /** Public, no sign-in: always an outcome in the body (valid, revoked, unknown, malformed). */
  verify: (code: string, signal?: AbortSignal) =>
    getJson<VerificationView>(`/api/public/sertifikat/${encodeURIComponent(code)}`, undefined, signal),

  needs: (query: NeedsQuery, signal?: AbortSignal) =>
    getJson<NeedsView>(`${BASE}/kebutuhan`, { ...query }, signal),

  /** Without region or kawasan the server answers for the reader's own region. */
  dashboard: (query: DashboardQuery = {}, signal?: AbortSignal) =>
    getJson<DashboardView>(`${BASE}/dasbor`, { ...query }, signal),
};
