import { Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { KawasanAction } from '../../../domain/kawasan/lifecycle';
import { isBadRequest, isForbidden, isNotFound } from '../../api-client/api-error';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SuccessNote } from '../../shared/success-note';
import { ConvergenceLink } from '../dana-desa/convergence-link';
import { MusyawarahLink } from '../musyawarah/musyawarah-link';
import { RpkpLink } from '../rpkp/rpkp-link';
import { DocumentsSection } from './documents-section';
import { InstitutionsSection } from './institutions-section';
import { KawasanHeader } from './kawasan-header';
import { KawasanIndexSection } from './kawasan-index-section';
import { createdNoteKey } from './kawasan-labels';
import { KawasanMembersMap } from './kawasan-members-map';
import type { KawasanCreatedState } from './kawasan-paths';
import { LifecycleActions } from './lifecycle-actions';
import { MembersSection } from './members-section';
import { ProfileSection } from './profile-section';
import { TimelineSection } from './timeline-section';
import { useKawasan, useKawasanDashboard } from './use-kawasan-queries';

/** `/kawasan/:id`: a kawasan's dashboard, with the actions and edits the user may make. */
export function KawasanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useKawasan(id);
  const dashboard = useKawasanDashboard(id, query.isSuccess);
  const [done, setDone] = useState<KawasanAction | null>(null);
  const navigate = useNavigate();
  // "Draf … tersimpan" (or, from a proposal, "… diusulkan") once, after creating: a reload or a
  // later visit does not repeat it.
  const [created, setCreated] = useState(
    () => (location.state as Partial<KawasanCreatedState> | null)?.created ?? null,
  );
  useEffect(() => {
    if ((location.state as Partial<KawasanCreatedState> | null)?.created) {
      navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    }
  }, [location.state, location.pathname, location.search, navigate]);
  useDocumentTitle(query.data ? `${query.data.name} · Kawasan` : t('kawasan.detail.documentTitle'));

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (isNotFound(query.error) || isBadRequest(query.error)) {
      return (
        <DeadEndPanel title={t('kawasan.detail.notFoundTitle')} alert>
          <Text>{t('kawasan.detail.notFoundText')}</Text>
        </DeadEndPanel>
      );
    }
    if (isForbidden(query.error)) {
      return (
        <DeadEndPanel title={t('kawasan.detail.forbiddenTitle')} alert>
          <Text>{query.error instanceof Error ? query.error.message : t('error.forbiddenText')}</Text>
        </DeadEndPanel>
      );
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const kawasan = query.data;
  const endedFrom =
    dashboard.data?.timeline.find((e) => e.to === kawasan.state && e.from !== e.to)?.from ?? null;
  return (
    <Stack gap="lg" data-testid="kawasan-page">
      <KawasanHeader kawasan={kawasan} endedFrom={endedFrom} />
      {created && (
        <SuccessNote onClose={() => setCreated(null)}>
          {t(createdNoteKey(kawasan.state), { name: created })}
        </SuccessNote>
      )}
      {done && (
        <SuccessNote onClose={() => setDone(null)}>
          {t('kawasan.transition.done', { state: t(`kawasan.state.${kawasan.state}`) })}
        </SuccessNote>
      )}
      <LifecycleActions
        kawasan={kawasan}
        onDone={(action) => {
          setCreated(null);
          setDone(action);
        }}
      />
      <RpkpLink kawasan={kawasan} />
      <MusyawarahLink kawasanId={kawasan.id} />
      <ConvergenceLink kawasanId={kawasan.id} memberCodes={kawasan.members.map((m) => m.code)} />
      <MembersSection kawasan={kawasan} dashboard={dashboard.data} />
      <KawasanIndexSection dashboard={dashboard} memberCount={kawasan.members.length} />
      <KawasanMembersMap
        members={kawasan.members}
        kabupatenCodes={kawasan.kabupatenCodes}
        testId="kawasan-map"
      />
      <ProfileSection kawasan={kawasan} />
      <DocumentsSection kawasan={kawasan} />
      <InstitutionsSection kawasan={kawasan} />
      <TimelineSection dashboard={dashboard} />
    </Stack>
  );
}
