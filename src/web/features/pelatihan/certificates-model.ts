/**
 * Pure pieces of the Sertifikat tab: the order of the certificates, what the revocation dialog
 * lacks before sending (the domain's rule and messages), where the server's field errors go, and
 * the summary of an issue run.
 */
import type { CertificateView, IssueResult } from '../../../contracts/training-outcome.contract';
import type { FieldIssue } from '../../../domain/errors';
import {
  type CertificateRecord,
  type RevocationReason,
  revocationIssues,
} from '../../../domain/training/certificate';

/** Valid certificates first, then by the name printed, then the newest issue. */
export function orderedCertificates(items: readonly CertificateView[]): CertificateView[] {
  return [...items].sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'berlaku' ? -1 : 1) ||
      a.nameAsPrinted.localeCompare(b.nameAsPrinted, 'id') ||
      b.issuedOn.localeCompare(a.issuedOn),
  );
}

/** The record the domain's revocation rule reads, from what the view states. */
function recordOf(view: CertificateView): CertificateRecord {
  return {
    code: view.code,
    nameAsPrinted: view.nameAsPrinted,
    programmeTitle: view.programmeTitle,
    providerName: view.providerName,
    sessionLabel: view.sessionLabel,
    startDate: view.startDate,
    endDate: view.endDate,
    hours: view.hours,
    issuedOn: view.issuedOn,
    revocation:
      view.status === 'dicabut' && view.revokedOn && view.revocationReason
        ? { on: view.revokedOn, reason: view.revocationReason, note: view.revocationNote ?? '' }
        : null,
  };
}

export interface RevokeValues {
  reason: RevocationReason | '';
  note: string;
}

/**
 * Issues of a revocation before sending, by the domain's rule (the server dates it today, so the
 * date is not checked here); a reason not chosen is reported with `required`.
 */
export function revokeIssues(view: CertificateView, values: RevokeValues, required: string): FieldIssue[] {
  const issues = revocationIssues(
    recordOf(view),
    { on: view.issuedOn, reason: (values.reason || 'lainnya') as RevocationReason, note: values.note },
    view.issuedOn,
  ).filter((i) => i.field !== 'on');
  return values.reason === '' ? [{ field: 'reason', message: required }, ...issues] : issues;
}

/** Where a field error of the revocation shows: the reason or the note; others above the form. */
export function revokeFieldOf(key: string): 'reason' | 'note' | null {
  const head = key.replace(/^body[./]/, '').split(/[.[/]/)[0];
  return head === 'reason' || head === 'note' ? head : null;
}

/** An issue run in numbers, for the summary above its lists. */
export function issueSummary(result: IssueResult): {
  issued: number;
  ineligible: number;
  alreadyHeld: number;
} {
  return {
    issued: result.issued.length,
    ineligible: result.ineligible.length,
    alreadyHeld: result.alreadyHeld,
  };
}
