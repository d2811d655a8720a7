/**
 * Training needs: topics suggested for a desa or a kawasan, so that programmes go where they are
 * needed, each with the evidence that led to it.
 *
 * Two sources:
 * (a) Facilitators' approved activity-log entries of the last `logWindowDays` (365 by default):
 *     the agreed follow-up text is matched against each topic's Indonesian keywords (whole words
 *     or phrases, case and punctuation ignored). A match is worth 2 points when the entry's
 *     assistance category belongs with the topic (a follow-up of a `kewirausahaan` visit naming
 *     "rencana usaha"), else 1.
 * (b) Weak IDM indicators of the latest year the caller passes: an indicator linked to a topic and
 *     scored at most `weakScoreAtMost` (2 by default) is worth `weakScoreAtMost + 1 − score`
 *     points (0 → 3, 1 → 2, 2 → 1). Why 2: the rubric scores 0–5; the many yes/no indicators give
 *     0 or 1 when the thing is missing and 5 when present, and the graded ones give 1–2 to the two
 *     worst bands, while 3 is the middle band (one cooperative or BUM Desa, a road passable except
 *     at times). So "≤ 2" reads as "missing or among the worst", and 3 is not yet a need.
 *
 * Topics trained recently in the place are taken out: a session of the topic (not cancelled) that
 * ended within the last `recentTrainingMonths` (12 by default), or is planned, and served the
 * target — for a desa: that desa or a kawasan it belongs to; for a kawasan: the kawasan (the topic
 * is removed) or some member desa (their evidence is removed, the rest stays). They are listed
 * apart with the sessions, so nobody wonders where a topic went.
 *
 * Ranking: first the number of desa with evidence (in a kawasan a training should serve many
 * desa), then points, then the catalogue order. Pure; `today` comes from the caller.
 */
import type { ActivityCategory } from '../facilitation/activity-log.ts';
import type { LogState } from '../facilitation/review.ts';
import { normalizeSearchText } from '../search-text.ts';
import { IDM_INDICATORS } from '../village-index/idm-indicators.ts';
import { addDays, addMonths } from './calendar.ts';
import { TRAINING_TOPICS, type TrainingTopic, type TrainingTopicId } from './topics.ts';

export const DEFAULT_LOG_WINDOW_DAYS = 365;
export const DEFAULT_WEAK_SCORE_AT_MOST = 2;
export const DEFAULT_RECENT_TRAINING_MONTHS = 12;

/** An activity-log entry as needs read it. */
export interface LoggedFollowUp {
  entryId: string;
  date: string;
  state: LogState;
  /** The desa the entry was logged for, or null for a kawasan-level entry. */
  desaCode: string | null;
  kawasanId: string | null;
  category: ActivityCategory;
  followUp: string;
}

/** One desa's IDM indicator scores of one year (the latest the caller has). */
export interface DesaIndicatorScores {
  desaCode: string;
  year: number;
  /** Indicator code → score 0–5. */
  scores: Readonly<Record<string, number>>;
}

/** A session held or planned, not cancelled. */
export interface TrainingHeld {
  sessionId: string;
  topicId: TrainingTopicId;
  endDate: string;
  desaCodes: readonly string[];
  kawasanIds: readonly string[];
}

export type NeedsTarget =
  | { kind: 'desa'; code: string; kawasanIds: readonly string[] }
  | { kind: 'kawasan'; id: string; desaCodes: readonly string[] };

export interface NeedsOptions {
  today: string;
  logWindowDays?: number;
  weakScoreAtMost?: number;
  recentTrainingMonths?: number;
}

export type NeedEvidence =
  | {
      kind: 'catatan_pendamping';
      entryId: string;
      date: string;
      desaCode: string | null;
      kawasanId: string | null;
      category: ActivityCategory;
      keywords: string[];
      points: number;
    }
  | {
      kind: 'indikator_idm';
      desaCode: string;
      year: number;
      indicatorCode: string;
      indicatorName: string;
      score: number;
      /** The rubric's condition for that score, when the rubric has one. */
      condition: string | null;
      points: number;
    };

export interface NeedSuggestion {
  topicId: TrainingTopicId;
  label: string;
  rank: number;
  points: number;
  /** Desa with evidence, sorted. */
  desaCodes: string[];
  evidence: NeedEvidence[];
  /** One Indonesian sentence on where the suggestion comes from. */
  explanation: string;
}

export interface CoveredTopic {
  topicId: TrainingTopicId;
  label: string;
  sessionIds: string[];
  /** Evidence points left out because of those sessions. */
  pointsRemoved: number;
}

export interface NeedsResult {
  suggestions: NeedSuggestion[];
  coveredByRecentTraining: CoveredTopic[];
}

/** The keywords of `keywords` found as whole words or phrases in `text`, in list order. */
export function matchKeywords(text: string, keywords: readonly string[]): string[] {
  const haystack = ` ${normalizeSearchText(text)} `;
  return keywords.filter((k) => haystack.includes(` ${normalizeSearchText(k)} `));
}

const INDICATOR_BY_CODE = new Map(IDM_INDICATORS.map((i) => [i.code, i]));

function entryInTarget(entry: LoggedFollowUp, target: NeedsTarget): boolean {
  if (target.kind === 'desa') return entry.desaCode === target.code;
  return (
    (entry.desaCode !== null && target.desaCodes.includes(entry.desaCode)) ||
    (entry.desaCode === null && entry.kawasanId === target.id)
  );
}

function desaOfTarget(target: NeedsTarget): readonly string[] {
  return target.kind === 'desa' ? [target.code] : target.desaCodes;
}

