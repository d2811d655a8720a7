import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../shared/section-card';
import { AuditTrail } from '../audit/audit-trail';

/** Two trails: what was done to the account, and what its owner did. */
export function UserAuditSection({ userId }: { userId: string }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('audit.heading')} testId="user-audit">
      <Tabs defaultValue="on" keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="on">{t('audit.onUser')}</Tabs.Tab>
          <Tabs.Tab value="by">{t('audit.byUser')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="on" pt="xs">
          <AuditTrail filter={{ resourceType: 'user', resourceId: userId }} label={t('audit.onUser')} />
        </Tabs.Panel>
        <Tabs.Panel value="by" pt="xs">
          <AuditTrail filter={{ actorUserId: userId }} label={t('audit.byUser')} />
        </Tabs.Panel>
      </Tabs>
    </SectionCard>
  );
}
