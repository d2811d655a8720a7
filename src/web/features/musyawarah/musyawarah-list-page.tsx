import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MemberDesa } from '../../../contracts/musyawarah.contract';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
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
    return (
      <PageLoadError
        error={kawasan.error}
        onRetry={() => void kawasan.refetch()}
        notFound={{ title: t('kawasan.detail.notFoundTitle'), text: t('kawasan.detail.notFoundText') }}
      />
    );
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
