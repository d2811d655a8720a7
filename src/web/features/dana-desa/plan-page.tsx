import { Alert, Anchor, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { PlanView } from '../../../contracts/dana-desa.contract';
import { formatRupiah } from '../../../domain/money/rupiah';
import { planTemplateUrl } from '../../api-client/dana-desa-api';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SheetImportPanel } from '../../shared/sheet-import-panel';
import { SuccessNote } from '../../shared/success-note';
import { problemIssues } from '../pelatihan/pelatihan-forms';
import { useSession } from '../session/use-session';
import { useEnterprises, useKawasanChoices } from '../usaha/use-usaha-queries';
import { StoredCheck } from './check-results';
import { ownDesa } from './dana-desa-access';
import { DANA_DESA_PATH, PLAN_TABS, type PlanTab, planPath } from './dana-desa-paths';
import { type Choice, PlanForm } from './plan-form';
import { createBody, defaultFiscalYear, newPlanValues, planBody, planValues } from './plan-form-model';
import { RealisationTab } from './realisation-tab';
import { useCreatePlan, useImportPlan, usePlan, useReplacePlan } from './use-dana-desa-queries';

/** The kawasan and enterprises a line may be linked to (those the reader sees). */
function useLinkChoices(desaCode: string): { kawasan: Choice[]; enterprises: Choice[] } {
  const kawasan = useKawasanChoices();
  const enterprises = useEnterprises({ region: desaCode, limit: 100, offset: 0 }, desaCode.length === 10);
  return {
    kawasan: (kawasan.data?.items ?? []).map((k) => ({ value: k.id, label: k.name })),
    enterprises: (enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name })),
  };
}

/** The XLSX template of the year and the import of a filled sheet: every row or none. */
function SheetTools({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const importing = useImportPlan(plan.id);
  return (
    <SheetImportPanel
      variant="toolbar"
      testIdPrefix="plan"
      templateUrl={planTemplateUrl(plan.fiscalYear)}
      upload={importing}
      variables={({ file }) => file}
      texts={{
        template: t('danaDesa.xlsx.template'),
        import: t('danaDesa.xlsx.import'),
        failedTitle: t('danaDesa.xlsx.refusedTitle'),
        nothingImported: t('danaDesa.xlsx.refusedText'),
      }}
      failure={(error) => ({
        lines: problemIssues(error).map((i) =>
          i.field && i.field !== 'body' ? `${i.field}: ${i.message}` : i.message,
        ),
        message: error instanceof Error ? error.message : '',
      })}
      done={(result) => t('danaDesa.xlsx.imported', { count: result.imported })}
    />
  );
}

/** `/dana-desa/rencana/baru?desa=&tahun=`: a new plan, checked live as it is typed. */
export function PlanNewPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const own = ownDesa(user);
  const [desaCode, setDesaCode] = useState(params.get('desa') ?? own[0]?.code ?? '');
  const yearParam = Number(params.get('tahun'));
  const year =
    Number.isInteger(yearParam) && yearParam > 2000 ? yearParam : defaultFiscalYear(new Date().getFullYear());
  const create = useCreatePlan();
  const links = useLinkChoices(desaCode.replace(/[\s.]/g, ''));
  useDocumentTitle(`${t('danaDesa.plan.newTitle')} · Kawasan`);
  const desaIssue = problemIssues(create.error).find((i) => i.field === 'desaCode')?.message;
  return (
    <Stack gap="md" data-testid="plan-new-page">
      <Anchor component={Link} to={DANA_DESA_PATH} size="sm">
        {t('danaDesa.plan.back')}
      </Anchor>
      <Title order={1}>{t('danaDesa.plan.newTitle')}</Title>
      {own.length !== 1 && (
        <TextInput
          label={t('danaDesa.plan.desa')}
          placeholder={t('danaDesa.plan.desaPlaceholder')}
          description={t('danaDesa.plan.desaHint')}
          inputMode="numeric"
          required
          value={desaCode}
          onChange={(e) => setDesaCode(e.currentTarget.value)}
          error={desaIssue}
          data-testid="plan-desa"
        />
      )}
      {own.length === 1 && (
        <Text fw={700} data-testid="plan-desa-name">
          {own[0]!.label}
        </Text>
      )}
      <PlanForm
        initial={newPlanValues(year)}
        yearFixed={false}
        kawasanChoices={links.kawasan}
        enterpriseChoices={links.enterprises}
        pending={create.isPending}
        error={create.error}
        submitLabel={t('danaDesa.plan.save')}
        onSubmit={(values) =>
          create.mutate(createBody(desaCode, values), {
            onSuccess: (plan) => void navigate(`${planPath(plan.id)}`, { state: { saved: true } }),
          })
        }
      />
    </Stack>
  );
}

