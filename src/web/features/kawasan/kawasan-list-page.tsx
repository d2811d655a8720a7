import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { KAWASAN_STATES, type KawasanState } from '../../../domain/kawasan/lifecycle';
import { ErrorState } from '../../shared/error-state';
import { ListPagination } from '../../shared/list-pagination';
import { LoadingState } from '../../shared/loading-state';
import { SearchIcon } from '../../shared/search-icon';
import { useSession } from '../session/use-session';
import { mayCreateKawasan } from './kawasan-access';
import { KawasanList } from './kawasan-list';
import classes from './kawasan-list.module.css';
import { KAWASAN_CREATE_PATH } from './kawasan-paths';
import { KAWASAN_PAGE_SIZE, useKawasanList } from './use-kawasan-queries';

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function stateFrom(value: string | null): KawasanState | null {
  return KAWASAN_STATES.find((s) => s === value) ?? null;
}

/** `/kawasan`: the kawasan the user can see, filtered by state (`?status=`), name (`?q=`) and paged. */
export function KawasanListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('kawasan.list.documentTitle'));
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const state = stateFrom(params.get('status'));
  const page = pageFrom(params.get('page'));
  const [typed, setTyped] = useState(q);
  const query = useKawasanList(state, q, page);
  const canCreate = mayCreateKawasan(user);

  const update = (next: { q?: string; state?: KawasanState | null; page?: number }) => {
    const nextQ = next.q ?? q;
    const nextState = next.state === undefined ? state : next.state;
    const nextPage = next.page ?? 1;
    const search: Record<string, string> = {};
    if (nextQ) search.q = nextQ;
    if (nextState) search.status = nextState;
    if (nextPage > 1) search.page = String(nextPage);
    setParams(search, { replace: next.q !== undefined });
  };
  const search = useDebouncedCallback((value: string) => update({ q: value.trim() }), 300);
  const filtered = Boolean(q || state);

  let body: ReactNode;
  if (query.isPending) body = <LoadingState />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0) {
    body = filtered ? (
      <Text c="dimmed" py="md" data-testid="kawasan-empty">
        {t('kawasan.list.noMatch')}
      </Text>
    ) : (
      <Paper withBorder radius="md" p="lg" data-testid="kawasan-empty">
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>{t('kawasan.list.emptyTitle')}</Text>
          <Text size="sm" c="dimmed">
            {canCreate ? t('kawasan.list.emptyCreate') : t('kawasan.list.emptyText')}
          </Text>
          {canCreate && (
            <Button component={Link} to={KAWASAN_CREATE_PATH} variant="light" size="sm">
              {t('kawasan.list.create')}
            </Button>
          )}
        </Stack>
      </Paper>
    );
  } else {
    const { items, total, pageSize } = query.data;
    body = (
      <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
        <KawasanList items={items} label={t('kawasan.list.label')} />
        <ListPagination
          page={query.data.page}
          pageSize={pageSize || KAWASAN_PAGE_SIZE}
          total={total}
          count={items.length}
          onChange={(p) => update({ page: p })}
          label={t('kawasan.list.pagination')}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Stack gap={4} maw={640}>
          <Title order={1}>{t('kawasan.list.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('kawasan.list.intro')}
          </Text>
        </Stack>
        {canCreate && (
          <Button component={Link} to={KAWASAN_CREATE_PATH} data-testid="kawasan-create">
            {t('kawasan.list.create')}
          </Button>
        )}
      </Group>
      <div className={classes.filters}>
        <TextInput
          type="search"
          label={t('kawasan.list.search')}
          placeholder={t('kawasan.list.searchPlaceholder')}
          leftSection={<SearchIcon />}
          value={typed}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            search(e.currentTarget.value);
          }}
          maxLength={80}
          autoComplete="off"
        />
        <Select
          label={t('kawasan.list.stateFilter')}
          data={[
            { value: '', label: t('kawasan.list.allStates') },
            ...KAWASAN_STATES.map((s) => ({ value: s, label: t(`kawasan.state.${s}`) })),
          ]}
          value={state ?? ''}
          onChange={(value) => update({ state: stateFrom(value) })}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="kawasan-state-filter"
        />
      </div>
      {body}
    </Stack>
  );
}
