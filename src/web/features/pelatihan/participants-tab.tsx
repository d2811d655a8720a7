import { Alert, Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingRegistrationView } from '../../../contracts/training-participant.contract';
import type { TrainingSessionView } from '../../../contracts/training-programme.contract';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useWideLayout } from '../../shared/use-wide-layout';
import { ParticipantForm } from './participants-form';
import { REGISTRATION_STATUS_COLORS, registrationsInOrder } from './participants-model';
import classes from './pelatihan.module.css';
import { useRegistrations, useWithdraw } from './use-pelatihan-queries';

function StatusBadge({ r }: { r: TrainingRegistrationView }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={REGISTRATION_STATUS_COLORS[r.status]}
      variant={r.status === 'dibatalkan' ? 'outline' : 'light'}
      radius="sm"
      size="sm"
      style={{ flexShrink: 0, minWidth: 'max-content' }}
      data-testid="registration-status"
      data-status={r.status}
    >
      {r.waitingPosition !== null
        ? t('pelatihan.participants.waitingAt', { position: r.waitingPosition })
        : t(`pelatihan.registrationStatus.${r.status}`)}
    </Badge>
  );
}

function Who({ r }: { r: TrainingRegistrationView }) {
  const { t } = useTranslation();
  const p = r.participant;
  return (
    <Text size="xs" c="dimmed" className={classes.wrap}>
      {t(`pelatihan.role.${p.role}`)} · {p.desa.name} · {t(`pelatihan.gender.${p.gender}`)} · {p.birthYear}
    </Text>
  );
}

function Completion({ r }: { r: TrainingRegistrationView }) {
  const { t } = useTranslation();
  if (!r.completion) return <>{t('common.none')}</>;
  return (
    <Text
      size="sm"
      span
      c={r.completion.completed ? 'teal.8' : undefined}
      data-testid="registration-completion"
    >
      {r.completion.percentText.replace('.', t('pelatihan.decimalPoint'))} %
    </Text>
  );
}

