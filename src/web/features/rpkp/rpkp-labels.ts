/** Colours and groupings of the RPKP states for badges and lists; the words come from the translations. */
import type { RpkpStanding, RpkpState } from '../../../contracts/rpkp.contract';
import { RPKP_ACTIONS, type RpkpAction } from '../../../domain/rpkp/review';

export const RPKP_STATE_COLORS: Record<RpkpState, string> = {
  draf: 'gray',
  diajukan: 'blue',
  ditinjau: 'indigo',
  perlu_klarifikasi: 'orange',
  tinjauan_selesai: 'cyan',
  disetujui: 'teal',
  ditarik: 'red',
};

export const RPKP_STANDING_COLORS: Record<RpkpStanding, string> = {
  berlaku: 'teal',
  diganti: 'gray',
  dalam_proses: 'blue',
  ditarik: 'red',
};

/** The order the review actions are offered in: forward steps first, withdrawing last. */
export function orderRpkpActions(actions: readonly RpkpAction[]): RpkpAction[] {
  return RPKP_ACTIONS.filter((a) => actions.includes(a) && a !== 'withdraw').concat(
    actions.includes('withdraw') ? ['withdraw'] : [],
  );
}

/** What each action asks for in its dialog. */
export type ActionDialog = 'plain' | 'question' | 'answer' | 'reason' | 'regulation';

export function actionDialog(action: RpkpAction): ActionDialog {
  switch (action) {
    case 'request_clarification':
      return 'question';
    case 'resubmit':
      return 'answer';
    case 'withdraw':
      return 'reason';
    case 'approve':
      return 'regulation';
    default:
      return 'plain';
  }
}

export const HISTORY_ACTIONS = ['create', 'update', ...RPKP_ACTIONS] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** `rpkp.submit` → `submit`; null for an audit action this page has no words for. */
export function historyActionOf(action: string): HistoryAction | null {
  const bare = action.replace(/^rpkp\./, '');
  return (HISTORY_ACTIONS as readonly string[]).includes(bare) ? (bare as HistoryAction) : null;
}
