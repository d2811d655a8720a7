import { Box, Code, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useSeenOnce } from '../../shared/use-seen-once';
import { useSession } from '../session/use-session';
import { resultsByCode } from './map-scene';
import { useMapLayer, useMapResults } from './use-map-queries';

// The canvas, projection and gestures load only where a map is shown.
const RegionMap = lazy(() => import('./region-map').then((m) => ({ default: m.RegionMap })));

interface RegionMapSectionProps {
  region: { code: string; name: string; level: 'province' | 'regency' | 'district' | 'village' };
}

/** Before boundaries are imported: one short line, and for a national administrator how to import them. */
function NotImportedNote() {
  const { t } = useTranslation();
  const { user } = useSession();
  const national = user?.assignments.some((a) => a.role === 'national') ?? false;
  return (
    <Stack gap={4} data-testid="map-not-imported">
      <Text size="sm" c="dimmed">
        {t('maps.notImported')}
      </Text>
      {national && (
        <Text size="sm" c="dimmed">
          {t('maps.howToImport')} <Code>{t('maps.importCommand')}</Code>
        </Text>
      )}
    </Stack>
  );
}

/**
 * The map of a province's or kabupaten's desa by IDM status. Nothing is downloaded until the
 * section scrolls near the screen; without imported boundaries it is a one-line note.
 */
export function RegionMapSection({ region }: RegionMapSectionProps) {
  // Maps exist for provinces and kabupaten/kota, the levels that layers are built for.
  if (region.level !== 'province' && region.level !== 'regency') return null;
  return <MapSection code={region.code} name={region.name} level={region.level} />;
}

function MapSection({ code, name, level }: { code: string; name: string; level: 'province' | 'regency' }) {
  const { t } = useTranslation();
  const { ref, seen: wanted } = useSeenOnce();
  const outlineLevel = level === 'province' ? 2 : 3;
  const layer = useMapLayer(code, 4, wanted);
  const hasLayer = layer.data != null;
  const outline = useMapLayer(code, outlineLevel, hasLayer);
  const results = useMapResults(code, hasLayer);
  const resultMap = useMemo(() => resultsByCode(results.data?.villages ?? []), [results.data]);

  if (layer.data === null) {
    return (
      <Box ref={ref}>
        <NotImportedNote />
      </Box>
    );
  }
  const year = results.data?.year ?? null;
  const ready = hasLayer && results.isSuccess && !outline.isPending;
  return (
    <Box ref={ref}>
      <SectionCard
        title={year === null ? t('maps.heading') : t('maps.headingYear', { year })}
        testId="region-map"
      >
        {layer.isError ? (
          <ErrorState error={layer.error} onRetry={() => void layer.refetch()} />
        ) : results.isError ? (
          <ErrorState error={results.error} onRetry={() => void results.refetch()} />
        ) : !ready ? (
          <LoadingState label={t('maps.loading')} />
        ) : (
          <Suspense fallback={<LoadingState label={t('maps.loading')} />}>
            <RegionMap
              layer={layer.data!}
              outline={outline.data ?? null}
              outlineKind={level === 'province' ? 'regency' : 'district'}
              results={resultMap}
              regionName={name}
            />
          </Suspense>
        )}
        <Text size="xs" c="dimmed" data-testid="map-attribution">
          {t('maps.attribution')}
          {year !== null && ` ${t('villageIndex.attribution', { years: year })}.`}
        </Text>
      </SectionCard>
    </Box>
  );
}
