import { Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { type KeyboardEvent, type PointerEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HISTOGRAM_THRESHOLDS } from '../../../domain/village-index/index-distribution';
import { useFormatNumber, useNumberFormatter } from '../../shared/use-format-number';
import classes from './idm-histogram.module.css';
import { idmStatusCssColor } from './idm-status';
import { countStep, type HistogramBar, histogramBars } from './region-index-figures';
import { useFormatIndex, useFormatShare } from './use-format-index';

const HEIGHT = 150;
const TOP = 16;
const BOTTOM = 20;
const GAP = 2;
/** Below this plot width the threshold values would overlap; the thresholds note lists them. */
const LABELLED_THRESHOLDS_FROM = 420;

const BOUND: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 2 };

/** Bin bounds such as 0,70 in Bahasa Indonesia and 0.70 in English. */
const useFormatBound = () => useNumberFormatter(BOUND);

function useBinLabel(): (bar: HistogramBar) => string {
  const { t } = useTranslation();
  const bound = useFormatBound();
  const count = useFormatNumber();
  const share = useFormatShare();
  return (bar) =>
    t('regionalIndex.histogram.bin', {
      from: bound(bar.from),
      to: bound(bar.to),
      status: t(`villageIndex.status.${bar.status}`),
      count: count(bar.count),
      share: share(bar.share),
    });
}

