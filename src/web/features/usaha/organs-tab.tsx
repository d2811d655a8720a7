import {
  Alert,
  Badge,
  Button,
  CloseButton,
  Group,
  List,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseView } from '../../../contracts/enterprise.contract';
import type { Organ } from '../../../domain/enterprise/vocabulary';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { problemIssues } from '../pelatihan/pelatihan-forms';
import {
  type MemberValues,
  memberFormIssues,
  membersByKey,
  membersByOrgan,
  memberValuesOf,
  newMember,
  organsBody,
} from './organs-model';
import classes from './usaha.module.css';
import { useSetOrgans } from './use-usaha-queries';

function Gaps({ e }: { e: EnterpriseView }) {
  const { t } = useTranslation();
  if (e.organGaps.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title={t('usaha.organs.gapsTitle')} data-testid="organ-gaps">
      <List size="sm" spacing={2}>
        {e.organGaps.map((g) => (
          <List.Item key={g.organ} data-organ={g.organ}>
            {g.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function OrgansView({ e }: { e: EnterpriseView }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const term = (start: string | null, end: string | null) => {
    if (!start && !end) return null;
    return t('usaha.organs.term', {
      start: start ? format.date(start) : '…',
      end: end ? format.date(end) : t('usaha.organs.now'),
    });
  };
  return (
    <Stack gap="md">
      {e.organs.map((o) => (
        <Stack key={o.organ} gap={4} data-testid="organ" data-organ={o.organ}>
          <Text fw={700} size="sm">
            {t(`usaha.organ.${o.organ}`, { defaultValue: o.label })}
          </Text>
          {o.members.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('usaha.organs.noMembers')}
            </Text>
          ) : (
            <ul className={classes.list}>
              {o.members.map((m) => (
                <li key={m.id} className={classes.row} data-testid="organ-member">
                  <Group
                    justify="space-between"
                    gap="xs"
                    wrap="nowrap"
                    align="flex-start"
                    preventGrowOverflow={false}
                  >
                    <div className={classes.wrap}>
                      <Text size="sm" fw={600}>
                        {m.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[
                          m.position,
                          m.gender ? t(`usaha.organs.gender.${m.gender}`) : null,
                          term(m.startDate, m.endDate),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </div>
                    {!m.serving && (
                      <Badge
                        variant="outline"
                        color="gray"
                        radius="sm"
                        size="sm"
                        className={classes.noShrink}
                        style={{ textTransform: 'none' }}
                      >
                        {t('usaha.organs.notServing')}
                      </Badge>
                    )}
                  </Group>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function MemberRow({
  m,
  index,
  errors,
  onChange,
  onRemove,
}: {
  m: MemberValues;
  index: number;
  errors: Partial<Record<string, string>>;
  onChange: (change: Partial<MemberValues>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={classes.repeat} data-testid="organ-member-row">
      <Group justify="space-between" wrap="nowrap" gap="xs" mb={4}>
        <Text size="xs" c="dimmed">
          {t('usaha.organs.memberN', { n: index + 1 })}
        </Text>
        <CloseButton
          size="sm"
          onClick={onRemove}
          aria-label={t('usaha.organs.remove', { name: m.name || index + 1 })}
        />
      </Group>
      <div className={classes.memberGrid}>
        <TextInput
          label={t('usaha.organs.name')}
          required
          maxLength={240}
          value={m.name}
          onChange={(ev) => onChange({ name: ev.currentTarget.value })}
          error={errors.name}
          data-testid="organ-member-name"
        />
        <TextInput
          label={t('usaha.organs.position')}
          required
          maxLength={200}
          value={m.position}
          onChange={(ev) => onChange({ position: ev.currentTarget.value })}
          error={errors.position}
          data-testid="organ-member-position"
        />
        <Select
          label={t('usaha.organs.genderLabel')}
          data={[
            { value: 'P', label: t('usaha.organs.gender.P') },
            { value: 'L', label: t('usaha.organs.gender.L') },
          ]}
          value={m.gender || null}
          onChange={(v) => onChange({ gender: v === 'L' || v === 'P' ? v : '' })}
          clearable
          comboboxProps={{ withinPortal: true }}
          error={errors.gender}
        />
        <TextInput
          label={t('usaha.organs.startDate')}
          type="date"
          value={m.startDate}
          onChange={(ev) => onChange({ startDate: ev.currentTarget.value })}
          error={errors.startDate}
        />
        <TextInput
          label={t('usaha.organs.endDate')}
          type="date"
          value={m.endDate}
          onChange={(ev) => onChange({ endDate: ev.currentTarget.value })}
          error={errors.endDate}
        />
      </div>
      {errors.organ && (
        <Text size="sm" c="red.8">
          {errors.organ}
        </Text>
      )}
    </div>
  );
}

function OrgansForm({
  e,
  onDone,
  onCancel,
}: {
  e: EnterpriseView;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSetOrgans(e.id);
  const [members, setMembers] = useState<MemberValues[]>(() => memberValuesOf(e));
  const [sent, setSent] = useState<MemberValues[]>(members);
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const local = tried ? memberFormIssues(e.kind, members) : { byMember: {}, other: [] };
  const server = membersByKey(sent, problemIssues(save.error));
  const errorsOf = (key: string) => ({ ...server.byMember[key], ...local.byMember[key] });
  const grouped = membersByOrgan(e.kind, members);
  const change = (key: string, patch: Partial<MemberValues>) =>
    setMembers((list) => list.map((m) => (m.key === key ? { ...m, ...patch } : m)));
  const remove = (key: string) => setMembers((list) => list.filter((m) => m.key !== key));
  const add = (organ: Organ) => setMembers((list) => [...list, newMember(organ)]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const issues = memberFormIssues(e.kind, members);
    if (Object.keys(issues.byMember).length + issues.other.length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    setSent(members);
    save.mutate(organsBody(members), { onSuccess: onDone });
  };
  const other = [...local.other, ...server.other];
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="organs-form">
      <Stack gap="md">
        {save.error != null && other.length === 0 && Object.keys(server.byMember).length === 0 && (
          <MutationErrorAlert error={save.error} title={t('common.notSavedTitle')} />
        )}
        {other.length > 0 && (
          <Text size="sm" c="red.8" role="alert">
            {other.join(' ')}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('usaha.organs.noNik')}
        </Text>
        {grouped.known.map(({ organ, members: list }) => (
          <Stack key={organ} gap="xs" data-testid="organ-edit" data-organ={organ}>
            <Text fw={700} size="sm">
              {t(`usaha.organ.${organ}`)}
            </Text>
            {list.map((m) => (
              <MemberRow
                key={m.key}
                m={m}
                index={members.indexOf(m)}
                errors={errorsOf(m.key)}
                onChange={(patch) => change(m.key, patch)}
                onRemove={() => remove(m.key)}
              />
            ))}
            <Group>
              <Button
                variant="light"
                size="compact-sm"
                onClick={() => add(organ)}
                data-testid={`organ-add-${organ}`}
              >
                {t('usaha.organs.add', { organ: t(`usaha.organ.${organ}`) })}
              </Button>
            </Group>
          </Stack>
        ))}
        {grouped.stray.map((m) => (
          <MemberRow
            key={m.key}
            m={m}
            index={members.indexOf(m)}
            errors={errorsOf(m.key)}
            onChange={(patch) => change(m.key, patch)}
            onRemove={() => remove(m.key)}
          />
        ))}
        <Group gap="sm">
          <Button type="submit" size="md" loading={save.isPending} data-testid="organs-save">
            {t('common.save')}
          </Button>
          <Button variant="default" size="md" onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The organs of an enterprise with their members; the organs no one serves on warned; edited as one list. */
export function OrgansTab({ e }: { e: EnterpriseView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <SectionCard
      title={t('usaha.organs.heading')}
      actions={
        e.canManage && !editing ? (
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
            data-testid="organs-edit"
          >
            {t('common.edit')}
          </Button>
        ) : null
      }
      testId="enterprise-organs"
    >
      {saved && <SuccessNote onClose={() => setSaved(false)}>{t('common.saved')}</SuccessNote>}
      <Text size="sm" c="dimmed">
        {t(`usaha.organs.about.${e.kind}`)}
      </Text>
      <Gaps e={e} />
      {editing ? (
        <OrgansForm
          e={e}
          onDone={() => {
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <OrgansView e={e} />
      )}
    </SectionCard>
  );
}
