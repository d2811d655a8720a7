import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KawasanSummary } from '../../../contracts/kawasan.contract';
import type { RegionDetail } from '../../../contracts/regions.contract';
import { kawasanPublicApi } from '../../api-client/kawasan-public-api';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import rows from '../../shared/row-list.module.css';
import { SectionCard } from '../../shared/section-card';
import { useSeenOnce } from '../../shared/use-seen-once';
import { kawasanPath, kawasanPublicPath } from '../kawasan/kawasan-paths';
import { KawasanStateBadge } from '../kawasan/kawasan-state-badge';
import { useSession } from '../session/use-session';
import {
  designatingRegionShown,
  notShownCount,
  publicKawasanListPath,
  REGION_KAWASAN_PAGE_SIZE,
  regionKawasanView,
} from './region-kawasan';

type Listed = 'membership' | 'designated';

/** The designated kawasan with members in a region; asked for only once `enabled`. */
function useRegionKawasan(code: string, view: Listed, enabled: boolean) {
  const pageSize = REGION_KAWASAN_PAGE_SIZE[view];
  return useQuery({
    queryKey: ['kawasan-public', 'region', code, pageSize] as const,
    queryFn: ({ signal }) => kawasanPublicApi.list({ region: code, page: 1, pageSize }, signal),
    enabled,
    staleTime: 60_000,
  });
}

/** One kawasan: its name to its public page, its state, then theme, designating region and size. */
function KawasanRow({
  kawasan,
  regionCode,
  dashboard,
}: {
  kawasan: KawasanSummary;
  regionCode: string;
  dashboard: boolean;
}) {
  const { t } = useTranslation();
  const facts = [
    kawasan.theme?.label ?? t('kawasanPublic.list.noTheme'),
    designatingRegionShown(kawasan.regionCode, regionCode) ? kawasan.regionName : null,
    t('kawasanPublic.list.members', { count: kawasan.memberCount }),
  ].filter((f): f is string => f !== null);
  return (
    <li className={rows.row} data-testid="region-kawasan-row" data-kawasan={kawasan.id}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
        <Anchor component={Link} to={kawasanPublicPath(kawasan.id)} fw={600} className={rows.wrap}>
          {kawasan.name}
        </Anchor>
        <KawasanStateBadge state={kawasan.state} size="sm" />
      </Group>
      <Text size="sm" c="dimmed" className={rows.wrap}>
        {facts.join(' · ')}
      </Text>
      {dashboard && (
        <Anchor
          component={Link}
          to={kawasanPath(kawasan.id)}
          size="sm"
          data-testid="region-kawasan-dashboard"
        >
          {t('kawasanPublic.region.dashboard')}
        </Anchor>
      )}
    </li>
  );
}

function Quiet({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <Text size="sm" c="dimmed" data-testid={testId}>
      {children}
    </Text>
  );
}

function ListedBody({ region, view, seen }: { region: RegionDetail; view: Listed; seen: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const query = useRegionKawasan(region.code, view, seen);
  if (query.isPending) return <LoadingState label={t('kawasanPublic.region.loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { items } = query.data;
  if (items.length === 0) {
    return (
      <Quiet testId="region-kawasan-empty">
        {view === 'membership'
          ? t('kawasanPublic.region.none')
          : t('kawasanPublic.region.empty', { name: region.name })}
      </Quiet>
    );
  }
  const more = notShownCount(query.data);
  return (
    <Stack gap="xs">
      {view === 'membership' && <Text size="sm">{t('kawasanPublic.region.memberOf')}</Text>}
      <ul className={rows.list} aria-label={t('kawasanPublic.region.label', { name: region.name })}>
        {items.map((k) => (
          <KawasanRow
            key={k.id}
            kawasan={k}
            regionCode={region.code}
            dashboard={view === 'membership' && user !== null}
          />
        ))}
      </ul>
      {view === 'designated' && (
        <Group gap="xs" justify="space-between" align="baseline">
          <Anchor
            component={Link}
            to={publicKawasanListPath(region.code)}
            size="sm"
            fw={500}
            data-testid="region-kawasan-all"
          >
            {t('kawasanPublic.region.all', { name: region.name })}
          </Anchor>
          {more > 0 && (
            <Text size="sm" c="dimmed">
              {t('kawasanPublic.region.notShown', { count: more })}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

/**
 * The kawasan perdesaan of a region page: on a desa page the designated kawasan it belongs to,
 * on a province or kabupaten/kota page those designated in it. Nothing is downloaded until the
 * section comes onto the screen; a kelurahan gets one line saying why it has none.
 */
export function RegionKawasanSection({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  const { ref, seen } = useSeenOnce();
  const view = regionKawasanView(region);
  if (view === 'none') return null;
  return (
    <Box ref={ref} maw={view === 'designated' ? undefined : 760}>
      <SectionCard title={t('kawasanPublic.region.heading')} testId="region-kawasan">
        {view === 'kelurahan' ? (
          <Quiet testId="region-kawasan-kelurahan">{t('kawasanPublic.region.kelurahan')}</Quiet>
        ) : (
          <ListedBody region={region} view={view} seen={seen} />
        )}
      </SectionCard>
    </Box>
  );
}
