import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type AuditParams, auditApi } from '../../api-client/audit-api';

/** Entries per page of an audit trail. */
export const AUDIT_PAGE_SIZE = 20;

export type AuditFilter = Omit<AuditParams, 'page' | 'pageSize'>;

export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter, page: number) => ['audit', filter, page] as const,
};

export function useAuditTrail(filter: AuditFilter, page: number, enabled = true) {
  return useQuery({
    queryKey: auditKeys.list(filter, page),
    queryFn: ({ signal }) => auditApi.list({ ...filter, page, pageSize: AUDIT_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    enabled,
  });
}
