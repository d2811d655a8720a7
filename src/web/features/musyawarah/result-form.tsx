import { Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_RULES, type FundingRule } from '../../../domain/deliberation/carry-over';
import { PROPOSAL_KINDS, type ProposalKind } from '../../../domain/deliberation/proposal';
import { fieldErrorsOf } from '../../api-client/api-error';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import classes from './musyawarah.module.css';
import { rupiahPreview, rupiahText } from './musyawarah-forms';
import { openProposals } from './proposal-history';
import {
  emptyResultDraft,
  RESULT_METHODS,
  type ResultDraft,
  type ResultMethod,
  resultBody,
  resultProblems,
  usesScores,
  usesTally,
} from './result-draft';
import { CriteriaRows, Preview, ScoreGrid } from './result-scoring-fields';
import { useAddResult, useProposals } from './use-musyawarah-queries';

interface ResultFormProps {
  mid: string;
  kawasanId: string;
  /** Attended participants: the count a hand count is checked against. */
  attended: number;
  cycleYear: number;
  onDone: (saved: boolean) => void;
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
