import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  List,
  Paper,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VillageIndicatorScore } from '../../../contracts/village-index-indicators.contract';
import { villageIndicatorsApi } from '../../api-client/village-index-indicators-api';
import { ErrorState } from '../../shared/error-state';
import { ExportButtons } from '../../shared/export-buttons';
import { LoadingState } from '../../shared/loading-state';
import type { VillageIndexResult } from './idm-status';
import { useFormatIndex } from './use-format-index';
import { useVillageIndicators } from './use-village-indicators-query';
import { opportunityView, TOP_OPPORTUNITIES, yearsWithScores } from './village-opportunities';

/** One indicator: what it is, how much raising it to 5 adds, the ministry's advice and who can act. */
function OpportunityItem({ item }: { item: VillageIndicatorScore }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  return (
    <Paper component="li" withBorder radius="sm" p="sm" data-testid="idm-opportunity" data-code={item.code}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} lh={1.3}>
              {item.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`villageIndex.${item.dimension.toLowerCase() as 'iks' | 'ike' | 'ikl'}`)}
              {item.subdimension !== item.name && ` · ${item.subdimension}`}
            </Text>
          </Stack>
          <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
            <Text
              fw={700}
              c="teal.8"
              style={{ fontVariantNumeric: 'tabular-nums' }}
              title={t('villageIndex.opportunities.gainLabel')}
            >
              {t('villageIndex.opportunities.gain', { gain: format(item.gain) })}
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('villageIndex.opportunities.score', { score: item.score })}
            </Text>
          </Stack>
        </Group>
        {item.condition && (
          <Text size="sm">
            <Text span inherit fw={600}>
              {t('villageIndex.opportunities.condition')}:
            </Text>{' '}
            {item.condition}
          </Text>
        )}
        <Text size="sm" c={item.activity ? undefined : 'dimmed'}>
          <Text span inherit fw={600} c="var(--mantine-color-text)">
            {t('villageIndex.opportunities.activity')}:
          </Text>{' '}
          {item.activity ?? t('villageIndex.opportunities.noActivity')}
        </Text>
        {item.actors.length > 0 && (
          <Group gap={6} wrap="wrap" aria-label={t('villageIndex.opportunities.actors')}>
            {item.actors.map((a) => (
              <Badge
                key={a.level}
                variant="light"
                color="gray"
                radius="sm"
                tt="none"
                fw={500}
                h="auto"
                py={2}
              >
                <Text span size="xs" fw={700}>
                  {t(`villageIndex.opportunities.actor.${a.level}`)}:
                </Text>{' '}
                <Text span size="xs" style={{ whiteSpace: 'normal' }}>
                  {a.agencies}
                </Text>
              </Badge>
            ))}
          </Group>
        )}
        {item.recovered && (
          <Text size="xs" c="dimmed" data-testid="idm-opportunity-recovered">
            {t('villageIndex.opportunities.recovered')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function OpportunityList({ code, year }: { code: string; year: number }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const [showAll, setShowAll] = useState(false);
  const query = useVillageIndicators(code, year);
  if (query.isPending) return <LoadingState label={t('villageIndex.opportunities.loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  const view = opportunityView(data.indicators, data.value);
  const listed = showAll ? [...view.top, ...view.rest] : view.top;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('villageIndex.opportunities.intro', { year })}
      </Text>
      {view.top.length === 0 ? (
        <Text data-testid="idm-opportunities-all-max">{t('villageIndex.opportunities.allAtMaximum')}</Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {listed.map((item) => (
            <OpportunityItem key={item.code} item={item} />
          ))}
        </Stack>
      )}
      {view.projected && (
        <Text size="sm" data-testid="idm-opportunities-projection">
          {t('villageIndex.opportunities.projection', {
            count: view.top.length,
            gain: format(view.topGain),
            value: format(view.projected.value),
            status: t(`villageIndex.status.${view.projected.status}`),
          })}
        </Text>
      )}
      {view.rest.length > 0 && (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setShowAll((v) => !v)}>
            {showAll
              ? t('villageIndex.opportunities.showFewer', { count: TOP_OPPORTUNITIES })
              : t('villageIndex.opportunities.showAll', { count: view.rest.length })}
          </Button>
        </Group>
      )}
      {view.atMaximum > 0 && view.top.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('villageIndex.opportunities.atMaximum', {
            count: view.atMaximum,
            total: data.indicators.length,
          })}
        </Text>
      )}
      {(data.notes.length > 0 || data.consistent === false) && (
        <Alert color="gray" variant="light" p="xs" title={t('villageIndex.opportunities.notesHeading')}>
          <Stack gap={4}>
            {data.consistent === false && (
              <Text size="sm">{t('villageIndex.opportunities.inconsistent')}</Text>
            )}
            {data.notes.length > 0 && (
              <List size="sm" spacing={2} data-testid="idm-opportunities-notes">
                {data.notes.map((note) => (
                  <List.Item key={note}>{note}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Alert>
      )}
      {/* All 50 scores as a table to print or take to a musyawarah where there is no signal. */}
      <ExportButtons href={villageIndicatorsApi.indicatorsExportUrl(code, year)} />
      <Text size="xs" c="dimmed">
        {t('villageIndex.opportunities.ministryText')}
      </Text>
    </Stack>
  );
}

/** How to get indicator scores in, for a desa that has none yet. */
function NoScores() {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="idm-opportunities-none">
      <Text size="sm">{t('villageIndex.opportunities.none')}</Text>
      <Text size="sm" c="dimmed">
        {t('villageIndex.opportunities.howToImport')}{' '}
        <Anchor component={Link} to="/indeks/impor" inherit>
          {t('villageIndex.opportunities.importPage')}
        </Anchor>{' '}
        {t('villageIndex.opportunities.howToImportCli')} <Code>kawasan import idm --file …</Code>.
      </Text>
    </Stack>
  );
}

/**
 * "Yang dapat menaikkan skor desa ini": the indicators whose rise to 5 adds most to the IDM, for
 * the latest year with imported scores (another year can be chosen), or how to import them.
 */
export function VillageIndexOpportunities({
  code,
  results,
}: {
  code: string;
  results: readonly VillageIndexResult[];
}) {
  const { t } = useTranslation();
  const years = yearsWithScores(results);
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen !== null && years.includes(chosen) ? chosen : (years.at(-1) ?? null);
  if (year === null) return <NoScores />;
  return (
    <Stack gap="sm" data-testid="idm-opportunities" data-year={year}>
      {years.length > 1 && (
        <SegmentedControl
          aria-label={t('villageIndex.opportunities.yearLabel')}
          size="xs"
          data={years.map((y) => String(y))}
          value={String(year)}
          onChange={(v) => setChosen(Number(v))}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      <OpportunityList key={year} code={code} year={year} />
    </Stack>
  );
}
