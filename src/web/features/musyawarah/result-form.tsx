import {
  Alert,
  Button,
  Checkbox,
  CloseButton,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalView } from '../../../contracts/musyawarah.contract';
import { FUNDING_RULES, type FundingRule } from '../../../domain/deliberation/carry-over';
import { PROPOSAL_KINDS, type ProposalKind } from '../../../domain/deliberation/proposal';
import { CRITERION_DIRECTIONS, type CriterionDirection } from '../../../domain/deliberation/scoring';
import { fieldErrorsOf } from '../../api-client/api-error';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './musyawarah.module.css';
import { rupiahPreview, rupiahText } from './musyawarah-forms';
import { openProposals } from './proposal-history';
import {
  type CriterionRow,
  cellKey,
  codeFromLabel,
  emptyCriterion,
  emptyResultDraft,
  emptyScorer,
  RESULT_METHODS,
  type ResultDraft,
  type ResultMethod,
  type ResultProblem,
  resultBody,
  resultProblems,
  type ScorerRow,
  scorePreview,
  usesScores,
  usesTally,
} from './result-draft';
import { localDecimal } from './result-view';
import { useAddResult, useProposals } from './use-musyawarah-queries';

interface ResultFormProps {
  mid: string;
  kawasanId: string;
  /** Attended participants: the count a hand count is checked against. */
  attended: number;
  cycleYear: number;
  onDone: (saved: boolean) => void;
}

