import {
  ActionIcon,
  Alert,
  Button,
  Collapse,
  Group,
  List,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RpkpVersionDetail } from '../../../contracts/rpkp.contract';
import { formatRupiah, MAX_PLAN_YEAR, MIN_PLAN_YEAR, periodYears } from '../../../domain/rpkp/plan';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SectionCard } from '../../shared/section-card';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { ActivityEditor, type ActivityErrors } from './activity-editor';
import type { ProposalChoices } from './activity-links-fields';
import {
  type ActivityDraft,
  addActivity,
  addStrategy,
  countUnder,
  duplicateActivity,
  emptyProgramme,
  messageFor,
  type PlanDraft,
  removeActivity,
  removeStrategy,
  updateActivity,
  updateProgramme,
} from './plan-draft';
import classes from './rpkp.module.css';
import type { PlanEditorState } from './use-plan-editor';

/** The messages of every field under `prefix`, keyed by the rest of the path. */
function errorsUnder(
  live: ReadonlyMap<string, string[]>,
  server: ReadonlyMap<string, string[]>,
  prefix: string,
): ActivityErrors {
  const out: ActivityErrors = {};
  for (const source of [server, live]) {
    for (const [field, list] of source) {
      if (!field.startsWith(`${prefix}.`)) continue;
      const key = field.slice(prefix.length + 1);
      out[key] ??= list.join(' ');
    }
  }
  return out;
}

