import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyFacilitation } from '../../../contracts/facilitation.contract';
import type { LogState } from '../../../domain/facilitation/review';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { Fact, FactList } from '../../shared/fact-list';
import { ListPagination } from '../../shared/list-pagination';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useFormatNumber } from '../../shared/use-format-number';
import { useSession } from '../session/use-session';
import { EntryList } from './entry-list';
import { OutboxStatus } from './offline/outbox-status';
import classes from './pendampingan.module.css';
import { mayManageFacilitators, mayUsePendampingan } from './pendampingan-access';
import { monthOf } from './pendampingan-model';
import {
  COVERAGE_PATH,
  FACILITATORS_PATH,
  facilitatorPath,
  LOG_FORM_PATH,
  monthlyReportPath,
  REVIEW_PATH,
} from './pendampingan-paths';
import { useEntries, useFacilitator, useMyFacilitation } from './use-pendampingan-queries';
import { usePeriodText } from './use-period-text';

const RECENT_PAGE_SIZE = 10;
const COUNTED_STATES = ['draf', 'diajukan', 'dikembalikan', 'disetujui'] as const;

/** "Catat kegiatan", the field's main action, full width on a phone. */
function LogActions() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="pendampingan-log-actions">
      <Button
        component={Link}
        to={LOG_FORM_PATH}
        size="lg"
        className={classes.primaryAction}
        data-testid="pendampingan-log-button"
      >
        {t('pendampingan.home.log')}
      </Button>
    </Stack>
  );
}

function CountTiles({
  counts,
  filter,
  onFilter,
}: {
  counts: MyFacilitation['counts'];
  filter: LogState | null;
  onFilter: (state: LogState | null) => void;
}) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (
    <div className={classes.tiles} data-testid="pendampingan-counts">
      {COUNTED_STATES.map((state) => (
        <UnstyledButton
          key={state}
          className={classes.tile}
          onClick={() => onFilter(filter === state ? null : state)}
          aria-pressed={filter === state}
          data-testid="pendampingan-count"
          data-state={state}
        >
          <Paper
            withBorder
            radius="sm"
            p="xs"
            bg={filter === state ? 'var(--mantine-primary-color-light)' : undefined}
            h="100%"
            data-alert={state === 'dikembalikan' && counts[state] > 0 ? true : undefined}
            className={classes.tile}
          >
            <Text className={classes.tileValue}>{formatNumber(counts[state])}</Text>
            <Text size="sm">{t(`pendampingan.state.${state}`)}</Text>
          </Paper>
        </UnstyledButton>
      ))}
    </div>
  );
}

