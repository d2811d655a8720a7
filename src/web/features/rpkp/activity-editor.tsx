import {
  ActionIcon,
  Autocomplete,
  Badge,
  Button,
  Collapse,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENCY_KINDS, FUNDING_SOURCES, formatRupiah, VALUE_CHAIN_STAGES } from '../../../domain/rpkp/plan';
import { ActivityLinks, type ProposalChoices } from './activity-links-fields';
import type { ActivityDraft, OutputDraft } from './plan-draft';
import classes from './rpkp.module.css';
import { parseDecimal, parseRupiah } from './rpkp-numbers';
import { RupiahInput } from './rupiah-input';

/** Messages by field under one activity: `name`, `desaCodes`, `outputs[0].target`… */
export type ActivityErrors = Record<string, string>;

interface ActivityEditorProps {
  activity: ActivityDraft;
  programmeIndex: number;
  activityIndex: number;
  errors: ActivityErrors;
  issueCount: number;
  open: boolean;
  years: readonly number[];
  desaOptions: readonly { value: string; label: string }[];
  sectors: readonly string[];
  /** The kawasan's proposals, to link the ones the activity answers. */
  proposals: ProposalChoices;
  /** The year of each member desa's latest IDM result, to suggest its weakest indicators. */
  indexYears: ReadonlyMap<string, number>;
  onToggle: (id: string) => void;
  onChange: (programmeIndex: number, activityIndex: number, patch: Partial<ActivityDraft>) => void;
  onDuplicate: (programmeIndex: number, activityIndex: number) => void;
  onRemove: (programmeIndex: number, activityIndex: number) => void;
}

