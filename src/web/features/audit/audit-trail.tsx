import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/error-state';
import { ListPagination } from '../../shared/list-pagination';
import { LoadingState } from '../../shared/loading-state';
import { AuditEntryList } from './audit-entry-list';
import { AUDIT_PAGE_SIZE, type AuditFilter, useAuditTrail } from './use-audit-query';

/** One filtered audit trail, a page at a time, with loading, empty and error states. */
export function AuditTrail({ filter, label }: { filter: AuditFilter; label: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useAuditTrail(filter, page);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { items, total } = query.data;
  if (total === 0 || items.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="sm">
        {t('audit.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
      <AuditEntryList entries={items} label={label} />
      <ListPagination
        page={query.data.page}
        pageSize={query.data.pageSize || AUDIT_PAGE_SIZE}
        total={total}
        count={items.length}
        onChange={setPage}
        label={t('audit.pagination')}
      />
    </Stack>
  );
}
