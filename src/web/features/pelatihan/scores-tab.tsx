import { Alert, Badge, Button, Group, List, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TrainingGainSummary,
  TrainingScoreImport,
  TrainingScores,
} from '../../../contracts/training-participant.contract';
import type { TrainingSessionView } from '../../../contracts/training-programme.contract';
import type { GainCategory } from '../../../domain/training/gain';
import { isApiError } from '../../api-client/api-error';
import { scoreTemplateUrl } from '../../api-client/training-api';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SheetImportPanel } from '../../shared/sheet-import-panel';
import { SuccessNote } from '../../shared/success-note';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './pelatihan.module.css';
import { problemIssues } from './pelatihan-forms';
import {
  editIssues,
  GAIN_CATEGORY_COLORS,
  importIssueLines,
  type ScoreEdits,
  scoreKey,
  scoresBody,
  serverCellIssues,
  storedScore,
  type Test,
} from './scores-model';
import { useImportScores, useRecordScores, useScores } from './use-pelatihan-queries';

type Row = TrainingScores['rows'][number];

/** A decimal text of the server (`0.75`) with the reader's decimal sign. */
function useDecimal(): (text: string) => string {
  const { t } = useTranslation();
  const sign = t('pelatihan.decimalPoint');
  return (text) => text.replace('.', sign);
}

function CategoryBadge({ category, label }: { category: GainCategory; label: string }) {
  return (
    <Badge
      color={GAIN_CATEGORY_COLORS[category]}
      variant="light"
      radius="sm"
      size="sm"
      style={{ textTransform: 'none', flexShrink: 0 }}
      data-testid="gain-category"
      data-category={category}
    >
      {label}
    </Badge>
  );
}

