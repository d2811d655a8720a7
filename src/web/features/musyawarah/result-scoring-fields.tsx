/** The scoring part of the result form: the agreed criteria, the score grid and the live ranking. */
import {
  Alert,
  Button,
  CloseButton,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProposalView } from '../../../contracts/musyawarah.contract';
import { CRITERION_DIRECTIONS, type CriterionDirection } from '../../../domain/deliberation/scoring';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './musyawarah.module.css';
import {
  type CriterionRow,
  cellKey,
  codeFromLabel,
  emptyCriterion,
  emptyScorer,
  type ResultDraft,
  type ResultProblem,
  type ScorerRow,
  scorePreview,
} from './result-draft';
import { localDecimal } from './result-view';

/** The criteria agreed in the meeting: label, code, weight, direction and scale of each. */
export function CriteriaRows({
  criteria,
  onChange,
  errors,
}: {
  criteria: CriterionRow[];
  onChange: (rows: CriterionRow[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const set = (key: string, patch: Partial<CriterionRow>) =>
    onChange(criteria.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  return (
    <Stack gap="xs" data-testid="result-criteria">
      {criteria.map((c, i) => {
        const at = (field: string) => errors[`criteria[${i}].${field}`] ?? errors[`criteria.${i}.${field}`];
        return (
          <Fieldset
            key={c.key}
            legend={t('musyawarah.resultForm.criterionLegend', { n: i + 1 })}
            p="xs"
            radius="sm"
            className={classes.card}
            data-testid="result-criterion"
          >
            {criteria.length > 1 && (
              <CloseButton
                className={classes.cardRemove}
                size="sm"
                onClick={() => onChange(criteria.filter((r) => r.key !== c.key))}
                aria-label={t('musyawarah.resultForm.removeCriterion', { n: i + 1 })}
              />
            )}
            <div className={classes.threeColumns}>
              <TextInput
                size="xs"
                label={t('musyawarah.resultForm.criterionLabel')}
                value={c.label}
                maxLength={160}
                onChange={(e) => {
                  const label = e.currentTarget.value;
                  const auto = c.code === '' || c.code === codeFromLabel(c.label);
                  set(c.key, { label, ...(auto ? { code: codeFromLabel(label) } : {}) });
                }}
                error={at('label')}
                data-testid="criterion-label"
              />
              <TextInput
                size="xs"
                label={t('musyawarah.resultForm.criterionCode')}
                value={c.code}
                maxLength={40}
                onChange={(e) => set(c.key, { code: e.currentTarget.value })}
                error={at('code')}
                data-testid="criterion-code"
              />
              <TextInput
                size="xs"
                label={t('musyawarah.resultForm.weight')}
                inputMode="decimal"
                value={c.weight}
                onChange={(e) => set(c.key, { weight: e.currentTarget.value })}
                error={at('weight')}
                data-testid="criterion-weight"
              />
              <NativeSelect
                size="xs"
                label={t('musyawarah.resultForm.direction')}
                data={CRITERION_DIRECTIONS.map((d) => ({ value: d, label: t(`musyawarah.direction.${d}`) }))}
                value={c.direction}
                onChange={(e) => set(c.key, { direction: e.currentTarget.value as CriterionDirection })}
                error={at('direction')}
                data-testid="criterion-direction"
              />
              <TextInput
                size="xs"
                label={t('musyawarah.resultForm.scaleMin')}
                inputMode="decimal"
                value={c.min}
                onChange={(e) => set(c.key, { min: e.currentTarget.value })}
                error={at('scale')}
                data-testid="criterion-min"
              />
              <TextInput
                size="xs"
                label={t('musyawarah.resultForm.scaleMax')}
                inputMode="decimal"
                value={c.max}
                onChange={(e) => set(c.key, { max: e.currentTarget.value })}
                data-testid="criterion-max"
              />
            </div>
          </Fieldset>
        );
      })}
      <Group>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => onChange([...criteria, emptyCriterion()])}
          disabled={criteria.length >= 30}
          data-testid="result-add-criterion"
        >
          {t('musyawarah.resultForm.addCriterion')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The score grid: one row per scorer, a cell per proposal × criterion (cards on a phone). */
export function ScoreGrid({
  draft,
  proposals,
  onChange,
  problems,
}: {
  draft: ResultDraft;
  proposals: readonly ProposalView[];
  onChange: (scorers: ScorerRow[]) => void;
  problems: Partial<Record<string, ResultProblem>>;
}) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const chosen = proposals.filter((p) => draft.proposalIds.includes(p.id));
  const criteria = draft.criteria.filter((c) => c.code.trim() !== '' || c.label.trim() !== '');
  const setScorer = (key: string, patch: Partial<ScorerRow>) =>
    onChange(draft.scorers.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  const setCell = (s: ScorerRow, proposalId: string, criterionKey: string, value: string) =>
    setScorer(s.key, { values: { ...s.values, [cellKey(proposalId, criterionKey)]: value } });
  const scorerError = (s: ScorerRow) => {
    const problem = problems[`scorer.${s.key}`];
    return problem ? t(`musyawarah.resultForm.problem.${problem}`) : undefined;
  };
  if (chosen.length === 0 || criteria.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('musyawarah.resultForm.gridEmpty')}
      </Text>
    );
  }
  const cell = (s: ScorerRow, p: ProposalView, c: CriterionRow, label: string) => (
    <TextInput
      size="xs"
      className={classes.scoreInput}
      inputMode="decimal"
      aria-label={label}
      value={s.values[cellKey(p.id, c.key)] ?? ''}
      onChange={(e) => setCell(s, p.id, c.key, e.currentTarget.value)}
      data-testid="score-cell"
    />
  );
  const cellLabel = (s: ScorerRow, p: ProposalView, c: CriterionRow) =>
    t('musyawarah.resultForm.cellLabel', {
      scorer: s.scorerId,
      proposal: p.title,
      criterion: c.label || c.code,
    });
  const addScorer = (
    <Group>
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => onChange([...draft.scorers, emptyScorer(draft.scorers.length + 1)])}
        disabled={draft.scorers.length >= 100}
        data-testid="result-add-scorer"
      >
        {t('musyawarah.resultForm.addScorer')}
      </Button>
    </Group>
  );
  const remove = (s: ScorerRow, i: number) =>
    draft.scorers.length > 1 && (
      <CloseButton
        size="sm"
        onClick={() => onChange(draft.scorers.filter((r) => r.key !== s.key))}
        aria-label={t('musyawarah.resultForm.removeScorer', { n: i + 1 })}
        tabIndex={-1}
      />
    );
  if (!wide) {
    return (
      <Stack gap="xs" data-testid="score-grid">
        {draft.scorers.map((s, i) => (
          <Fieldset
            key={s.key}
            legend={t('musyawarah.resultForm.scorerLegend', { n: i + 1 })}
            p="xs"
            radius="sm"
            className={classes.card}
          >
            <div className={classes.cardRemove}>{remove(s, i)}</div>
            <Stack gap={6}>
              <TextInput
                size="xs"
                label={t('musyawarah.resultForm.scorer')}
                value={s.scorerId}
                maxLength={60}
                onChange={(e) => setScorer(s.key, { scorerId: e.currentTarget.value })}
                error={scorerError(s)}
                data-testid="scorer-id"
              />
              {chosen.map((p) => (
                <div key={p.id}>
                  <Text size="xs" fw={600} className={classes.wrap}>
                    {p.title}
                  </Text>
                  <Group gap={6} wrap="wrap">
                    {criteria.map((c) => (
                      <Stack key={c.key} gap={0}>
                        <Text size="xs" c="dimmed">
                          {c.code || c.label}
                        </Text>
                        {cell(s, p, c, cellLabel(s, p, c))}
                      </Stack>
                    ))}
                  </Group>
                </div>
              ))}
            </Stack>
          </Fieldset>
        ))}
        {addScorer}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={200}>
        <Table
          className={classes.scoreGrid}
          withColumnBorders
          data-testid="score-grid"
          aria-label={t('musyawarah.resultForm.gridLabel')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2} scope="col">
                {t('musyawarah.resultForm.scorer')}
              </Table.Th>
              {chosen.map((p) => (
                <Table.Th key={p.id} colSpan={criteria.length} scope="colgroup" className={classes.wrap}>
                  {p.title}
                </Table.Th>
              ))}
              <Table.Th rowSpan={2} />
            </Table.Tr>
            <Table.Tr>
              {chosen.flatMap((p) =>
                criteria.map((c) => (
                  <Table.Th key={`${p.id}-${c.key}`} scope="col" title={c.label}>
                    {c.code || c.label}
                  </Table.Th>
                )),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.scorers.map((s, i) => (
              <Table.Tr key={s.key} data-testid="scorer-row">
                <Table.Td>
                  <TextInput
                    size="xs"
                    w={110}
                    aria-label={t('musyawarah.resultForm.scorerOf', { n: i + 1 })}
                    value={s.scorerId}
                    maxLength={60}
                    onChange={(e) => setScorer(s.key, { scorerId: e.currentTarget.value })}
                    error={scorerError(s)}
                    data-testid="scorer-id"
                  />
                </Table.Td>
                {chosen.flatMap((p) =>
                  criteria.map((c) => (
                    <Table.Td key={`${p.id}-${c.key}`}>{cell(s, p, c, cellLabel(s, p, c))}</Table.Td>
                  )),
                )}
                <Table.Td>{remove(s, i)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {addScorer}
    </Stack>
  );
}

/** The ranking the grid gives now, scored in this browser by the published method. */
export function Preview({ draft, proposals }: { draft: ResultDraft; proposals: readonly ProposalView[] }) {
  const { t, i18n } = useTranslation();
  const outcome = scorePreview(
    draft,
    proposals.map((p) => ({ id: p.id, title: p.title, kind: p.kind, desaCode: p.desaCode })),
  );
  if (!outcome) return null;
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Alert color={outcome.ok ? 'blue' : 'gray'} variant="light" p="xs" data-testid="result-preview">
      <Text size="sm" fw={600}>
        {t('musyawarah.resultForm.preview')}
      </Text>
      {outcome.ok ? (
        <ol className={classes.methodList}>
          {outcome.result.ranking.map((r) => (
            <li key={r.proposalId}>
              {r.title} — {localDecimal(r.totalDecimal, language)}
              {r.tiedWith.length > 0 ? ` (${t('musyawarah.resultForm.previewTie')})` : ''}
            </li>
          ))}
        </ol>
      ) : (
        <ul className={classes.methodList}>
          {outcome.issues.slice(0, 6).map((issue) => (
            <li key={`${issue.field}-${issue.message}`}>
              <Text span size="xs">
                {issue.message}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