/** The same figures as the chart, for screen readers. */
function HistogramTable({ bars, year }: { bars: HistogramBar[]; year: number }) {
  const { t } = useTranslation();
  const bound = useFormatBound();
  const count = useFormatNumber();
  const share = useFormatShare();
  return (
    <VisuallyHidden>
      <Table data-testid="idm-histogram-table">
        <caption>{t('regionalIndex.histogram.tableCaption', { year })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('regionalIndex.histogram.range')}</Table.Th>
            <Table.Th scope="col">{t('regionalIndex.histogram.status')}</Table.Th>
            <Table.Th scope="col">{t('regionalIndex.histogram.count')}</Table.Th>
            <Table.Th scope="col">{t('regionalIndex.histogram.share')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bars.map((bar) => (
            <Table.Tr key={bar.from}>
              <Table.Th scope="row">
                {bound(bar.from)}–{bound(bar.to)}
              </Table.Th>
              <Table.Td>{t(`villageIndex.status.${bar.status}`)}</Table.Td>
              <Table.Td>{count(bar.count)}</Table.Td>
              <Table.Td>{share(bar.share)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </VisuallyHidden>
  );
}

interface ChartProps {
  bars: HistogramBar[];
  width: number;
  active: number | null;
}

/** The bars, status thresholds as dashed lines, and a few round counts as gridlines (decoration). */
function HistogramChart({ bars, width, active }: ChartProps) {
  const { t } = useTranslation();
  const formatIndex = useFormatIndex();
  const formatCount = useFormatNumber();
  const formatBound = useFormatBound();
  const plot = HEIGHT - TOP - BOTTOM;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const step = countStep(max);
  const gridlines = Array.from({ length: Math.floor(max / step) }, (_, i) => (i + 1) * step);
  const slot = width / bars.length;
  const x = (value: number) => value * width;
  const y = (count: number) => TOP + plot * (1 - count / max);
  const ticks = width >= LABELLED_THRESHOLDS_FROM ? [0, 0.2, 0.4, 0.6, 0.8, 1] : [0, 0.5, 1];
  return (
    <svg
      width={width}
      height={HEIGHT}
      aria-hidden
      style={{ display: 'block' }}
      data-testid="idm-histogram-chart"
    >
      {gridlines.map((count) => (
        <g key={count}>
          <line x1={0} x2={width} y1={y(count)} y2={y(count)} stroke="var(--mantine-color-default-border)" />
          <text x={2} y={y(count) - 3} fontSize={10} fill="var(--mantine-color-dimmed)">
            {formatCount(count)} {t('regionalIndex.histogram.countAxis')}
          </text>
        </g>
      ))}
      {bars.map((bar, i) =>
        bar.count > 0 ? (
          <rect
            key={bar.from}
            x={i * slot + GAP / 2}
            y={y(bar.count)}
            width={Math.max(1, slot - GAP)}
            height={Math.max(1, y(0) - y(bar.count))}
            rx={1.5}
            fill={idmStatusCssColor(bar.status)}
            stroke={active === i ? 'var(--mantine-color-text)' : 'none'}
            strokeWidth={2}
            data-testid="idm-histogram-bar"
          />
        ) : null,
      )}
      {active !== null && bars[active]?.count === 0 && (
        <rect x={active * slot} y={y(0) - 2} width={slot} height={2} fill="var(--mantine-color-text)" />
      )}
      {HISTOGRAM_THRESHOLDS.map((threshold) => (
        <g key={threshold}>
          <line
            x1={x(threshold)}
            x2={x(threshold)}
            y1={TOP - 4}
            y2={y(0)}
            stroke="var(--mantine-color-text)"
            strokeOpacity={0.55}
            strokeDasharray="3 3"
          />
          {width >= LABELLED_THRESHOLDS_FROM && (
            <text
              x={x(threshold)}
              y={TOP - 6}
              fontSize={10}
              textAnchor="middle"
              fill="var(--mantine-color-dimmed)"
            >
              {formatIndex(threshold)}
            </text>
          )}
        </g>
      ))}
      <line x1={0} x2={width} y1={y(0)} y2={y(0)} stroke="var(--mantine-color-gray-6)" />
      {ticks.map((tick) => (
        <text
          key={tick}
          x={Math.min(width - 2, Math.max(2, x(tick)))}
          y={HEIGHT - 5}
          fontSize={11}
          textAnchor={tick === 0 ? 'start' : tick === 1 ? 'end' : 'middle'}
          fill="var(--mantine-color-dimmed)"
        >
          {formatBound(tick)}
        </text>
      ))}
    </svg>
  );
}

const KEY_MOVES: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 };

/**
 * The desa of a region by IDM value: 20 bars of 0.05 from 0 to 1, coloured by the status most of
 * each range belongs to, with the thresholds as dashed lines. Hover, tap or the arrow keys show a
 * bar's count; a visually hidden table gives every figure to screen readers.
 */
export function IdmHistogram({ histogram, year }: { histogram: readonly number[]; year: number }) {
  const { t } = useTranslation();
  const { ref, width } = useElementSize();
  const [active, setActive] = useState<number | null>(null);
  const binLabel = useBinLabel();
  const id = useId();
  const bars = histogramBars(histogram);
  if (bars.length === 0) return null;
  const firstFilled = Math.max(
    0,
    bars.findIndex((b) => b.count > 0),
  );
  const current = active ?? firstFilled;
  const shown = active === null ? null : bars[active];
  // The pointer's column, so a short bar is as easy to point at or tap as a tall one.
  const binAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const bin = Math.floor(((event.clientX - box.left) / box.width) * bars.length);
    return Math.min(bars.length - 1, Math.max(0, bin));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? bars.length - 1
          : current + (KEY_MOVES[event.key] ?? Number.NaN);
    if (Number.isNaN(target)) return;
    event.preventDefault();
    setActive(Math.min(bars.length - 1, Math.max(0, target)));
  };
  return (
    <Stack gap={6} component="section" aria-labelledby={`${id}-heading`} data-testid="idm-histogram">
      <Text size="sm" fw={600} id={`${id}-heading`}>
        {t('regionalIndex.histogram.heading')}
      </Text>
      {/* A slider over the bins: arrow keys step through them, and each bin's count is its value text. */}
      <div
        ref={ref}
        role="slider"
        tabIndex={0}
        aria-label={t('regionalIndex.histogram.chartLabel', { year })}
        aria-valuemin={1}
        aria-valuemax={bars.length}
        aria-valuenow={current + 1}
        aria-valuetext={binLabel(bars[current]!)}
        onKeyDown={onKeyDown}
        // A click or tap focuses after its pointerdown chose a bar: keep that bar.
        onFocus={() => setActive((bin) => bin ?? firstFilled)}
        onBlur={() => setActive(null)}
        onPointerMove={(event) => setActive(binAt(event))}
        onPointerDown={(event) => setActive(binAt(event))}
        onPointerLeave={(event) => event.pointerType === 'mouse' && setActive(null)}
        className={classes.chart}
        data-testid="idm-histogram-slider"
      >
        {width > 0 && <HistogramChart bars={bars} width={width} active={active} />}
      </div>
      <Text size="xs" c={shown ? undefined : 'dimmed'} data-testid="idm-histogram-caption">
        {shown
          ? binLabel(shown)
          : `${t('regionalIndex.histogram.hint')} ${t('regionalIndex.histogram.thresholdsNote')}`}
      </Text>
      <HistogramTable bars={bars} year={year} />
    </Stack>
  );
}
