import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanList } from '../../../contracts/dana-desa.contract';
import { formatRupiah } from '../../../domain/money/rupiah';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useSession } from '../session/use-session';
import classes from './dana-desa.module.css';
import { mayReadSummary, mayUseDanaDesa, ownDesa, summaryTargets } from './dana-desa-access';
import { newPlanPath, planPath, summaryPath } from './dana-desa-paths';
import { defaultFiscalYear } from './plan-form-model';
import { usePlans } from './use-dana-desa-queries';

const STATUS_COLOR = { lulus: 'green', tidak_lulus: 'red', belum_diperiksa: 'gray' } as const;

/** Plans as rows: desa, year, pagu and planned total, and the status of the latest check. */
export function PlanRows({ plans, showDesa }: { plans: PlanList['plans']; showDesa: boolean }) {
  const { t } = useTranslation();
  if (plans.length === 0) return <Text c="dimmed">{t('danaDesa.home.empty')}</Text>;
  return (
    <Stack gap={0}>
      {plans.map((p) => (
        <Link
          key={p.id}
          to={planPath(p.id)}
          className={classes.rowLink}
          data-testid="plan-row"
          data-desa={p.desaCode}
          data-year={p.fiscalYear}
        >
          <Group justify="space-between" gap="xs" py="xs" wrap="wrap">
            <Stack gap={0}>
              <Text fw={700}>{showDesa ? `${p.desaName} · ${p.fiscalYear}` : String(p.fiscalYear)}</Text>
              <Text size="sm" c="dimmed">
                {t('danaDesa.home.pagu')}{' '}
                <span className={classes.number}>{formatRupiah(BigInt(p.pagu))}</span> ·{' '}
                {t('danaDesa.home.total')}{' '}
                <span className={classes.number}>{formatRupiah(BigInt(p.total))}</span>
              </Text>
            </Stack>
            <Badge color={STATUS_COLOR[p.status]} variant="light" data-testid="plan-row-status">
              {p.status === 'tidak_lulus' && p.failed !== null
                ? t('danaDesa.check.failedCount', { count: p.failed })
                : p.statusLabel}
            </Badge>
          </Group>
        </Link>
      ))}
    </Stack>
  );
}

function DesaPlans({ desa }: { desa: { code: string; label: string } }) {
  const { t } = useTranslation();
  const list = usePlans({ desa: desa.code });
  const year = defaultFiscalYear(new Date().getFullYear());
  const hasYear = list.data?.plans.some((p) => p.fiscalYear === year) ?? false;
  return (
    <SectionCard
      title={t('danaDesa.home.desaHeading', { desa: desa.label })}
      testId="desa-plans"
      actions={
        !hasYear && (
          <Button component={Link} to={newPlanPath(desa.code, year)} data-testid="plan-new">
            {t('danaDesa.home.newPlan', { year })}
          </Button>
        )
      }
    >
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <PlanRows plans={list.data.plans} showDesa={false} />
      )}
    </SectionCard>
  );
}

function RegionPlans({ region }: { region: string | null }) {
  const { t } = useTranslation();
  const list = usePlans(region ? { region } : {});
  return (
    <SectionCard
      title={t('danaDesa.home.listHeading', { count: list.data?.plans.length ?? 0 })}
      testId="region-plans"
      actions={
        <Button component={Link} to={newPlanPath()} variant="default" data-testid="plan-new-any">
          {t('danaDesa.home.newPlanAny')}
        </Button>
      }
    >
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <PlanRows plans={list.data.plans} showDesa />
      )}
    </SectionCard>
  );
}

/**
 * `/dana-desa`: a village operator's plans by year ("Rencana baru" for the current year); for
 * administrators, facilitators and kawasan managers the way to the summary and the plans they read.
 */
export function DanaDesaHomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  useDocumentTitle(t('danaDesa.documentTitle'));
  if (!mayUseDanaDesa(user)) {
    return (
      <DeadEndPanel title={t('danaDesa.forbiddenTitle')}>
        <Text>{t('danaDesa.forbiddenText')}</Text>
      </DeadEndPanel>
    );
  }
  const desa = ownDesa(user);
  const targets = summaryTargets(user);
  const year = defaultFiscalYear(new Date().getFullYear());
  const firstRegion = targets.regions[0]?.code ?? null;
  const firstKawasan = targets.kawasan[0]?.id;
  const summaryTarget = firstRegion ? { region: firstRegion } : firstKawasan ? { kawasan: firstKawasan } : {};
  const readsRegion = targets.national || targets.regions.length > 0 || targets.kawasan.length > 0;
  return (
    <Stack gap="md" data-testid="dana-desa-home">
      <Stack gap={4}>
        <Title order={1}>{t('danaDesa.heading')}</Title>
        <Text c="dimmed">{t('danaDesa.home.intro')}</Text>
      </Stack>
      {desa.map((d) => (
        <DesaPlans key={d.code} desa={d} />
      ))}
      {mayReadSummary(user) && (
        <Paper
          withBorder
          radius="md"
          p="md"
          component={Link}
          to={summaryPath(summaryTarget, year)}
          className={classes.rowLink}
          data-testid="summary-link"
        >
          <Text fw={700} size="lg">
            {t('danaDesa.home.summaryLink')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('danaDesa.home.summaryHint')}
          </Text>
        </Paper>
      )}
      {readsRegion && <RegionPlans region={firstRegion} />}
    </Stack>
  );
}
