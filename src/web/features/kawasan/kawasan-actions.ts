/**
 * What each lifecycle action asks before it is sent: a reason (reject, cancel), the designation
 * decree (designate), or only a confirmation with an optional note. The same limits the server
 * checks (the lifecycle guards), to say so before sending.
 */
import type { TransitionBody } from '../../../contracts/kawasan.contract';
import type { KawasanAction } from '../../../domain/kawasan/lifecycle';
import { isCalendarDate, MIN_REASON_LENGTH } from '../../../domain/kawasan/lifecycle-guards';

export type ActionDialog = 'reason' | 'decree' | 'confirm';

/** Characters a reason for rejecting or cancelling needs at least. */
export const REASON_MIN_LENGTH = MIN_REASON_LENGTH;
export const REASON_MAX_LENGTH = 2000;
export const SK_NUMBER_MAX_LENGTH = 120;

export function actionDialog(action: KawasanAction): ActionDialog {
  if (action === 'reject' || action === 'cancel') return 'reason';
  if (action === 'designate') return 'decree';
  return 'confirm';
}

/** Actions that end a kawasan: drawn red, and never the first button. */
export function isEndingAction(action: KawasanAction): boolean {
  return action === 'reject' || action === 'cancel';
}

/** The allowed actions, the ones that move forward first and the ones that end it last. */
export function orderActions(actions: readonly KawasanAction[]): KawasanAction[] {
  return [...actions.filter((a) => !isEndingAction(a)), ...actions.filter(isEndingAction)];
}

export interface TransitionDraft {
  reason: string;
  skNumber: string;
  /** YYYY-MM-DD, as a date input gives it. */
  skDate: string;
  /** Id of an uploaded document of kind 'sk'. */
  documentId: string | null;
}

export const emptyTransitionDraft = (): TransitionDraft => ({
  reason: '',
  skNumber: '',
  skDate: '',
  documentId: null,
});

export type TransitionProblem = 'required' | 'tooShort' | 'invalidDate';
export type TransitionField = 'reason' | 'skNumber' | 'skDate' | 'documentId';

/** What is missing or wrong in the dialog of `action`, by field; empty when it can be sent. */
export function transitionProblems(
  action: KawasanAction,
  draft: TransitionDraft,
): Partial<Record<TransitionField, TransitionProblem>> {
  const problems: Partial<Record<TransitionField, TransitionProblem>> = {};
  const dialog = actionDialog(action);
  if (dialog === 'reason') {
    const reason = draft.reason.trim();
    if (reason === '') problems.reason = 'required';
    else if (reason.length < REASON_MIN_LENGTH) problems.reason = 'tooShort';
  }
  if (dialog === 'decree') {
    if (draft.skNumber.trim() === '') problems.skNumber = 'required';
    if (draft.skDate.trim() === '') problems.skDate = 'required';
    else if (!isCalendarDate(draft.skDate.trim())) problems.skDate = 'invalidDate';
    if (!draft.documentId) problems.documentId = 'required';
  }
  return problems;
}

/** The request body for `action`: the reason or note when given, the decree for designate. */
export function transitionBody(action: KawasanAction, draft: TransitionDraft): TransitionBody {
  const reason = draft.reason.trim();
  const body: TransitionBody = { action };
  if (reason) body.reason = reason;
  if (actionDialog(action) === 'decree') {
    body.sk = {
      number: draft.skNumber.trim(),
      date: draft.skDate.trim(),
      documentId: draft.documentId ?? '',
    };
  }
  return body;
}

/** Server field names of a refused transition (`sk.number`, `reason`…) → the dialog's fields. */
export function transitionFieldOf(serverField: string): TransitionField | null {
  const field = serverField.replace(/^body[./]/, '');
  if (field === 'reason') return 'reason';
  if (field === 'sk.number' || field === 'number') return 'skNumber';
  if (field === 'sk.date' || field === 'date') return 'skDate';
  if (field === 'sk.documentId' || field === 'documentId' || field === 'sk') return 'documentId';
  return null;
}
