/** A proposal's carry-over history and budget as plain facts for the list (the words come from i18n). */
import type { CarryOverRecord, ProposalView } from '../../../contracts/musyawarah.contract';
import { CARRY_OVER_REASONS, type CarryOverReason } from '../../../domain/deliberation/carry-over';
import type { ProposalKind } from '../../../domain/deliberation/proposal';
import { rupiahText } from './musyawarah-forms';

export interface HistoryLine {
  year: number;
  rank: number | null;
  amount: string;
  reason: CarryOverReason | null;
  /** The reason's code when it is not one the web knows. */
  reasonCode: string;
  musyawarahId: string;
}

/** The history lines, newest first (the API keeps them oldest first). */
export function historyLines(history: readonly CarryOverRecord[]): HistoryLine[] {
  return [...history].reverse().map((h) => ({
    year: h.cycleYear,
    rank: h.rank,
    amount: rupiahText(h.requestedBudget),
    reason: (CARRY_OVER_REASONS as readonly string[]).includes(h.reason)
      ? (h.reason as CarryOverReason)
      : null,
    reasonCode: h.reason,
    musyawarahId: h.musyawarahId,
  }));
}

/** Carried-over proposals first (as the API lists them), then the rest in the order given. */
export function carriedFirst<T extends Pick<ProposalView, 'carriedOver'>>(items: readonly T[]): T[] {
  return [...items.filter((p) => p.carriedOver), ...items.filter((p) => !p.carriedOver)];
}

/** Whether a proposal of this kind names its desa: required, not allowed, or optional. */
export function desaRule(kind: ProposalKind): 'required' | 'none' | 'optional' {
  if (kind === 'produk_unggulan_desa') return 'required';
  if (kind === 'produk_unggulan_kawasan') return 'none';
  return 'optional';
}

/** Proposals that may still be weighed in a musyawarah: new ones and those carried over. */
export function openProposals<T extends Pick<ProposalView, 'status'>>(items: readonly T[]): T[] {
  return items.filter((p) => p.status === 'diajukan' || p.status === 'dibawa');
}