function Registrations({
  items,
  onWithdraw,
}: {
  items: readonly TrainingRegistrationView[];
  onWithdraw: (r: TrainingRegistrationView) => void;
}) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const label = t('pelatihan.participants.listHeading');
  const withdraw = (r: TrainingRegistrationView) =>
    r.canWithdraw ? (
      <Button
        variant="subtle"
        color="red"
        size="compact-sm"
        onClick={() => onWithdraw(r)}
        data-testid="registration-withdraw"
      >
        {t('pelatihan.participants.withdraw')}
      </Button>
    ) : null;
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={label}>
        {items.map((r) => (
          <li
            key={r.id}
            className={classes.row}
            data-testid="registration-row"
            data-registration={r.id}
            data-status={r.status}
          >
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text fw={600} className={classes.wrap}>
                  <Text span c="dimmed" className={classes.code}>
                    {r.code}
                  </Text>{' '}
                  {r.participant.name}
                </Text>
                <StatusBadge r={r} />
              </Group>
              <Who r={r} />
              <Group justify="space-between" gap="xs">
                <Text size="xs">
                  {t('pelatihan.participants.attendance')}: <Completion r={r} />
                </Text>
                {withdraw(r)}
              </Group>
            </Stack>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing={6} aria-label={label} data-testid="registration-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('pelatihan.participants.code')}</Table.Th>
            <Table.Th scope="col">{t('pelatihan.participants.name')}</Table.Th>
            <Table.Th scope="col">{t('pelatihan.participants.status')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('pelatihan.participants.attendance')}
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('pelatihan.participants.withdraw')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr
              key={r.id}
              data-testid="registration-row"
              data-registration={r.id}
              data-status={r.status}
            >
              <Table.Td className={classes.code}>{r.code}</Table.Td>
              <Table.Td>
                <Text fw={600} size="sm" className={classes.wrap}>
                  {r.participant.name}
                </Text>
                <Who r={r} />
              </Table.Td>
              <Table.Td>
                <StatusBadge r={r} />
              </Table.Td>
              <Table.Td className={classes.number}>
                <Completion r={r} />
              </Table.Td>
              <Table.Td>{withdraw(r)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Peserta: registering (while registration is open), the seats, the waiting list and withdrawals. */
export function ParticipantsTab({ session }: { session: TrainingSessionView }) {
  const { t } = useTranslation();
  const list = useRegistrations(session.id);
  const withdraw = useWithdraw(session.id);
  const [asked, setAsked] = useState<TrainingRegistrationView | null>(null);
  const [note, setNote] = useState<string | null>(null);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <PageLoadError error={list.error} onRetry={() => void list.refetch()} />;
  const data = list.data;
  const registered = (r: TrainingRegistrationView) =>
    setNote(
      r.status === 'terdaftar'
        ? t('pelatihan.participants.registered', { name: r.participant.name, code: r.code })
        : t('pelatihan.participants.waitlisted', {
            name: r.participant.name,
            position: r.waitingPosition ?? 1,
          }),
    );
  return (
    <Stack gap="md" data-testid="participants-tab">
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {data.canRegister ? (
        <SectionCard title={t('pelatihan.participants.registerHeading')} testId="participant-register">
          <Text size="sm" c="dimmed">
            {t('pelatihan.participants.registerHint', { capacity: data.capacity })}
          </Text>
          <ParticipantForm sid={session.id} onRegistered={registered} />
        </SectionCard>
      ) : (
        data.canManage &&
        data.registerRefusal && (
          <Alert color="gray" variant="light" data-testid="participant-register-closed">
            <Text size="sm">{data.registerRefusal}</Text>
          </Alert>
        )
      )}
      <SectionCard title={t('pelatihan.participants.listHeading')} testId="registration-list">
        <Group gap="md" wrap="wrap" data-testid="registration-counts">
          <Text size="sm">
            {t('pelatihan.session.seats', { registered: data.counts.terdaftar, capacity: data.capacity })}
          </Text>
          <Text size="sm">{t('pelatihan.session.waitingCount', { count: data.counts.daftar_tunggu })}</Text>
          <Text size="sm" c="dimmed">
            {t('pelatihan.participants.withdrawnCount', { count: data.counts.dibatalkan })}
          </Text>
        </Group>
        {data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="registration-empty">
            {data.hiddenCount > 0 ? t('pelatihan.participants.allHidden') : t('pelatihan.participants.empty')}
          </Text>
        ) : (
          <Registrations items={registrationsInOrder(data.items)} onWithdraw={setAsked} />
        )}
        {data.hiddenCount > 0 && data.items.length > 0 && (
          <Text size="sm" c="dimmed" data-testid="registration-hidden">
            {t('pelatihan.participants.hidden', { count: data.hiddenCount })}
          </Text>
        )}
      </SectionCard>
      <ConfirmDialog
        opened={asked !== null}
        title={t('pelatihan.participants.withdrawTitle')}
        text={
          asked
            ? t(
                session.state === 'pendaftaran'
                  ? 'pelatihan.participants.withdrawText'
                  : 'pelatihan.participants.withdrawRunningText',
                { name: asked.participant.name },
              )
            : ''
        }
        confirmLabel={t('pelatihan.participants.withdraw')}
        loading={withdraw.isPending}
        error={withdraw.error}
        onClose={() => {
          withdraw.reset();
          setAsked(null);
        }}
        onConfirm={() =>
          asked &&
          withdraw.mutate(asked.id, {
            onSuccess: (result) => {
              setAsked(null);
              setNote(
                result.promoted
                  ? t('pelatihan.participants.withdrawnPromoted', {
                      name: result.withdrawn.participant.name,
                      promoted: result.promoted.participant.name,
                    })
                  : t('pelatihan.participants.withdrawn', { name: result.withdrawn.participant.name }),
              );
            },
          })
        }
      />
    </Stack>
  );
}
