import { Alert, Anchor, Button, Group, List, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { RpkpVersionDetail } from '../../../contracts/rpkp.contract';
import type { RpkpAction } from '../../../domain/rpkp/review';
import { isBadRequest, isNotFound } from '../../api-client/api-error';
import { RPKP_EXPORT_FORMATS, rpkpExportUrl } from '../../api-client/rpkp-api';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useKawasan } from '../kawasan/use-kawasan-queries';
import { useProposals } from '../musyawarah/use-musyawarah-queries';
import { type ProposalNames, proposalTitles } from './activity-links';
import type { ProposalChoices } from './activity-links-fields';
import { ConvergenceSection } from './convergence-section';
import { localTotals } from './plan-draft';
import { PlanEditor } from './plan-editor';
import { PlanView } from './plan-view';
import { ProgressSection } from './progress-section';
import { ReviewActions } from './review-actions';
import { ReviewHistory } from './review-history';
import classes from './rpkp.module.css';
import { RpkpStandingBadge, RpkpStateBadge } from './rpkp-list-page';
import { rpkpListPath, type VersionTab, versionTabOf } from './rpkp-paths';
import { TotalsSection } from './totals-section';
import { usePlanEditor } from './use-plan-editor';
import { useRegulationText } from './use-regulation-text';
import { useRpkpVersion } from './use-rpkp-queries';

