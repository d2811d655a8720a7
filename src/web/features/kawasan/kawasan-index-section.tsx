import { Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IDM_THRESHOLDS, idmStatus } from '../../../domain/village-index/idm.scheme';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useWideLayout } from '../../shared/use-wide-layout';
import { idmStatusCssColor } from '../village-index/idm-status';
import { IdmStatusBadge } from '../village-index/idm-status-badge';
import { useFormatIndex } from '../village-index/use-format-index';
import {
  chartPosition,
  chartRange,
  type KawasanYear,
  meanChange,
  rangeText,
  scoredYears,
  signedText,
  stddevText,
} from './kawasan-figures';
import classes from './kawasan-page.module.css';
import type { DashboardQuery } from './use-kawasan-queries';

const HEIGHT = 160;
const TOP = 18;
const BOTTOM = 22;
const LEFT = 44;
const SLOT = 72;

/**
 * Per year: the members' range from lowest to highest IDM (thin line), the band of one standard
 * deviation around the mean (box), and the mean itself (dot, coloured by the status it means).
 */
function SpreadChart({ years }: { years: readonly KawasanYear[] }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const { floor, ceiling } = chartRange(years);
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plot * chartPosition(value, floor, ceiling);
  const width = LEFT + Math.max(years.length, 3) * SLOT;
  const summary = years
    .map((yr) =>
      t('kawasan.index.chartYear', {
        year: yr.year,
        mean: format(yr.mean),
        range: rangeText(yr, format) ?? t('common.none'),
      }),
    )
    .join('; ');
  return (
    <svg
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: width * 1.4, display: 'block' }}
      role="img"
      aria-label={t('kawasan.index.chartLabel', { values: summary })}
      data-testid="kawasan-index-chart"
    >
      {IDM_THRESHOLDS.filter(({ upTo }) => upTo > floor && upTo < ceiling).map(({ upTo }) => (
        <line
          key={upTo}
          x1={LEFT}
          x2={width}
          y1={y(upTo)}
          y2={y(upTo)}
          stroke="var(--mantine-color-gray-4)"
          strokeDasharray="3 3"
          strokeWidth={1}
        />
      ))}
      {[floor, ceiling].map((v) => (
        <text
          key={v}
          x={LEFT - 6}
          y={y(v) + 4}
          textAnchor="end"
          fontSize={10}
          fill="var(--mantine-color-dimmed)"
        >
          {format(v)}
        </text>
      ))}
      <line
        x1={LEFT}
        x2={LEFT}
        y1={TOP}
        y2={HEIGHT - BOTTOM}
        stroke="var(--mantine-color-gray-5)"
        strokeWidth={1}
      />
      {years.map((yr, i) => {
        const cx = LEFT + i * SLOT + SLOT / 2;
        if (yr.mean === null || yr.min === null || yr.max === null) return null;
        const low = Math.max(yr.min, yr.mean - (yr.stddev ?? 0));
        const high = Math.min(yr.max, yr.mean + (yr.stddev ?? 0));
        return (
          <g key={yr.year}>
            {/* The whisker: lowest to highest member, capped at both ends. */}
            <path
              d={`M${cx} ${y(yr.max)}V${y(yr.min)}M${cx - 6} ${y(yr.max)}H${cx + 6}M${cx - 6} ${y(yr.min)}H${cx + 6}`}
              fill="none"
              stroke="var(--mantine-color-gray-6)"
              strokeWidth={2}
            />
            <rect
              x={cx - 10}
              y={y(high)}
              width={20}
              height={Math.max(2, y(low) - y(high))}
              rx={2}
              fill="var(--mantine-color-teal-1)"
              stroke="var(--mantine-color-teal-6)"
              strokeWidth={1}
            />
            <circle
              cx={cx}
              cy={y(yr.mean)}
              r={5}
              fill={idmStatusCssColor(idmStatus(yr.mean))}
              stroke="var(--mantine-color-body)"
              strokeWidth={1.5}
            />
            <text
              x={cx + 13}
              y={y(yr.mean) + 4}
              fontSize={10}
              fill="var(--mantine-color-text)"
              stroke="var(--mantine-color-body)"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {format(yr.mean)}
            </text>
            <text x={cx} y={HEIGHT - 6} textAnchor="middle" fontSize={11} fill="var(--mantine-color-dimmed)">
              {yr.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The change of the mean since the year before, green up and red down. */
function MeanChange({ years, index }: { years: readonly KawasanYear[]; index: number }) {
  const format = useFormatIndex();
  const change = meanChange(years, index);
  if (change === null) return null;
  return (
    <Text span size="xs" c={change >= 0 ? 'teal.8' : 'red.8'}>
      {' '}
      ({signedText(change, (v) => format(v))})
    </Text>
  );
}

/** On a phone: one block per year, newest first, each figure on its own line. */
function SpreadList({ years }: { years: readonly KawasanYear[] }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const rows = years.map((yr, i) => ({ yr, i })).reverse();
  return (
    <ul className={classes.rowList} data-testid="kawasan-index-table">
      {rows.map(({ yr, i }) => (
        <li key={yr.year} className={classes.row}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text fw={700}>{yr.year}</Text>
            <Text size="sm" c="dimmed">
              {t('kawasan.index.scoredCount', { count: yr.scored })}
            </Text>
          </Group>
          <dl className={classes.figures}>
            <dt>{t('kawasan.index.mean')}</dt>
            <dd>
              {format(yr.mean)}
              <MeanChange years={years} index={i} />{' '}
              {yr.mean !== null && <IdmStatusBadge status={idmStatus(yr.mean)} size="xs" />}
            </dd>
            <dt>{t('kawasan.index.range')}</dt>
            <dd>{rangeText(yr, (v) => format(v)) ?? t('common.none')}</dd>
            <dt>{t('kawasan.index.stddev')}</dt>
            <dd>{stddevText(yr, (v) => format(v)) ?? t('common.none')}</dd>
            <dt>{t('kawasan.index.locomotives')}</dt>
            <dd>{yr.locomotives}</dd>
            <dt>{t('kawasan.index.lagging')}</dt>
            <dd>{yr.lagging}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** Year by year: members scored, mean (and its change), range, standard deviation, locomotives and lagging. */
function SpreadTable({ years }: { years: readonly KawasanYear[] }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const wide = useWideLayout();
  if (!wide) return <SpreadList years={years} />;
  return (
    <Table withRowBorders verticalSpacing={4} data-testid="kawasan-index-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('kawasan.index.year')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('kawasan.index.scored')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('kawasan.index.mean')}
          </Table.Th>
          <Table.Th scope="col">{t('kawasan.index.meanStatus')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('kawasan.index.range')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('kawasan.index.stddev')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('kawasan.index.locomotives')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('kawasan.index.lagging')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {years.map((yr, i) => (
          <Table.Tr key={yr.year}>
            <Table.Td>{yr.year}</Table.Td>
            <Table.Td className={classes.number}>{yr.scored}</Table.Td>
            <Table.Td className={classes.number}>
              {format(yr.mean)}
              <MeanChange years={years} index={i} />
            </Table.Td>
            <Table.Td>
              {yr.mean !== null && <IdmStatusBadge status={idmStatus(yr.mean)} size="sm" />}
            </Table.Td>
            <Table.Td className={classes.number}>
              {rangeText(yr, (v) => format(v)) ?? t('common.none')}
            </Table.Td>
            <Table.Td className={classes.number}>
              {stddevText(yr, (v) => format(v)) ?? t('common.none')}
            </Table.Td>
            <Table.Td className={classes.number}>{yr.locomotives}</Table.Td>
            <Table.Td className={classes.number}>{yr.lagging}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface KawasanIndexSectionProps {
  dashboard: DashboardQuery;
  memberCount: number;
}

/** The kawasan's IDM over the years: how its members fare together and how far apart they are. */
export function KawasanIndexSection({ dashboard, memberCount }: KawasanIndexSectionProps) {
  const { t } = useTranslation();
  let body: ReactNode;
  if (dashboard.isPending) body = <LoadingState />;
  else if (dashboard.isError)
    body = <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  else {
    const years = scoredYears(dashboard.data?.years ?? []);
    body =
      years.length === 0 ? (
        <Text c="dimmed" data-testid="kawasan-index-empty">
          {memberCount === 0 ? t('kawasan.index.noMembers') : t('kawasan.index.noData')}
        </Text>
      ) : (
        <Stack gap="sm">
          <SpreadChart years={years} />
          <Text size="xs" c="dimmed">
            {t('kawasan.index.chartHelp')}
          </Text>
          <SpreadTable years={years} />
        </Stack>
      );
  }
  return (
    <SectionCard title={t('kawasan.index.heading')} testId="kawasan-index">
      {body}
    </SectionCard>
  );
}
