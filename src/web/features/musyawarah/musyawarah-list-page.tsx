import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MemberDesa } from '../../../contracts/musyawarah.contract';
import { isBadRequest, isForbidden, isNotFound } from '../../api-client/api-error';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { kawasanPath } from '../kawasan/kawasan-paths';
import { useKawasan } from '../kawasan/use-kawasan-queries';
import { MeetingsSection } from './meetings-section';
import classes from './musyawarah.module.css';
import { ProposalsSection } from './proposals-section';

/** `/kawasan/:id/musyawarah`: the kawasan's musyawarah and its proposals (usulan). */
export function MusyawarahListPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const kawasan = useKawasan(id);
  useDocumentTitle(
    kawasan.data
      ? t('musyawarah.page.documentTitle', { name: kawasan.data.name })
      : t('musyawarah.page.heading'),
  );
  if (kawasan.isPending) return <LoadingState />;
  if (kawasan.isError) {
    if (isNotFound(kawasan.error) || isBadRequest(kawasan.error)) {
      return (
        <DeadEndPanel title={t('kawasan.detail.notFoundTitle')} alert>
          <Text>{t('kawasan.detail.notFoundText')}</Text>
        </DeadEndPanel>
      );
    }
    if (isForbidden(kawasan.error)) {
      return (
        <DeadEndPanel title={t('kawasan.detail.forbiddenTitle')} alert>
          <Text>{kawasan.error instanceof Error ? kawasan.error.message : t('error.forbiddenText')}</Text>
        </DeadEndPanel>
      );
    }
    return <ErrorState error={kawasan.error} onRetry={() => void kawasan.refetch()} />;
  }
  const k = kawasan.data;
  const memberDesa: MemberDesa[] = k.members.map((m) => ({ code: m.code, name: m.name }));
  // Whoever may add the kawasan's documents records its musyawarah; the server decides in the end.
  const canRecord = k.allowed.addDocuments || k.allowed.manage;
  return (
    <Stack gap="lg" data-testid="musyawarah-list-page">
      <Stack gap={4} component="header">
        <Anchor component={Link} to={kawasanPath(k.id)} size="sm">
          ← {k.name}
        </Anchor>
        <Title order={1} className={classes.title}>
          {t('musyawarah.page.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('musyawarah.page.intro')}
        </Text>
      </Stack>
      <MeetingsSection kawasanId={k.id} memberDesa={memberDesa} canRecord={canRecord} />
      <ProposalsSection kawasanId={k.id} memberDesa={memberDesa} canRecord={canRecord} />
    </Stack>
  );
}