function ExportLinks({ detail }: { detail: RpkpVersionDetail }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={t('rpkp.version.exportLabel')}>
      {RPKP_EXPORT_FORMATS.map((format) => (
        <Button
          key={format}
          component="a"
          href={rpkpExportUrl(detail.kawasanId, detail.version, format)}
          download
          variant="default"
          size="compact-sm"
          data-testid={`rpkp-export-${format}`}
        >
          {t(`rpkp.version.export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}

/** The province's latest question while the plan waits for the answer. */
function OpenQuestion({ detail }: { detail: RpkpVersionDetail }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  if (detail.state !== 'perlu_klarifikasi') return null;
  const question = [...detail.history].reverse().find((h) => h.action.endsWith('request_clarification'));
  if (!question?.reason) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('rpkp.version.questionTitle')}
      data-testid="rpkp-open-question"
    >
      <Stack gap={4}>
        <Text size="sm" className={classes.prewrap}>
          {question.reason}
        </Text>
        <Text size="xs" c="dimmed">
          {format.dateTime(question.at)} · {question.actorLabel}
        </Text>
      </Stack>
    </Alert>
  );
}

/** What the server found missing in a version that is not open for editing here. */
function SavedIssues({ detail }: { detail: RpkpVersionDetail }) {
  const { t } = useTranslation();
  if (detail.issues.length === 0 || detail.state === 'disetujui' || detail.state === 'ditarik') return null;
  return (
    <Alert color="yellow" variant="light" data-testid="rpkp-saved-issues" data-count={detail.issues.length}>
      <Text size="sm" fw={600}>
        {t('rpkp.editor.issues', { count: detail.issues.length })}
      </Text>
      <List size="sm" spacing={2} mt={4}>
        {detail.issues.slice(0, 30).map((issue) => (
          <List.Item key={`${issue.field}-${issue.message}`} className={classes.wrap}>
            {issue.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function VersionView({ detail }: { detail: RpkpVersionDetail }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const regulationText = useRegulationText();
  const kawasan = useKawasan(detail.kawasanId);
  const editor = usePlanEditor(detail);
  const [params, setParams] = useSearchParams();
  const tab = versionTabOf(params.get('bagian'));
  const [done, setDone] = useState<RpkpAction | null>(null);
  const names = useMemo(() => new Map(detail.memberDesa.map((d) => [d.code, d.name])), [detail.memberDesa]);
  const desaName = (code: string) => names.get(code) ?? code;
  const proposalsQuery = useProposals(detail.kawasanId, {});
  const proposalItems = proposalsQuery.data?.items;
  const proposals = useMemo<ProposalChoices>(
    () =>
      proposalItems
        ? { state: 'ready', items: proposalItems }
        : { state: proposalsQuery.isError ? 'error' : 'pending' },
    [proposalItems, proposalsQuery.isError],
  );
  const proposalNames = useMemo<ProposalNames | undefined>(
    () => (proposalItems ? { titles: proposalTitles(proposalItems), complete: true } : undefined),
    [proposalItems],
  );
  const members = kawasan.data?.members;
  const indexYears = useMemo(
    () =>
      new Map((members ?? []).flatMap((m) => (m.indexYear === null ? [] : [[m.code, m.indexYear] as const]))),
    [members],
  );
  const inForce = detail.standing === 'berlaku';
  const editing = editor.editable && editor.draft !== null;
  const totals = editing && editor.reading ? localTotals(editor.reading.plan) : detail.totals;

  return (
    <Stack gap="md" data-testid="rpkp-version-page" data-version={detail.version} data-state={detail.state}>
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={rpkpListPath(detail.kawasanId)} size="sm">
          ← {t('rpkp.version.back', { name: detail.kawasanName })}
        </Anchor>
        <Group gap="xs" wrap="wrap">
          <RpkpStateBadge state={detail.state} />
          <RpkpStandingBadge standing={detail.standing} />
        </Group>
        <Title order={1} size="h2" className={classes.wrap} data-testid="rpkp-title">
          {t('rpkp.list.versionTitle', { version: detail.version, title: detail.title })}
        </Title>
        <Text size="sm" c="dimmed" className={classes.wrap}>
          {[
            detail.kawasanName,
            detail.basedOn !== null ? t('rpkp.version.basedOn', { version: detail.basedOn }) : null,
            detail.submission > 0 ? t('rpkp.version.submissions', { count: detail.submission }) : null,
            t('rpkp.list.updated', { date: format.dateTime(detail.updatedAt) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {detail.regulation && (
          <Text size="sm" data-testid="rpkp-regulation">
            {regulationText(detail.regulation)}
          </Text>
        )}
        {detail.standing === 'dalam_proses' && detail.inForce !== null && (
          <Text size="sm" c="dimmed">
            {t('rpkp.version.stillInForce', { version: detail.inForce })}
          </Text>
        )}
        <ExportLinks detail={detail} />
      </Stack>
      {done && (
        <SuccessNote onClose={() => setDone(null)}>
          {t('rpkp.version.done', { state: t(`rpkp.state.${detail.state}`) })}
        </SuccessNote>
      )}
      <OpenQuestion detail={detail} />
      <ReviewActions detail={detail} kawasan={kawasan.data} unsaved={editor.dirty} onDone={setDone} />

      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (!value || value === 'rencana') next.delete('bagian');
          else next.set('bagian', value);
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List data-testid="rpkp-tabs">
          <Tabs.Tab value={'rencana' satisfies VersionTab} data-testid="rpkp-tab-rencana">
            {editing ? t('rpkp.version.tab.edit') : t('rpkp.version.tab.plan')}
          </Tabs.Tab>
          <Tabs.Tab value={'anggaran' satisfies VersionTab} data-testid="rpkp-tab-anggaran">
            {t('rpkp.version.tab.totals')}
          </Tabs.Tab>
          <Tabs.Tab value={'konvergensi' satisfies VersionTab} data-testid="rpkp-tab-konvergensi">
            {t('rpkp.version.tab.convergence')}
          </Tabs.Tab>
          {inForce && (
            <Tabs.Tab value={'kemajuan' satisfies VersionTab} data-testid="rpkp-tab-kemajuan">
              {t('rpkp.version.tab.progress')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value={'riwayat' satisfies VersionTab} data-testid="rpkp-tab-riwayat">
            {t('rpkp.version.tab.history', { count: detail.history.length })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rencana" pt="md">
          {editing ? (
            <PlanEditor
              key={`${detail.version}`}
              detail={detail}
              editor={editor}
              proposals={proposals}
              indexYears={indexYears}
            />
          ) : (
            <Stack gap="md">
              <SavedIssues detail={detail} />
              <SectionCard title={t('rpkp.version.planHeading')} testId="rpkp-plan">
                <PlanView plan={detail.plan} desaName={desaName} proposalNames={proposalNames} />
              </SectionCard>
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="anggaran" pt="md">
          <TotalsSection totals={totals} live={editing} />
        </Tabs.Panel>
        <Tabs.Panel value="konvergensi" pt="md">
          <ConvergenceSection
            kawasanId={detail.kawasanId}
            version={detail.version}
            desaName={desaName}
            stale={editor.dirty}
          />
        </Tabs.Panel>
        {inForce && (
          <Tabs.Panel value="kemajuan" pt="md">
            <ProgressSection
              detail={detail}
              kawasan={kawasan.data}
              desaName={desaName}
              proposalNames={proposalNames}
            />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="riwayat" pt="md">
          <ReviewHistory history={detail.history} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** `/kawasan/:id/rpkp/:version`: one version of the plan, its review, budget, convergence and progress. */
export function RpkpVersionPage() {
  const { t } = useTranslation();
  const { id = '', version = '' } = useParams();
  const number = Number(version);
  const query = useRpkpVersion(id, number);
  useDocumentTitle(
    query.data
      ? t('rpkp.version.documentTitle', { version: query.data.version, name: query.data.kawasanName })
      : t('rpkp.name'),
  );
  if (!Number.isInteger(number) || number < 1 || isNotFound(query.error) || isBadRequest(query.error)) {
    return (
      <DeadEndPanel title={t('rpkp.version.notFoundTitle')} alert>
        <Text>{t('rpkp.version.notFoundText')}</Text>
        <Anchor component={Link} to={rpkpListPath(id)}>
          {t('rpkp.version.allVersions')}
        </Anchor>
      </DeadEndPanel>
    );
  }
  if (query.isPending) return <LoadingState label={t('rpkp.version.loading')} />;
  if (query.isError) return <PageLoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <VersionView key={`${id}-${number}`} detail={query.data} />;
}
