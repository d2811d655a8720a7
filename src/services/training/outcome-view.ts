/**
 * What the outcome services share in their answers: their dependencies, the session header with
 * its programme and provider, and the display forms of exact shares and mean gains (rounded
 * down, so a shown figure never crosses a threshold the exact value did not).
 */
import type { Database } from '../../db/client.ts';
import { mul, rational } from '../../domain/deliberation/rational.ts';
import type { Share } from '../../domain/training/follow-up.ts';
import {
  floorDecimal,
  GAIN_CATEGORY_LABELS,
  gainText,
  type MeanOfGains,
} from '../../domain/training/gain.ts';
import { SESSION_STATE_LABELS } from '../../domain/training/lifecycle.ts';
import type { SessionContext } from './outcome-facts.ts';
import { sessionStateOf } from './training.repository.ts';

export interface OutcomeDeps {
  db: Database;
  now: () => Date;
}

/** The session header of the outcome views. */
export function sessionHeader({ session, programme, provider }: SessionContext) {
  const state = sessionStateOf(session);
  return {
    id: session.id,
    label: session.label,
    state,
    stateLabel: SESSION_STATE_LABELS[state],
    startDate: session.startDate,
    endDate: session.endDate,
    programmeId: programme.id,
    programmeTitle: programme.title,
    providerId: provider.id,
    providerName: provider.name,
  };
}

/** A share for display: the percentage rounded down to one decimal. */
export function shareView(s: Share) {
  return {
    count: s.count,
    of: s.of,
    percentText: s.share === null ? null : floorDecimal(mul(s.share, rational(100n)), 1),
  };
}

/** A mean gain for display: four decimals and two (as shown), both rounded down, with its category. */
export function meanGainView(m: MeanOfGains | null) {
  if (m === null) return null;
  return {
    value: floorDecimal(m.value, 4),
    text: gainText(m.value),
    n: m.n,
    category: m.category,
    categoryLabel: GAIN_CATEGORY_LABELS[m.category],
  };
}
