import { CloseButton, Fieldset, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, ScopeKind } from '../../../domain/access/role';
import classes from './assignment-fields.module.css';
import { type AssignmentDraft, type DraftProblem, scopeKindsOf, withRole } from './scope-rules';

export interface AssignmentErrors {
  role?: string | undefined;
  scope?: string | undefined;
}

interface AssignmentFieldsProps {
  draft: AssignmentDraft;
  onChange: (draft: AssignmentDraft) => void;
  /** Roles the signed-in administrator may grant. */
  roles: readonly Role[];
  legend: string;
  errors?: AssignmentErrors;
  /** "Harus di dalam wilayah Anda: …" for administrators below national level. */
  withinHint?: string | null;
  /** Shows a remove button labelled `removeLabel`. */
  onRemove?: () => void;
  removeLabel?: string;
}

/** Error text for a row that does not pass the local checks. */
export function useDraftProblemText(): (problem: DraftProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    switch (problem.type) {
      case 'role-required':
      case 'value-required':
        return t('common.required');
      case 'code':
        return t(`scope.problem.${problem.problem}`);
      case 'level':
        return t('scope.wrongLevel', {
          levels: problem.levels.map((l) => t(`scope.level.${l}`)).join(', '),
        });
    }
  };
}

function useScopeCopy(role: Role, kind: ScopeKind) {
  const { t } = useTranslation();
  if (kind === 'region') {
    const hint =
      role === 'province' || role === 'kabupaten' || role === 'village' || role === 'facilitator'
        ? t(`scope.hint.${role}`)
        : '';
    return { label: t('scope.regionCode'), hint };
  }
  const label =
    kind === 'kawasan'
      ? t('scope.kawasanId')
      : kind === 'enterprise'
        ? t('scope.enterpriseId')
        : t('scope.providerId');
  return { label, hint: t('scope.resourceHint') };
}

function ScopeInput({
  draft,
  onChange,
  error,
  withinHint,
}: Omit<AssignmentFieldsProps, 'roles' | 'legend'> & {
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const role = draft.role as Role;
  const kinds = scopeKindsOf(role);
  const copy = useScopeCopy(role, draft.kind);
  const kindLabelId = useId();
  if (draft.kind === 'national') {
    return (
      <Text size="sm" c="dimmed" className={classes.national}>
        {t('scope.national')}
      </Text>
    );
  }
  const description = [copy.hint, draft.kind === 'region' ? withinHint : null].filter(Boolean).join(' ');
  return (
    <Stack gap={6} className={classes.scope}>
      {kinds.length > 1 && (
        <Stack gap={2}>
          <Text size="sm" fw={500} id={kindLabelId}>
            {t('scope.kind')}
          </Text>
          <SegmentedControl
            size="xs"
            value={draft.kind}
            aria-labelledby={kindLabelId}
            onChange={(value) => onChange({ ...draft, kind: value as ScopeKind, value: '' })}
            data={kinds.map((k) => ({
              value: k,
              label: k === 'region' ? t('scope.region') : t('scope.kawasan'),
            }))}
            w="fit-content"
          />
        </Stack>
      )}
      <TextInput
        label={copy.label}
        description={description || undefined}
        required
        value={draft.value}
        onChange={(e) => onChange({ ...draft, value: e.currentTarget.value })}
        error={error}
        inputMode={draft.kind === 'region' ? 'decimal' : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={draft.kind === 'region' ? 20 : 64}
        data-testid="scope-input"
      />
    </Stack>
  );
}

/** One role and its scope: a role select, then the scope input that role needs. */
export function AssignmentFields(props: AssignmentFieldsProps) {
  const { draft, onChange, roles, legend, errors, withinHint, onRemove, removeLabel } = props;
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend} radius="md" p="sm" className={classes.fieldset}>
      {onRemove && (
        <CloseButton
          className={classes.remove}
          onClick={onRemove}
          aria-label={removeLabel}
          title={removeLabel}
          size="sm"
        />
      )}
      <div className={classes.grid}>
        <NativeSelect
          label={t('createUser.role')}
          required
          value={draft.role}
          onChange={(e) => onChange(withRole(draft, e.currentTarget.value as Role | ''))}
          error={errors?.role}
          data={[
            { value: '', label: t('createUser.chooseRole'), disabled: true },
            ...roles.map((role) => ({ value: role, label: t(`roles.${role}`) })),
          ]}
          className={classes.role}
          data-testid="role-select"
        />
        {draft.role !== '' && (
          <ScopeInput draft={draft} onChange={onChange} error={errors?.scope} withinHint={withinHint} />
        )}
      </div>
    </Fieldset>
  );
}