function CriteriaRows({
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
function ScoreGrid({
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
function Preview({ draft, proposals }: { draft: ResultDraft; proposals: readonly ProposalView[] }) {
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

/** Records a choice: the proposals of one kind, the method and its inputs, optional funding. */
export function ResultForm({ mid, kawasanId, attended, cycleYear, onDone }: ResultFormProps) {
  const { t } = useTranslation();
  const add = useAddResult(mid);
  const [draft, setDraft] = useState<ResultDraft>(() => emptyResultDraft('produk_unggulan_desa', cycleYear));
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const proposals = useProposals(kawasanId, { kind: draft.subject });
  const set = (patch: Partial<ResultDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const problems = tried ? resultProblems(draft, attended) : {};
  const server = fieldErrorsOf(add.error);
  const problem = (field: string): string | undefined => {
    const p = problems[field];
    return p ? t(`musyawarah.resultForm.problem.${p}`) : server[field];
  };
  const open = proposals.data ? openProposals(proposals.data.items) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(resultProblems(draft, attended)).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    add.mutate(resultBody(draft, attended), {
      onSuccess: () => onDone(true),
      onError: () => setFailures((n) => n + 1),
    });
  };

  let proposalPicker: ReactNode;
  if (proposals.isPending) proposalPicker = <LoadingState />;
  else if (proposals.isError)
    proposalPicker = <ErrorState error={proposals.error} onRetry={() => void proposals.refetch()} />;
  else if (open.length === 0)
    proposalPicker = (
      <Text size="sm" c="dimmed" data-testid="result-no-proposals">
        {t('musyawarah.resultForm.noProposals')}
      </Text>
    );
  else
    proposalPicker = (
      <Checkbox.Group
        label={t('musyawarah.resultForm.proposals')}
        description={t('musyawarah.resultForm.proposalsHint')}
        value={draft.proposalIds}
        onChange={(ids) => set({ proposalIds: open.filter((p) => ids.includes(p.id)).map((p) => p.id) })}
        error={problem('proposalIds')}
        data-testid="result-proposals"
      >
        <Stack gap={6} mt={6}>
          {open.map((p) => (
            <Checkbox
              key={p.id}
              value={p.id}
              label={
                <span className={classes.wrap}>
                  {p.title}
                  {p.desaName ? ` · ${p.desaName}` : ''}
                  {p.requestedBudget ? ` · ${rupiahText(p.requestedBudget)}` : ''}
                  {p.carriedOver && (
                    <Text span size="xs" c="orange.8">
                      {' '}
                      ({t('musyawarah.proposalStatus.dibawa')})
                    </Text>
                  )}
                </span>
              }
              data-testid="result-proposal"
            />
          ))}
        </Stack>
      </Checkbox.Group>
    );

  const otherServerErrors = Object.entries(server).filter(
    ([field]) => !['title', 'cycleYear', 'proposalIds', 'subject', 'method'].includes(field),
  );
  const chosen = open.filter((p) => draft.proposalIds.includes(p.id));
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="result-form">
      <Stack gap="sm">
        {add.isError && <MutationErrorAlert error={add.error} title={t('musyawarah.resultForm.notSaved')} />}
        {otherServerErrors.length > 0 && (
          <ul className={classes.methodList} data-testid="result-errors">
            {otherServerErrors.map(([field, message]) => (
              <li key={field}>
                <Text span size="sm" c="red" className={classes.wrap}>
                  {message}
                </Text>{' '}
                <Text span size="xs" c="dimmed" className={classes.code}>
                  ({field})
                </Text>
              </li>
            ))}
          </ul>
        )}
        <TextInput
          label={t('musyawarah.resultForm.title')}
          placeholder={t('musyawarah.resultForm.titlePlaceholder')}
          required
          maxLength={200}
          value={draft.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          error={problem('title')}
          data-testid="result-title"
        />
        <div className={classes.twoColumns}>
          <NativeSelect
            label={t('musyawarah.resultForm.subject')}
            data={PROPOSAL_KINDS.map((k) => ({ value: k, label: t(`musyawarah.proposalKind.${k}`) }))}
            value={draft.subject}
            onChange={(e) =>
              set({ subject: e.currentTarget.value as ProposalKind, proposalIds: [], chosen: [] })
            }
            error={problem('subject')}
            data-testid="result-subject"
          />
          <TextInput
            label={t('musyawarah.resultForm.cycleYear')}
            inputMode="numeric"
            maxLength={4}
            value={draft.cycleYear}
            onChange={(e) => set({ cycleYear: e.currentTarget.value })}
            error={problem('cycleYear')}
            data-testid="result-cycle-year"
          />
        </div>
        {proposalPicker}
        <NativeSelect
          label={t('musyawarah.resultForm.method')}
          description={t(`musyawarah.methodText.${draft.method}`)}
          data={RESULT_METHODS.map((m) => ({ value: m, label: t(`musyawarah.method.${m}`) }))}
          value={draft.method}
          onChange={(e) => set({ method: e.currentTarget.value as ResultMethod })}
          error={problem('method')}
          data-testid="result-method-select"
        />
        {usesScores(draft.method) && (
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('musyawarah.resultForm.criteria')}
            </Text>
            {problems.criteria && (
              <Text size="sm" c="red">
                {t(`musyawarah.resultForm.problem.${problems.criteria}`)}
              </Text>
            )}
            <CriteriaRows
              criteria={draft.criteria}
              onChange={(criteria) => set({ criteria })}
              errors={server}
            />
            <Text fw={600} size="sm">
              {t('musyawarah.resultForm.scores')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('musyawarah.resultForm.scoresHint')}
            </Text>
            <ScoreGrid
              draft={draft}
              proposals={open}
              onChange={(scorers) => set({ scorers })}
              problems={problems}
            />
            <Preview draft={draft} proposals={open} />
          </Stack>
        )}
        {usesTally(draft.method) && (
          <Stack gap="xs" data-testid="result-tally">
            <Text fw={600} size="sm">
              {t('musyawarah.resultForm.tally')}
            </Text>
            <Text size="xs" c={problems.attendeeCount ? 'red' : 'dimmed'}>
              {t('musyawarah.resultForm.tallyAttended', { count: attended })}
            </Text>
            <TextInput
              w={200}
              size="xs"
              label={t('musyawarah.resultForm.votesPerAttendee')}
              inputMode="numeric"
              value={draft.votesPerAttendee}
              onChange={(e) => set({ votesPerAttendee: e.currentTarget.value })}
              error={problem('votesPerAttendee')}
              data-testid="result-votes-per-attendee"
            />
            {chosen.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('musyawarah.resultForm.pickFirst')}
              </Text>
            ) : (
              <div className={classes.threeColumns}>
                {chosen.map((p) => (
                  <TextInput
                    key={p.id}
                    size="xs"
                    label={p.title}
                    inputMode="numeric"
                    value={draft.counts[p.id] ?? ''}
                    placeholder="0"
                    onChange={(e) => set({ counts: { ...draft.counts, [p.id]: e.currentTarget.value } })}
                    error={problem(`count.${p.id}`)}
                    data-testid="result-tally-count"
                  />
                ))}
              </div>
            )}
          </Stack>
        )}
        {draft.method === 'mufakat' && (
          <Stack gap="xs" data-testid="result-mufakat">
            {chosen.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('musyawarah.resultForm.pickFirst')}
              </Text>
            ) : (
              <Checkbox.Group
                label={t('musyawarah.resultForm.chosen')}
                value={draft.chosen}
                onChange={(ids) => set({ chosen: ids })}
                error={problem('chosen')}
              >
                <Stack gap={6} mt={6}>
                  {chosen.map((p) => (
                    <Checkbox key={p.id} value={p.id} label={p.title} data-testid="result-mufakat-choice" />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            <Textarea
              label={`${t('musyawarah.resultForm.note')} (${t('common.optional')})`}
              autosize
              minRows={2}
              maxLength={2000}
              value={draft.note}
              onChange={(e) => set({ note: e.currentTarget.value })}
            />
          </Stack>
        )}
        {draft.method !== 'mufakat' && (
          <TextInput
            w={260}
            label={`${t('musyawarah.resultForm.chosenCount')} (${t('common.optional')})`}
            description={t('musyawarah.resultForm.chosenCountHint')}
            inputMode="numeric"
            value={draft.chosenCount}
            onChange={(e) => set({ chosenCount: e.currentTarget.value })}
            error={problem('chosenCount')}
            data-testid="result-chosen-count"
          />
        )}
        <Checkbox
          label={t('musyawarah.resultForm.withFunding')}
          checked={draft.funding}
          onChange={(e) => set({ funding: e.currentTarget.checked })}
          data-testid="result-funding-toggle"
        />
        {draft.funding && (
          <div className={classes.twoColumns}>
            <TextInput
              label={t('musyawarah.resultForm.availableBudget')}
              description={rupiahPreview(draft.availableBudget) ?? t('musyawarah.proposals.budgetHint')}
              leftSection={<Text size="sm">Rp</Text>}
              inputMode="numeric"
              value={draft.availableBudget}
              onChange={(e) => set({ availableBudget: e.currentTarget.value })}
              error={problem('availableBudget') ?? server['funding.availableBudget']}
              data-testid="result-available-budget"
            />
            <NativeSelect
              label={t('musyawarah.resultForm.fundingRule')}
              data={FUNDING_RULES.map((r) => ({ value: r, label: t(`musyawarah.fundingRule.${r}`) }))}
              value={draft.rule}
              onChange={(e) => set({ rule: e.currentTarget.value as FundingRule })}
              data-testid="result-funding-rule"
            />
          </div>
        )}
        <Group gap="sm">
          <Button type="submit" loading={add.isPending} data-testid="result-save">
            {t('musyawarah.resultForm.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)} disabled={add.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
