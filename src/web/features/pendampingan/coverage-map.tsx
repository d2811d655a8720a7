import { Box, SegmentedControl, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageView } from '../../../contracts/facilitation.contract';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useFormatNumber } from '../../shared/use-format-number';
import { useSeenOnce } from '../../shared/use-seen-once';
import type { MapColouring, VillageResult } from '../maps/map-scene';
import { useMapLayer } from '../maps/use-map-queries';
import { useRegionDetail } from '../regions/use-region-queries';
import { coverageLayerCodes, VISIT_BAND_COLORS, VISIT_BANDS, visitBand } from './pendampingan-model';

// The canvas, projection and gestures load only where a map is shown.
const RegionMap = lazy(() => import('../maps/region-map').then((m) => ({ default: m.RegionMap })));

/** Coverage colours the map by itself: no IDM results are read. */
const NO_RESULTS: ReadonlyMap<string, VillageResult> = new Map();

function LayerMap({ code, coverage }: { code: string; coverage: CoverageView }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const formatNumber = useFormatNumber();
  const layer = useMapLayer(code, 4);
  const hasLayer = layer.data != null;
  const outline = useMapLayer(code, code.length === 2 ? 2 : 3, hasLayer);
  const region = useRegionDetail(code);
  const regionName = region.data?.name ?? code;
  const colouring = useMemo<MapColouring>(
    () => ({
      classes: VISIT_BANDS.map((band) => ({
        key: band,
        color: VISIT_BAND_COLORS[band],
        label: t(`pendampingan.coverage.band.${band}`),
      })),
      byCode: new Map(
        coverage.desa.map((d) => [
          d.code,
          {
            key: visitBand(d.daysSinceLastVisit),
            text:
              d.lastVisit === null || d.daysSinceLastVisit === null
                ? t('pendampingan.coverage.neverVisited')
                : t('pendampingan.coverage.daysSince', {
                    count: d.daysSinceLastVisit,
                    days: formatNumber(d.daysSinceLastVisit),
                    date: format.date(d.lastVisit),
                  }),
          },
        ]),
      ),
      noneLabel: t('pendampingan.coverage.mapNone'),
      canvasLabel: t('pendampingan.coverage.canvasLabel', { name: coverage.scope.name }),
    }),
    [coverage, t, format, formatNumber],
  );
  const highlight = useMemo(
    () => ({
      codes: new Set(coverage.desa.map((d) => d.code)),
      otherLabel: t('pendampingan.coverage.mapOutside'),
      otherNote: t('pendampingan.coverage.mapOutsideNote'),
    }),
    [coverage, t],
  );
  if (layer.isError) return <ErrorState error={layer.error} onRetry={() => void layer.refetch()} />;
  if (layer.data === null) {
    return (
      <Text size="sm" c="dimmed" data-testid="map-not-imported">
        {t('maps.notImported')}
      </Text>
    );
  }
  if (!hasLayer || outline.isPending) return <LoadingState label={t('maps.loading')} />;
  return (
    <Suspense fallback={<LoadingState label={t('maps.loading')} />}>
      <RegionMap
        layer={layer.data!}
        outline={outline.data ?? null}
        outlineKind={code.length === 2 ? 'regency' : 'district'}
        results={NO_RESULTS}
        regionName={regionName}
        highlight={highlight}
        colouring={colouring}
      />
    </Suspense>
  );
}

function LayerName({ code }: { code: string }) {
  const region = useRegionDetail(code);
  return <>{region.data?.name ?? code}</>;
}

/**
 * The desa of a coverage scope on the map, coloured by days since their last approved visit;
 * desa outside the scope (and kelurahan) pale. A scope across kabupaten switches between them.
 * Nothing is downloaded until the section scrolls near the screen.
 */
export function CoverageMap({ coverage }: { coverage: CoverageView }) {
  const { t } = useTranslation();
  const { ref, seen } = useSeenOnce();
  const codes = useMemo(
    () =>
      coverageLayerCodes(
        coverage.scope,
        coverage.desa.map((d) => d.code),
      ),
    [coverage],
  );
  const [picked, setPicked] = useState(codes[0] ?? '');
  const current = codes.includes(picked) ? picked : (codes[0] ?? '');
  if (!current || coverage.desa.length === 0) return null;
  return (
    <Box ref={ref}>
      <SectionCard title={t('pendampingan.coverage.mapHeading')} testId="coverage-map">
        <Text size="sm" c="dimmed">
          {t('pendampingan.coverage.mapHint')}
        </Text>
        {codes.length > 1 && (
          <Stack gap={2}>
            <Text size="sm" fw={500} id="coverage-map-layer">
              {t('pendampingan.coverage.mapLayer')}
            </Text>
            <SegmentedControl
              aria-labelledby="coverage-map-layer"
              value={current}
              onChange={setPicked}
              data={codes.map((code) => ({ value: code, label: <LayerName code={code} /> }))}
              size="xs"
              w="fit-content"
              maw="100%"
            />
          </Stack>
        )}
        {seen ? <LayerMap key={current} code={current} coverage={coverage} /> : <Box mih={120} />}
        <Text size="xs" c="dimmed">
          {t('maps.attribution')}
        </Text>
      </SectionCard>
    </Box>
  );
}
