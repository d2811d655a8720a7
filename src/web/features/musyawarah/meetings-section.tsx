import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MemberDesa, MusyawarahSummary } from '../../../contracts/musyawarah.contract';
import { isDesaLevelKind } from '../../../domain/deliberation/attendance';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useAdding } from '../../shared/use-editing';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useWideLayout } from '../../shared/use-wide-layout';
import { MeetingForm } from './meeting-form';
import { meetingBody, newMeetingValues } from './meeting-values';
import classes from './musyawarah.module.css';
import { MusyawarahStateBadge, QuorumBadge } from './musyawarah-badges';
import { musyawarahPath } from './musyawarah-paths';
import { useCreateMusyawarah, useMusyawarahList } from './use-musyawarah-queries';

/** Today in the reader's time zone, as `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function Attendance({ m }: { m: MusyawarahSummary }) {
  const { t } = useTranslation();
  return (
    <span data-testid="musyawarah-attendance">
      {t('musyawarah.list.attendedOf', { attended: m.attended, invited: m.invited })}
      <Text span size="xs" c="dimmed" display="block">
        {t('musyawarah.list.women', { count: m.women })}
      </Text>
    </span>
  );
}

function MeetingList({ items }: { items: readonly MusyawarahSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const wide = useWideLayout();
  const day = (iso: string) => format.date(`${iso}T00:00:00`);
  const title = (m: MusyawarahSummary) => (
    <Anchor component={Link} to={musyawarahPath(m.id)} fw={600} inherit className={classes.wrap}>
      {m.title}
    </Anchor>
  );
  const kindText = (m: MusyawarahSummary) =>
    [t(`musyawarah.kind.${m.kind}`), isDesaLevelKind(m.kind) ? m.desaName : null].filter(Boolean).join(' · ');
  if (!wide) {
    return (
      <ul className={classes.rowList} aria-label={t('musyawarah.list.label')}>
        {items.map((m) => (
          <li key={m.id} className={classes.row} data-testid="musyawarah-row" data-id={m.id}>
            <Text size="sm">{title(m)}</Text>
            <Text size="xs" c="dimmed" className={classes.wrap}>
              {day(m.heldOn)} · {kindText(m)} · {m.place}
            </Text>
            <Group gap={6} mt={4} wrap="wrap">
              <MusyawarahStateBadge state={m.state} />
              <QuorumBadge valid={m.valid} />
              <Text size="xs">
                {t('musyawarah.list.attendedOf', { attended: m.attended, invited: m.invited })} ·{' '}
                {t('musyawarah.list.women', { count: m.women })}
              </Text>
            </Group>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        striped
        verticalSpacing={6}
        aria-label={t('musyawarah.list.label')}
        data-testid="musyawarah-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('musyawarah.list.heldOn')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.list.title')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.list.kind')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.list.place')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.list.state')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('musyawarah.list.attended')}
            </Table.Th>
            <Table.Th scope="col">{t('musyawarah.list.quorum')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr key={m.id} data-testid="musyawarah-row" data-id={m.id}>
              <Table.Td className={classes.code}>{day(m.heldOn)}</Table.Td>
              <Table.Td>{title(m)}</Table.Td>
              <Table.Td className={classes.wrap}>{kindText(m)}</Table.Td>
              <Table.Td className={classes.wrap}>{m.place}</Table.Td>
              <Table.Td>
                <MusyawarahStateBadge state={m.state} />
              </Table.Td>
              <Table.Td className={classes.number}>
                <Attendance m={m} />
              </Table.Td>
              <Table.Td>
                <QuorumBadge valid={m.valid} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What a section of the kawasan's musyawarah page gets: the kawasan, its desa, whether one may record. */
export interface KawasanMusyawarahSectionProps {
  kawasanId: string;
  memberDesa: readonly MemberDesa[];
  canRecord: boolean;
}

/** The kawasan's musyawarah, newest first, and the form to record one. */
export function MeetingsSection({ kawasanId, memberDesa, canRecord }: KawasanMusyawarahSectionProps) {
  const { t } = useTranslation();
  const list = useMusyawarahList(kawasanId);
  const create = useCreateMusyawarah(kawasanId);
  const navigate = useNavigate();
  const { adding, add, done } = useAdding();
  const actions = canRecord && !adding && (
    <Button size="compact-sm" variant="light" onClick={add} data-testid="musyawarah-new">
      {t('musyawarah.list.new')}
    </Button>
  );
  let body: ReactNode;
  if (list.isPending) body = <LoadingState />;
  else if (list.isError) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.items.length === 0)
    body = (
      <Text size="sm" c="dimmed" data-testid="musyawarah-empty">
        {t('musyawarah.list.empty')}
      </Text>
    );
  else body = <MeetingList items={list.data.items} />;
  return (
    <SectionCard title={t('musyawarah.list.heading')} actions={actions} testId="musyawarah-list">
      {adding && (
        <Stack gap="xs">
          <Text fw={600}>{t('musyawarah.list.newHeading')}</Text>
          <MeetingForm
            initial={newMeetingValues(today())}
            memberDesa={memberDesa}
            creating
            pending={create.isPending}
            error={create.error}
            submitLabel={t('musyawarah.list.create')}
            onCancel={() => {
              create.reset();
              done(null);
            }}
            onSubmit={(values) =>
              create.mutate(
                {
                  kind: values.kind,
                  desaCode: isDesaLevelKind(values.kind) ? values.desaCode : null,
                  ...meetingBody(values),
                },
                { onSuccess: (detail) => navigate(musyawarahPath(detail.id)) },
              )
            }
            testId="meeting-create-form"
          />
        </Stack>
      )}
      {body}
    </SectionCard>
  );
}
