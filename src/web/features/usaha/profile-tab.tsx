import { Alert, Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnterpriseView } from '../../../contracts/enterprise.contract';
import { formatRegionCode } from '../../../domain/region-code';
import { Fact, FactList } from '../../shared/fact-list';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { kawasanPath } from '../kawasan/kawasan-paths';
import { DocumentsSection } from './documents-section';
import { EnterpriseForm } from './enterprise-form';
import { enterpriseValues, updateEnterpriseBody } from './enterprise-form-model';
import { LegalSection } from './profile-legal';
import classes from './usaha.module.css';
import { useUpdateEnterprise } from './use-usaha-queries';

function ProfileFacts({ e }: { e: EnterpriseView }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const none = t('common.none');
  return (
    <FactList aria-label={t('usaha.profile.heading')} testId="enterprise-facts">
      <Fact label={t('usaha.profile.kind')} testId="enterprise-fact-kind">
        {t(`usaha.kind.${e.kind}`, { defaultValue: e.kindLabel })}
      </Fact>
      <Fact label={t('usaha.profile.activity')} testId="enterprise-fact-activity">
        {t(`usaha.activity.${e.activity}`, { defaultValue: e.activityLabel })}
      </Fact>
      <Fact label={t('usaha.profile.foundedOn')} testId="enterprise-fact-founded">
        {e.foundedOn ? format.date(e.foundedOn) : none}
      </Fact>
      <Fact
        label={t('usaha.profile.founders', { count: e.founders.length })}
        testId="enterprise-fact-founders"
        wide
      >
        <Stack gap={2}>
          {e.founders.map((f) => (
            <Text key={f.code} size="sm" className={classes.wrap} data-testid="enterprise-founder">
              {f.name}{' '}
              <Text span size="xs" c="dimmed" className={classes.code}>
                {formatRegionCode(f.code)}
              </Text>
            </Text>
          ))}
          {e.region.name && !e.founders.some((f) => f.code === e.region.code) && (
            <Text size="xs" c="dimmed">
              {t('usaha.profile.region', { name: e.region.name })}
            </Text>
          )}
        </Stack>
      </Fact>
      {(e.founding.deliberation || e.founding.instrument) && (
        <Fact label={t('usaha.profile.founding')} testId="enterprise-fact-founding" wide>
          {[e.founding.deliberation, e.founding.instrument].filter(Boolean).join(' · ')}
        </Fact>
      )}
      <Fact label={t('usaha.profile.kawasan')} testId="enterprise-fact-kawasan" wide>
        {e.kawasan.length === 0 ? (
          none
        ) : (
          <Group gap={6} component="span">
            {e.kawasan.map((k) => (
              <Anchor key={k.id} component={Link} to={kawasanPath(k.id)} size="sm">
                {k.name}
              </Anchor>
            ))}
          </Group>
        )}
      </Fact>
      <Fact label={t('usaha.profile.businessFields')} testId="enterprise-fact-fields" wide>
        {e.businessFields.length === 0 ? (
          none
        ) : (
          <Group gap={6} component="span">
            {e.businessFields.map((f) => (
              <Badge key={f} variant="light" color="gray" radius="sm" style={{ textTransform: 'none' }}>
                {f}
              </Badge>
            ))}
          </Group>
        )}
      </Fact>
      <Fact label={t('usaha.profile.address')} testId="enterprise-fact-address" wide>
        <Text size="sm" className={classes.prewrap}>
          {e.address.trim() || none}
        </Text>
      </Fact>
      <Fact label={t('usaha.profile.phone')} testId="enterprise-fact-phone">
        {e.phone ?? none}
      </Fact>
      <Fact label={t('usaha.profile.email')} testId="enterprise-fact-email">
        <span className={classes.wrap}>{e.email ?? none}</span>
      </Fact>
    </FactList>
  );
}

/** Profil: the facts of the enterprise (edited by its keepers), its legal-entity steps and documents. */
export function ProfileTab({ e }: { e: EnterpriseView }) {
  const { t } = useTranslation();
  const update = useUpdateEnterprise(e.id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="md">
      <SectionCard
        title={t('usaha.profile.heading')}
        actions={
          e.canManage && !editing ? (
            <Button
              variant="light"
              size="compact-sm"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
              data-testid="enterprise-edit"
            >
              {t('common.edit')}
            </Button>
          ) : null
        }
        testId="enterprise-profile"
      >
        {saved && <SuccessNote onClose={() => setSaved(false)}>{t('common.saved')}</SuccessNote>}
        {e.nameWarnings.length > 0 && !editing && (
          <Alert
            color="yellow"
            variant="light"
            title={t('usaha.profile.nameWarnings')}
            data-testid="name-warnings"
          >
            <List size="sm" spacing={2}>
              {e.nameWarnings.map((w) => (
                <List.Item key={w.rule}>{w.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {editing ? (
          <EnterpriseForm
            mode="edit"
            initial={enterpriseValues(e)}
            enterpriseId={e.id}
            linkedKawasan={e.kawasan}
            pending={update.isPending}
            error={update.error}
            submitLabel={t('common.save')}
            onSubmit={(values) =>
              update.mutate(updateEnterpriseBody(values), {
                onSuccess: () => {
                  setEditing(false);
                  setSaved(true);
                },
              })
            }
            onCancel={() => {
              update.reset();
              setEditing(false);
            }}
            testId="enterprise-edit-form"
          />
        ) : (
          <ProfileFacts e={e} />
        )}
      </SectionCard>
      <LegalSection e={e} />
      <DocumentsSection e={e} />
    </Stack>
  );
}
