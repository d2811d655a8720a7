import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RpkpTotals } from '../../../contracts/rpkp.contract';
import {
  type AgencyKind,
  type FundingSource,
  formatRupiah,
  type ValueChainStage,
} from '../../../domain/rpkp/plan';
import classes from './rpkp.module.css';
import { sharePercent } from './rpkp-numbers';

type Line = RpkpTotals['byYear'][number] | RpkpTotals['byProgramme'][number];

function Lines({
  title,
  lines,
  total,
  label,
  testId,
}: {
  title: string;
  lines: readonly Line[];
  total: string;
  label: (line: Line) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="sm" p="sm" data-testid={testId}>
      <Stack gap="xs">
        <Title order={3} size="h6">
          {title}
        </Title>
        {lines.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('rpkp.totals.empty')}
          </Text>
        ) : (
          <ul className={classes.lines}>
            {lines.map((line) => (
              <li key={String(line.key)} data-testid="rpkp-total-line" data-key={String(line.key)}>
                <div className={classes.lineHead}>
                  <span className={classes.wrap}>
                    {label(line)}{' '}
                    <Text span size="xs" c="dimmed">
                      {t('rpkp.totals.activities', { count: line.activityCount })}
                    </Text>
                  </span>
                  <span className={classes.number} data-testid="rpkp-total-amount">
                    {formatRupiah(BigInt(line.total))}
                  </span>
                </div>
                <Progress
                  value={sharePercent(line.total, total)}
                  size="sm"
                  radius="xl"
                  aria-label={`${label(line)}: ${sharePercent(line.total, total)}%`}
                />
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Paper>
  );
}

/** The plan's budget added up per programme, year, source, agency kind and stage (exact rupiah). */
export function TotalsSection({ totals, live }: { totals: RpkpTotals; live?: boolean }) {
  const { t } = useTranslation();
  const nonZero = <L extends Line>(lines: readonly L[]) => lines.filter((l) => l.activityCount > 0);
  return (
    <Stack gap="md" data-testid="rpkp-totals">
      <Group justify="space-between" gap="xs" wrap="wrap" align="baseline">
        <Text size="sm" c="dimmed">
          {live ? t('rpkp.totals.liveNote') : t('rpkp.totals.note')}
        </Text>
        <Text fw={700} size="lg" data-testid="rpkp-total">
          {t('rpkp.totals.total', { total: formatRupiah(BigInt(totals.total)) })}
        </Text>
      </Group>
      <div className={classes.totalsGrid}>
        <Lines
          title={t('rpkp.totals.byProgramme')}
          lines={totals.byProgramme}
          total={totals.total}
          label={(l) => l.label || t('rpkp.plan.unnamedProgramme')}
          testId="rpkp-totals-programme"
        />
        <Lines
          title={t('rpkp.totals.byYear')}
          lines={totals.byYear}
          total={totals.total}
          label={(l) => String(l.key)}
          testId="rpkp-totals-year"
        />
        <Lines
          title={t('rpkp.totals.bySource')}
          lines={nonZero(totals.bySource)}
          total={totals.total}
          label={(l) =>
            l.key === '' ? t('rpkp.totals.notChosen') : t(`rpkp.fundingSource.${l.key as FundingSource}`)
          }
          testId="rpkp-totals-source"
        />
        <Lines
          title={t('rpkp.totals.byAgencyKind')}
          lines={nonZero(totals.byAgencyKind)}
          total={totals.total}
          label={(l) =>
            l.key === '' ? t('rpkp.totals.notChosen') : t(`rpkp.agencyKind.${l.key as AgencyKind}`)
          }
          testId="rpkp-totals-agency"
        />
        <Lines
          title={t('rpkp.totals.byStage')}
          lines={totals.byStage.filter((l) => l.key !== '' || l.activityCount > 0)}
          total={totals.total}
          label={(l) =>
            l.key === '' ? t('rpkp.totals.notChosen') : t(`rpkp.stage.${l.key as ValueChainStage}`)
          }
          testId="rpkp-totals-stage"
        />
      </div>
    </Stack>
  );
}
