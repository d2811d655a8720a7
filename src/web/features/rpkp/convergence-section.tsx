import { Alert, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Convergence } from '../../../contracts/rpkp.contract';
import { formatRupiah } from '../../../domain/rpkp/plan';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { useWideLayout } from '../../shared/use-wide-layout';
import { activityNames, type ConvergenceCell, convergenceByYear, convergenceRows } from './convergence-model';
import classes from './rpkp.module.css';
import { useConvergence } from './use-rpkp-queries';

function Sources({ cell }: { cell: ConvergenceCell }) {
  const { t } = useTranslation();
  return (
    <Group gap={3} wrap="wrap">
      {cell.fundingSources.map((s) => (
        <Badge key={s} size="xs" radius="sm" variant="light" color="grape" tt="none">
          {t(`rpkp.fundingSource.${s}`)}
        </Badge>
      ))}
    </Group>
  );
}

function CellFigures({ cell, name }: { cell: ConvergenceCell; name: (id: string) => string }) {
  const { t } = useTranslation();
  if (cell.activityCount === 0) {
    return (
      <Text size="xs" c="dimmed">
        –
      </Text>
    );
  }
  return (
    <Stack gap={2} title={cell.activityIds.map(name).join('\n')}>
      <Text size="sm" fw={600} className={classes.number} ta="left">
        {formatRupiah(BigInt(cell.budget))}
      </Text>
      <Text size="xs" c="dimmed">
        {t('rpkp.totals.activities', { count: cell.activityCount })}
      </Text>
      <Sources cell={cell} />
    </Stack>
  );
}

