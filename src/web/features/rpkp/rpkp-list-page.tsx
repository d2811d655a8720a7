import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { RpkpList, RpkpVersionSummary } from '../../../contracts/rpkp.contract';
import { formatRupiah } from '../../../domain/rpkp/plan';
import { fieldErrorsOf } from '../../api-client/api-error';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useWideLayout } from '../../shared/use-wide-layout';
import { kawasanPath } from '../kawasan/kawasan-paths';
import { useKawasan } from '../kawasan/use-kawasan-queries';
import classes from './rpkp.module.css';
import { RPKP_STANDING_COLORS, RPKP_STATE_COLORS } from './rpkp-labels';
import { rpkpVersionPath } from './rpkp-paths';
import { useCreateVersion, useRpkpList } from './use-rpkp-queries';

export function RpkpStateBadge({ state }: { state: RpkpVersionSummary['state'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={RPKP_STATE_COLORS[state]}
      variant={state === 'draf' ? 'outline' : 'light'}
      radius="sm"
      style={{ flexShrink: 0 }}
      data-testid="rpkp-state"
      data-state={state}
    >
      {t(`rpkp.state.${state}`)}
    </Badge>
  );
}

export function RpkpStandingBadge({ standing }: { standing: RpkpVersionSummary['standing'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={RPKP_STANDING_COLORS[standing]}
      variant={standing === 'berlaku' ? 'filled' : 'outline'}
      radius="sm"
      style={{ flexShrink: 0 }}
      data-testid="rpkp-standing"
      data-standing={standing}
    >
      {t(`rpkp.standing.${standing}`)}
    </Badge>
  );
}

function VersionLink({ kawasanId, version }: { kawasanId: string; version: RpkpVersionSummary }) {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={rpkpVersionPath(kawasanId, version.version)}
      fw={600}
      className={classes.wrap}
      data-testid="rpkp-version-link"
    >
      {t('rpkp.list.versionTitle', { version: version.version, title: version.title })}
    </Anchor>
  );
}

function Versions({ kawasanId, list }: { kawasanId: string; list: RpkpList }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const format = useFormatDateTime();
  const period = (v: RpkpVersionSummary) => `${v.period.startYear}–${v.period.endYear}`;
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={t('rpkp.list.label')}>
        {list.versions.map((v) => (
          <li key={v.version} className={classes.row} data-testid="rpkp-version-row" data-version={v.version}>
            <Stack gap={4}>
              <VersionLink kawasanId={kawasanId} version={v} />
              <Group gap={6} wrap="wrap">
                <RpkpStateBadge state={v.state} />
                <RpkpStandingBadge standing={v.standing} />
              </Group>
              <Text size="sm">
                {period(v)} · <strong>{formatRupiah(BigInt(v.totalBudget))}</strong>
              </Text>
              <Text size="xs" c="dimmed">
                {t('rpkp.list.updated', { date: format.dateTime(v.updatedAt) })}
              </Text>
            </Stack>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing={6} aria-label={t('rpkp.list.label')} data-testid="rpkp-versions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rpkp.list.version')}</Table.Th>
            <Table.Th scope="col">{t('rpkp.list.state')}</Table.Th>
            <Table.Th scope="col">{t('rpkp.list.standing')}</Table.Th>
            <Table.Th scope="col">{t('rpkp.list.period')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('rpkp.list.total')}
            </Table.Th>
            <Table.Th scope="col">{t('rpkp.list.updatedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.versions.map((v) => (
            <Table.Tr key={v.version} data-testid="rpkp-version-row" data-version={v.version}>
              <Table.Td>
                <VersionLink kawasanId={kawasanId} version={v} />
              </Table.Td>
              <Table.Td>
                <RpkpStateBadge state={v.state} />
              </Table.Td>
              <Table.Td>
                <RpkpStandingBadge standing={v.standing} />
              </Table.Td>
              <Table.Td>{period(v)}</Table.Td>
              <Table.Td className={classes.number} data-testid="rpkp-version-total">
                {formatRupiah(BigInt(v.totalBudget))}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{format.dateTime(v.updatedAt)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** "Buat versi pertama" or "Buat revisi": an optional title, then the new draft opens. */
function StartVersion({ kawasanId, list }: { kawasanId: string; list: RpkpList }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateVersion(kawasanId);
  const [title, setTitle] = useState('');
  const first = list.versions.length === 0;
  const revision = list.inForce !== null;
  const label = first
    ? t('rpkp.list.startFirst')
    : revision
      ? t('rpkp.list.startRevision')
      : t('rpkp.list.startNew');
  const errors = fieldErrorsOf(create.error);
  return (
    <Stack gap="xs" data-testid="rpkp-start">
      <Text size="sm" c="dimmed">
        {first
          ? t('rpkp.list.startFirstHint')
          : revision
            ? t('rpkp.list.startRevisionHint', { version: list.inForce })
            : t('rpkp.list.startNewHint')}
      </Text>
      {create.isError && !errors.title && (
        <MutationErrorAlert error={create.error} title={t('rpkp.list.startFailed')} />
      )}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={`${t('rpkp.list.newTitle')} (${t('common.optional')})`}
          placeholder={t('rpkp.list.newTitlePlaceholder')}
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          style={{ flex: '1 1 260px', minWidth: 0 }}
          data-testid="rpkp-new-title"
        />
        <Button
          loading={create.isPending}
          onClick={() =>
            create.mutate(title.trim().length >= 3 ? { title: title.trim() } : {}, {
              onSuccess: (detail) => navigate(rpkpVersionPath(kawasanId, detail.version)),
            })
          }
          data-testid="rpkp-start-version"
        >
          {label}
        </Button>
      </Group>
    </Stack>
  );
}

/** `/kawasan/:id/rpkp`: the versions of a kawasan's RPKP and, when allowed, a new one. */
export function RpkpListPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const kawasan = useKawasan(id);
  const list = useRpkpList(id);
  const name = kawasan.data?.name ?? '';
  useDocumentTitle(name ? t('rpkp.list.documentTitle', { name }) : t('rpkp.name'));

  if (list.isPending) return <LoadingState label={t('rpkp.list.loading')} />;
  if (list.isError) {
    return (
      <PageLoadError
        error={list.error}
        onRetry={() => void list.refetch()}
        notFound={{ title: t('kawasan.detail.notFoundTitle'), text: t('kawasan.detail.notFoundText') }}
      />
    );
  }
  const data = list.data;
  const inForce = data.versions.find((v) => v.standing === 'berlaku');
  return (
    <Stack gap="lg" data-testid="rpkp-list-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={kawasanPath(id)} size="sm">
          ← {name || t('rpkp.list.backToKawasan')}
        </Anchor>
        <Title order={1} size="h2" className={classes.wrap}>
          {t('rpkp.name')}
        </Title>
        {name && (
          <Text c="dimmed" size="sm">
            {name}
          </Text>
        )}
      </Stack>
      {inForce ? (
        <Alert color="teal" variant="light" data-testid="rpkp-in-force">
          <Text size="sm">
            {t('rpkp.list.inForce', {
              version: inForce.version,
              title: inForce.title,
              period: `${inForce.period.startYear}–${inForce.period.endYear}`,
            })}{' '}
            <Anchor component={Link} to={rpkpVersionPath(id, inForce.version)} inherit fw={600}>
              {t('rpkp.list.open')}
            </Anchor>
          </Text>
        </Alert>
      ) : (
        data.versions.length > 0 && (
          <Text size="sm" c="dimmed" data-testid="rpkp-none-in-force">
            {t('rpkp.list.noneInForce')}
          </Text>
        )
      )}
      <SectionCard title={t('rpkp.list.heading', { count: data.versions.length })} testId="rpkp-versions">
        {data.versions.length === 0 ? (
          <Text c="dimmed" data-testid="rpkp-versions-empty">
            {t('rpkp.list.empty')}
          </Text>
        ) : (
          <Versions kawasanId={id} list={data} />
        )}
        {data.allowed.startVersion && <StartVersion kawasanId={id} list={data} />}
      </SectionCard>
    </Stack>
  );
}
