import type { AuditPage } from '../../contracts/audit.contract';
import { getJson } from './api-client';

export interface AuditParams {
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  actorUserId?: string | undefined;
  page: number;
  pageSize: number;
}

/** The audit trail: who changed what, newest first. */
export const auditApi = {
  list: (params: AuditParams, signal?: AbortSignal) =>
    getJson<AuditPage>('/api/audit', { ...params }, signal),
};
