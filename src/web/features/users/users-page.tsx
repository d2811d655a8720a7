import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../shared/error-state';
import { ListPagination } from '../../shared/list-pagination';
import { LoadingState } from '../../shared/loading-state';
import { SearchIcon } from '../../shared/search-icon';
import { USERS_PAGE_SIZE, useUserList } from './use-user-queries';
import { UserList } from './user-list';

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** `/admin/pengguna`: accounts within the administrator's region, searchable (`?q=`) and paged. */
export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.documentTitle'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const page = pageFrom(params.get('page'));
  const [typed, setTyped] = useState(q);
  const query = useUserList(q, page);

  const update = (next: { q?: string; page?: number }) => {
    const nextQ = next.q ?? q;
    const nextPage = next.page ?? 1;
    const search: Record<string, string> = {};
    if (nextQ) search.q = nextQ;
    if (nextPage > 1) search.page = String(nextPage);
    setParams(search, { replace: next.q !== undefined });
  };
  const search = useDebouncedCallback((value: string) => update({ q: value.trim() }), 300);

  let body: ReactNode;
  if (query.isPending) body = <LoadingState />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0) {
    body = (
      <Text c="dimmed" py="md" data-testid="users-empty">
        {q ? t('users.noMatch', { q }) : t('users.empty')}
      </Text>
    );
  } else {
    const { items, total, pageSize } = query.data;
    body = (
      <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
        <UserList users={items} label={t('users.listLabel')} />
        <ListPagination
          page={query.data.page}
          pageSize={pageSize || USERS_PAGE_SIZE}
          total={total}
          count={items.length}
          onChange={(p) => update({ page: p })}
          label={t('users.pagination')}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{t('users.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('users.intro')}
          </Text>
        </Stack>
        <Button component={Link} to="/admin/pengguna/baru">
          {t('users.add')}
        </Button>
      </Group>
      <TextInput
        type="search"
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        leftSection={<SearchIcon />}
        value={typed}
        onChange={(e) => {
          setTyped(e.currentTarget.value);
          search(e.currentTarget.value);
        }}
        maxLength={100}
        maw={480}
        autoComplete="off"
      />
      {body}
    </Stack>
  );
}
