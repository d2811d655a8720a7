import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicKawasan } from '../../../contracts/kawasan.contract';
import { isBadRequest, isNotFound } from '../../api-client/api-error';
import { numberLocale } from '../../i18n/i18n-setup';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { Fact, FactList } from '../../shared/fact-list';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { roleCounts } from '../kawasan/kawasan-members';
import { KawasanMembersMap } from '../kawasan/kawasan-members-map';
import { KawasanStateBadge } from '../kawasan/kawasan-state-badge';
import { PublicMusyawarahSection } from '../musyawarah/public-musyawarah-section';
import { regionPath } from '../regions/region-labels';
import { PublicRpkpSection } from '../rpkp/public-rpkp-section';
import classes from './kawasan-public.module.css';
import { formatDay, PUBLIC_KAWASAN_LIST_PATH } from './public-kawasan-model';
import { PublicMembers } from './public-members';
import { PublicDocuments, PublicInstitutions, PublicYears } from './public-sections';
import { usePublicKawasan } from './use-public-kawasan-queries';

function Profile({ kawasan }: { kawasan: PublicKawasan }) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  const roles = roleCounts(kawasan.members);
  return (
    <SectionCard title={t('kawasanPublic.page.profile')} testId="public-profile">
      <FactList>
        <Fact label={t('kawasanPublic.page.theme')} testId="public-theme">
          {kawasan.theme?.label ?? t('kawasanPublic.page.noTheme')}
        </Fact>
        <Fact label={t('kawasanPublic.page.region')} testId="public-region">
          <Anchor component={Link} to={regionPath(kawasan.regionCode)} inherit>
            {kawasan.regionName}
          </Anchor>
        </Fact>
        <Fact label={t('kawasanPublic.page.state')} testId="public-state">
          <KawasanStateBadge state={kawasan.state} size="sm" />
        </Fact>
        <Fact label={t('kawasanPublic.page.decree')} testId="public-decree">
          {kawasan.decree
            ? t('kawasanPublic.page.decreeValue', {
                number: kawasan.decree.number,
                date: formatDay(kawasan.decree.date, locale),
              })
            : t('kawasanPublic.page.noDecree')}
        </Fact>
        <Fact label={t('kawasanPublic.page.memberCount')} testId="public-member-count">
          {t('kawasanPublic.page.memberCountValue', { count: kawasan.members.length })}
          <Text span size="sm" fw={400} c="dimmed" display="block">
            {t('kawasanPublic.page.roles', { locomotives: roles.locomotive, lagging: roles.lagging })}
          </Text>
        </Fact>
        <Fact label={t('kawasanPublic.page.commodities')} testId="public-commodities">
          {kawasan.commodities.length === 0 ? (
            t('kawasanPublic.page.noCommodities')
          ) : (
            <Group gap={4} wrap="wrap" component="span">
              {kawasan.commodities.map((c) => (
                <Badge key={c} size="sm" radius="sm" variant="light" tt="none">
                  {c}
                </Badge>
              ))}
            </Group>
          )}
        </Fact>
      </FactList>
    </SectionCard>
  );
}

function PublicKawasanView({ kawasan }: { kawasan: PublicKawasan }) {
  const { t } = useTranslation();
  const membersLabel = t('kawasanPublic.members.label', { name: kawasan.name });
  return (
    <Stack gap="md" maw={1000} data-testid="public-kawasan" data-kawasan={kawasan.id}>
      <Anchor component={Link} to={PUBLIC_KAWASAN_LIST_PATH} size="sm">
        ← {t('kawasanPublic.page.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1} className={classes.wrap}>
          {kawasan.name}
        </Title>
        <Group gap="xs" wrap="wrap">
          <KawasanStateBadge state={kawasan.state} />
          <Text size="sm" c="dimmed" className={classes.wrap}>
            {[kawasan.theme?.label, kawasan.regionName].filter(Boolean).join(' · ')}
          </Text>
        </Group>
      </Stack>
      <Profile kawasan={kawasan} />
      <SectionCard
        title={t('kawasanPublic.members.heading', { count: kawasan.members.length })}
        testId="public-members-section"
      >
        <PublicMembers members={kawasan.members} label={membersLabel} />
      </SectionCard>
      <KawasanMembersMap members={kawasan.members} testId="public-kawasan-map" />
      <PublicYears kawasan={kawasan} />
      <PublicRpkpSection kawasanId={kawasan.id} members={kawasan.members} />
      <PublicMusyawarahSection
        kawasanId={kawasan.id}
        memberDesa={kawasan.members.map((m) => ({ code: m.code, name: m.name }))}
      />
      <PublicInstitutions kawasan={kawasan} />
      <PublicDocuments kawasan={kawasan} />
    </Stack>
  );
}

/** `/kawasan/:id/publik`: what anyone may read about a designated kawasan, without signing in. */
export function PublicKawasanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = usePublicKawasan(id);
  useDocumentTitle(
    query.data
      ? t('kawasanPublic.page.documentTitle', { name: query.data.name })
      : t('kawasanPublic.list.documentTitle'),
  );
  if (query.isPending) return <LoadingState label={t('kawasanPublic.page.loading')} />;
  if (query.isError) {
    if (isNotFound(query.error) || isBadRequest(query.error)) {
      return (
        <DeadEndPanel title={t('kawasanPublic.page.notFoundTitle')}>
          <Text data-testid="public-kawasan-missing">{t('kawasanPublic.page.notFoundText')}</Text>
          <Anchor component={Link} to={PUBLIC_KAWASAN_LIST_PATH}>
            {t('kawasanPublic.page.seeList')}
          </Anchor>
        </DeadEndPanel>
      );
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <PublicKawasanView kawasan={query.data} />;
}
