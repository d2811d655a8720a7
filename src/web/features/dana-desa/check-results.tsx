import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckView } from '../../../contracts/dana-desa.contract';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { type CheckLike, ruleRows, STATUS_COLORS } from './check-results-model';
import classes from './dana-desa.module.css';

interface CheckResultsProps {
  result: CheckLike;
  testId: string;
  /** Live while the operator types: announced politely to screen readers. */
  live?: boolean;
}

/**
 * Every rule of the year on a plan: a pass/fail badge, the amount against the limit, the exact
 * amount to cut or to add, and the sentence that says what to change. Failures come first.
 */
export function CheckResults({ result, testId, live = false }: CheckResultsProps) {
  const { t } = useTranslation();
  const rows = ruleRows(result);
  const { summary } = result;
  return (
    <Stack gap="xs" data-testid={testId} data-version={result.ruleSetVersion}>
      <Group gap="xs" wrap="wrap" aria-live={live ? 'polite' : undefined} data-testid={`${testId}-summary`}>
        <Badge color={summary.failed > 0 ? 'red' : 'green'} variant="light" size="lg">
          {summary.failed > 0
            ? t('danaDesa.check.failedCount', { count: summary.failed })
            : t('danaDesa.check.allPassed')}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('danaDesa.check.counts', {
            passed: summary.passed,
            failed: summary.failed,
            version: result.ruleSetVersion,
          })}
        </Text>
      </Group>
      {rows.map((row) => (
        <Paper
          key={row.ruleId}
          withBorder
          radius="md"
          p="sm"
          className={classes.ruleCard}
          data-status={row.status}
          data-rule={row.ruleId}
          data-testid={`${testId}-rule`}
        >
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Text fw={700} size="sm">
                {row.title}
              </Text>
              <Badge color={STATUS_COLORS[row.status]} variant="filled" className={classes.noShrink}>
                {t(`danaDesa.status.${row.status}`)}
              </Badge>
            </Group>
            <Group gap="md" wrap="wrap">
              <Text size="sm">
                {t('danaDesa.check.amount')}: <strong>{row.amountText}</strong>
                {row.shareText ? ` (${row.shareText})` : ''}
              </Text>
              {row.limitText && (
                <Text size="sm">
                  {t('danaDesa.check.limit')}: {row.limitText}
                </Text>
              )}
            </Group>
            {row.change && (
              <Text size="sm" fw={700} c="red.8" data-testid={`${testId}-change`}>
                {t(row.change.kind === 'cut' ? 'danaDesa.check.cut' : 'danaDesa.check.add', {
                  amount: row.change.amountText,
                })}
              </Text>
            )}
            <Text size="sm" data-testid={`${testId}-sentence`}>
              {row.sentence}
            </Text>
            <Text size="xs" c="dimmed">
              {row.citation} · {t(`danaDesa.confidence.${row.confidence}`)}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** The stored check of a plan with the rule-set version it was made with. */
export function StoredCheck({
  check,
  unavailable,
  testId,
}: {
  check: CheckView | null;
  unavailable: string | null;
  testId: string;
}) {
  const { t } = useTranslation();
  const { dateTime: formatDateTime } = useFormatDateTime();
  if (!check) {
    return <Text c="dimmed">{unavailable ?? t('danaDesa.plan.noStoredCheck')}</Text>;
  }
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" data-testid={`${testId}-version`}>
        {t('danaDesa.plan.checkedAt', { at: formatDateTime(check.checkedAt), version: check.ruleSetVersion })}
      </Text>
      <CheckResults result={check} testId={testId} />
    </Stack>
  );
}
