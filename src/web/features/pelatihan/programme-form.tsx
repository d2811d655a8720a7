import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASPECT_DEFAULT_LEVEL,
  ASPECTS,
  type Aspect,
  TARGET_GROUPS,
  type TargetGroup,
} from '../../../domain/training/aspects';
import {
  MAX_CURRICULUM_HOURS,
  MAX_FOLLOW_UP_MONTHS,
  PROGRAMME_TEXT_LIMITS,
} from '../../../domain/training/programme';
import { TRAINING_TOPICS } from '../../../domain/training/topics';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import classes from './pelatihan.module.css';
import { problemIssues } from './pelatihan-forms';
import {
  type ProgrammeValues,
  programmeFormIssues,
  programmeServerIssues,
  toggleTargetAspect,
} from './programme-model';

interface ProgrammeFormProps {
  initial: ProgrammeValues;
  /** Providers the programme may belong to; a choice only when creating and there are several. */
  providers: readonly { id: string; label: string }[];
  creating: boolean;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: ProgrammeValues) => void;
  onCancel: () => void;
  testId: string;
  /** Sessions of the programme running or finished: what it is measured by can no longer change. */
  startedSessions?: number;
}

/**
 * A programme's curriculum: title, topic, the aspects it raises with their competencies, target
 * groups, JP, which aspects are pre/post-tested, the pass rule on attendance and when the
 * follow-up is due. Checked with the domain's rules before sending; the server's messages
 * appear next to the fields they name.
 */
