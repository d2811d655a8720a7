import { Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { AttendanceTab } from './attendance-tab';
import { CertificatesTab } from './certificates-tab';
import { FollowUpTab } from './follow-up-tab';
import { ParticipantsTab } from './participants-tab';
import classes from './pelatihan.module.css';
import { programmePath, providerPath } from './pelatihan-paths';
import { ScoresTab } from './scores-tab';
import { SessionStateBadge } from './session-list';
import { SessionReactionTab } from './session-reaction-tab';
import { SessionSummaryTab } from './session-summary-tab';
import { useDayText } from './use-day-text';
import { useTrainingSession } from './use-pelatihan-queries';

/**
 * `/pelatihan/angkatan/:sid`: one session with its tabs. The open tab is in the address
 * (`?tab=peserta`), so a reload or a shared link opens the same tab; the summary has none.
 */
export function SessionPage() {
  const { t } = useTranslation();
  const sid = useParams().sid ?? '';
  const [params, setParams] = useSearchParams();
  const session = useTrainingSession(sid);
  const days = useDayText();
  useDocumentTitle(
    session.data
      ? t('pelatihan.session.documentTitle', {
          title: session.data.programme.title,
          label: session.data.label,
        })
      : t('pelatihan.documentTitle'),
  );
  if (session.isPending) return <LoadingState />;
  if (session.isError)
    return (
      <PageLoadError
        error={session.error}
        onRetry={() => void session.refetch()}
        notFound={{ title: t('pelatihan.session.notFoundTitle'), text: t('pelatihan.session.notFoundText') }}
      />
    );
  const s = session.data;
  const tab = params.get('tab') ?? 'ringkasan';
  const openTab = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (!value || value === 'ringkasan') next.delete('tab');
    else next.set('tab', value);
    setParams(next, { replace: true });
  };
  return (
    <Stack gap="lg" data-testid="session-page" data-session={s.id} data-state={s.state}>
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={programmePath(s.programme.id)} size="sm" className={classes.wrap}>
          ← {s.programme.title}
        </Anchor>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} size="h2" className={classes.wrap} data-testid="session-heading">
            {s.label}
          </Title>
          <SessionStateBadge state={s.state} size="lg" />
        </Group>
        <Text size="sm" c="dimmed" className={classes.wrap}>
          <Anchor component={Link} to={providerPath(s.provider.id)} inherit>
            {s.provider.name}
          </Anchor>
          {' · '}
          {days.period(s.startDate, s.endDate)}
          {' · '}
          {s.place.name}
        </Text>
      </Stack>
      <Tabs value={tab} onChange={openTab} keepMounted={false}>
        <Tabs.List className={classes.tabList} data-testid="session-tabs">
          <Tabs.Tab value="ringkasan" data-testid="session-tab-ringkasan">
            {t('pelatihan.tabs.ringkasan')}
          </Tabs.Tab>
          <Tabs.Tab value="peserta" data-testid="session-tab-peserta">
            {t('pelatihan.tabs.peserta')}
          </Tabs.Tab>
          <Tabs.Tab value="kehadiran" data-testid="session-tab-kehadiran">
            {t('pelatihan.tabs.kehadiran')}
          </Tabs.Tab>
          <Tabs.Tab value="nilai" data-testid="session-tab-nilai">
            {t('pelatihan.tabs.nilai')}
          </Tabs.Tab>
          <Tabs.Tab value="reaksi" data-testid="session-tab-reaksi">
            {t('pelatihan.tabs.reaksi')}
          </Tabs.Tab>
          <Tabs.Tab value="tindak-lanjut" data-testid="session-tab-tindak-lanjut">
            {t('pelatihanHasil.tabs.followUp')}
          </Tabs.Tab>
          <Tabs.Tab value="sertifikat" data-testid="session-tab-sertifikat">
            {t('pelatihanHasil.tabs.certificates')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ringkasan" pt="md">
          <SessionSummaryTab session={s} />
        </Tabs.Panel>
        <Tabs.Panel value="peserta" pt="md">
          <ParticipantsTab session={s} />
        </Tabs.Panel>
        <Tabs.Panel value="kehadiran" pt="md">
          <AttendanceTab session={s} />
        </Tabs.Panel>
        <Tabs.Panel value="nilai" pt="md">
          <ScoresTab session={s} />
        </Tabs.Panel>
        <Tabs.Panel value="reaksi" pt="md">
          <SessionReactionTab session={s} />
        </Tabs.Panel>
        <Tabs.Panel value="tindak-lanjut" pt="md">
          <FollowUpTab sid={s.id} />
        </Tabs.Panel>
        <Tabs.Panel value="sertifikat" pt="md">
          <CertificatesTab sid={s.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