function GainCell({ row, aspect }: { row: Row; aspect: string }) {
  const decimal = useDecimal();
  const { t } = useTranslation();
  const a = row.aspects.find((x) => x.aspect === aspect);
  if (!a) return null;
  if (!a.gain) {
    return (
      <Text size="xs" c="dimmed" title={a.reason ?? undefined} data-testid="gain-none" data-status={a.status}>
        {t(`pelatihan.scores.status.${a.status}`, { defaultValue: a.statusLabel })}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap" data-testid="gain" data-exact={a.gain.exact}>
      <Text size="sm" fw={600} className={classes.number}>
        {decimal(a.gain.text)}
      </Text>
      <CategoryBadge
        category={a.gain.category}
        label={t(`pelatihan.scores.categoryShort.${a.gain.category}`)}
      />
    </Group>
  );
}

interface CellInputProps {
  row: Row;
  test: Test;
  aspect: string;
  aspectLabel: string;
  edits: ScoreEdits;
  onEdit: (key: string, text: string) => void;
  editable: boolean;
  error: string | undefined;
}

function ScoreCell({ row, test, aspect, aspectLabel, edits, onEdit, editable, error }: CellInputProps) {
  const { t, i18n } = useTranslation();
  const comma = (i18n.resolvedLanguage ?? i18n.language) !== 'en';
  const key = scoreKey(row.registrationId, test, aspect);
  const stored = storedScore(row, test, aspect, comma);
  const value = edits[key] ?? stored;
  const label = t('pelatihan.scores.cellLabel', {
    name: row.name,
    test: t(`pelatihan.scores.${test}`),
    aspect: aspectLabel,
  });
  if (!editable) {
    return (
      <Text size="sm" className={classes.number} aria-label={label} data-testid={`score-${test}`}>
        {stored || t('common.none')}
      </Text>
    );
  }
  return (
    <TextInput
      size="xs"
      inputMode="decimal"
      autoComplete="off"
      maxLength={12}
      className={classes.scoreInput}
      aria-label={label}
      value={value}
      onChange={(e) => onEdit(key, e.currentTarget.value)}
      error={error}
      data-testid={`score-input-${test}`}
      data-aspect={aspect}
    />
  );
}

function Summary({ s }: { s: TrainingGainSummary }) {
  const { t } = useTranslation();
  const decimal = useDecimal();
  const label = (category: GainCategory, fallback: string) =>
    t(`pelatihan.scores.category.${category}`, { defaultValue: fallback });
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="gain-summary" data-aspect={s.aspect}>
      <Stack gap={6}>
        <Text fw={700}>
          {t(`pelatihan.aspect.${s.aspect}`, { defaultValue: s.aspectLabel })}
          <Text span size="sm" c="dimmed" fw={400}>
            {' · '}
            {t('pelatihan.scores.participants', { count: s.participants })}
          </Text>
        </Text>
        <div className={classes.twoColumns}>
          <Stack gap={2} data-testid="mean-of-gains">
            <Text size="sm" fw={600}>
              {t('pelatihan.scores.meanOfGains')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('pelatihan.scores.meanOfGainsHint')}
            </Text>
            {s.meanOfGains ? (
              <Group gap={6}>
                <Text size="lg" fw={700} className={classes.number} data-testid="mean-of-gains-value">
                  {decimal(s.meanOfGains.text)}
                </Text>
                <CategoryBadge
                  category={s.meanOfGains.category}
                  label={label(s.meanOfGains.category, s.meanOfGains.categoryLabel)}
                />
                <Text size="xs" c="dimmed">
                  n = {s.meanOfGains.n}
                </Text>
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t('pelatihan.scores.noMeasure')}
              </Text>
            )}
            {s.excludedFromMeanOfGains > 0 && (
              <Text size="xs" c="dimmed">
                {t('pelatihan.scores.excluded', { count: s.excludedFromMeanOfGains })}
              </Text>
            )}
          </Stack>
          <Stack gap={2} data-testid="gain-of-means">
            <Text size="sm" fw={600}>
              {t('pelatihan.scores.gainOfMeans')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('pelatihan.scores.gainOfMeansHint')}
            </Text>
            {s.gainOfMeans ? (
              <>
                <Group gap={6}>
                  <Text size="lg" fw={700} className={classes.number} data-testid="gain-of-means-value">
                    {decimal(s.gainOfMeans.text)}
                  </Text>
                  <CategoryBadge
                    category={s.gainOfMeans.category}
                    label={label(s.gainOfMeans.category, s.gainOfMeans.categoryLabel)}
                  />
                  <Text size="xs" c="dimmed">
                    n = {s.gainOfMeans.n}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('pelatihan.scores.means', {
                    pre: decimal(s.gainOfMeans.meanPre.text),
                    post: decimal(s.gainOfMeans.meanPost.text),
                  })}
                </Text>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('pelatihan.scores.noMeasure')}
              </Text>
            )}
            {s.excludedFromGainOfMeans > 0 && (
              <Text size="xs" c="dimmed">
                {t('pelatihan.scores.excluded', { count: s.excludedFromGainOfMeans })}
              </Text>
            )}
          </Stack>
        </div>
        <Group gap={6} wrap="wrap" data-testid="gain-category-counts">
          {s.categoryCounts.map((c) => (
            <Text key={c.category} size="xs" c="dimmed">
              {label(c.category, c.label)}: {c.n}
            </Text>
          ))}
        </Group>
        {s.notes.length > 0 && (
          <List size="xs" spacing={2}>
            {s.notes.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

/** "Unduh templat" and "Impor XLSX": every row of the sheet is stored, or none and every bad row said. */
function SheetImport({ sid, onStart }: { sid: string; onStart: () => void }) {
  const { t } = useTranslation();
  const upload = useImportScores(sid);
  return (
    <SheetImportPanel
      variant="card"
      testIdPrefix="score"
      title={t('pelatihan.scores.sheetHeading')}
      hint={t('pelatihan.scores.sheetHint')}
      templateUrl={scoreTemplateUrl(sid)}
      upload={upload}
      variables={(input) => input}
      onStart={onStart}
      texts={{
        template: t('pelatihan.scores.template'),
        import: t('pelatihan.scores.import'),
        reading: t('pelatihan.scores.reading'),
        uploading: (percent) => t('pelatihan.scores.uploading', { percent }),
        doneTitle: t('pelatihan.scores.importedTitle'),
        failedTitle: t('pelatihan.scores.importFailedTitle'),
        nothingImported: t('pelatihan.scores.nothingImported'),
      }}
      failure={(error) => ({
        lines: importIssueLines(problemIssues(error)),
        message: isApiError(error) ? error.message : undefined,
      })}
      done={(result: TrainingScoreImport, fileName) => (
        <>
          <Text size="sm">
            {t('pelatihan.scores.imported', {
              rows: result.imported,
              values: result.values,
              file: fileName,
            })}
          </Text>
          {result.missingCodes.length > 0 && (
            <Text size="sm" data-testid="score-import-missing">
              {t('pelatihan.scores.missing', { codes: result.missingCodes.join(', ') })}
            </Text>
          )}
        </>
      )}
    />
  );
}

/**
 * Nilai: pre-test and post-test per tested aspect typed in by hand or imported from the sheet,
 * each participant's normalised gain with its category, and the session's summary with both
 * means named (the mean of the gains, and the gain of the mean scores).
 */
export function ScoresTab({ session }: { session: TrainingSessionView }) {
  const { t } = useTranslation();
  const scores = useScores(session.id);
  const record = useRecordScores(session.id);
  const wide = useWideLayout();
  const [edits, setEdits] = useState<ScoreEdits>({});
  const [sentIds, setSentIds] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  if (scores.isPending) return <LoadingState />;
  if (scores.isError) return <PageLoadError error={scores.error} onRetry={() => void scores.refetch()} />;
  const s = scores.data;
  const canPre = s.canManage && s.canRecordPreTest;
  const canPost = s.canManage && s.canRecordPostTest;
  const local = tried ? editIssues(s, edits) : {};
  const server = serverCellIssues(problemIssues(record.error), sentIds);
  const changed = scoresBody(s, edits);
  const onEdit = (key: string, text: string) => {
    setSaved(false);
    setEdits((e) => ({ ...e, [key]: text }));
  };
  const save = () => {
    setTried(true);
    if (Object.keys(editIssues(s, edits)).length > 0 || !changed) return;
    setSentIds(changed.registrationIds);
    record.mutate(changed.body, {
      onSuccess: () => {
        setEdits({});
        setTried(false);
        setSaved(true);
      },
    });
  };
  const errorOf = (key: string) => local[key] ?? server.byCell[key];
  const cell = (row: Row, test: Test, aspect: string, aspectLabel: string) => (
    <ScoreCell
      row={row}
      test={test}
      aspect={aspect}
      aspectLabel={aspectLabel}
      edits={edits}
      onEdit={onEdit}
      editable={test === 'pre' ? canPre : canPost}
      error={errorOf(scoreKey(row.registrationId, test, aspect))}
    />
  );
  const aspects = s.testedAspects.map((a) => ({
    aspect: a.aspect,
    label: t(`pelatihan.aspect.${a.aspect}`, { defaultValue: a.label }),
  }));

  if (s.testedAspects.length === 0) {
    return (
      <Alert color="gray" variant="light" data-testid="scores-untested">
        <Text size="sm">{t('pelatihan.scores.untested')}</Text>
      </Alert>
    );
  }
  return (
    <Stack gap="md" data-testid="scores-tab">
      {saved && <SuccessNote onClose={() => setSaved(false)}>{t('pelatihan.scores.saved')}</SuccessNote>}
      {s.canManage && <SheetImport sid={session.id} onStart={() => setSaved(false)} />}
      <SectionCard title={t('pelatihan.scores.tableHeading')} testId="score-table-card">
        {s.canManage && !canPre && !canPost && (
          <Text size="sm" c="dimmed">
            {t('pelatihan.scores.closed')}
          </Text>
        )}
        {s.rows.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="scores-empty">
            {t('pelatihan.scores.empty')}
          </Text>
        ) : wide ? (
          <Table.ScrollContainer minWidth={320 + aspects.length * 300}>
            <Table
              verticalSpacing={6}
              withColumnBorders
              aria-label={t('pelatihan.scores.tableHeading')}
              data-testid="score-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" rowSpan={2} className={classes.stickyName}>
                    {t('pelatihan.participants.name')}
                  </Table.Th>
                  {aspects.map((a) => (
                    <Table.Th key={a.aspect} scope="colgroup" colSpan={3} ta="center">
                      {a.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
                <Table.Tr>
                  {aspects.flatMap((a) => [
                    <Table.Th key={`${a.aspect}-pre`} scope="col">
                      {t('pelatihan.scores.pre')}
                    </Table.Th>,
                    <Table.Th key={`${a.aspect}-post`} scope="col">
                      {t('pelatihan.scores.post')}
                    </Table.Th>,
                    <Table.Th key={`${a.aspect}-gain`} scope="col">
                      {t('pelatihan.scores.gain')}
                    </Table.Th>,
                  ])}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.rows.map((row) => (
                  <Table.Tr
                    key={row.registrationId}
                    data-testid="score-row"
                    data-registration={row.registrationId}
                  >
                    <Table.Th scope="row" className={classes.stickyName} fw={500}>
                      <Text size="sm" className={classes.wrap}>
                        <Text span c="dimmed" className={classes.code}>
                          {row.code}
                        </Text>{' '}
                        {row.name}
                      </Text>
                    </Table.Th>
                    {aspects.flatMap((a) => [
                      <Table.Td key={`${a.aspect}-pre`}>{cell(row, 'pre', a.aspect, a.label)}</Table.Td>,
                      <Table.Td key={`${a.aspect}-post`}>{cell(row, 'post', a.aspect, a.label)}</Table.Td>,
                      <Table.Td key={`${a.aspect}-gain`}>
                        <GainCell row={row} aspect={a.aspect} />
                      </Table.Td>,
                    ])}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <ul className={classes.list} aria-label={t('pelatihan.scores.tableHeading')}>
            {s.rows.map((row) => (
              <li
                key={row.registrationId}
                className={classes.row}
                data-testid="score-row"
                data-registration={row.registrationId}
              >
                <Stack gap={6}>
                  <Text size="sm" fw={600} className={classes.wrap}>
                    <Text span c="dimmed" className={classes.code}>
                      {row.code}
                    </Text>{' '}
                    {row.name}
                  </Text>
                  {aspects.map((a) => (
                    <Stack key={a.aspect} gap={4}>
                      <Text size="xs" fw={600}>
                        {a.label}
                      </Text>
                      <Group gap="xs" wrap="wrap" align="flex-start">
                        <Stack gap={0}>
                          <Text size="xs" c="dimmed">
                            {t('pelatihan.scores.pre')}
                          </Text>
                          {cell(row, 'pre', a.aspect, a.label)}
                        </Stack>
                        <Stack gap={0}>
                          <Text size="xs" c="dimmed">
                            {t('pelatihan.scores.post')}
                          </Text>
                          {cell(row, 'post', a.aspect, a.label)}
                        </Stack>
                        <Stack gap={0} style={{ minWidth: 0 }}>
                          <Text size="xs" c="dimmed">
                            {t('pelatihan.scores.gain')}
                          </Text>
                          <GainCell row={row} aspect={a.aspect} />
                        </Stack>
                      </Group>
                    </Stack>
                  ))}
                </Stack>
              </li>
            ))}
          </ul>
        )}
        {s.hiddenCount > 0 && (
          <Text size="sm" c="dimmed">
            {t('pelatihan.participants.hidden', { count: s.hiddenCount })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('pelatihan.scores.gainRule')}
        </Text>
      </SectionCard>
      {record.isError && (
        <Stack gap={4}>
          <MutationErrorAlert error={record.error} title={t('common.notSavedTitle')} />
          {server.other.length > 0 && (
            <List size="sm" spacing={2}>
              {server.other.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      {(canPre || canPost) && (
        <div className={classes.stickyBar}>
          <Group gap="sm" justify="space-between" wrap="wrap">
            <Text size="sm" data-testid="scores-pending">
              {changed
                ? t('pelatihan.scores.pending', { count: changed.registrationIds.length })
                : t('pelatihan.attendance.noChanges')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="sm"
                variant="default"
                disabled={!changed || record.isPending}
                onClick={() => {
                  setEdits({});
                  setTried(false);
                }}
              >
                {t('pelatihan.attendance.discard')}
              </Button>
              <Button
                size="sm"
                onClick={save}
                disabled={!changed}
                loading={record.isPending}
                data-testid="scores-save"
              >
                {t('pelatihan.scores.save')}
              </Button>
            </Group>
          </Group>
        </div>
      )}
      <SectionCard title={t('pelatihan.scores.summaryHeading')} testId="gain-summaries">
        <Text size="sm" c="dimmed">
          {t('pelatihan.scores.summaryHint')}
        </Text>
        {s.summary.map((x) => (
          <Summary key={x.aspect} s={x} />
        ))}
      </SectionCard>
    </Stack>
  );
}
