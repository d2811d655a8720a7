import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Proposal } from '../../../contracts/kawasan.contract';
import { formatRegionCode } from '../../../domain/region-code';
import { useNumberFormatter } from '../../shared/use-format-number';
import { MEMBER_ROLE_COLORS } from '../kawasan/kawasan-labels';
import { kawasanPath } from '../kawasan/kawasan-paths';
import { MemberRoleBadge } from '../kawasan/member-role-badge';
import { regionPath } from '../regions/region-labels';
import { StatusOrNotScored } from '../village-index/idm-status-badge';
import { ProposalKawasanForm } from './proposal-kawasan-form';
import classes from './recommender.module.css';
import { orderedMembers, pullGroups } from './recommender-model';

const SCORE: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 2 };

function Subheading({ children, id }: { children: string; id?: string }) {
  return (
    <Title order={4} size="h6" id={id}>
      {children}
    </Title>
  );
}

function Members({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  return (
    <ul
      className={classes.list}
      aria-label={t('kawasanRecommender.proposal.membersLabel', { id: proposal.id })}
    >
      {orderedMembers(proposal.members).map((m) => (
        <li key={m.code} className={classes.member} data-testid="proposal-member" data-code={m.code}>
          <span className={classes.memberName}>
            <Anchor component={Link} to={regionPath(m.code)} size="sm" fw={m.role === 'other' ? 400 : 600}>
              {m.name}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed" className={classes.code}>
              {formatRegionCode(m.code)}
            </Text>
          </span>
          <span className={classes.badges}>
            <StatusOrNotScored status={m.status} />
            <MemberRoleBadge testId="proposal-member-role" role={m.role} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function Pulls({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const groups = pullGroups(proposal);
  if (groups.length === 0) return null;
  return (
    <Stack gap={4}>
      <Subheading>{t('kawasanRecommender.proposal.pulls')}</Subheading>
      <ul
        className={classes.sentences}
        aria-label={t('kawasanRecommender.proposal.pullsLabel', { id: proposal.id })}
        data-testid="proposal-pulls"
      >
        {groups.map((g) => (
          <li key={g.locomotive.code}>
            <Text size="sm" className={classes.wrap}>
              <Text span inherit fw={700}>
                {g.locomotive.name}
              </Text>{' '}
              {t('kawasanRecommender.proposal.pullsVerb')}{' '}
              {g.lagging.map((l, i) => (
                <span key={l.member.code}>
                  {i > 0 && ', '}
                  <Text span inherit fw={600}>
                    {l.member.name}
                  </Text>
                  {l.steps > 0 && (
                    <Text span inherit c="dimmed">
                      {' '}
                      ({t('kawasanRecommender.proposal.steps', { count: l.steps })})
                    </Text>
                  )}
                </span>
              ))}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

function Scores({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const format = useNumberFormatter(SCORE);
  const { score } = proposal;
  const parts = [
    {
      key: 'total',
      label: t('kawasanRecommender.proposal.scoreTotal'),
      value: format(score.total),
      hint: null,
    },
    {
      key: 'mix',
      label: t('kawasanRecommender.proposal.scoreMix'),
      value: format(score.mix),
      hint: t('kawasanRecommender.proposal.scoreMixHint'),
    },
    {
      key: 'commodity',
      label: t('kawasanRecommender.proposal.scoreCommodity'),
      value:
        score.commodity === null ? t('kawasanRecommender.proposal.noCommodityData') : format(score.commodity),
      hint: t('kawasanRecommender.proposal.scoreCommodityHint'),
    },
    {
      key: 'compactness',
      label: t('kawasanRecommender.proposal.scoreCompactness'),
      value: format(score.compactness),
      hint: t('kawasanRecommender.proposal.scoreCompactnessHint'),
    },
  ];
  return (
    <Stack gap={4}>
      <Subheading>{t('kawasanRecommender.proposal.score')}</Subheading>
      <dl
        className={classes.scores}
        aria-label={t('kawasanRecommender.proposal.scoreLabel', { id: proposal.id })}
        data-testid="proposal-score"
      >
        {parts.map((p) => (
          <div key={p.key} className={classes.score} data-score={p.key}>
            <Text component="dt" size="xs" c="dimmed">
              {p.label}
            </Text>
            <dd className={classes.scoreValue}>{p.value}</dd>
            {p.hint && (
              <Text component="dd" size="xs" c="dimmed" m={0}>
                {p.hint}
              </Text>
            )}
          </div>
        ))}
      </dl>
    </Stack>
  );
}

function Explanation({ proposal }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Stack gap={4}>
      <Subheading>{t('kawasanRecommender.proposal.explanation')}</Subheading>
      {language !== 'id' && (
        <Text size="xs" c="dimmed">
          {t('kawasanRecommender.proposal.explanationLanguage')}
        </Text>
      )}
      <ul className={classes.sentences} lang="id" data-testid="proposal-explanation">
        {proposal.explanation.map((sentence) => (
          <li key={sentence}>
            <Text size="sm" className={classes.wrap}>
              {sentence}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

/** One proposed kawasan: members and their roles, who pulls whom, the score, the explanation, and the way to submit it. */
export function ProposalCard({ runId, proposal }: { runId: string; proposal: Proposal }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [making, setMaking] = useState(false);
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      aria-labelledby={headingId}
      data-testid="proposal-card"
      data-proposal={proposal.id}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={headingId}>
            {t('kawasanRecommender.proposal.title', { id: proposal.id })}
          </Title>
          <Group gap={4} wrap="wrap">
            <Badge variant="light" color="gray" radius="sm">
              {t('kawasanRecommender.proposal.summary', { count: proposal.members.length })}
            </Badge>
            <Badge variant="light" color={MEMBER_ROLE_COLORS.locomotive} radius="sm">
              {t('kawasanRecommender.proposal.locomotiveCount', { count: proposal.locomotives.length })}
            </Badge>
            <Badge variant="light" color={MEMBER_ROLE_COLORS.lagging} radius="sm">
              {t('kawasanRecommender.proposal.laggingCount', { count: proposal.lagging.length })}
            </Badge>
          </Group>
        </Group>
        <Stack gap={4}>
          <Subheading>{t('kawasanRecommender.proposal.members')}</Subheading>
          <Members proposal={proposal} />
        </Stack>
        <Pulls proposal={proposal} />
        <Scores proposal={proposal} />
        <Explanation proposal={proposal} />
        {proposal.kawasanId ? (
          <Alert color="teal" variant="light" p="xs" data-testid="proposal-made">
            <Group gap="xs" wrap="wrap">
              <Text size="sm">{t('kawasanRecommender.proposal.madeInto')}</Text>
              <Anchor component={Link} to={kawasanPath(proposal.kawasanId)} size="sm" fw={600}>
                {t('kawasanRecommender.proposal.openKawasan')}
              </Anchor>
            </Group>
          </Alert>
        ) : making ? (
          <ProposalKawasanForm runId={runId} proposal={proposal} onCancel={() => setMaking(false)} />
        ) : (
          <Group>
            <Button onClick={() => setMaking(true)} data-testid="proposal-open-form">
              {t('kawasanRecommender.proposal.open')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