function OutputRow({
  output,
  index,
  errors,
  onChange,
  onRemove,
  testPrefix,
}: {
  output: OutputDraft;
  index: number;
  errors: ActivityErrors;
  onChange: (patch: Partial<OutputDraft>) => void;
  onRemove: () => void;
  testPrefix: string;
}) {
  const { t } = useTranslation();
  const target = output.targetText.trim() === '' ? null : parseDecimal(output.targetText);
  const at = `outputs[${index}]`;
  const targetError = target && !target.ok ? t(`rpkp.decimal.${target.problem}`) : errors[`${at}.target`];
  const messages = [errors[`${at}.name`], targetError, errors[`${at}.unit`]].filter(Boolean);
  return (
    <Paper withBorder radius="sm" p="xs" data-testid="rpkp-output">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {t('rpkp.editor.outputNumber', { number: index + 1 })}
          </Text>
          <ActionIcon
            variant="subtle"
            color="red"
            size="sm"
            onClick={onRemove}
            aria-label={t('rpkp.editor.removeOutput')}
          >
            ×
          </ActionIcon>
        </Group>
        <Group gap="xs" align="flex-start" wrap="wrap">
          <TextInput
            label={t('rpkp.editor.outputName')}
            placeholder={t('rpkp.editor.outputNamePlaceholder')}
            value={output.name}
            maxLength={200}
            onChange={(e) => onChange({ name: e.currentTarget.value })}
            error={Boolean(errors[`${at}.name`])}
            style={{ flex: '1 1 220px', minWidth: 0 }}
            data-testid={`${testPrefix}-output-name`}
          />
          <Group gap="xs" wrap="nowrap" align="flex-start" style={{ flex: '0 1 240px' }}>
            <TextInput
              label={t('rpkp.editor.outputTarget')}
              inputMode="decimal"
              value={output.targetText}
              onChange={(e) => onChange({ targetText: e.currentTarget.value })}
              error={Boolean(targetError)}
              style={{ flex: 1, minWidth: 0 }}
              data-testid={`${testPrefix}-output-target`}
            />
            <TextInput
              label={t('rpkp.editor.outputUnit')}
              placeholder={t('rpkp.editor.outputUnitPlaceholder')}
              value={output.unit}
              maxLength={40}
              onChange={(e) => onChange({ unit: e.currentTarget.value })}
              error={Boolean(errors[`${at}.unit`])}
              style={{ flex: 1, minWidth: 0 }}
              data-testid={`${testPrefix}-output-unit`}
            />
          </Group>
        </Group>
        {messages.length > 0 && (
          <Text size="xs" c="red" role="alert" data-testid={`${testPrefix}-output-error`}>
            {messages.join(' ')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** One activity of a programme: folded to its name, budget and issue count, or open with every field. */
function ActivityEditorView({
  activity,
  programmeIndex: pi,
  activityIndex: ai,
  errors,
  issueCount,
  open,
  years,
  desaOptions,
  sectors,
  proposals,
  indexYears,
  onToggle,
  onChange,
  onDuplicate,
  onRemove,
}: ActivityEditorProps) {
  const { t } = useTranslation();
  const change = (patch: Partial<ActivityDraft>) => onChange(pi, ai, patch);
  const budget = activity.budgetText.trim() === '' ? null : parseRupiah(activity.budgetText);
  const testPrefix = `rpkp-activity-${pi}-${ai}`;
  const yearOptions = [...new Set([...years, activity.year])]
    .sort((a, b) => a - b)
    .map((y) => ({ value: String(y), label: String(y) }));
  const desaError = Object.entries(errors)
    .filter(([field]) => field === 'desaCodes' || field.startsWith('desaCodes['))
    .map(([, message]) => message)
    .join(' ');
  const desaName = (code: string) => desaOptions.find((d) => d.value === code)?.label ?? code;
  const setOutput = (index: number, patch: Partial<OutputDraft>) =>
    change({ outputs: activity.outputs.map((o, k) => (k === index ? { ...o, ...patch } : o)) });
  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      className={classes.card}
      data-issues={issueCount > 0 || undefined}
      data-testid="rpkp-activity-editor"
      data-activity={activity.id}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={2} className={classes.wrap}>
            <Group gap={6} wrap="wrap">
              <Badge size="sm" radius="sm" variant="default" tt="none">
                {activity.id}
              </Badge>
              <Text size="sm" fw={600} className={classes.wrap}>
                {activity.name.trim() || t('rpkp.editor.newActivity')}
              </Text>
            </Group>
            <Group gap={6} wrap="wrap">
              <Text size="xs" c="dimmed">
                {activity.year}
                {budget?.ok ? ` · ${formatRupiah(budget.value)}` : ''}
              </Text>
              {issueCount > 0 && (
                <Badge size="xs" color="red" variant="light" data-testid="rpkp-activity-issue-count">
                  {t('rpkp.editor.issueCount', { count: issueCount })}
                </Badge>
              )}
            </Group>
          </Stack>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => onToggle(activity.id)}
            aria-expanded={open}
            style={{ flexShrink: 0 }}
            data-testid={`${testPrefix}-toggle`}
          >
            {open ? t('rpkp.editor.fold') : t('rpkp.editor.unfold')}
          </Button>
        </Group>
        <Collapse expanded={open}>
          {open && (
            <Stack gap="sm">
              <TextInput
                label={t('rpkp.editor.activityName')}
                required
                maxLength={300}
                value={activity.name}
                onChange={(e) => change({ name: e.currentTarget.value })}
                error={errors.name}
                data-testid={`${testPrefix}-name`}
              />
              <MultiSelect
                label={t('rpkp.editor.desa')}
                description={t('rpkp.editor.desaHint')}
                placeholder={activity.desaCodes.length === 0 ? t('rpkp.editor.desaPlaceholder') : undefined}
                data={desaOptions as { value: string; label: string }[]}
                value={activity.desaCodes}
                onChange={(value) => change({ desaCodes: value })}
                searchable
                required
                error={desaError || undefined}
                comboboxProps={{ withinPortal: true }}
                data-testid={`${testPrefix}-desa`}
              />
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
                <Select
                  label={t('rpkp.editor.year')}
                  required
                  data={yearOptions}
                  value={String(activity.year)}
                  onChange={(value) => value && change({ year: Number(value) })}
                  allowDeselect={false}
                  error={errors.year}
                  comboboxProps={{ withinPortal: true }}
                  data-testid={`${testPrefix}-year`}
                />
                <Select
                  label={t('rpkp.editor.stage')}
                  required
                  placeholder={t('rpkp.editor.choose')}
                  data={VALUE_CHAIN_STAGES.map((s) => ({ value: s, label: t(`rpkp.stage.${s}`) }))}
                  value={activity.stage || null}
                  onChange={(value) => change({ stage: (value ?? '') as ActivityDraft['stage'] })}
                  error={errors.stage}
                  comboboxProps={{ withinPortal: true }}
                  data-testid={`${testPrefix}-stage`}
                />
                <Autocomplete
                  label={t('rpkp.editor.sector')}
                  required
                  placeholder={t('rpkp.editor.sectorPlaceholder')}
                  data={sectors as string[]}
                  value={activity.sector}
                  maxLength={80}
                  onChange={(value) => change({ sector: value })}
                  error={errors.sector}
                  comboboxProps={{ withinPortal: true }}
                  data-testid={`${testPrefix}-sector`}
                />
                <Select
                  label={t('rpkp.editor.agencyKind')}
                  required
                  placeholder={t('rpkp.editor.choose')}
                  data={AGENCY_KINDS.map((k) => ({ value: k, label: t(`rpkp.agencyKind.${k}`) }))}
                  value={activity.agencyKind || null}
                  onChange={(value) => change({ agencyKind: (value ?? '') as ActivityDraft['agencyKind'] })}
                  error={errors.agencyKind}
                  comboboxProps={{ withinPortal: true }}
                  data-testid={`${testPrefix}-agency-kind`}
                />
                <TextInput
                  label={t('rpkp.editor.agencyName')}
                  required
                  placeholder={t('rpkp.editor.agencyNamePlaceholder')}
                  maxLength={200}
                  value={activity.agencyName}
                  onChange={(e) => change({ agencyName: e.currentTarget.value })}
                  error={errors.agencyName}
                  data-testid={`${testPrefix}-agency-name`}
                />
                <Select
                  label={t('rpkp.editor.fundingSource')}
                  required
                  placeholder={t('rpkp.editor.choose')}
                  data={FUNDING_SOURCES.map((k) => ({ value: k, label: t(`rpkp.fundingSource.${k}`) }))}
                  value={activity.fundingSource || null}
                  onChange={(value) =>
                    change({ fundingSource: (value ?? '') as ActivityDraft['fundingSource'] })
                  }
                  error={errors.fundingSource}
                  comboboxProps={{ withinPortal: true }}
                  data-testid={`${testPrefix}-funding`}
                />
              </SimpleGrid>
              <RupiahInput
                label={t('rpkp.editor.budget')}
                required
                placeholder="150.000.000"
                value={activity.budgetText}
                onChange={(text) => change({ budgetText: text })}
                error={errors.budget}
                maw={360}
                data-testid={`${testPrefix}-budget`}
              />
              <Stack gap={6}>
                <Text size="sm" fw={500}>
                  {t('rpkp.editor.outputs')}
                </Text>
                {activity.outputs.map((o, k) => (
                  <OutputRow
                    // biome-ignore lint/suspicious/noArrayIndexKey: outputs have no code of their own.
                    key={k}
                    output={o}
                    index={k}
                    errors={errors}
                    testPrefix={testPrefix}
                    onChange={(patch) => setOutput(k, patch)}
                    onRemove={() => change({ outputs: activity.outputs.filter((_, j) => j !== k) })}
                  />
                ))}
                {errors.outputs && (
                  <Text size="xs" c="red" role="alert">
                    {errors.outputs}
                  </Text>
                )}
                <Group>
                  <Button
                    variant="light"
                    size="compact-sm"
                    onClick={() =>
                      change({ outputs: [...activity.outputs, { name: '', unit: '', targetText: '' }] })
                    }
                    data-testid={`${testPrefix}-add-output`}
                  >
                    {t('rpkp.editor.addOutput')}
                  </Button>
                </Group>
              </Stack>
              <ActivityLinks
                activity={activity}
                testPrefix={testPrefix}
                proposals={proposals}
                indexYears={indexYears}
                desaName={desaName}
                onChange={change}
              />
              <Group gap="sm" wrap="wrap">
                <Button
                  variant="default"
                  size="compact-sm"
                  onClick={() => onDuplicate(pi, ai)}
                  data-testid={`${testPrefix}-duplicate`}
                >
                  {t('rpkp.editor.duplicate')}
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  onClick={() => onRemove(pi, ai)}
                  data-testid={`${testPrefix}-remove`}
                >
                  {t('rpkp.editor.removeActivity')}
                </Button>
              </Group>
            </Stack>
          )}
        </Collapse>
      </Stack>
    </Paper>
  );
}

/** Re-renders an activity only when it, its place, its issues or the choices change. */
export const ActivityEditor = memo(
  ActivityEditorView,
  (a, b) =>
    a.activity === b.activity &&
    a.programmeIndex === b.programmeIndex &&
    a.activityIndex === b.activityIndex &&
    a.open === b.open &&
    a.issueCount === b.issueCount &&
    a.years === b.years &&
    a.desaOptions === b.desaOptions &&
    a.sectors === b.sectors &&
    a.proposals === b.proposals &&
    a.indexYears === b.indexYears &&
    a.onChange === b.onChange &&
    JSON.stringify(a.errors) === JSON.stringify(b.errors),
);
