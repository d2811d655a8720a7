import { Anchor, Badge, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KawasanDetail } from '../../../contracts/kawasan.contract';
import { FINAL_STATES, type KawasanState } from '../../../domain/kawasan/lifecycle';
import { isPublicState } from '../../../domain/kawasan/registry';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { lifecycleSteps } from './kawasan-labels';
import classes from './kawasan-page.module.css';
import { KAWASAN_LIST_PATH, kawasanPublicPath } from './kawasan-paths';
import { KawasanStateBadge } from './kawasan-state-badge';

/** The path of the lifecycle with the kawasan's place on it; a rejected or cancelled one says where it ended. */
function LifecycleSteps({ state, endedFrom }: { state: KawasanState; endedFrom: KawasanState | null }) {
  const { t } = useTranslation();
  const steps = lifecycleSteps(state, endedFrom);
  const ended = FINAL_STATES.includes(state);
  return (
    <ol className={classes.steps} aria-label={t('kawasan.detail.stepsLabel')} data-testid="lifecycle-steps">
      {steps.map((step) => (
        <li
          key={step.state}
          className={classes.step}
          data-status={step.status}
          aria-current={step.status === 'current' ? 'step' : undefined}
        >
          {step.status === 'done' && <span aria-hidden="true">✓ </span>}
          {t(`kawasan.state.${step.state}`)}
          {step.status === 'done' && (
            <VisuallyHidden component="span"> ({t('kawasan.detail.stepDone')})</VisuallyHidden>
          )}
        </li>
      ))}
      {ended && (
        <li className={classes.step} data-status="ended" aria-current="step">
          {t(`kawasan.state.${state}`)}
        </li>
      )}
    </ol>
  );
}

/** Name, state, theme, region and designation decree of a kawasan, and its place in the lifecycle. */
export function KawasanHeader({
  kawasan,
  endedFrom,
}: {
  kawasan: KawasanDetail;
  endedFrom: KawasanState | null;
}) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (
    <Stack gap="xs" component="header">
      <Anchor component={Link} to={KAWASAN_LIST_PATH} size="sm">
        ← {t('kawasan.backToList')}
      </Anchor>
      <Group gap="xs" wrap="wrap">
        <KawasanStateBadge state={kawasan.state} />
        {kawasan.theme && (
          <Badge variant="default" radius="sm" tt="none" data-testid="kawasan-theme-badge">
            {kawasan.theme.label}
          </Badge>
        )}
      </Group>
      <Title order={1} className={classes.title} data-testid="kawasan-title">
        {kawasan.name}
      </Title>
      <Text c="dimmed" size="sm">
        {t('kawasan.detail.where', { region: kawasan.regionName, count: kawasan.memberCount })}
      </Text>
      {kawasan.decree && (
        <Text size="sm" data-testid="kawasan-decree">
          {t('kawasan.detail.decree', {
            number: kawasan.decree.number,
            date: format.date(`${kawasan.decree.date}T00:00:00`),
          })}
        </Text>
      )}
      {isPublicState(kawasan.state) && (
        <Anchor
          component={Link}
          to={kawasanPublicPath(kawasan.id)}
          size="sm"
          data-testid="kawasan-public-link"
        >
          {t('kawasan.detail.publicPage')}
        </Anchor>
      )}
      <LifecycleSteps state={kawasan.state} endedFrom={endedFrom} />
    </Stack>
  );
}
