import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SuccessNote } from '../../shared/success-note';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { type AssignmentErrors, AssignmentFields, useDraftProblemText } from './assignment-fields';
import { draftToGrant, emptyDraft, rowFieldErrors } from './scope-rules';
import { useGrantOptions } from './use-grant-options';
import { useGrantRole } from './use-user-queries';

/** Adds one role + scope to an account. */
export function GrantRoleForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const grant = useGrantRole(userId);
  const { roles, withinHint } = useGrantOptions();
  const problemText = useDraftProblemText();
  const [draft, setDraft] = useState(() => emptyDraft());
  const [errors, setErrors] = useState<AssignmentErrors>({});
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = draftToGrant(draft);
    if (!checked.ok) {
      const message = problemText(checked.problem);
      setErrors(checked.problem.type === 'role-required' ? { role: message } : { scope: message });
      setFailures((n) => n + 1);
      return;
    }
    setErrors({});
    grant.mutate(checked.grant, {
      onSuccess: () => setDraft(emptyDraft()),
      onError: (error) => {
        setErrors(rowFieldErrors(fieldErrorsOf(error), ''));
        setFailures((n) => n + 1);
      },
    });
  };
  const serverRow = rowFieldErrors(fieldErrorsOf(grant.error), '');

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('userDetail.grantHeading')}>
      <Stack gap="sm">
        {grant.isSuccess && (
          <SuccessNote onClose={() => grant.reset()}>{t('userDetail.granted')}</SuccessNote>
        )}
        {grant.isError && !serverRow.role && !serverRow.scope && <MutationErrorAlert error={grant.error} />}
        <AssignmentFields
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            if (grant.isSuccess) grant.reset();
          }}
          roles={roles}
          legend={t('userDetail.grantHeading')}
          errors={errors}
          withinHint={withinHint}
        />
        <Group>
          <Button type="submit" variant="light" loading={grant.isPending}>
            {t('userDetail.grantSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
