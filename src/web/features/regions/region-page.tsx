import { Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { RegionDetail } from '../../../contracts/regions.contract';
import { LoadingState } from '../../shared/loading-state';
import { RegionMapSection } from '../maps/region-map-section';
import { RegionIndexSection } from '../village-index/region-index-section';
import { VillageIndexSection } from '../village-index/village-index-section';
import { RegionBreadcrumbs } from './region-breadcrumbs';
import { RegionChildrenSection } from './region-children-section';
import { countKeysFor } from './region-count-columns';
import { type CountStat, RegionCountsGrid, useVillageBreakdown } from './region-counts-grid';
import { RegionErrorState } from './region-error-state';
import { RegionHeading } from './region-heading';
import { RegionKawasanSection } from './region-kawasan-section';
import { regionKeys, useRegionDetail } from './use-region-queries';
import { VillageProfileCard } from './village-profile-card';

function useCountStats(region: RegionDetail): CountStat[] {
  const { t } = useTranslation();
  const { counts } = region;
  const breakdown = useVillageBreakdown();
  return countKeysFor(region.level).map((key) => ({
    key,
    label: t(`counts.${key}`),
    value: counts[key],
    note: key === 'villages' ? breakdown(counts) : undefined,
  }));
}

function RegionView({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  const stats = useCountStats(region);
  return (
    <Stack gap="lg">
      <RegionBreadcrumbs ancestors={region.ancestors} current={region.name} />
      <RegionHeading region={region} />
      {region.level === 'village' ? (
        <>
          <VillageProfileCard village={region} />
          <RegionKawasanSection key={`kawasan-${region.code}`} region={region} />
          <VillageIndexSection village={region} />
        </>
      ) : (
        <>
          <RegionCountsGrid stats={stats} label={t('region.countsLabel')} />
          <RegionIndexSection key={region.code} code={region.code} level={region.level} />
          <RegionMapSection key={`map-${region.code}`} region={region} />
          <RegionKawasanSection key={`kawasan-${region.code}`} region={region} />
          <RegionChildrenSection region={{ ...region, level: region.level }} />
        </>
      )}
    </Stack>
  );
}

/** `/wilayah/:code`: any province, kabupaten/kota, kecamatan or desa/kelurahan. */
export function RegionPage() {
  const { code = '' } = useParams();
  const query = useRegionDetail(code);
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  useDocumentTitle(query.data ? `${query.data.name} · Kawasan` : 'Kawasan');

  // `/wilayah/33.74.01.1001` works, but the address bar settles on the canonical `/wilayah/3374011001`.
  const canonical = query.data?.code;
  useEffect(() => {
    if (!query.data || !canonical || canonical === code) return;
    queryClient.setQueryData(regionKeys.detail(canonical), query.data);
    navigate({ pathname: `/wilayah/${canonical}`, search: location.search }, { replace: true });
  }, [canonical, code, query.data, queryClient, navigate, location.search]);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return <RegionErrorState code={code} error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <RegionView region={query.data} />;
}