export function ProgrammeForm(props: ProgrammeFormProps) {
  const { initial, providers, creating, pending, error, submitLabel, onSubmit, onCancel, testId } = props;
  const startedSessions = props.startedSessions ?? 0;
  const started = startedSessions > 0 ? { initial, startedSessions } : undefined;
  const frozen = started !== undefined;
  const { t } = useTranslation();
  const [values, setValues] = useState<ProgrammeValues>(initial);
  const [sent, setSent] = useState<ProgrammeValues>(initial);
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const local = tried ? programmeFormIssues(values, started) : { byField: {}, other: [] };
  const server = programmeServerIssues(problemIssues(error), sent);
  const message = (field: string) => local.byField[field] ?? server.byField[field];
  const set = (change: Partial<ProgrammeValues>) => setValues((v) => ({ ...v, ...change }));
  const setCompetencies = (aspect: Aspect, list: string[]) =>
    setValues((v) => ({ ...v, competencies: { ...v.competencies, [aspect]: list } }));
  const L = PROGRAMME_TEXT_LIMITS;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const issues = programmeFormIssues(values, started);
    if (Object.keys(issues.byField).length + issues.other.length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    setSent(values);
    onSubmit(values);
  };
  const showAlert = Boolean(error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  const topicData = TRAINING_TOPICS.map((topic) => ({
    value: topic.id,
    label: t(`pelatihan.topic.${topic.id}`),
  }));

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid={testId}>
      <Stack gap="md">
        {showAlert && <MutationErrorAlert error={error} title={t('common.notSavedTitle')} />}
        {server.other.length > 0 && (
          <Text size="sm" c="red.8" data-testid="programme-form-other">
            {server.other.join(' ')}
          </Text>
        )}
        {frozen && (
          <Alert color="yellow" variant="light" data-testid="programme-frozen">
            <Text size="sm">{t('pelatihan.programmeForm.frozen', { count: startedSessions })}</Text>
          </Alert>
        )}
        {creating && providers.length > 1 && (
          <NativeSelect
            label={t('pelatihan.programme.provider')}
            required
            data={providers.map((p) => ({ value: p.id, label: p.label }))}
            value={values.providerId}
            onChange={(e) => set({ providerId: e.currentTarget.value })}
            error={message('providerId')}
            data-testid="programme-provider"
          />
        )}
        <TextInput
          label={t('pelatihan.programme.title')}
          description={t('pelatihan.programmeForm.titleHint')}
          required
          maxLength={L.title[1] * 2}
          value={values.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          error={message('title')}
          data-testid="programme-title"
        />
        <Select
          label={t('pelatihan.programme.topic')}
          description={t('pelatihan.programmeForm.topicHint')}
          placeholder={t('pelatihan.programmeForm.topicPlaceholder')}
          required
          searchable
          data={topicData}
          value={values.topicId || null}
          onChange={(value) => set({ topicId: value ?? '' })}
          nothingFoundMessage={t('pelatihan.programmeForm.topicNone')}
          comboboxProps={{ withinPortal: true }}
          error={message('topicId')}
          data-testid="programme-topic"
        />
        <Textarea
          label={`${t('pelatihan.programme.description')} (${t('common.optional')})`}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={L.description[1] * 2}
          value={values.description}
          onChange={(e) => set({ description: e.currentTarget.value })}
          error={message('description')}
          data-testid="programme-description"
        />

        <Fieldset
          p={{ base: 'xs', sm: 'md' }}
          legend={t('pelatihan.programmeForm.aspectsLegend')}
          data-testid="programme-aspects"
        >
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('pelatihan.programmeForm.aspectsHint')}
            </Text>
            {(message('targetAspects') || message('competencies')) && (
              <Text size="sm" c="red.8" role="alert" data-testid="programme-aspects-error">
                {[message('targetAspects'), message('competencies')].filter(Boolean).join(' ')}
              </Text>
            )}
            {ASPECTS.map((aspect) => {
              const on = values.targetAspects.includes(aspect);
              const boxes = values.competencies[aspect];
              return (
                <Stack key={aspect} gap={6} className={on ? classes.repeat : undefined}>
                  <Checkbox
                    label={t(`pelatihan.aspect.${aspect}`)}
                    description={t(`pelatihan.programmeForm.aspectLevel.${ASPECT_DEFAULT_LEVEL[aspect]}`)}
                    checked={on}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setValues((v) => toggleTargetAspect(v, aspect, checked));
                    }}
                    data-testid={`programme-aspect-${aspect}`}
                  />
                  {on && (
                    <Stack gap={6} pl={{ base: 0, sm: 'lg' }}>
                      {message(`competencies.${aspect}`) && (
                        <Text size="sm" c="red.8">
                          {message(`competencies.${aspect}`)}
                        </Text>
                      )}
                      {boxes.map((text, i) => (
                        <Group
                          // biome-ignore lint/suspicious/noArrayIndexKey: the boxes have no identity but their place
                          key={i}
                          gap="xs"
                          align="flex-start"
                          wrap="nowrap"
                        >
                          <Textarea
                            label={t('pelatihan.programmeForm.competency', { n: i + 1 })}
                            placeholder={t(`pelatihan.programmeForm.competencyExample.${aspect}`)}
                            autosize
                            minRows={1}
                            maxRows={4}
                            maxLength={L.competency[1] * 2}
                            style={{ flex: 1, minWidth: 0 }}
                            value={text}
                            onChange={(e) => {
                              const next = [...boxes];
                              next[i] = e.currentTarget.value;
                              setCompetencies(aspect, next);
                            }}
                            error={message(`competency.${aspect}.${i}`)}
                            data-testid={`programme-competency-${aspect}`}
                          />
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            mt={26}
                            onClick={() =>
                              setCompetencies(
                                aspect,
                                boxes.filter((_, k) => k !== i),
                              )
                            }
                            aria-label={t('pelatihan.programmeForm.removeCompetency', { n: i + 1 })}
                          >
                            ×
                          </ActionIcon>
                        </Group>
                      ))}
                      <Group>
                        <Button
                          variant="light"
                          size="compact-sm"
                          onClick={() => setCompetencies(aspect, [...boxes, ''])}
                          data-testid={`programme-competency-add-${aspect}`}
                        >
                          {t('pelatihan.programmeForm.addCompetency')}
                        </Button>
                      </Group>
                    </Stack>
                  )}
                </Stack>
              );
            })}
          </Stack>
        </Fieldset>

        <Checkbox.Group
          label={t('pelatihan.programme.targetGroups')}
          description={t('pelatihan.programmeForm.targetGroupsHint')}
          required
          value={values.targetGroups}
          onChange={(groups) =>
            set({ targetGroups: TARGET_GROUPS.filter((g) => groups.includes(g)) as TargetGroup[] })
          }
          error={message('targetGroups')}
          data-testid="programme-target-groups"
        >
          <div className={classes.choices}>
            {TARGET_GROUPS.map((g) => (
              <Checkbox
                key={g}
                value={g}
                label={t(`pelatihan.targetGroup.${g}`)}
                data-testid={`programme-target-group-${g}`}
              />
            ))}
          </div>
        </Checkbox.Group>

        <div className={classes.twoColumns}>
          <NumberInput
            label={t('pelatihan.programme.curriculumHours')}
            description={t('pelatihan.programmeForm.hoursHint')}
            required
            min={1}
            max={MAX_CURRICULUM_HOURS}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            suffix=" JP"
            disabled={frozen}
            value={values.curriculumHours}
            onChange={(value) => set({ curriculumHours: value })}
            error={message('curriculumHours')}
            data-testid="programme-hours"
          />
          <Checkbox.Group
            label={t('pelatihan.programme.testedAspects')}
            description={
              values.targetAspects.length === 0
                ? t('pelatihan.programmeForm.testedNone')
                : t('pelatihan.programmeForm.testedHint')
            }
            value={values.testedAspects}
            onChange={(tested) => set({ testedAspects: ASPECTS.filter((a) => tested.includes(a)) })}
            error={message('testedAspects')}
            data-testid="programme-tested"
          >
            <Group gap="md" mt={6}>
              {ASPECTS.filter((a) => values.targetAspects.includes(a)).map((a) => (
                <Checkbox
                  key={a}
                  value={a}
                  label={t(`pelatihan.aspect.${a}`)}
                  disabled={frozen}
                  data-testid={`programme-tested-${a}`}
                />
              ))}
            </Group>
          </Checkbox.Group>
        </div>
        <Switch
          label={t('pelatihan.programme.requiresPostTest')}
          description={t('pelatihan.programmeForm.postTestHint')}
          checked={values.requiresPostTest}
          disabled={frozen}
          onChange={(e) => set({ requiresPostTest: e.currentTarget.checked })}
          error={message('requiresPostTest')}
          data-testid="programme-post-test"
        />
        <div className={classes.twoColumns}>
          <NumberInput
            label={t('pelatihan.programme.minAttendance')}
            description={t('pelatihan.programmeForm.minAttendanceHint')}
            min={1}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            suffix=" %"
            disabled={frozen}
            value={values.minAttendancePercent}
            onChange={(value) => set({ minAttendancePercent: value })}
            error={message('minAttendancePercent')}
            data-testid="programme-min-attendance"
          />
          <NumberInput
            label={t('pelatihan.programme.followUpMonthsLabel')}
            description={t('pelatihan.programmeForm.followUpHint')}
            min={1}
            max={MAX_FOLLOW_UP_MONTHS}
            disabled={frozen}
            allowDecimal={false}
            allowNegative={false}
            value={values.followUpMonths}
            onChange={(value) => set({ followUpMonths: value })}
            error={message('followUpMonths')}
            data-testid="programme-follow-up"
          />
        </div>
        <Group gap="sm">
          <Button type="submit" size="md" loading={pending} data-testid="programme-save">
            {submitLabel}
          </Button>
          <Button variant="default" size="md" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
