/**
 * Pure aggregation for the training dashboards, over plain rows the service reads: people trained
 * per desa, kawasan, aspect, target group and gender; follow-up outcomes per indicator; the share
 * of BUM Desa with a trained manager. People are counted once per breakdown by their `personKey`,
 * however many sessions they completed; only completed participations count as "trained". Mean
 * gains per aspect come from gain.ts (`summariseGains` over the rows in scope).
 */
import { type Rational, rational } from '../deliberation/rational.ts';
import {
  ASPECTS,
  type Aspect,
  type ParticipantRole,
  ROLE_TARGET_GROUP,
  TARGET_GROUPS,
  type TargetGroup,
} from './aspects.ts';
import { FOLLOW_UP_INDICATORS, INDICATOR_STATES, type IndicatorState } from './follow-up.ts';
import { GENDERS, type Gender } from './registration.ts';

/** One participation (a registration in a session). */
export interface ParticipationRow {
  personKey: string;
  sessionId: string;
  desaCode: string;
  /** Kawasan the participant's desa belongs to. */
  kawasanIds: readonly string[];
  role: ParticipantRole;
  gender: Gender;
  /** The programme's target aspects. */
  aspects: readonly Aspect[];
  completed: boolean;
  /** The enterprise the participant manages, if linked. */
  enterpriseId: string | null;
}

export interface PeopleTrained {
  /** Distinct people who completed at least one session. */
  people: number;
  /** Completed participations (one person in two sessions counts twice). */
  participations: number;
  byDesa: Record<string, number>;
  byKawasan: Record<string, number>;
  byAspect: Record<Aspect, number>;
  byTargetGroup: Record<TargetGroup, number>;
  byGender: Record<Gender, number>;
}

function countDistinct(map: Map<string, Set<string>>): Record<string, number> {
  return Object.fromEntries(
    [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, s]) => [k, s.size]),
  );
}

function add(map: Map<string, Set<string>>, key: string, person: string) {
  const set = map.get(key) ?? new Set<string>();
  set.add(person);
  map.set(key, set);
}

export function peopleTrained(rows: readonly ParticipationRow[]): PeopleTrained {
  const done = rows.filter((r) => r.completed);
  const desa = new Map<string, Set<string>>();
  const kawasan = new Map<string, Set<string>>();
  const aspect = new Map<string, Set<string>>();
  const group = new Map<string, Set<string>>();
  const gender = new Map<string, Set<string>>();
  for (const r of done) {
    add(desa, r.desaCode, r.personKey);
    for (const k of r.kawasanIds) add(kawasan, k, r.personKey);
    for (const a of r.aspects) add(aspect, a, r.personKey);
    add(group, ROLE_TARGET_GROUP[r.role], r.personKey);
    add(gender, r.gender, r.personKey);
  }
  const fill = <K extends string>(keys: readonly K[], map: Map<string, Set<string>>) =>
    Object.fromEntries(keys.map((k) => [k, map.get(k)?.size ?? 0])) as Record<K, number>;
  return {
    people: new Set(done.map((r) => r.personKey)).size,
    participations: done.length,
    byDesa: countDistinct(desa),
    byKawasan: countDistinct(kawasan),
    byAspect: fill(ASPECTS, aspect),
    byTargetGroup: fill(TARGET_GROUPS, group),
    byGender: fill(GENDERS, gender),
  };
}

export interface TrainedManagerShare {
  enterprises: number;
  withTrainedManager: number;
  /** Exact; null when there is no enterprise. */
  share: Rational | null;
  /** Enterprises without a trained manager, sorted: where to train next. */
  withoutTrainedManager: string[];
}

/**
 * The share of the given BUM Desa (ids, already filtered by the caller to the area and kind) that
 * have at least one manager (role `pengelola_bumdes`, linked to the enterprise) who completed a
 * training.
 */
export function trainedManagerShare(
  enterpriseIds: readonly string[],
  rows: readonly Pick<ParticipationRow, 'enterpriseId' | 'role' | 'completed'>[],
): TrainedManagerShare {
  const trained = new Set(
    rows
      .filter((r) => r.completed && r.role === 'pengelola_bumdes' && r.enterpriseId !== null)
      .map((r) => r.enterpriseId!),
  );
  const ids = [...new Set(enterpriseIds)].sort();
  const withTrained = ids.filter((id) => trained.has(id)).length;
  return {
    enterprises: ids.length,
    withTrainedManager: withTrained,
    share: ids.length === 0 ? null : rational(BigInt(withTrained), BigInt(ids.length)),
    withoutTrainedManager: ids.filter((id) => !trained.has(id)),
  };
}

export interface IndicatorOutcome {
  indicatorId: string;
  counts: Record<IndicatorState, number>;
}

/** Per follow-up indicator (table order), how many records gave each state; unused indicators left out. */
export function followUpOutcomes(
  records: readonly {
    reached: boolean;
    indicators: readonly { indicatorId: string; state: IndicatorState }[];
  }[],
): IndicatorOutcome[] {
  const counts = new Map<string, Record<IndicatorState, number>>();
  for (const r of records) {
    if (!r.reached) continue;
    for (const i of r.indicators) {
      const c =
        counts.get(i.indicatorId) ??
        (Object.fromEntries(INDICATOR_STATES.map((s) => [s, 0])) as Record<IndicatorState, number>);
      c[i.state] += 1;
      counts.set(i.indicatorId, c);
    }
  }
  return FOLLOW_UP_INDICATORS.filter((i) => counts.has(i.id)).map((i) => ({
    indicatorId: i.id,
    counts: counts.get(i.id)!,
  }));
}