function ReviewNote({ mine }: { mine: MyFacilitation }) {
  const { t } = useTranslation();
  const detail = useFacilitator(mine.facilitator.id);
  const supervises = (detail.data?.supervisees.length ?? 0) > 0;
  if (mine.counts.toReview === 0 && !supervises) return null;
  return (
    <Alert
      color={mine.counts.toReview > 0 ? 'blue' : 'gray'}
      variant="light"
      title={t('pendampingan.home.reviewTitle')}
      data-testid="pendampingan-to-review"
    >
      <Stack gap="xs">
        <Text size="sm">
          {mine.counts.toReview > 0
            ? t('pendampingan.home.toReview', { count: mine.counts.toReview })
            : t('pendampingan.home.nothingToReview')}
        </Text>
        <Group>
          <Button component={Link} to={REVIEW_PATH} variant="light" data-testid="pendampingan-review-link">
            {t('pendampingan.home.openReview')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function TodayAssignments({ mine }: { mine: MyFacilitation }) {
  const { t } = useTranslation();
  const period = usePeriodText();
  return (
    <SectionCard title={t('pendampingan.home.todayHeading')} testId="pendampingan-today">
      {mine.currentAssignments.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="pendampingan-today-empty">
          {t('pendampingan.home.todayEmpty')}
        </Text>
      ) : (
        <ul className={classes.list}>
          {mine.currentAssignments.map((a) => (
            <li key={a.id} className={classes.row} data-testid="pendampingan-today-place">
              <Text fw={600} className={classes.wrap}>
                {a.place.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`pendampingan.placeKind.${a.place.kind}`)} · {period(a.from, a.to)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

function MyRecord({ mine }: { mine: MyFacilitation }) {
  const { t } = useTranslation();
  const period = usePeriodText();
  const f = mine.facilitator;
  return (
    <SectionCard
      title={t('pendampingan.home.recordHeading')}
      actions={
        <Anchor component={Link} to={facilitatorPath(f.id)} size="sm">
          {t('pendampingan.home.openRecord')}
        </Anchor>
      }
      testId="pendampingan-record"
    >
      <FactList aria-label={t('pendampingan.home.recordHeading')}>
        <Fact label={t('pendampingan.facilitator.type')} testId="record-type">
          {t(`pendampingan.type.${f.type}`)}
        </Fact>
        <Fact label={t('pendampingan.facilitator.homeRegion')} testId="record-home">
          {f.homeRegion.name}
        </Fact>
        <Fact label={t('pendampingan.facilitator.active')} testId="record-active">
          {period(f.activeFrom, f.activeTo)}
        </Fact>
        <Fact label={t('pendampingan.facilitator.supervisor')} testId="record-supervisor">
          {f.supervisor
            ? `${f.supervisor.name} (${f.supervisor.typeLabel})`
            : t('pendampingan.facilitator.noSupervisor')}
        </Fact>
      </FactList>
      <Group gap="md" wrap="wrap">
        <Anchor
          component={Link}
          to={monthlyReportPath(f.id, monthOf(mine.today))}
          data-testid="pendampingan-report-link"
        >
          {t('pendampingan.home.monthlyReport')}
        </Anchor>
        <Anchor component={Link} to={COVERAGE_PATH}>
          {t('pendampingan.home.coverage')}
        </Anchor>
      </Group>
    </SectionCard>
  );
}

function RecentEntries({ mine, state }: { mine: MyFacilitation; state: LogState | null }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [shownState, setShownState] = useState(state);
  if (shownState !== state) {
    setShownState(state);
    setPage(1);
  }
  const entries = useEntries({
    facilitatorId: mine.facilitator.id,
    ...(state ? { state } : {}),
    limit: RECENT_PAGE_SIZE,
    offset: (page - 1) * RECENT_PAGE_SIZE,
  });
  const title = state
    ? t('pendampingan.home.recentState', { state: t(`pendampingan.state.${state}`) })
    : t('pendampingan.home.recentHeading');
  return (
    <SectionCard title={title} testId="pendampingan-recent">
      {entries.isPending ? (
        <LoadingState />
      ) : entries.isError ? (
        <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
      ) : entries.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="pendampingan-recent-empty">
          {t('pendampingan.home.recentEmpty')}
        </Text>
      ) : (
        <Stack gap="sm">
          <EntryList items={entries.data.items} label={title} />
          <ListPagination
            page={page}
            pageSize={RECENT_PAGE_SIZE}
            total={entries.data.total}
            count={entries.data.items.length}
            onChange={setPage}
            label={title}
          />
        </Stack>
      )}
    </SectionCard>
  );
}

function FacilitatorHome({ mine }: { mine: MyFacilitation }) {
  const { t } = useTranslation();
  const [state, setState] = useState<LogState | null>(null);
  const f = mine.facilitator;
  return (
    <Stack gap="lg" data-testid="pendampingan-home" data-facilitator={f.id}>
      <Stack gap={4} component="header">
        <Title order={1} size="h2">
          {t('pendampingan.name')}
        </Title>
        <Text c="dimmed" size="sm" className={classes.wrap} data-testid="pendampingan-who">
          {f.name} · {t(`pendampingan.type.${f.type}`)} · {f.homeRegion.name}
        </Text>
      </Stack>
      {!f.active && (
        <Alert color="yellow" variant="light" data-testid="pendampingan-inactive">
          <Text size="sm">{t('pendampingan.home.inactive')}</Text>
        </Alert>
      )}
      <LogActions />
      <OutboxStatus />
      <ReviewNote mine={mine} />
      <CountTiles counts={mine.counts} filter={state} onFilter={setState} />
      <TodayAssignments mine={mine} />
      <RecentEntries mine={mine} state={state} />
      <MyRecord mine={mine} />
    </Stack>
  );
}

/** A bordered link to one of the pendampingan pages, with a line on what it holds. */
function LinkTile({ to, title, hint, testId }: { to: string; title: string; hint: string; testId: string }) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component={Link}
      to={to}
      className={classes.tile}
      data-testid={testId}
    >
      <Text fw={700} size="lg">
        {title}
      </Text>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

/** An administrator (or an account with the role but no facilitator record yet). */
function OtherHome() {
  const { t } = useTranslation();
  const { user } = useSession();
  const manages = mayManageFacilitators(user);
  return (
    <Stack gap="lg" data-testid="pendampingan-home" data-facilitator="">
      <Stack gap={4} component="header">
        <Title order={1} size="h2">
          {t('pendampingan.name')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('pendampingan.home.intro')}
        </Text>
      </Stack>
      {!manages && (
        <Alert color="yellow" variant="light" data-testid="pendampingan-not-registered">
          <Text size="sm">{t('pendampingan.home.notRegistered')}</Text>
        </Alert>
      )}
      <div className={classes.twoColumns}>
        <LinkTile
          to={FACILITATORS_PATH}
          title={t('pendampingan.facilitators.title')}
          hint={
            manages ? t('pendampingan.home.facilitatorsHint') : t('pendampingan.home.facilitatorsReadHint')
          }
          testId="pendampingan-facilitators-link"
        />
        <LinkTile
          to={COVERAGE_PATH}
          title={t('pendampingan.coverage.title')}
          hint={t('pendampingan.home.coverageHint')}
          testId="pendampingan-coverage-link"
        />
      </div>
    </Stack>
  );
}

/** `/pendampingan`: a facilitator's day (log, counts, places, entries), or an administrator's links. */
export function PendampinganHomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const allowed = mayUsePendampingan(user);
  const mine = useMyFacilitation(allowed);
  useDocumentTitle(t('pendampingan.documentTitle'));
  if (!allowed) {
    return (
      <DeadEndPanel title={t('pendampingan.forbiddenTitle')}>
        <Text>{t('pendampingan.forbiddenText')}</Text>
      </DeadEndPanel>
    );
  }
  if (mine.isPending) return <LoadingState />;
  if (mine.isError) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  return mine.data ? <FacilitatorHome mine={mine.data} /> : <OtherHome />;
}