function PlanTabContent({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const replace = useReplacePlan(plan.id);
  const links = useLinkChoices(plan.desaCode);
  if (!plan.canEdit) {
    return (
      <Stack gap="sm">
        <Alert color="gray">{t('danaDesa.plan.readOnly')}</Alert>
        <Text>
          {t('danaDesa.home.pagu')} {formatRupiah(BigInt(plan.pagu))} · {t('danaDesa.home.total')}{' '}
          {formatRupiah(BigInt(plan.total))}
        </Text>
        <Stack gap={4} data-testid="plan-lines-read">
          {plan.lines.map((l) => (
            <Text size="sm" key={l.id}>
              {l.id} · {l.categoryLabel} · {l.activity} · {formatRupiah(BigInt(l.amount))}
            </Text>
          ))}
        </Stack>
        <StoredCheck check={plan.check} unavailable={plan.checkUnavailable} testId="stored-check" />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {replace.isSuccess && (
        <SuccessNote onClose={() => replace.reset()}>{t('danaDesa.plan.saved')}</SuccessNote>
      )}
      <PlanForm
        key={plan.updatedAt}
        initial={planValues(plan)}
        yearFixed
        kawasanChoices={links.kawasan}
        enterpriseChoices={links.enterprises}
        pending={replace.isPending}
        error={replace.error}
        submitLabel={t('danaDesa.plan.save')}
        onSubmit={(values) => replace.mutate(planBody(values))}
        toolbar={<SheetTools plan={plan} />}
      />
      <SectionCard title={t('danaDesa.plan.storedCheck')} testId="stored-check-section">
        <StoredCheck check={plan.check} unavailable={plan.checkUnavailable} testId="stored-check" />
      </SectionCard>
    </Stack>
  );
}

/** `/dana-desa/rencana/:pid`: the plan (form with what-if), its stored check, and its realisation. */
export function PlanPage() {
  const { t } = useTranslation();
  const { pid = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const plan = usePlan(pid);
  const tabParam = params.get('tab') ?? 'rencana';
  const tab: PlanTab = (PLAN_TABS as readonly string[]).includes(tabParam)
    ? (tabParam as PlanTab)
    : 'rencana';
  useDocumentTitle(
    plan.data
      ? `${t('danaDesa.plan.title', { year: plan.data.fiscalYear })} · ${plan.data.desaName}`
      : t('danaDesa.documentTitle'),
  );
  if (plan.isPending) return <LoadingState />;
  if (plan.isError) {
    return (
      <PageLoadError
        error={plan.error}
        onRetry={() => void plan.refetch()}
        notFound={{ title: t('danaDesa.plan.notFoundTitle'), text: t('danaDesa.plan.notFoundText') }}
      />
    );
  }
  const p = plan.data;
  return (
    <Stack gap="md" data-testid="plan-page" data-plan={p.id} data-year={p.fiscalYear}>
      <Anchor component={Link} to={DANA_DESA_PATH} size="sm">
        {t('danaDesa.plan.back')}
      </Anchor>
      <Stack gap={0}>
        <Title order={1} data-testid="plan-heading">
          {t('danaDesa.plan.title', { year: p.fiscalYear })}
        </Title>
        <Text c="dimmed">
          {p.desaName} · {p.kecamatanName}
        </Text>
      </Stack>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'rencana' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="rencana" data-testid="plan-tab-rencana">
            {t('danaDesa.plan.tabPlan')}
          </Tabs.Tab>
          <Tabs.Tab value="hasil" data-testid="plan-tab-hasil">
            {t('danaDesa.plan.tabCheck')}
          </Tabs.Tab>
          <Tabs.Tab value="realisasi" data-testid="plan-tab-realisasi">
            {t('danaDesa.plan.tabRealisation')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rencana" pt="md">
          <PlanTabContent plan={p} />
        </Tabs.Panel>
        <Tabs.Panel value="hasil" pt="md">
          <SectionCard title={t('danaDesa.plan.storedCheck')} testId="stored-check-section">
            <StoredCheck check={p.check} unavailable={p.checkUnavailable} testId="stored-check" />
          </SectionCard>
        </Tabs.Panel>
        <Tabs.Panel value="realisasi" pt="md">
          <RealisationTab pid={p.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
