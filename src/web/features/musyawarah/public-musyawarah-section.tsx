import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDesa, PublicMusyawarah } from '../../../contracts/musyawarah.contract';
import { isNotFound } from '../../api-client/api-error';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { AttendanceSummaryView, QuorumChecks } from './attendance-summary';
import { DecisionList } from './decision-list';
import classes from './musyawarah.module.css';
import { MusyawarahStateBadge, QuorumBadge } from './musyawarah-badges';
import { ResultCard } from './result-card';
import { usePublicMusyawarah } from './use-musyawarah-queries';

function PublicMeeting({ m, memberDesa }: { m: PublicMusyawarah; memberDesa: readonly MemberDesa[] }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const resultTitle = (id: string | null) => m.results.find((r) => r.id === id)?.title ?? null;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="public-musyawarah" data-id={m.id}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h5" className={classes.wrap}>
            {m.title}
          </Title>
          <Group gap={6} wrap="wrap">
            <MusyawarahStateBadge state="ditetapkan" />
            <QuorumBadge valid={m.quorum.valid} />
            <Badge size="sm" radius="sm" tt="none" variant="light">
              {t(`musyawarah.kind.${m.kind}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" className={classes.wrap}>
            {[m.desaName, format.date(`${m.heldOn}T00:00:00`), m.place, m.organiser]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        {m.agenda.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('musyawarah.form.agenda')}
            </Text>
            <ol className={classes.methodList}>
              {m.agenda.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: agenda lines may repeat
                <li key={i}>{line}</li>
              ))}
            </ol>
          </div>
        )}
        <details>
          <summary>
            <Text span size="sm" fw={600}>
              {t('musyawarah.public.attendance', { attended: m.summary.attended, women: m.summary.women })}
            </Text>
          </summary>
          <Stack gap="sm" mt="xs">
            <AttendanceSummaryView summary={m.summary} memberDesa={memberDesa} />
            <QuorumChecks report={m.quorum} memberDesa={memberDesa} />
          </Stack>
        </details>
        <div>
          <Text size="sm" fw={600}>
            {t('musyawarah.decisions.heading')}
          </Text>
          {m.decisions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('musyawarah.decisions.empty')}
            </Text>
          ) : (
            <DecisionList decisions={m.decisions} resultTitle={resultTitle} />
          )}
        </div>
        {m.results.map((r) => (
          <ResultCard key={r.id} result={r} memberDesa={memberDesa} />
        ))}
      </Stack>
    </Paper>
  );
}

/**
 * On the public kawasan page: the fixed musyawarah with counts (no names), quorum, decisions and
 * results, each with "Hitung ulang" so anyone can recompute the published ranking.
 */
export function PublicMusyawarahSection({
  kawasanId,
  memberDesa,
}: {
  kawasanId: string;
  memberDesa: readonly MemberDesa[];
}) {
  const { t } = useTranslation();
  const query = usePublicMusyawarah(kawasanId);
  let body: ReactNode;
  if (query.isPending) body = <LoadingState />;
  else if (query.isError && !isNotFound(query.error))
    body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data || query.data.items.length === 0)
    body = (
      <Text size="sm" c="dimmed" data-testid="public-musyawarah-empty">
        {t('musyawarah.public.empty')}
      </Text>
    );
  else
    body = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('musyawarah.public.intro')}
        </Text>
        {query.data.items.map((m) => (
          <PublicMeeting key={m.id} m={m} memberDesa={memberDesa} />
        ))}
      </Stack>
    );
  return (
    <SectionCard title={t('musyawarah.public.heading')} testId="public-musyawarah-section">
      {body}
    </SectionCard>
  );
}
