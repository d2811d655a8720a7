import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CertificateList,
  CertificateView,
  IssueResult,
} from '../../../contracts/training-outcome.contract';
import {
  MIN_REVOCATION_NOTE,
  REVOCATION_REASONS,
  type RevocationReason,
} from '../../../domain/training/certificate';
import { fieldErrorsOf } from '../../api-client/api-error';
import { numberLocale } from '../../i18n/i18n-setup';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { LineIcon } from '../../shared/line-icon';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { useFormatNumber } from '../../shared/use-format-number';
import { formatCalendarDay } from '../pelatihan-public/verify-model';
import {
  issueSummary,
  orderedCertificates,
  type RevokeValues,
  revokeFieldOf,
  revokeIssues,
} from './certificates-model';
import classes from './outcomes.module.css';
import { useCertificateList, useIssueCertificates, useRevokeCertificate } from './use-outcome-queries';

const NOTE_MAX = 2000;

function useDay() {
  const { i18n } = useTranslation();
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  return (day: string) => formatCalendarDay(day, locale);
}

function DownloadIcon() {
  return (
    <LineIcon size={14} style={{ verticalAlign: '-2px', marginRight: 4 }}>
      <path d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" />
    </LineIcon>
  );
}

/** Revoke one certificate: a public reason and an internal note (the server dates it today). */
function RevokeDialog({
  sid,
  certificate,
  onClose,
  onDone,
}: {
  sid: string;
  certificate: CertificateView;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const revoke = useRevokeCertificate(sid);
  const [values, setValues] = useState<RevokeValues>({ reason: '', note: '' });
  const [local, setLocal] = useState<Partial<Record<'reason' | 'note', string>> | null>(null);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const server: Partial<Record<'reason' | 'note', string>> = {};
  const other: string[] = [];
  for (const [key, message] of Object.entries(fieldErrorsOf(revoke.error))) {
    const field = revokeFieldOf(key);
    if (field) server[field] ??= message;
    else other.push(message);
  }
  const message = (field: 'reason' | 'note') => (local ? local[field] : server[field]);
  const set = (change: Partial<RevokeValues>) => {
    setValues((v) => ({ ...v, ...change }));
    setLocal(null);
  };
  const close = () => {
    if (!revoke.isPending) onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const issues = revokeIssues(certificate, values, t('common.required'));
    if (issues.length > 0) {
      const byField: Partial<Record<'reason' | 'note', string>> = {};
      for (const i of issues) {
        const field = revokeFieldOf(i.field);
        if (field) byField[field] ??= i.message;
      }
      setLocal(byField);
      setFailures((n) => n + 1);
      return;
    }
    revoke.mutate(
      { cid: certificate.id, body: { reason: values.reason as RevocationReason, note: values.note.trim() } },
      { onSuccess: onDone, onError: () => setFailures((n) => n + 1) },
    );
  };
  const showAlert =
    local === null && revoke.isError && (other.length > 0 || Object.keys(server).length === 0);
  return (
    <Modal opened onClose={close} title={t('pelatihanHasil.certificates.revokeTitle')} centered size="lg">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="revoke-form">
        <Stack gap="sm">
          <Text size="sm">
            {t('pelatihanHasil.certificates.revokeText', {
              name: certificate.nameAsPrinted,
              code: certificate.code,
            })}
          </Text>
          {showAlert && <MutationErrorAlert error={revoke.error} title={t('common.notSavedTitle')} />}
          <NativeSelect
            label={t('pelatihanHasil.certificates.reason')}
            description={
              values.reason
                ? t(`pelatihanHasil.revocationPublic.${values.reason}`)
                : t('pelatihanHasil.certificates.reasonHint')
            }
            required
            data={[
              { value: '', label: t('pelatihanHasil.certificates.reasonPlaceholder') },
              ...REVOCATION_REASONS.map((r) => ({
                value: r,
                label: t(`pelatihanHasil.revocationReason.${r}`),
              })),
            ]}
            value={values.reason}
            onChange={(e) => set({ reason: e.currentTarget.value as RevocationReason | '' })}
            error={message('reason')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid="revoke-reason"
          />
          <Textarea
            label={t('pelatihanHasil.certificates.note')}
            description={t('pelatihanHasil.certificates.noteHint', { min: MIN_REVOCATION_NOTE })}
            required
            autosize
            minRows={3}
            maxRows={8}
            maxLength={NOTE_MAX}
            value={values.note}
            onChange={(e) => set({ note: e.currentTarget.value })}
            error={message('note')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid="revoke-note"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={revoke.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={revoke.isPending} data-testid="revoke-confirm">
              {t('pelatihanHasil.certificates.revoke')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** What the last issue run did: issued, already held, and who was not eligible and why. */
function IssueReport({ result, onClose }: { result: IssueResult; onClose: () => void }) {
  const { t } = useTranslation();
  const summary = issueSummary(result);
  return (
    <Alert
      color={summary.issued > 0 ? 'teal' : 'yellow'}
      variant="light"
      title={t('pelatihanHasil.certificates.issuedTitle', { count: summary.issued })}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      role="status"
      data-testid="issue-report"
    >
      <Stack gap="xs">
        {summary.alreadyHeld > 0 && (
          <Text size="sm">
            {t('pelatihanHasil.certificates.alreadyHeld', { count: summary.alreadyHeld })}
          </Text>
        )}
        {summary.ineligible > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('pelatihanHasil.certificates.ineligibleTitle', { count: summary.ineligible })}
            </Text>
            <ul className={classes.list} data-testid="issue-ineligible">
              {result.ineligible.map((i) => (
                <li key={i.registrationId} className={classes.row} data-testid="issue-ineligible-row">
                  <Text size="sm" fw={600} className={classes.wrap}>
                    {i.name ?? t('pelatihanHasil.certificates.hiddenName')}
                  </Text>
                  <List size="sm" spacing={0}>
                    {i.reasons.map((r) => (
                      <List.Item key={`${r.field}:${r.message}`}>{r.message}</List.Item>
                    ))}
                  </List>
                </li>
              ))}
            </ul>
          </>
        )}
      </Stack>
    </Alert>
  );
}

function CertificateRow({ certificate, onRevoke }: { certificate: CertificateView; onRevoke: () => void }) {
  const { t } = useTranslation();
  const day = useDay();
  const revoked = certificate.status === 'dicabut';
  return (
    <li
      className={classes.row}
      data-testid="certificate-row"
      data-status={certificate.status}
      data-code={certificate.code}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} className={classes.wrap} td={revoked ? 'line-through' : undefined}>
              {certificate.nameAsPrinted}
            </Text>
            <Text size="sm" className={classes.certificateCode} data-testid="certificate-code">
              {certificate.code}
            </Text>
          </Stack>
          <Badge
            size="sm"
            radius="sm"
            variant="light"
            color={revoked ? 'red' : 'teal'}
            tt="none"
            style={{ flexShrink: 0 }}
            data-testid="certificate-status"
          >
            {t(`pelatihanHasil.certificates.status.${certificate.status}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('pelatihanHasil.certificates.issuedOn', { date: day(certificate.issuedOn) })}
        </Text>
        {revoked && (
          <Stack gap={2} data-testid="certificate-revocation">
            <Text size="sm" c="red.8">
              {t('pelatihanHasil.certificates.revokedOn', {
                date: certificate.revokedOn ? day(certificate.revokedOn) : '–',
              })}
              {certificate.revocationReason
                ? ` ${t(`pelatihanHasil.revocationPublic.${certificate.revocationReason}`)}`
                : ''}
            </Text>
            {certificate.revocationNote && (
              <Text size="xs" c="dimmed" className={classes.prewrap}>
                {t('pelatihanHasil.certificates.internalNote', { note: certificate.revocationNote })}
              </Text>
            )}
          </Stack>
        )}
        <Group gap="md" wrap="wrap">
          {certificate.pdfPath && (
            <Anchor href={certificate.pdfPath} download size="sm" data-testid="certificate-pdf">
              <DownloadIcon />
              {t('pelatihanHasil.certificates.pdf')}
            </Anchor>
          )}
          <Anchor
            href={certificate.verificationPath}
            target="_blank"
            rel="noopener"
            size="sm"
            data-testid="certificate-verify"
          >
            {t('pelatihanHasil.certificates.verifyLink')}
          </Anchor>
          {certificate.canManage && !revoked && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={onRevoke}
              data-testid="certificate-revoke"
            >
              {t('pelatihanHasil.certificates.revoke')}
            </Button>
          )}
        </Group>
      </Stack>
    </li>
  );
}

function CertificatesBody({ sid, list }: { sid: string; list: CertificateList }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const issue = useIssueCertificates(sid);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<IssueResult | null>(null);
  const [revoking, setRevoking] = useState<CertificateView | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const title = t('pelatihanHasil.certificates.title');
  const items = orderedCertificates(list.items);
  return (
    <SectionCard title={title} testId="certificates">
      <Text size="sm" c="dimmed" data-testid="certificate-counts">
        {t('pelatihanHasil.certificates.counts', {
          valid: formatNumber(list.counts.valid),
          revoked: formatNumber(list.counts.revoked),
        })}
      </Text>
      {list.canIssue ? (
        <Stack gap={4}>
          <Button
            className={classes.primaryAction}
            onClick={() => {
              issue.reset();
              setConfirming(true);
            }}
            data-testid="certificates-issue"
          >
            {t('pelatihanHasil.certificates.issue')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('pelatihanHasil.certificates.issueHint')}
          </Text>
        </Stack>
      ) : (
        list.session.state !== 'selesai' && (
          <Text size="sm" c="dimmed" data-testid="certificates-not-yet">
            {t('pelatihanHasil.certificates.notYet')}
          </Text>
        )
      )}
      {result && <IssueReport result={result} onClose={() => setResult(null)} />}
      {revoked && (
        <SuccessNote onClose={() => setRevoked(null)}>
          {t('pelatihanHasil.certificates.revokedDone', { code: revoked })}
        </SuccessNote>
      )}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('pelatihanHasil.certificates.none')}
        </Text>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {items.map((c) => (
            <CertificateRow
              key={c.id}
              certificate={c}
              onRevoke={() => {
                setRevoked(null);
                setRevoking(c);
              }}
            />
          ))}
        </ul>
      )}
      {list.hidden > 0 && (
        <Text size="sm" c="dimmed" data-testid="certificates-hidden">
          {t('pelatihanHasil.certificates.hidden', { count: list.hidden })}
        </Text>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('pelatihanHasil.certificates.issueTitle')}
        text={t('pelatihanHasil.certificates.issueText')}
        confirmLabel={t('pelatihanHasil.certificates.issueConfirm')}
        danger={false}
        loading={issue.isPending}
        error={issue.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          issue.mutate(
            {},
            {
              onSuccess: (answer) => {
                setResult(answer);
                setConfirming(false);
              },
            },
          )
        }
      />
      {revoking && (
        <RevokeDialog
          key={revoking.id}
          sid={sid}
          certificate={revoking}
          onClose={() => setRevoking(null)}
          onDone={() => {
            setRevoked(revoking.code);
            setRevoking(null);
          }}
        />
      )}
    </SectionCard>
  );
}

/**
 * The Sertifikat tab of a session: issue certificates to every eligible participant (those who
 * are not are listed with the domain's reasons), the certificates with their PDF and public
 * verification page, and revocation with a public reason and an internal note.
 */
export function CertificatesTab({ sid }: { sid: string }) {
  const { t } = useTranslation();
  const list = useCertificateList(sid);
  if (list.isPending) return <LoadingState />;
  if (list.isError) {
    return (
      <PageLoadError
        error={list.error}
        onRetry={() => void list.refetch()}
        notFound={{
          title: t('pelatihanHasil.certificates.notFoundTitle'),
          text: t('pelatihanHasil.certificates.notFoundText'),
        }}
      />
    );
  }
  return (
    <Stack gap="lg" data-testid="certificates-tab">
      <CertificatesBody sid={sid} list={list.data} />
    </Stack>
  );
}
