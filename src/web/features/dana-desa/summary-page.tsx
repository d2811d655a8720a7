import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Summary, SummaryQuery } from '../../../contracts/dana-desa.contract';
import { COVERED_YEARS } from '../../../domain/dana-desa/rule-sets';
import { formatRupiah } from '../../../domain/money/rupiah';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { useSession } from '../session/use-session';
import classes from './dana-desa.module.css';
import { summaryTargets } from './dana-desa-access';
import { DANA_DESA_PATH, planPath } from './dana-desa-paths';
import { defaultFiscalYear } from './plan-form-model';
import { useSummary } from './use-dana-desa-queries';

type Rule = Summary['rules'][number];

/** The desa failing a rule, grouped by the summary's groups (kecamatan of a kabupaten, …). */
function failingByGroup(summary: Summary, rule: Rule) {
  const names = new Map(summary.groups.map((g) => [g.code, g.name]));
  const groups = new Map<string, Rule['failing']>();
  for (const f of rule.failing) {
    const list = groups.get(f.groupCode);
    if (list) list.push(f);
    else groups.set(f.groupCode, [f]);
  }
  return [...groups.entries()].map(([code, failing]) => ({ code, name: names.get(code) ?? code, failing }));
}

function RuleSummary({ summary, rule }: { summary: Summary; rule: Rule }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="summary-rule" data-rule={rule.ruleId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700}>{rule.title}</Text>
          <Group gap={4}>
            <Badge color="green" variant="light">
              {t('danaDesa.summary.passed', { count: rule.passed })}
            </Badge>
            <Badge color={rule.failed > 0 ? 'red' : 'gray'} variant="light" data-testid="summary-rule-failed">
              {t('danaDesa.summary.failed', { count: rule.failed })}
            </Badge>
          </Group>
        </Group>
        {rule.failing.length === 0
          ? rule.kind !== 'information' && (
              <Text size="sm" c="dimmed">
                {t('danaDesa.summary.noneBreaking')}
              </Text>
            )
          : failingByGroup(summary, rule).map((g) => (
              <Stack gap={2} key={g.code}>
                <Text size="sm" fw={600}>
                  {summary.groupedBy === 'kecamatan'
                    ? t('danaDesa.summary.kecamatan', { name: g.name })
                    : g.name}
                </Text>
                {g.failing.map((f) => (
                  <Text size="sm" key={f.planId} data-testid="summary-failing-desa" data-desa={f.desaCode}>
                    <Anchor component={Link} to={planPath(f.planId)} inherit>
                      {f.desaName}
                    </Anchor>
                    {' · '}
                    <span className={classes.number}>{formatRupiah(BigInt(f.amount))}</span>
                    {f.excess && f.excess !== '0'
                      ? ` · ${t('danaDesa.check.cut', { amount: formatRupiah(BigInt(f.excess)) })}`
                      : ''}
                    {f.shortfall && f.shortfall !== '0'
                      ? ` · ${t('danaDesa.check.add', { amount: formatRupiah(BigInt(f.shortfall)) })}`
                      : ''}
                  </Text>
                ))}
              </Stack>
            ))}
      </Stack>
    </Paper>
  );
}

function SummaryView({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="summary-view" data-scope={summary.scope.code ?? summary.scope.id ?? ''}>
      <Stack gap={0}>
        <Title order={2} size="h3">
          {summary.scope.name} · {summary.fiscalYear}
        </Title>
        <Text c="dimmed" data-testid="summary-counts">
          {t('danaDesa.summary.plans', { checked: summary.checkedCount, desa: summary.desaCount })}
          {summary.ruleSetVersion ? ` · ${summary.ruleSetVersion}` : ''}
        </Text>
      </Stack>
      {summary.ruleSetMessage && <Alert color="yellow">{summary.ruleSetMessage}</Alert>}
      <SectionCard title={t('danaDesa.summary.perRule')} testId="summary-rules">
        {summary.rules.map((rule) => (
          <RuleSummary key={rule.ruleId} summary={summary} rule={rule} />
        ))}
      </SectionCard>
      <SectionCard
        title={t('danaDesa.summary.withoutPlan', { count: summary.missing.count })}
        testId="summary-missing"
      >
        {summary.missing.count === 0 ? (
          <Text c="dimmed">{t('danaDesa.summary.allHavePlans')}</Text>
        ) : (
          <Text size="sm">{summary.missing.desa.map((d) => d.name).join(', ')}</Text>
        )}
      </SectionCard>
    </Stack>
  );
}

/** `/dana-desa/ringkasan?region=|kawasan=&tahun=`: per rule how many plans pass or fail, and who breaks it. */
export function DanaDesaSummaryPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const targets = summaryTargets(user);
  const region = params.get('region') ?? '';
  const kawasan = params.get('kawasan') ?? '';
  const yearParam = Number(params.get('tahun'));
  const year =
    Number.isInteger(yearParam) && yearParam > 2000 ? yearParam : defaultFiscalYear(new Date().getFullYear());
  const [regionText, setRegionText] = useState(region);
  useDocumentTitle(t('danaDesa.summary.documentTitle'));
  const query: SummaryQuery | null = kawasan
    ? { kawasanId: kawasan, year }
    : region
      ? { region, year }
      : targets.regions.length > 0 || targets.national
        ? { year }
        : null;
  const summary = useSummary(query);
  const set = (next: { region?: string; kawasan?: string; year?: number }) => {
    const p = new URLSearchParams();
    if (next.kawasan) p.set('kawasan', next.kawasan);
    else if (next.region) p.set('region', next.region);
    p.set('tahun', String(next.year ?? year));
    setParams(p, { replace: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ region: regionText.replace(/[\s.]/g, '') });
  };
  return (
    <Stack gap="md" data-testid="summary-page">
      <Anchor component={Link} to={DANA_DESA_PATH} size="sm">
        {t('danaDesa.plan.back')}
      </Anchor>
      <Title order={1}>{t('danaDesa.summary.title')}</Title>
      <form onSubmit={submit}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('danaDesa.summary.region')}
            placeholder="3301"
            inputMode="numeric"
            value={regionText}
            onChange={(e) => setRegionText(e.currentTarget.value)}
            data-testid="summary-region"
          />
          {targets.kawasan.length > 0 && (
            <Select
              label={t('danaDesa.summary.kawasan')}
              data={targets.kawasan.map((k) => ({ value: k.id, label: k.label }))}
              value={kawasan || null}
              onChange={(v) => set(v ? { kawasan: v } : { region })}
              clearable
              comboboxProps={{ withinPortal: true }}
              data-testid="summary-kawasan"
            />
          )}
          <Select
            label={t('danaDesa.summary.year')}
            data={COVERED_YEARS.map((y) => ({ value: String(y), label: String(y) }))}
            value={String(year)}
            onChange={(v) => v && set({ region, kawasan, year: Number(v) })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="summary-year"
          />
          <Button type="submit" variant="default">
            {t('danaDesa.summary.show')}
          </Button>
        </Group>
      </form>
      {query === null ? (
        <Text c="dimmed">{t('danaDesa.summary.pick')}</Text>
      ) : summary.isPending ? (
        <LoadingState />
      ) : summary.isError ? (
        <PageLoadError
          error={summary.error}
          onRetry={() => void summary.refetch()}
          notFound={{ title: t('danaDesa.summary.forbiddenTitle'), text: t('danaDesa.forbiddenText') }}
        />
      ) : (
        <SummaryView summary={summary.data} />
      )}
    </Stack>
  );
}
