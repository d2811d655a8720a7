import { Anchor, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  CreateProposalBody,
  MemberDesa,
  ProposalStatus,
  ProposalView,
} from '../../../contracts/musyawarah.contract';
import { PROPOSAL_STATUSES } from '../../../domain/deliberation/outcome';
import { PROPOSAL_KINDS, type ProposalKind } from '../../../domain/deliberation/proposal';
import { fieldErrorsOf } from '../../api-client/api-error';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useAdding } from '../../shared/use-editing';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { DesaSelect } from './desa-select';
import type { KawasanMusyawarahSectionProps } from './meetings-section';
import classes from './musyawarah.module.css';
import { ProposalStatusBadge } from './musyawarah-badges';
import { formFieldErrors, parseRupiah, rupiahPreview, rupiahText } from './musyawarah-forms';
import { musyawarahPath } from './musyawarah-paths';
import { carriedFirst, desaRule, type HistoryLine, historyLines } from './proposal-history';
import { useCreateProposal, useProposals } from './use-musyawarah-queries';

/** "Dibawa dari 2026, peringkat 4, anggaran Rp150.000.000: …" */
export function useHistoryText() {
  const { t } = useTranslation();
  return (line: HistoryLine) => {
    const reason = line.reason ? t(`musyawarah.carryReason.${line.reason}`) : line.reasonCode;
    return line.rank === null
      ? t('musyawarah.proposals.historyUnranked', { year: line.year, amount: line.amount, reason })
      : t('musyawarah.proposals.historyRanked', {
          year: line.year,
          rank: line.rank,
          amount: line.amount,
          reason,
        });
  };
}

