import { Badge, Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentView, FacilitatorDetail } from '../../../contracts/facilitation.contract';
import { FACILITATOR_TYPE_INFO } from '../../../domain/facilitation/facilitator';
import { fieldErrorsOf } from '../../api-client/api-error';
import { kawasanApi } from '../../api-client/kawasan-api';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import classes from './pendampingan.module.css';
import {
  type AssignmentField,
  type AssignmentValues,
  assignmentBody,
  assignmentFieldOf,
  assignmentFormIssues,
  endAssignmentIssue,
  newAssignmentValues,
  sortFieldErrors,
} from './pendampingan-forms';
import { RegionCodeField } from './region-code-field';
import { useAddAssignment, useEndAssignment } from './use-pendampingan-queries';
import { usePeriodText } from './use-period-text';

/** The kawasan the reader can see, to pick one for a kawasan assignment. */
function useKawasanChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['kawasan', 'choices'],
    queryFn: ({ signal }) => kawasanApi.list({ page: 1, pageSize: 200 }, signal),
    enabled,
    staleTime: 60_000,
  });
}

function AddAssignmentForm({
  facilitator,
  today,
  onDone,
  onCancel,
}: {
  facilitator: FacilitatorDetail;
  today: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const kinds = FACILITATOR_TYPE_INFO[facilitator.type].places;
  const add = useAddAssignment(facilitator.id);
  const from = today < facilitator.activeFrom ? facilitator.activeFrom : today;
  const [values, setValues] = useState<AssignmentValues>(() =>
    newAssignmentValues(kinds[0] ?? 'desa', from, facilitator.activeTo),
  );
  const [tried, setTried] = useState(false);
  const kawasan = useKawasanChoices(values.kind === 'kawasan');
  const problems = tried ? assignmentFormIssues(values, facilitator, t('common.required')) : {};
  const server = sortFieldErrors(fieldErrorsOf(add.error), assignmentFieldOf);
  const message = (field: AssignmentField) => problems[field] ?? server.byField[field];
  const set = (change: Partial<AssignmentValues>) => setValues((v) => ({ ...v, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(assignmentFormIssues(values, facilitator, t('common.required'))).length > 0) return;
    add.mutate(assignmentBody(values), { onSuccess: () => onDone() });
  };
  const showAlert =
    Boolean(add.error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  return (
    <form onSubmit={submit} noValidate data-testid="assignment-form">
      <Stack gap="sm">
        {showAlert && <MutationErrorAlert error={add.error} title={t('common.notSavedTitle')} />}
        {kinds.length > 1 && (
          <SegmentedControl
            value={values.kind}
            onChange={(kind) => set({ kind: kind as AssignmentValues['kind'] })}
            data={kinds.map((k) => ({ value: k, label: t(`pendampingan.placeKind.${k}`) }))}
            w="fit-content"
            data-testid="assignment-kind"
          />
        )}
        {message('kind') && (
          <Text size="sm" c="red">
            {message('kind')}
          </Text>
        )}
        {values.kind === 'desa' ? (
          <RegionCodeField
            label={t('pendampingan.assignments.desaCode')}
            level="village"
            required
            value={values.desaCode}
            onChange={(desaCode) => set({ desaCode })}
            error={message('desaCode')}
            data-testid="assignment-desa"
          />
        ) : (
          <Select
            label={t('pendampingan.assignments.kawasan')}
            placeholder={t('pendampingan.assignments.kawasanPlaceholder')}
            required
            searchable
            data={(kawasan.data?.items ?? []).map((k) => ({
              value: k.id,
              label: `${k.name} · ${k.regionName}`,
            }))}
            value={values.kawasanId || null}
            onChange={(id) => set({ kawasanId: id ?? '' })}
            nothingFoundMessage={t('search.empty')}
            comboboxProps={{ withinPortal: true }}
            error={message('kawasanId')}
            data-testid="assignment-kawasan"
          />
        )}
        <div className={classes.twoColumns}>
          <TextInput
            type="date"
            label={t('pendampingan.assignments.from')}
            required
            value={values.from}
            onChange={(e) => set({ from: e.currentTarget.value })}
            error={message('from')}
            data-testid="assignment-from"
          />
          <TextInput
            type="date"
            label={`${t('pendampingan.assignments.to')} (${t('common.optional')})`}
            value={values.to}
            onChange={(e) => set({ to: e.currentTarget.value })}
            error={message('to')}
            data-testid="assignment-to"
          />
        </div>
        <Group gap="sm">
          <Button type="submit" loading={add.isPending} data-testid="assignment-save">
            {t('pendampingan.assignments.add')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={add.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EndAssignment({
  assignment,
  today,
  onDone,
}: {
  assignment: AssignmentView;
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const end = useEndAssignment();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState(today < assignment.from ? assignment.from : today);
  const [issue, setIssue] = useState<string | null>(null);
  if (!open) {
    return (
      <Group>
        <Button
          size="compact-md"
          variant="subtle"
          color="red"
          onClick={() => setOpen(true)}
          data-testid="assignment-end-open"
        >
          {t('pendampingan.assignments.end')}
        </Button>
      </Group>
    );
  }
  const confirm = () => {
    const problem = endAssignmentIssue(assignment, to);
    setIssue(problem);
    if (problem) return;
    end.mutate({ aid: assignment.id, body: { to } }, { onSuccess: () => onDone() });
  };
  return (
    <Stack gap="xs" data-testid="assignment-end">
      {end.isError && <MutationErrorAlert error={end.error} title={t('common.notSavedTitle')} />}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('pendampingan.assignments.lastDay')}
          value={to}
          onChange={(e) => {
            setTo(e.currentTarget.value);
            setIssue(null);
          }}
          error={issue ?? fieldErrorsOf(end.error).to}
          data-testid="assignment-end-date"
        />
        <Button color="red" onClick={confirm} loading={end.isPending} data-testid="assignment-end-confirm">
          {t('pendampingan.assignments.endConfirm')}
        </Button>
        <Button variant="default" onClick={() => setOpen(false)} disabled={end.isPending}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A facilitator's assignments, newest first, with adding one and ending one for those who manage. */
export function AssignmentsSection({
  facilitator,
  today,
}: {
  facilitator: FacilitatorDetail;
  today: string;
}) {
  const { t } = useTranslation();
  const period = usePeriodText();
  const [adding, setAdding] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const manage = facilitator.canManage;
  return (
    <SectionCard
      title={t('pendampingan.assignments.heading', { count: facilitator.assignments.length })}
      actions={
        manage &&
        !adding && (
          <Button variant="light" onClick={() => setAdding(true)} data-testid="assignment-add-open">
            {t('pendampingan.assignments.addOpen')}
          </Button>
        )
      }
      testId="assignments"
    >
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {adding && (
        <AddAssignmentForm
          facilitator={facilitator}
          today={today}
          onDone={() => {
            setAdding(false);
            setNote(t('pendampingan.assignments.added'));
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {facilitator.assignments.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="assignments-empty">
          {t('pendampingan.assignments.empty')}
        </Text>
      ) : (
        <ul className={classes.list} aria-label={t('pendampingan.assignments.label')}>
          {facilitator.assignments.map((a) => {
            const endable = manage && (a.to === null || a.to >= today);
            return (
              <li key={a.id} className={classes.row} data-testid="assignment-row" data-current={a.current}>
                <Stack gap={4}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Text fw={600} className={classes.wrap}>
                      {a.place.name}
                    </Text>
                    {a.current && (
                      <Badge size="sm" radius="sm" color="teal" variant="light" style={{ flexShrink: 0 }}>
                        {t('pendampingan.assignments.current')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t(`pendampingan.placeKind.${a.place.kind}`)} · {period(a.from, a.to)}
                  </Text>
                  {endable && (
                    <EndAssignment
                      assignment={a}
                      today={today}
                      onDone={() => setNote(t('pendampingan.assignments.ended'))}
                    />
                  )}
                </Stack>
              </li>
            );
          })}
        </ul>
      )}
    </SectionCard>
  );
}
