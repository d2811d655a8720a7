import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from './use-format-number';

interface ListPaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** Rows shown on this page. */
  count: number;
  onChange: (page: number) => void;
  /** Accessible name of the page navigation. */
  label: string;
}

/** "Menampilkan 1–20 dari 45" and, when there is more than one page, the page buttons. */
export function ListPagination({ page, pageSize, total, count, onChange, label }: ListPaginationProps) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed">
        {t('common.showing', { from: format(from), to: format(from + count - 1), total: format(total) })}
      </Text>
      {pages > 1 && (
        <Group component="nav" aria-label={label}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            size="sm"
            siblings={1}
            boundaries={1}
            getItemProps={(p) => ({ 'aria-label': t('common.page', { page: p }) })}
            getControlProps={(control) =>
              control === 'previous'
                ? { 'aria-label': t('common.previousPage') }
                : control === 'next'
                  ? { 'aria-label': t('common.nextPage') }
                  : {}
            }
          />
        </Group>
      )}
    </Group>
  );
}
