import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntrySummary } from '../../../contracts/facilitation.contract';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { ErrorState } from '../../shared/error-state';
import { ListPagination } from '../../shared/list-pagination';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { EntryList } from './entry-list';
import { entryPath, PENDAMPINGAN_PATH } from './pendampingan-paths';
import { useApproveEntry, useEntries } from './use-pendampingan-queries';

const PAGE_SIZE = 25;

/** `/pendampingan/tinjauan`: entries of the supervisor's facilitators waiting for review, oldest work first to open. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const queue = useEntries({ toReview: true, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const approve = useApproveEntry();
  const [confirming, setConfirming] = useState<EntrySummary | null>(null);
  const [approved, setApproved] = useState<string | null>(null);
  useDocumentTitle(t('pendampingan.review.documentTitle'));

  const rowAction = (e: EntrySummary) => (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="sm"
        onClick={() => {
          approve.reset();
          setConfirming(e);
        }}
        data-testid="review-approve"
      >
        {t('pendampingan.action.approve')}
      </Button>
      <Button size="sm" variant="default" component={Link} to={entryPath(e.id)} data-testid="review-open">
        {t('pendampingan.review.open')}
      </Button>
    </Group>
  );

  return (
    <Stack gap="lg" data-testid="review-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={PENDAMPINGAN_PATH} size="sm">
          ← {t('pendampingan.name')}
        </Anchor>
        <Title order={1} size="h2">
          {t('pendampingan.review.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('pendampingan.review.intro')}
        </Text>
      </Stack>
      {approved && <SuccessNote onClose={() => setApproved(null)}>{approved}</SuccessNote>}
      <SectionCard
        title={t('pendampingan.review.heading', { count: queue.data?.total ?? 0 })}
        testId="review-queue"
      >
        {queue.isPending ? (
          <LoadingState />
        ) : queue.isError ? (
          <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
        ) : queue.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="review-empty">
            {t('pendampingan.review.empty')}
          </Text>
        ) : (
          <Stack gap="sm">
            <EntryList
              items={queue.data.items}
              label={t('pendampingan.review.title')}
              showFacilitator
              action={rowAction}
            />
            <ListPagination
              page={page}
              pageSize={PAGE_SIZE}
              total={queue.data.total}
              count={queue.data.items.length}
              onChange={setPage}
              label={t('pendampingan.review.title')}
            />
          </Stack>
        )}
      </SectionCard>
      <ConfirmDialog
        opened={confirming !== null}
        title={t('pendampingan.action.approve')}
        text={
          confirming
            ? t('pendampingan.review.approveText', {
                topic: confirming.topic,
                name: confirming.facilitator.name,
              })
            : ''
        }
        confirmLabel={t('pendampingan.action.approve')}
        danger={false}
        loading={approve.isPending}
        error={approve.error}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          if (!confirming) return;
          const topic = confirming.topic;
          approve.mutate(confirming.id, {
            onSuccess: () => {
              setConfirming(null);
              setApproved(t('pendampingan.review.approved', { topic }));
            },
          });
        }}
      />
    </Stack>
  );
}
