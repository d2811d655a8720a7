import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentView, UserView } from '../../../contracts/access.contract';
import { scopeText, useRoleLabel } from '../../shared/access-labels';
import { AssignmentList } from '../../shared/assignment-list';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { GrantRoleForm } from './grant-role-form';
import { useRevokeRole } from './use-user-queries';

/** The account's roles with a "Cabut" button each (after confirmation), and a form to grant another. */
export function UserAssignmentsSection({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const revoke = useRevokeRole(user.id);
  const [revoking, setRevoking] = useState<AssignmentView | null>(null);
  const [revoked, setRevoked] = useState(false);
  const describe = (a: AssignmentView | null) => ({
    role: a ? roleLabel(a.role) : '',
    scope: a ? scopeText(a.scope) : '',
    name: user.name,
  });

  return (
    <SectionCard title={t('userDetail.assignmentsHeading')} testId="user-assignments">
      {revoked && <SuccessNote onClose={() => setRevoked(false)}>{t('userDetail.revoked')}</SuccessNote>}
      <AssignmentList
        assignments={user.assignments}
        label={t('account.rolesLabel', { name: user.name })}
        empty={t('users.noRoles')}
        action={(a) => (
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            onClick={() => {
              revoke.reset();
              setRevoking(a);
            }}
            aria-label={t('userDetail.revokeLabel', describe(a))}
          >
            {t('userDetail.revoke')}
          </Button>
        )}
      />
      <GrantRoleForm userId={user.id} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('userDetail.revokeTitle')}
        text={t('userDetail.revokeText', describe(revoking))}
        confirmLabel={t('userDetail.revoke')}
        loading={revoke.isPending}
        error={revoke.error}
        onClose={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              setRevoking(null);
              setRevoked(true);
            },
          });
        }}
      />
    </SectionCard>
  );
}