/** Wide screens: one row per stage (its total per year, gaps marked), the agencies acting in it under it. */
function Matrix({ conv }: { conv: Convergence }) {
  const { t } = useTranslation();
  const rows = convergenceRows(conv);
  const name = activityNames(conv);
  return (
    <Table.ScrollContainer minWidth={Math.max(640, 220 + conv.years.length * 150)}>
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={6}
        className={classes.matrix}
        aria-label={t('rpkp.convergence.matrixLabel')}
        data-testid="rpkp-convergence-matrix"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rpkp.convergence.stageAgency')}</Table.Th>
            {conv.years.map((y) => (
              <Table.Th key={y} scope="col">
                {y}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.flatMap((row) => [
            <Table.Tr key={row.stage} className={classes.stageRow} data-testid="rpkp-convergence-stage">
              <Table.Th scope="row">{t(`rpkp.stage.${row.stage}`)}</Table.Th>
              {row.years.map((y) => (
                <Table.Td
                  key={y.year}
                  className={y.gap ? classes.gap : undefined}
                  data-gap={y.gap || undefined}
                  data-testid="rpkp-convergence-stage-year"
                >
                  {y.gap ? (
                    <Text size="xs" fw={700}>
                      {t('rpkp.convergence.gap')}
                    </Text>
                  ) : (
                    <Text size="sm" fw={700}>
                      {formatRupiah(y.budget)}{' '}
                      <Text span size="xs" c="dimmed" fw={400}>
                        ({y.activityCount})
                      </Text>
                    </Text>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>,
            ...row.agencies.map((a) => (
              <Table.Tr key={`${row.stage}-${a.agencyKind}`} data-testid="rpkp-convergence-agency">
                <Table.Th scope="row" fw={400} pl="lg">
                  {t(`rpkp.agencyKind.${a.agencyKind}`)}
                </Table.Th>
                {a.cells.map((cell) => (
                  <Table.Td
                    key={cell.year}
                    className={classes.cell}
                    data-empty={cell.activityCount === 0 || undefined}
                    data-testid="rpkp-convergence-cell"
                  >
                    <CellFigures cell={cell} name={name} />
                  </Table.Td>
                ))}
              </Table.Tr>
            )),
          ])}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Phones: one block per year, its stages stacked, gaps marked. */
function YearStack({ conv }: { conv: Convergence }) {
  const { t } = useTranslation();
  const blocks = convergenceByYear(conv);
  return (
    <Stack gap="sm" data-testid="rpkp-convergence-years">
      {blocks.map((block) => (
        <section
          key={block.year}
          className={classes.yearBlock}
          aria-label={String(block.year)}
          data-testid="rpkp-convergence-year"
        >
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Title order={3} size="h5">
              {block.year}
            </Title>
            <Text size="sm" fw={600}>
              {formatRupiah(block.budget)} · {t('rpkp.totals.activities', { count: block.activityCount })}
            </Text>
          </Group>
          {block.stages.map((stage) => (
            <div
              key={stage.stage}
              className={classes.stageBlock}
              data-gap={stage.gap || undefined}
              data-testid="rpkp-convergence-year-stage"
            >
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={600} className={classes.wrap}>
                  {t(`rpkp.stage.${stage.stage}`)}
                </Text>
                {stage.gap ? (
                  <Badge size="sm" color="orange" variant="filled" radius="sm" style={{ flexShrink: 0 }}>
                    {t('rpkp.convergence.gapShort')}
                  </Badge>
                ) : (
                  <Text size="sm" className={classes.number}>
                    {formatRupiah(stage.budget)}
                  </Text>
                )}
              </Group>
              {stage.cells.map((cell) => (
                <Stack key={cell.agencyKind} gap={2} pl="sm" mt={4}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="xs" className={classes.wrap}>
                      {t(`rpkp.agencyKind.${cell.agencyKind}`)} ·{' '}
                      {t('rpkp.totals.activities', { count: cell.activityCount })}
                    </Text>
                    <Text size="xs" className={classes.number}>
                      {formatRupiah(BigInt(cell.budget))}
                    </Text>
                  </Group>
                  <Sources cell={cell} />
                </Stack>
              ))}
            </div>
          ))}
        </section>
      ))}
    </Stack>
  );
}

/** Convergence: who funds what along the value chain in which year, what nobody covers, and what may be done twice. */
export function ConvergenceSection({
  kawasanId,
  version,
  desaName,
  stale,
}: {
  kawasanId: string;
  version: number;
  desaName: (code: string) => string;
  /** Unsaved edits: the matrix shows the saved plan. */
  stale: boolean;
}) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const query = useConvergence(kawasanId, version, true);
  if (query.isPending) return <LoadingState label={t('rpkp.convergence.loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const conv = query.data;
  const name = activityNames(conv);
  return (
    <Stack gap="md" data-testid="rpkp-convergence">
      <Text size="sm" c="dimmed">
        {t('rpkp.convergence.intro')}
      </Text>
      {stale && (
        <Alert color="yellow" variant="light" p="xs">
          <Text size="sm">{t('rpkp.convergence.stale')}</Text>
        </Alert>
      )}
      {conv.years.length === 0 ? (
        <Text c="dimmed">{t('rpkp.convergence.noPeriod')}</Text>
      ) : wide ? (
        <Matrix conv={conv} />
      ) : (
        <YearStack conv={conv} />
      )}
      <Text size="sm" data-testid="rpkp-convergence-gap-count">
        {t('rpkp.convergence.gapCount', { count: conv.gaps.length })}
      </Text>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('rpkp.convergence.overlaps', { count: conv.overlaps.length })}
        </Title>
        {conv.overlaps.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="rpkp-overlaps-none">
            {t('rpkp.convergence.noOverlaps')}
          </Text>
        ) : (
          <List size="sm" spacing="xs" data-testid="rpkp-overlaps">
            {conv.overlaps.map((o) => (
              <List.Item key={`${o.year}-${o.stage}-${o.sector}-${o.desaCode}`} data-testid="rpkp-overlap">
                <Text size="sm" className={classes.wrap}>
                  {t('rpkp.convergence.overlap', {
                    year: o.year,
                    stage: t(`rpkp.stage.${o.stage}`),
                    sector: o.sector,
                    desa: desaName(o.desaCode),
                  })}
                </Text>
                <Text size="xs" c="dimmed" className={classes.wrap}>
                  {o.activityIds.map(name).join(' · ')} — {o.agencyNames.join(', ')}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      {conv.outsidePeriod.length > 0 && (
        <Text size="sm" c="orange" data-testid="rpkp-outside-period">
          {t('rpkp.convergence.outsidePeriod', { list: conv.outsidePeriod.map(name).join(', ') })}
        </Text>
      )}
    </Stack>
  );
}