/** Whether a session served the whole target (a desa, or the kawasan itself). */
function coversWhole(t: TrainingHeld, target: NeedsTarget): boolean {
  if (target.kind === 'desa') {
    return t.desaCodes.includes(target.code) || t.kawasanIds.some((k) => target.kawasanIds.includes(k));
  }
  return t.kawasanIds.includes(target.id);
}

function evidenceDesa(e: NeedEvidence): string | null {
  return e.desaCode;
}

/** Suggested topics for the target; see the module comment for the rules. */
export function suggestTrainingNeeds(
  target: NeedsTarget,
  entries: readonly LoggedFollowUp[],
  indicatorScores: readonly DesaIndicatorScores[],
  trainings: readonly TrainingHeld[],
  options: NeedsOptions,
): NeedsResult {
  const windowDays = options.logWindowDays ?? DEFAULT_LOG_WINDOW_DAYS;
  const weak = options.weakScoreAtMost ?? DEFAULT_WEAK_SCORE_AT_MOST;
  const recentMonths = options.recentTrainingMonths ?? DEFAULT_RECENT_TRAINING_MONTHS;
  const from = addDays(options.today, -windowDays);
  const recentFrom = addMonths(options.today, -recentMonths);
  const members = new Set(desaOfTarget(target));

  const evidence = new Map<TrainingTopicId, NeedEvidence[]>();
  const push = (topic: TrainingTopic, e: NeedEvidence) => {
    const id = topic.id as TrainingTopicId;
    evidence.set(id, [...(evidence.get(id) ?? []), e]);
  };

  for (const scores of indicatorScores) {
    if (!members.has(scores.desaCode)) continue;
    for (const topic of TRAINING_TOPICS as readonly TrainingTopic[]) {
      for (const code of topic.idmIndicators) {
        const score = scores.scores[code];
        if (score === undefined || !Number.isFinite(score) || score > weak) continue;
        const indicator = INDICATOR_BY_CODE.get(code);
        push(topic, {
          kind: 'indikator_idm',
          desaCode: scores.desaCode,
          year: scores.year,
          indicatorCode: code,
          indicatorName: indicator?.name ?? code,
          score,
          condition: indicator?.rubric[String(score)]?.condition ?? null,
          points: weak + 1 - score,
        });
      }
    }
  }

  const inWindow = entries
    .filter(
      (e) => e.state === 'disetujui' && e.date >= from && e.date <= options.today && entryInTarget(e, target),
    )
    .sort((a, b) => (a.date === b.date ? a.entryId.localeCompare(b.entryId) : a.date < b.date ? 1 : -1));
  for (const entry of inWindow) {
    for (const topic of TRAINING_TOPICS as readonly TrainingTopic[]) {
      const keywords = matchKeywords(entry.followUp, topic.keywords);
      if (keywords.length === 0) continue;
      push(topic, {
        kind: 'catatan_pendamping',
        entryId: entry.entryId,
        date: entry.date,
        desaCode: entry.desaCode,
        kawasanId: entry.kawasanId,
        category: entry.category,
        keywords,
        points: topic.categories.includes(entry.category) ? 2 : 1,
      });
    }
  }

  const recent = trainings.filter((t) => t.endDate >= recentFrom);
  const suggestions: Omit<NeedSuggestion, 'rank'>[] = [];
  const covered: CoveredTopic[] = [];
  for (const topic of TRAINING_TOPICS as readonly TrainingTopic[]) {
    const id = topic.id as TrainingTopicId;
    const all = evidence.get(id) ?? [];
    if (all.length === 0) continue;
    const sessions = recent.filter((t) => t.topicId === id);
    const whole = sessions.filter((t) => coversWhole(t, target));
    const trainedDesa = new Set(sessions.flatMap((t) => t.desaCodes));
    const kept =
      whole.length > 0
        ? []
        : all.filter((e) => !(evidenceDesa(e) !== null && trainedDesa.has(evidenceDesa(e)!)));
    const points = (list: readonly NeedEvidence[]) => list.reduce((s, e) => s + e.points, 0);
    if (kept.length < all.length) {
      const used = whole.length > 0 ? whole : sessions.filter((t) => t.desaCodes.some((d) => members.has(d)));
      covered.push({
        topicId: id,
        label: topic.label,
        sessionIds: used.map((t) => t.sessionId).sort(),
        pointsRemoved: points(all) - points(kept),
      });
    }
    if (kept.length === 0) continue;
    const desaCodes = [...new Set(kept.map(evidenceDesa).filter((d): d is string => d !== null))].sort();
    const notes = kept.filter((e) => e.kind === 'catatan_pendamping').length;
    const indicators = kept.length - notes;
    const parts = [
      notes > 0 ? `${notes} catatan tindak lanjut pendamping` : null,
      indicators > 0 ? `${indicators} indikator IDM lemah` : null,
    ].filter((p) => p !== null);
    const where = desaCodes.length > 0 ? ` di ${desaCodes.length} desa` : ' di tingkat kawasan';
    suggestions.push({
      topicId: id,
      label: topic.label,
      points: points(kept),
      desaCodes,
      evidence: kept,
      explanation: `Disarankan dari ${parts.join(' dan ')}${where}.`,
    });
  }
  const order = new Map((TRAINING_TOPICS as readonly TrainingTopic[]).map((t, i) => [t.id, i]));
  suggestions.sort(
    (a, b) =>
      b.desaCodes.length - a.desaCodes.length ||
      b.points - a.points ||
      order.get(a.topicId)! - order.get(b.topicId)!,
  );
  return {
    suggestions: suggestions.map((s, i) => ({ ...s, rank: i + 1 })),
    coveredByRecentTraining: covered,
  };
}