/** Every issue of the plan in one folded list, so nothing is missed before submitting. */
function IssueSummary({ live, count }: { live: ReadonlyMap<string, string[]>; count: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (count === 0) {
    return (
      <Alert color="teal" variant="light" p="xs" data-testid="rpkp-issues-none">
        <Text size="sm">{t('rpkp.editor.noIssues')}</Text>
      </Alert>
    );
  }
  return (
    <Alert color="yellow" variant="light" p="xs" data-testid="rpkp-issues" data-count={count}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('rpkp.editor.issues', { count })}
        </Text>
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          data-testid="rpkp-issues-toggle"
        >
          {open ? t('rpkp.editor.hideIssues') : t('rpkp.editor.showIssues')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <List size="sm" spacing={2} mt="xs">
          {[...live.entries()].flatMap(([field, list]) =>
            list.map((message) => (
              <List.Item key={`${field}-${message}`} className={classes.wrap}>
                {message}
              </List.Item>
            )),
          )}
        </List>
      </Collapse>
    </Alert>
  );
}

/** The content of an editable version: period, vision, strategies, programmes and their activities; saved as a whole. */
export function PlanEditor({
  detail,
  editor,
  proposals,
  indexYears,
}: {
  detail: RpkpVersionDetail;
  editor: PlanEditorState;
  /** The kawasan's proposals, for the activities to link the ones they answer. */
  proposals: ProposalChoices;
  /** The year of each member desa's latest IDM result. */
  indexYears: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(form, attempt);
  const { draft, setDraft, live, server } = editor;
  const [openIds, setOpenIds] = useState<Set<string>>(() => {
    // A short plan opens whole; a long one folds, except what needs attention.
    const all = draft?.programmes.flatMap((p) => p.activities) ?? [];
    return new Set(all.length <= 3 ? all.map((a) => a.id) : []);
  });
  const toggle = useCallback(
    (id: string) =>
      setOpenIds((ids) => {
        const next = new Set(ids);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const edit = useCallback(
    (change: (d: PlanDraft) => PlanDraft) => setDraft((d) => (d ? change(d) : d)),
    [setDraft],
  );
  const onChange = useCallback(
    (pi: number, ai: number, patch: Partial<ActivityDraft>) => edit((d) => updateActivity(d, pi, ai, patch)),
    [edit],
  );
  const onDuplicate = useCallback(
    (pi: number, ai: number) =>
      edit((d) => {
        const next = duplicateActivity(d, pi, ai);
        const copy = next.programmes[pi]?.activities[ai + 1];
        if (copy) setOpenIds((ids) => new Set(ids).add(copy.id));
        return next;
      }),
    [edit],
  );
  const onRemove = useCallback((pi: number, ai: number) => edit((d) => removeActivity(d, pi, ai)), [edit]);

  const period = draft?.period;
  const years = useMemo(() => (period ? periodYears(period) : []), [period]);
  const desaOptions = useMemo(
    () => detail.memberDesa.map((d) => ({ value: d.code, label: d.name })),
    [detail.memberDesa],
  );
  const sectorKey =
    draft?.programmes.flatMap((p) => p.activities.map((a) => a.sector.trim())).join('|') ?? '';
  const sectors = useMemo(() => [...new Set(sectorKey.split('|').filter(Boolean))].sort(), [sectorKey]);

  if (!draft) return null;
  const fieldError = (field: string) => messageFor(server, field) ?? messageFor(live, field);
  const typingProblems = Object.keys(editor.reading?.problems ?? {}).length;
  const total = editor.reading
    ? editor.reading.plan.programmes
        .flatMap((p) => p.activities)
        .reduce((sum, a) => sum + (a.budget ? BigInt(a.budget) : 0n), 0n)
    : 0n;

  return (
    <form
      ref={form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!editor.save()) setAttempt((n) => n + 1);
      }}
      aria-label={t('rpkp.editor.label')}
      data-testid="rpkp-editor"
    >
      <Stack gap="md">
        <IssueSummary live={live} count={editor.issueCount} />
        <SectionCard title={t('rpkp.editor.general')} testId="rpkp-editor-general">
          <TextInput
            label={t('rpkp.editor.title')}
            maxLength={200}
            value={editor.title}
            onChange={(e) => editor.setTitle(e.currentTarget.value)}
            error={messageFor(server, 'title')}
            data-testid="rpkp-title-input"
          />
          <Group gap="sm" align="flex-start" wrap="wrap">
            {(['startYear', 'endYear'] as const).map((bound) => (
              <NumberInput
                key={bound}
                label={t(`rpkp.editor.${bound}`)}
                required
                min={MIN_PLAN_YEAR}
                max={MAX_PLAN_YEAR}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator={false}
                value={draft.period[bound]}
                onChange={(value) =>
                  edit((d) => ({
                    ...d,
                    period: { ...d.period, [bound]: typeof value === 'number' ? value : 0 },
                  }))
                }
                error={fieldError(`period.${bound}`)}
                w={140}
                data-testid={bound === 'startYear' ? 'rpkp-start-year' : 'rpkp-end-year'}
              />
            ))}
          </Group>
          <Textarea
            label={t('rpkp.editor.vision')}
            required
            autosize
            minRows={2}
            maxRows={8}
            maxLength={2000}
            value={draft.vision}
            onChange={(e) => {
              const vision = e.currentTarget.value;
              edit((d) => ({ ...d, vision }));
            }}
            error={fieldError('vision')}
            data-testid="rpkp-vision-input"
          />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('rpkp.editor.strategies')}
            </Text>
            {draft.strategies.map((s, i) => (
              <Group key={s.id} gap="xs" align="flex-start" wrap="nowrap">
                <Textarea
                  aria-label={t('rpkp.editor.strategyLabel', { number: i + 1 })}
                  placeholder={t('rpkp.editor.strategyPlaceholder')}
                  autosize
                  minRows={1}
                  maxRows={5}
                  maxLength={1000}
                  value={s.text}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    edit((d) => ({
                      ...d,
                      strategies: d.strategies.map((x, j) => (j === i ? { ...x, text } : x)),
                    }));
                  }}
                  error={fieldError(`strategies[${i}].text`)}
                  style={{ flex: 1, minWidth: 0 }}
                  data-testid={`rpkp-strategy-${i}`}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={6}
                  onClick={() => edit((d) => removeStrategy(d, i))}
                  aria-label={t('rpkp.editor.removeStrategy')}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="compact-sm"
                onClick={() => edit(addStrategy)}
                data-testid="rpkp-add-strategy"
              >
                {t('rpkp.editor.addStrategy')}
              </Button>
            </Group>
          </Stack>
        </SectionCard>

        {draft.programmes.map((programme, pi) => {
          const path = `programmes[${pi}]`;
          return (
            <Paper
              key={programme.id}
              withBorder
              radius="md"
              p={{ base: 'sm', sm: 'lg' }}
              component="section"
              aria-label={t('rpkp.editor.programmeLabel', { number: pi + 1 })}
              data-testid="rpkp-programme-editor"
              data-programme={programme.id}
            >
              <Stack gap="sm">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Title order={3} size="h5">
                    {t('rpkp.editor.programmeHeading', { number: pi + 1, code: programme.id })}
                  </Title>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() =>
                      edit((d) => ({ ...d, programmes: d.programmes.filter((_, j) => j !== pi) }))
                    }
                    data-testid={`rpkp-programme-${pi}-remove`}
                  >
                    {t('rpkp.editor.removeProgramme')}
                  </Button>
                </Group>
                <TextInput
                  label={t('rpkp.editor.programmeName')}
                  required
                  maxLength={300}
                  value={programme.name}
                  onChange={(e) => {
                    const name = e.currentTarget.value;
                    edit((d) => updateProgramme(d, pi, { name }));
                  }}
                  error={fieldError(`${path}.name`)}
                  data-testid={`rpkp-programme-${pi}-name`}
                />
                {draft.strategies.length > 0 && (
                  <Select
                    label={`${t('rpkp.editor.programmeStrategy')} (${t('common.optional')})`}
                    data={draft.strategies.map((s, i) => ({
                      value: s.id,
                      label: `${i + 1}. ${s.text.trim() || s.id}`.slice(0, 120),
                    }))}
                    value={programme.strategyId}
                    onChange={(value) => edit((d) => updateProgramme(d, pi, { strategyId: value }))}
                    clearable
                    error={fieldError(`${path}.strategyId`)}
                    comboboxProps={{ withinPortal: true }}
                    data-testid={`rpkp-programme-${pi}-strategy`}
                  />
                )}
                {programme.activities.map((activity, ai) => {
                  const at = `${path}.activities[${ai}]`;
                  return (
                    <ActivityEditor
                      key={activity.id}
                      activity={activity}
                      programmeIndex={pi}
                      activityIndex={ai}
                      errors={errorsUnder(live, server, at)}
                      issueCount={countUnder(live, at)}
                      open={openIds.has(activity.id)}
                      years={years}
                      desaOptions={desaOptions}
                      sectors={sectors}
                      proposals={proposals}
                      indexYears={indexYears}
                      onToggle={toggle}
                      onChange={onChange}
                      onDuplicate={onDuplicate}
                      onRemove={onRemove}
                    />
                  );
                })}
                {fieldError(`${path}.activities`) && (
                  <Text size="sm" c="red" role="alert">
                    {fieldError(`${path}.activities`)}
                  </Text>
                )}
                <Group>
                  <Button
                    variant="light"
                    onClick={() =>
                      edit((d) => {
                        const next = addActivity(d, pi);
                        const added = next.programmes[pi]?.activities.at(-1);
                        if (added) setOpenIds((ids) => new Set(ids).add(added.id));
                        return next;
                      })
                    }
                    data-testid={`rpkp-programme-${pi}-add-activity`}
                  >
                    {t('rpkp.editor.addActivity')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
        {fieldError('programmes') && (
          <Text size="sm" c="red" role="alert" data-testid="rpkp-programmes-issue">
            {fieldError('programmes')}
          </Text>
        )}
        <Group>
          <Button
            variant="outline"
            onClick={() =>
              edit((d) => {
                const programme = emptyProgramme(d);
                setOpenIds((ids) => new Set(ids).add(programme.activities[0]!.id));
                return { ...d, programmes: [...d.programmes, programme] };
              })
            }
            data-testid="rpkp-add-programme"
          >
            {t('rpkp.editor.addProgramme')}
          </Button>
        </Group>

        <div className={classes.saveBar}>
          <Stack gap="xs">
            {editor.saveError ? (
              <MutationErrorAlert error={editor.saveError} title={t('common.notSavedTitle')} />
            ) : null}
            {typingProblems > 0 && attempt > 0 && (
              <Text size="sm" c="red" role="alert" data-testid="rpkp-typing-problems">
                {t('rpkp.editor.typingProblems', { count: typingProblems })}
              </Text>
            )}
            <Group justify="space-between" gap="sm" wrap="wrap">
              <Text
                size="sm"
                c={editor.dirty ? undefined : editor.savedAt ? 'teal.8' : 'dimmed'}
                role="status"
                aria-live="polite"
                data-testid="rpkp-dirty"
                data-dirty={editor.dirty}
                data-saved={Boolean(editor.savedAt && !editor.dirty) || undefined}
              >
                {editor.dirty
                  ? t('rpkp.editor.unsaved')
                  : editor.savedAt
                    ? t('rpkp.editor.saved')
                    : t('rpkp.editor.allSaved')}{' '}
                · {t('rpkp.editor.total', { total: formatRupiah(total) })}
              </Text>
              <Button type="submit" loading={editor.saving} disabled={!editor.dirty} data-testid="rpkp-save">
                {t('rpkp.editor.save')}
              </Button>
            </Group>
          </Stack>
        </div>
      </Stack>
    </form>
  );
}