function ProposalItem({ p }: { p: ProposalView }) {
  const { t } = useTranslation();
  const historyText = useHistoryText();
  const lines = historyLines(p.history);
  return (
    <li className={classes.row} data-testid="proposal-row" data-id={p.id} data-carried={p.carriedOver}>
      <div className={p.carriedOver ? classes.carried : undefined}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600} className={classes.wrap}>
            {p.title}
          </Text>
          <ProposalStatusBadge status={p.status} />
        </Group>
        <Text size="xs" c="dimmed" className={classes.wrap}>
          {[
            t(`musyawarah.proposalKind.${p.kind}`),
            p.desaName,
            p.proposer ? t('musyawarah.proposals.by', { name: p.proposer }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {p.requestedBudget !== null && (
          <Text size="sm" className={classes.code} data-testid="proposal-budget">
            {t('musyawarah.proposals.budget')}: {rupiahText(p.requestedBudget)}
          </Text>
        )}
        {p.description && (
          <Text size="sm" className={classes.prewrap}>
            {p.description}
          </Text>
        )}
        {lines.length > 0 && (
          <ul className={classes.history} aria-label={t('musyawarah.proposals.historyLabel')}>
            {lines.map((line) => (
              <li key={`${line.year}-${line.musyawarahId}`} data-testid="proposal-history">
                {historyText(line)}{' '}
                <Anchor component={Link} to={musyawarahPath(line.musyawarahId)} size="xs">
                  {t('musyawarah.proposals.historyMeeting')}
                </Anchor>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

interface ProposalValues {
  kind: ProposalKind;
  title: string;
  desaCode: string;
  description: string;
  proposer: string;
  requestedBudget: string;
}

const PROPOSAL_FIELDS = ['kind', 'title', 'desaCode', 'description', 'proposer', 'requestedBudget'] as const;
type ProposalField = (typeof PROPOSAL_FIELDS)[number];

function proposalProblems(values: ProposalValues): Partial<Record<ProposalField, string>> {
  const out: Partial<Record<ProposalField, string>> = {};
  if (values.title.trim() === '') out.title = 'required';
  if (desaRule(values.kind) === 'required' && values.desaCode === '') out.desaCode = 'required';
  const budget = parseRupiah(values.requestedBudget);
  if (!budget.ok) out.requestedBudget = budget.problem;
  return out;
}

function proposalBody(values: ProposalValues): CreateProposalBody {
  const budget = parseRupiah(values.requestedBudget);
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    kind: values.kind,
    title: values.title.trim(),
    desaCode: desaRule(values.kind) === 'none' || values.desaCode === '' ? null : values.desaCode,
    description: orNull(values.description),
    proposer: orNull(values.proposer),
    requestedBudget: budget.ok ? budget.value : null,
  };
}

function ProposalForm({
  kawasanId,
  memberDesa,
  onDone,
}: {
  kawasanId: string;
  memberDesa: readonly MemberDesa[];
  onDone: (saved: string | null) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateProposal(kawasanId);
  const [values, setValues] = useState<ProposalValues>({
    kind: 'produk_unggulan_desa',
    title: '',
    desaCode: '',
    description: '',
    proposer: '',
    requestedBudget: '',
  });
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const set = (change: Partial<ProposalValues>) => setValues((v) => ({ ...v, ...change }));
  const problems = tried ? proposalProblems(values) : {};
  const server = formFieldErrors(fieldErrorsOf(create.error), PROPOSAL_FIELDS);
  const message = (field: ProposalField) => {
    const problem = problems[field];
    return problem
      ? t(`musyawarah.proposals.problem.${problem as 'required' | 'notWhole' | 'tooLarge'}`)
      : server.byField[field];
  };
  const rule = desaRule(values.kind);
  const preview = rupiahPreview(values.requestedBudget);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(proposalProblems(values)).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    create.mutate(proposalBody(values), {
      onSuccess: (p) => onDone(p.title),
      onError: () => setFailures((n) => n + 1),
    });
  };
  const showAlert = create.isError && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="proposal-form">
      <Stack gap="sm">
        {showAlert && <MutationErrorAlert error={create.error} title={t('common.notSavedTitle')} />}
        <div className={classes.twoColumns}>
          <NativeSelect
            label={t('musyawarah.proposals.kind')}
            required
            data={PROPOSAL_KINDS.map((k) => ({ value: k, label: t(`musyawarah.proposalKind.${k}`) }))}
            value={values.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as ProposalKind })}
            error={message('kind')}
            data-testid="proposal-kind"
          />
          {rule !== 'none' && (
            <DesaSelect
              label={
                rule === 'required'
                  ? t('musyawarah.proposals.desa')
                  : `${t('musyawarah.proposals.desa')} (${t('common.optional')})`
              }
              required={rule === 'required'}
              memberDesa={memberDesa}
              value={values.desaCode}
              onChange={(desaCode) => set({ desaCode })}
              error={message('desaCode')}
              data-testid="proposal-desa"
            />
          )}
        </div>
        <TextInput
          label={t('musyawarah.proposals.title')}
          placeholder={t('musyawarah.proposals.titlePlaceholder')}
          required
          maxLength={200}
          value={values.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          error={message('title')}
          data-testid="proposal-title"
        />
        <div className={classes.twoColumns}>
          <TextInput
            label={`${t('musyawarah.proposals.budget')} (${t('common.optional')})`}
            description={preview ?? t('musyawarah.proposals.budgetHint')}
            leftSection={<Text size="sm">Rp</Text>}
            inputMode="numeric"
            autoComplete="off"
            maxLength={24}
            value={values.requestedBudget}
            onChange={(e) => set({ requestedBudget: e.currentTarget.value })}
            onBlur={() => {
              const parsed = parseRupiah(values.requestedBudget);
              if (parsed.ok && parsed.value !== null)
                set({ requestedBudget: rupiahText(parsed.value).replace(/^Rp/, '') });
            }}
            error={message('requestedBudget')}
            data-testid="proposal-budget-input"
          />
          <TextInput
            label={`${t('musyawarah.proposals.proposer')} (${t('common.optional')})`}
            placeholder={t('musyawarah.proposals.proposerPlaceholder')}
            maxLength={200}
            value={values.proposer}
            onChange={(e) => set({ proposer: e.currentTarget.value })}
            error={message('proposer')}
            data-testid="proposal-proposer"
          />
        </div>
        <Textarea
          label={`${t('musyawarah.proposals.description')} (${t('common.optional')})`}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={4000}
          value={values.description}
          onChange={(e) => set({ description: e.currentTarget.value })}
          error={message('description')}
        />
        <Group gap="sm">
          <Button type="submit" loading={create.isPending} data-testid="proposal-save">
            {t('musyawarah.proposals.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(null)} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The kawasan's proposals (usulan), carried-over ones first with their history, and the form to add one. */
export function ProposalsSection({ kawasanId, memberDesa, canRecord }: KawasanMusyawarahSectionProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ProposalKind | ''>('');
  const [status, setStatus] = useState<ProposalStatus | ''>('');
  const { adding, add, done, note, setNote } = useAdding();
  const query = useProposals(kawasanId, { kind: kind || undefined, status: status || undefined });
  const actions = canRecord && !adding && (
    <Button size="compact-sm" variant="light" onClick={add} data-testid="proposal-new">
      {t('musyawarah.proposals.new')}
    </Button>
  );
  let body: ReactNode;
  if (query.isPending) body = <LoadingState />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    body = (
      <Text size="sm" c="dimmed" data-testid="proposals-empty">
        {kind || status ? t('musyawarah.proposals.emptyFiltered') : t('musyawarah.proposals.empty')}
      </Text>
    );
  else
    body = (
      <ul
        className={classes.rowList}
        aria-label={t('musyawarah.proposals.label')}
        data-testid="proposal-list"
      >
        {carriedFirst(query.data.items).map((p) => (
          <ProposalItem key={p.id} p={p} />
        ))}
      </ul>
    );
  return (
    <SectionCard title={t('musyawarah.proposals.heading')} actions={actions} testId="proposals-section">
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {adding && (
        <Stack gap="xs">
          <Text fw={600}>{t('musyawarah.proposals.newHeading')}</Text>
          <ProposalForm
            kawasanId={kawasanId}
            memberDesa={memberDesa}
            onDone={(saved) => done(saved ? t('musyawarah.proposals.saved', { title: saved }) : null)}
          />
        </Stack>
      )}
      <Group
        gap="sm"
        wrap="wrap"
        align="flex-end"
        role="group"
        aria-label={t('musyawarah.proposals.filters')}
      >
        <NativeSelect
          label={t('musyawarah.proposals.filterKind')}
          size="sm"
          data={[
            { value: '', label: t('musyawarah.proposals.allKinds') },
            ...PROPOSAL_KINDS.map((k) => ({ value: k, label: t(`musyawarah.proposalKind.${k}`) })),
          ]}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as ProposalKind | '')}
          data-testid="proposal-filter-kind"
        />
        <NativeSelect
          label={t('musyawarah.proposals.filterStatus')}
          size="sm"
          data={[
            { value: '', label: t('musyawarah.proposals.allStatuses') },
            ...PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`musyawarah.proposalStatus.${s}`) })),
          ]}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as ProposalStatus | '')}
          data-testid="proposal-filter-status"
        />
      </Group>
      {body}
    </SectionCard>
  );
}
