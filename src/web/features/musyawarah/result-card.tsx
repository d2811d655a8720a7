import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  MemberDesa,
  MusyawarahResult,
  ResultRankingEntry,
} from '../../../contracts/musyawarah.contract';
import { useWideLayout } from '../../shared/use-wide-layout';
import { CheckItem } from './attendance-summary';
import classes from './musyawarah.module.css';
import { rupiahText } from './musyawarah-forms';
import {
  localDecimal,
  methodDescription,
  type RecheckOutcome,
  recheckResult,
  tiedTitles,
  tieGroups,
  totalText,
} from './result-view';

const OUTCOME_COLOR = {
  terpilih: 'teal',
  didanai: 'green',
  dibawa: 'orange',
  tidak_terpilih: 'gray',
} as const;

function OutcomeBadge({ entry }: { entry: ResultRankingEntry }) {
  const { t } = useTranslation();
  return (
    <Badge
      size="sm"
      radius="sm"
      tt="none"
      variant="light"
      color={OUTCOME_COLOR[entry.outcome]}
      data-testid="result-outcome"
      data-outcome={entry.outcome}
    >
      {t(`musyawarah.outcome.${entry.outcome}`)}
    </Badge>
  );
}

/** "Hitung ulang": the published inputs recomputed in this browser, and what came out. */
export function RecheckButton({ result }: { result: MusyawarahResult }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<RecheckOutcome | null>(null);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => setOutcome(recheckResult(result))}
          data-testid="result-recheck"
        >
          {t('musyawarah.result.recheck')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('musyawarah.result.recheckHint')}
        </Text>
      </Group>
      {outcome?.kind === 'same' && (
        <Alert color="teal" variant="light" p="xs" role="status" data-testid="result-recheck-same">
          <Text size="sm" fw={600}>
            {t('musyawarah.result.recheckSame')}
          </Text>
          <Text size="xs">
            {t('musyawarah.result.recheckChecked', {
              parts: outcome.checked.map((p) => t(`musyawarah.result.part.${p}`)).join(', '),
            })}
          </Text>
        </Alert>
      )}
      {outcome?.kind === 'nothing' && (
        <Alert color="gray" variant="light" p="xs" role="status" data-testid="result-recheck-nothing">
          <Text size="sm">{t('musyawarah.result.recheckNothing')}</Text>
        </Alert>
      )}
      {outcome?.kind === 'different' && (
        <Alert color="red" variant="light" p="xs" role="alert" data-testid="result-recheck-different">
          <Text size="sm" fw={600}>
            {t('musyawarah.result.recheckDifferent', { count: outcome.issues.length })}
          </Text>
          <ul className={classes.methodList}>
            {outcome.issues.map((issue) => (
              <li key={`${issue.field}-${issue.message}`}>
                <Text span size="xs" className={classes.code}>
                  {issue.field}
                </Text>{' '}
                <Text span size="xs" className={classes.wrap}>
                  {issue.message}
                </Text>
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </Stack>
  );
}

function Ranking({ result }: { result: MusyawarahResult }) {
  const { t, i18n } = useTranslation();
  const wide = useWideLayout();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const decimal = (text: string) => localDecimal(text, language);
  const hasTotals = result.ranking.some((e) => e.totalDecimal !== null);
  const hasVotes = result.ranking.some((e) => e.votes !== null);
  const hasAmounts = result.ranking.some((e) => e.amount !== null) || result.funding !== null;
  const rank = (e: ResultRankingEntry) => (e.rank === null ? '–' : String(e.rank));
  const title = (e: ResultRankingEntry) => (
    <>
      <Text span size="sm" fw={600} className={classes.wrap}>
        {e.title}
      </Text>
      {e.carriedOver && (
        <Text span size="xs" c="orange.8" display="block">
          {t('musyawarah.result.carriedIn')}
        </Text>
      )}
      {e.tiedWith.length > 0 && (
        <Text span size="xs" c="dimmed" display="block" data-testid="result-tied">
          {t('musyawarah.result.tiedWith', { names: tiedTitles(e, result.ranking).join(', ') })}
        </Text>
      )}
    </>
  );
  if (!wide) {
    return (
      <ol className={classes.rowList} aria-label={t('musyawarah.result.rankingLabel')}>
        {result.ranking.map((e) => (
          <li
            key={e.proposalId}
            className={classes.row}
            data-testid="result-row"
            data-chosen={result.chosenProposalIds.includes(e.proposalId)}
          >
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text span size="sm" fw={700}>
                  {rank(e)}.{' '}
                </Text>
                {title(e)}
              </div>
              <OutcomeBadge entry={e} />
            </Group>
            <Text size="xs" c="dimmed">
              {[
                hasTotals ? `${t('musyawarah.result.total')} ${totalText(e, decimal)}` : null,
                hasVotes && e.votes !== null ? t('musyawarah.result.votesCount', { count: e.votes }) : null,
                e.amount ? `${t('musyawarah.result.amount')} ${rupiahText(e.amount)}` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table
        verticalSpacing={4}
        aria-label={t('musyawarah.result.rankingLabel')}
        data-testid="result-ranking"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className={classes.number} w={90}>
              {t('musyawarah.result.rank')}
            </Table.Th>
            <Table.Th scope="col">{t('musyawarah.result.proposal')}</Table.Th>
            {hasTotals && (
              <Table.Th scope="col" className={classes.number}>
                {t('musyawarah.result.total')}
              </Table.Th>
            )}
            {hasVotes && (
              <Table.Th scope="col" className={classes.number}>
                {t('musyawarah.result.votes')}
              </Table.Th>
            )}
            <Table.Th scope="col">{t('musyawarah.result.outcomeHeading')}</Table.Th>
            {hasAmounts && (
              <Table.Th scope="col" className={classes.number}>
                {t('musyawarah.result.amount')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.ranking.map((e) => {
            const chosen = result.chosenProposalIds.includes(e.proposalId);
            return (
              <Table.Tr
                key={e.proposalId}
                className={chosen ? classes.chosenRow : undefined}
                data-testid="result-row"
                data-chosen={chosen}
              >
                <Table.Td className={classes.number}>{rank(e)}</Table.Td>
                <Table.Td>{title(e)}</Table.Td>
                {hasTotals && <Table.Td className={classes.number}>{totalText(e, decimal)}</Table.Td>}
                {hasVotes && <Table.Td className={classes.number}>{e.votes ?? '–'}</Table.Td>}
                <Table.Td>
                  <OutcomeBadge entry={e} />
                </Table.Td>
                {hasAmounts && (
                  <Table.Td className={classes.number}>{e.amount ? rupiahText(e.amount) : '–'}</Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A stored result: method, ranking with ties, funding and carry-over, the ½ + 1 check, and "Hitung ulang". */
export function ResultCard({
  result,
  memberDesa,
  onDelete,
  deleting = false,
}: {
  result: MusyawarahResult;
  memberDesa: readonly MemberDesa[];
  onDelete?: (() => void) | undefined;
  deleting?: boolean;
}) {
  const { t } = useTranslation();
  const description = methodDescription(result);
  const ties = tieGroups(result.ranking);
  const combined = result.stored.combined as { rule?: string } | null;
  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      data-testid="result-card"
      data-id={result.id}
      data-method={result.method}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} size="h5" className={classes.wrap}>
              {result.title}
            </Title>
            <Group gap={6} wrap="wrap">
              <Badge size="sm" radius="sm" tt="none" variant="light">
                {t(`musyawarah.proposalKind.${result.subject}`)}
              </Badge>
              <Badge size="sm" radius="sm" tt="none" variant="outline" data-testid="result-method">
                {t(`musyawarah.method.${result.method}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('musyawarah.result.cycle', { year: result.cycleYear })}
              </Text>
            </Group>
          </Stack>
          {onDelete && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={onDelete}
              loading={deleting}
              data-testid="result-delete"
            >
              {t('musyawarah.result.delete')}
            </Button>
          )}
        </Group>
        <Ranking result={result} />
        {ties.length > 0 && (
          <Text size="sm" data-testid="result-ties">
            {t('musyawarah.result.ties', { groups: ties.map((g) => g.join(' = ')).join('; ') })}
          </Text>
        )}
        {result.funding && (
          <Text size="sm" data-testid="result-funding">
            {t('musyawarah.result.funding', {
              available: rupiahText(result.funding.availableBudget),
              funded: rupiahText(result.funding.fundedTotal),
              remaining: rupiahText(result.funding.remainingBudget),
              rule: t(`musyawarah.fundingRule.${result.funding.rule}`),
            })}
          </Text>
        )}
        {result.ranking.some((e) => e.outcome === 'dibawa') && (
          <Text size="sm" c="orange.8" data-testid="result-carried">
            {t('musyawarah.result.carriedOver', {
              names: result.ranking
                .filter((e) => e.outcome === 'dibawa')
                .map((e) => e.title)
                .join(', '),
            })}
          </Text>
        )}
        {result.voteMajority && (
          <ul className={classes.rowList}>
            <CheckItem check={result.voteMajority} memberDesa={memberDesa} />
          </ul>
        )}
        <details>
          <summary>
            <Text span size="sm" fw={600}>
              {t('musyawarah.result.howComputed')}
            </Text>
          </summary>
          <Stack gap={4} mt={4}>
            <Text size="sm">{t(`musyawarah.methodText.${result.method}`)}</Text>
            {combined?.rule &&
              (combined.rule === 'score_then_vote' || combined.rule === 'vote_then_score') && (
                <Text size="sm">{t(`musyawarah.combinationRule.${combined.rule}`)}</Text>
              )}
            {description.length > 0 && (
              <ul className={classes.methodList} data-testid="result-method-description">
                {description.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </Stack>
        </details>
        <RecheckButton result={result} />
      </Stack>
    </Paper>
  );
}
