import { useTranslation } from 'react-i18next';
import { IDM_THRESHOLDS } from '../../../domain/village-index/idm.scheme';
import { idmStatusCssColor, shownStatus, type VillageIndexResult } from './idm-status';
import { useFormatIndex } from './use-format-index';

const HEIGHT = 120;
const TOP = 16;
const BOTTOM = 20;
const SLOT = 56;
const BAR = 32;

/** A small bar chart of the IDM by year (0 to 1), with the status thresholds as faint lines. */
export function IdmHistoryChart({ results }: { results: readonly VillageIndexResult[] }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const width = results.length * SLOT;
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plot * (1 - value);
  const summary = results
    .map((r) => `${r.year} ${r.value === null ? t('villageIndex.notScoredShort') : format(r.value)}`)
    .join('; ');
  return (
    <svg
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: width * 1.5, display: 'block' }}
      role="img"
      aria-label={t('villageIndex.chartLabel', { values: summary })}
      data-testid="idm-chart"
    >
      {IDM_THRESHOLDS.map(({ upTo }) => (
        <line
          key={upTo}
          x1={0}
          x2={width}
          y1={y(upTo)}
          y2={y(upTo)}
          stroke="var(--mantine-color-gray-4)"
          strokeDasharray="3 3"
          strokeWidth={1}
        />
      ))}
      <line x1={0} x2={width} y1={y(0)} y2={y(0)} stroke="var(--mantine-color-gray-6)" strokeWidth={1} />
      {results.map((r, i) => {
        const x = i * SLOT + (SLOT - BAR) / 2;
        const status = shownStatus(r);
        return (
          <g key={`${r.scheme}-${r.year}`}>
            {r.value !== null && status && (
              <rect
                x={x}
                y={y(r.value)}
                width={BAR}
                height={y(0) - y(r.value)}
                rx={2}
                fill={idmStatusCssColor(status)}
              />
            )}
            <text
              x={x + BAR / 2}
              y={r.value === null ? y(0) - 4 : y(r.value) - 4}
              textAnchor="middle"
              fontSize={10}
              fill="var(--mantine-color-text)"
              // A halo keeps the value readable where it crosses a threshold line.
              stroke="var(--mantine-color-body)"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {format(r.value)}
            </text>
            <text
              x={x + BAR / 2}
              y={HEIGHT - 5}
              textAnchor="middle"
              fontSize={11}
              fill="var(--mantine-color-dimmed)"
            >
              {r.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
