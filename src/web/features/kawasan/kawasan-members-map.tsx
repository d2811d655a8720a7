import { Box, SegmentedControl, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KawasanMember } from '../../../contracts/kawasan.contract';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useSeenOnce } from '../../shared/use-seen-once';
import { resultsByCode } from '../maps/map-scene';
import { useMapLayer, useMapResults } from '../maps/use-map-queries';
import { useRegionDetail } from '../regions/use-region-queries';
import { mapKabupatenOf, memberMapResults } from './kawasan-members';

// The canvas, projection and gestures load only where a map is shown.
const RegionMap = lazy(() => import('../maps/region-map').then((m) => ({ default: m.RegionMap })));

interface KawasanMembersMapProps {
  members: readonly KawasanMember[];
  /** The kabupaten/kota the kawasan was formed in; taken from the members when not given. */
  kabupatenCodes?: readonly string[] | undefined;
  testId: string;
}

function KabupatenMap({ members, code }: { members: readonly KawasanMember[]; code: string }) {
  const { t } = useTranslation();
  const layer = useMapLayer(code, 4);
  const hasLayer = layer.data != null;
  const outline = useMapLayer(code, 3, hasLayer);
  const region = useRegionDetail(code);
  const others = useMapResults(code, hasLayer);
  const results = useMemo(
    () => memberMapResults(members, resultsByCode(others.data?.villages ?? [])),
    [others.data, members],
  );
  const highlight = useMemo(
    () => ({
      codes: new Set(members.map((m) => m.code)),
      otherLabel: t('kawasan.map.others'),
      otherNote: t('kawasan.map.notMember'),
    }),
    [members, t],
  );
  if (layer.isError) return <ErrorState error={layer.error} onRetry={() => void layer.refetch()} />;
  if (layer.data === null) {
    return (
      <Text size="sm" c="dimmed" data-testid="map-not-imported">
        {t('maps.notImported')}
      </Text>
    );
  }
  // Should the other desa's results fail, the members still show: those results only inform a tap.
  if (!hasLayer || outline.isPending || others.isPending) return <LoadingState label={t('maps.loading')} />;
  return (
    <Suspense fallback={<LoadingState label={t('maps.loading')} />}>
      <RegionMap
        layer={layer.data!}
        outline={outline.data ?? null}
        outlineKind="district"
        results={results}
        regionName={region.data?.name ?? code}
        highlight={highlight}
      />
    </Suspense>
  );
}

/**
 * A kawasan's members on the map of their kabupaten: coloured by IDM status, the other desa pale
 * (a tap on one still shows its own status). A kawasan across kabupaten switches between them.
 * Nothing is downloaded until the section scrolls near the screen.
 */
export function KawasanMembersMap({ members, kabupatenCodes, testId }: KawasanMembersMapProps) {
  const { t } = useTranslation();
  const { ref, seen } = useSeenOnce();
  const codes = useMemo(() => mapKabupatenOf(members, kabupatenCodes), [members, kabupatenCodes]);
  const [picked, setPicked] = useState(codes[0] ?? '');
  const current = codes.includes(picked) ? picked : (codes[0] ?? '');
  if (!current) return null;
  return (
    <Box ref={ref}>
      <SectionCard title={t('kawasan.map.heading')} testId={testId}>
        <Text size="sm" c="dimmed">
          {members.length === 0 ? t('kawasan.map.noMembers') : t('kawasan.map.hint')}
        </Text>
        {codes.length > 1 && <KabupatenSwitch codes={codes} value={current} onChange={setPicked} />}
        {seen ? <KabupatenMap key={current} members={members} code={current} /> : <Box mih={120} />}
        <Text size="xs" c="dimmed">
          {t('maps.attribution')}
        </Text>
      </SectionCard>
    </Box>
  );
}

function KabupatenName({ code }: { code: string }) {
  const region = useRegionDetail(code);
  return <>{region.data?.name ?? code}</>;
}

function KabupatenSwitch({
  codes,
  value,
  onChange,
}: {
  codes: readonly string[];
  value: string;
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500} id="kawasan-map-kabupaten">
        {t('kawasan.map.kabupaten')}
      </Text>
      <SegmentedControl
        aria-labelledby="kawasan-map-kabupaten"
        value={value}
        onChange={onChange}
        data={codes.map((code) => ({ value: code, label: <KabupatenName code={code} /> }))}
        size="xs"
        w="fit-content"
        maw="100%"
      />
    </Stack>
  );
}
