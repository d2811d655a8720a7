import { Alert, Anchor, Button, Collapse, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Recommendation } from '../../../contracts/kawasan.contract';
import { Fact, FactList } from '../../shared/fact-list';
import { SectionCard } from '../../shared/section-card';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useFormatNumber } from '../../shared/use-format-number';
import { regionPath } from '../regions/region-labels';
import { ProposalCard } from './proposal-card';
import classes from './recommender.module.css';
import { groupLeftOut } from './recommender-model';

/** What anyone needs to judge or repeat a run: version, seed, IDM year, where neighbours came from. */
function RunFacts({ run, onRepeat }: { run: Recommendation; onRepeat: () => void }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const { dateTime } = useFormatDateTime();
  return (
    <Stack gap="sm">
      <FactList narrow aria-label={t('kawasanRecommender.run.facts')} testId="run-facts">
        <Fact label={t('kawasanRecommender.run.recommender')} testId="run-recommender">
          {run.recommender}
        </Fact>
        <Fact label={t('kawasanRecommender.run.seed')} testId="run-seed">
          {run.seed}
        </Fact>
        <Fact label={t('kawasanRecommender.run.indexYear')} testId="run-index-year">
          {run.indexYear === null
            ? t('kawasanRecommender.run.noIndexYear')
            : t('kawasanRecommender.run.indexYearValue', { year: run.indexYear })}
        </Fact>
        <Fact label={t('kawasanRecommender.run.graph')} testId="run-graph">
          {run.graphSource === 'boundaries'
            ? t('kawasanRecommender.run.graphBoundaries')
            : t('kawasanRecommender.run.graphEstimated')}
        </Fact>
        <Fact label={t('kawasanRecommender.run.desaCount')} testId="run-desa-count">
          {format(run.desaCount)}
        </Fact>
        <Fact label={t('kawasanRecommender.run.sizes')} testId="run-sizes">
          {t('kawasanRecommender.run.sizesValue', { min: run.minSize, max: run.maxSize })}
        </Fact>
        <Fact label={t('kawasanRecommender.run.at')} testId="run-at" wide>
          {t('kawasanRecommender.run.atValue', { at: dateTime(run.at), by: run.by })}
        </Fact>
      </FactList>
      <Group gap="xs" wrap="wrap">
        <Button variant="light" size="compact-sm" onClick={onRepeat} data-testid="run-repeat">
          {t('kawasanRecommender.run.repeat')}
        </Button>
        <CopyButton value={typeof window === 'undefined' ? '' : window.location.href}>
          {({ copied, copy }) => (
            <Button variant="default" size="compact-sm" onClick={copy} color={copied ? 'teal' : undefined}>
              {copied ? t('kawasanRecommender.run.copied') : t('kawasanRecommender.run.copyLink')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/** Every desa no proposal took, grouped by why, folded until asked for. */
function LeftOut({ run }: { run: Recommendation }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const groups = groupLeftOut(run.leftOut);
  const toggle = groups.length > 0 && (
    <Button
      variant="light"
      size="compact-sm"
      onClick={() => setOpen((o) => !o)}
      aria-expanded={open}
      aria-controls={panelId}
      data-testid="left-out-toggle"
    >
      {open ? t('kawasanRecommender.leftOut.hide') : t('kawasanRecommender.leftOut.show')}
    </Button>
  );
  return (
    <SectionCard
      title={t('kawasanRecommender.leftOut.heading', { count: run.leftOut.length })}
      actions={toggle}
    >
      {groups.length === 0 && <Text size="sm">{t('kawasanRecommender.leftOut.none')}</Text>}
      <Collapse expanded={open} id={panelId}>
        <Stack gap="md" data-testid="left-out">
          {groups.map((g) => (
            <Stack key={g.reason} gap={4} data-testid="left-out-group" data-reason={g.reason}>
              <Text size="sm" fw={600} lang="id" className={classes.wrap}>
                {t('kawasanRecommender.leftOut.groupLabel', { count: g.desa.length, reason: g.message })}
              </Text>
              <Text size="sm" className={classes.wrap}>
                {g.desa.map((d, i) => (
                  <span key={d.code}>
                    {i > 0 && ', '}
                    <Anchor component={Link} to={regionPath(d.code)} inherit>
                      {d.name}
                    </Anchor>
                  </span>
                ))}
              </Text>
            </Stack>
          ))}
        </Stack>
      </Collapse>
    </SectionCard>
  );
}

/** A run: its facts, why nothing was proposed (if so), each proposal, and the desa left out. */
export function RunResult({ run, onRepeat }: { run: Recommendation; onRepeat: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack gap="md" data-testid="recommendation" data-run={run.id}>
      <Paper
        component="section"
        withBorder
        radius="md"
        p={{ base: 'sm', sm: 'lg' }}
        aria-labelledby={headingId}
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {t('kawasanRecommender.run.heading', { name: run.kabupatenName })}
          </Title>
          <RunFacts run={run} onRepeat={onRepeat} />
          {run.graphSource === 'estimated' && (
            <Alert color="yellow" variant="light" title={t('kawasanRecommender.run.estimatedTitle')}>
              <Text size="sm">{t('kawasanRecommender.run.estimatedText')}</Text>
            </Alert>
          )}
        </Stack>
      </Paper>

      {run.proposals.length === 0 ? (
        <Alert
          color="orange"
          variant="light"
          title={t('kawasanRecommender.run.noProposalsTitle')}
          data-testid="no-proposal"
        >
          <Text size="sm" lang="id">
            {run.noProposalReason}
          </Text>
        </Alert>
      ) : (
        <Stack component="section" gap="sm" aria-labelledby={`${headingId}-proposals`}>
          <Stack gap={2}>
            <Title order={2} size="h3" id={`${headingId}-proposals`}>
              {t('kawasanRecommender.run.proposalsHeading', { count: run.proposals.length })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('kawasanRecommender.run.proposalsHint')}
            </Text>
          </Stack>
          {run.proposals.map((p) => (
            <ProposalCard key={p.id} runId={run.id} proposal={p} />
          ))}
        </Stack>
      )}

      <LeftOut run={run} />
    </Stack>
  );
}
