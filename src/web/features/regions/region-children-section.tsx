import { Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { RegionDetail } from '../../../contracts/regions.contract';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { useFormatNumber } from '../../shared/use-format-number';
import { childLevelOf } from './region-labels';
import { RegionList } from './region-list';
import { useRegionChildren } from './use-region-queries';

type ParentLevel = 'province' | 'regency' | 'district';

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The regions directly below `region`, a page at a time (`?page=2` in the address). */
export function RegionChildrenSection({ region }: { region: RegionDetail & { level: ParentLevel } }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params.get('page'));
  const query = useRegionChildren(region.code, page);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const childLevel = childLevelOf(region.level) ?? 'village';
  const heading = t(`region.childrenHeading.${region.level}`, { name: region.name });

  const goTo = (next: number) => {
    setParams(next === 1 ? {} : { page: String(next) });
    headingRef.current?.scrollIntoView({ block: 'start' });
  };

  let body: ReactNode;
  if (query.isPending) {
    body = <LoadingState />;
  } else if (query.isError) {
    body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data.total === 0) {
    body = <Text c="dimmed">{t('region.noChildren')}</Text>;
  } else if (query.data.items.length === 0) {
    body = (
      <Group gap="sm">
        <Text c="dimmed">{t('region.pageOutOfRange', { page })}</Text>
        <Button variant="light" size="compact-md" onClick={() => goTo(1)}>
          {t('region.firstPage')}
        </Button>
      </Group>
    );
  } else {
    const { items, total, pageSize } = query.data;
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const from = (query.data.page - 1) * pageSize + 1;
    body = (
      <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
        <Text size="sm" c="dimmed">
          {t('region.showing', {
            from: format(from),
            to: format(from + items.length - 1),
            total: format(total),
          })}
        </Text>
        <RegionList items={items} level={childLevel} label={heading} />
        {pages > 1 && (
          <Group component="nav" aria-label={t('region.pagination')} justify="center">
            <Pagination
              total={pages}
              value={page}
              onChange={goTo}
              siblings={1}
              boundaries={1}
              getItemProps={(p) => ({ 'aria-label': t('region.page', { page: p }) })}
              getControlProps={(control) =>
                control === 'previous'
                  ? { 'aria-label': t('region.previousPage') }
                  : control === 'next'
                    ? { 'aria-label': t('region.nextPage') }
                    : {}
              }
            />
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Stack component="section" gap="xs" aria-labelledby="region-children">
      <Title order={2} size="h3" id="region-children" ref={headingRef} style={{ scrollMarginTop: 16 }}>
        {heading}
      </Title>
      {body}
    </Stack>
  );
}
