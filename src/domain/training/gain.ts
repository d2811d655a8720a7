/**
 * Kirkpatrick level 2 (learning): pre-test and post-test scores per aspect, 0–100, and the
 * normalised gain of Hake (1998), g = (post − pre) / (100 − pre): the share of the possible
 * improvement that was achieved. Indonesian training bodies evaluate learning by pre-test versus
 * post-test (DOMAIN.md §6); the normalised gain makes a rise from 80 to 90 and from 20 to 60 (both
 * half the room left) comparable.
 *
 * Rules:
 * - Scores are 0–100; decimals are allowed (`72.5` or `72,5`); empty means the test was not taken.
 *   Anything else (text, NaN, infinities, below 0, above 100) is an error naming the field.
 * - pre = 100 leaves no room to improve: the gain is not computable (status `pre_test_sempurna`,
 *   with a reason) and the participant is left out of the mean of gains for that aspect.
 * - No post-test: no gain, counted as `belum_post_test`. No pre-test: no gain (`tanpa_pre_test`).
 * - Negative gains are kept (post below pre) and fall in the category `turun`.
 * - Categories (Hake 1998): tinggi g ≥ 0.7, sedang 0.3 ≤ g < 0.7, rendah 0 ≤ g < 0.3, turun g < 0.
 * - Aggregates per session and programme carry both named measures with their n: the mean of the
 *   individual gains ⟨g⟩ over participants with a computable gain, and the gain of the means
 *   (⟨post⟩ − ⟨pre⟩) / (100 − ⟨pre⟩) over every participant with both tests (pre = 100 included:
 *   the class means are still defined). A programme's figures pool the participants of all its
 *   sessions (a large session weighs more), they are not a mean of session means.
 * - Arithmetic is exact (bigint fractions); a category is judged on the exact value. For display
 *   a gain is rounded down (towards −∞) to two decimals, so the shown number never crosses a
 *   category boundary the exact value did not (0.6996 shows 0.69, sedang).
 */
import {
  add,
  compare,
  div,
  parseDecimal,
  type Rational,
  rational,
  sub,
  sum,
  toDecimal,
  ZERO,
} from '../deliberation/rational.ts';
import type { FieldIssue } from '../errors.ts';
import { ASPECT_LABELS, ASPECTS, type Aspect } from './aspects.ts';

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;
const HUNDRED = rational(100n);

/** A score as it arrives: a number, text from a form or sheet, or nothing (test not taken). */
export type ScoreInput = number | string | null | undefined;

export type ScoreParse = { ok: true; value: Rational | null } | { ok: false; issue: FieldIssue };

/** Reads one score; `field` names it in the error. */
export function parseScore(input: ScoreInput, field: string): ScoreParse {
  if (input === null || input === undefined) return { ok: true, value: null };
  const fail = (message: string): ScoreParse => ({ ok: false, issue: { field, message } });
  const range = `Nilai harus angka ${SCORE_MIN}–${SCORE_MAX}`;
  let value: Rational | null;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail(`${range}; yang diterima bukan angka.`);
    value = parseDecimal(input);
  } else if (typeof input === 'string') {
    const text = input.replace(/[\s\u00a0]/g, '');
    if (text === '') return { ok: true, value: null };
    value = parseDecimal(/^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text);
    if (value === null) return fail(`${range}; "${input.trim()}" bukan angka.`);
  } else {
    return fail(`${range}.`);
  }
  if (value === null) return fail(`${range}; yang diterima bukan angka.`);
  if (compare(value, ZERO) < 0 || compare(value, HUNDRED) > 0) {
    return fail(`${range}; ${String(input).trim()} di luar rentang.`);
  }
  return { ok: true, value };
}

export const GAIN_CATEGORIES = ['tinggi', 'sedang', 'rendah', 'turun'] as const;
export type GainCategory = (typeof GAIN_CATEGORIES)[number];

export const GAIN_CATEGORY_LABELS: Record<GainCategory, string> = {
  tinggi: 'Tinggi (g ≥ 0,7)',
  sedang: 'Sedang (0,3 ≤ g < 0,7)',
  rendah: 'Rendah (0 ≤ g < 0,3)',
  turun: 'Turun (g < 0)',
};

/** Lower bounds of the categories (Hake 1998), highest first; below the last: `turun`. */
export const GAIN_THRESHOLDS: readonly { category: GainCategory; atLeast: Rational }[] = [
  { category: 'tinggi', atLeast: rational(7n, 10n) },
  { category: 'sedang', atLeast: rational(3n, 10n) },
  { category: 'rendah', atLeast: ZERO },
];

export function gainCategory(g: Rational): GainCategory {
  return GAIN_THRESHOLDS.find((t) => compare(g, t.atLeast) >= 0)?.category ?? 'turun';
}

/** g = (post − pre) / (100 − pre); null when pre = 100 (no room to improve). */
export function normalisedGain(pre: Rational, post: Rational): Rational | null {
  const room = sub(HUNDRED, pre);
  return room.num === 0n ? null : div(sub(post, pre), room);
}

/** `r` rounded down (towards −∞) to `places` decimals, as text with a point. */
export function floorDecimal(r: Rational, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = r.num * scale;
  let units = scaled / r.den;
  if (scaled % r.den !== 0n && scaled < 0n) units -= 1n;
  return toDecimal(rational(units, scale), places);
}

/** A gain for display: two decimals, rounded down. */
export function gainText(g: Rational): string {
  return floorDecimal(g, 2);
}

export const GAIN_STATUSES = [
  'dihitung',
  'pre_test_sempurna',
  'belum_post_test',
  'tanpa_pre_test',
  'belum_dites',
] as const;
export type GainStatus = (typeof GAIN_STATUSES)[number];

export const GAIN_STATUS_LABELS: Record<GainStatus, string> = {
  dihitung: 'Gain dihitung',
  pre_test_sempurna: 'Pre-test 100: gain tidak dapat dihitung',
  belum_post_test: 'Belum post-test',
  tanpa_pre_test: 'Tanpa pre-test',
  belum_dites: 'Belum mengikuti tes',
};

export type AspectGain =
  | { status: 'dihitung'; pre: Rational; post: Rational; gain: Rational; category: GainCategory }
  | { status: 'pre_test_sempurna'; pre: Rational; post: Rational | null; reason: string }
  | { status: 'belum_post_test'; pre: Rational; reason: string }
  | { status: 'tanpa_pre_test'; post: Rational; reason: string }
  | { status: 'belum_dites'; reason: string };

/**
 * The gain of one participant on one aspect. A perfect pre-test decides first (the gain can never
 * be computed, whatever the post-test), then a missing post-test, then a missing pre-test.
 */
export function aspectGain(pre: Rational | null, post: Rational | null): AspectGain {
  if (pre !== null && compare(pre, HUNDRED) === 0) {
    return {
      status: 'pre_test_sempurna',
      pre,
      post,
      reason:
        'Nilai pre-test 100: tidak ada ruang peningkatan, sehingga gain ternormalisasi tidak dapat dihitung dan tidak masuk rata-rata gain.',
    };
  }
  if (pre !== null && post === null) {
    return { status: 'belum_post_test', pre, reason: 'Peserta belum mengikuti post-test.' };
  }
  if (pre === null && post !== null) {
    return {
      status: 'tanpa_pre_test',
      post,
      reason: 'Peserta tidak mengikuti pre-test; gain tidak dapat dihitung.',
    };
  }
  if (pre === null || post === null) {
    return { status: 'belum_dites', reason: 'Peserta belum mengikuti pre-test maupun post-test.' };
  }
  const gain = normalisedGain(pre, post)!;
  return { status: 'dihitung', pre, post, gain, category: gainCategory(gain) };
}

/** Scores of one participant as entered or imported. */
export interface ParticipantScores {
  participantId: string;
  pre: Partial<Record<Aspect, ScoreInput>>;
  post: Partial<Record<Aspect, ScoreInput>>;
}

export interface ParticipantGain {
  participantId: string;
  /** One entry per tested aspect. */
  aspects: Partial<Record<Aspect, AspectGain>>;
}

export type GainComputation =
  | { ok: true; participants: ParticipantGain[] }
  | { ok: false; issues: FieldIssue[] };

/**
 * Gains of every participant on every tested aspect. Any bad score, a score for an aspect the
 * programme does not test, or a participant listed twice makes the whole computation fail with
 * all issues (field `<field>[i].pre.<aspect>`), so nothing is stored half-checked.
 */
export function computeGains(
  rows: readonly ParticipantScores[],
  testedAspects: readonly Aspect[],
  field = 'scores',
): GainComputation {
  const issues: FieldIssue[] = [];
  const participants: ParticipantGain[] = [];
  const seen = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const at = `${field}[${i}]`;
    if (seen.has(row.participantId)) {
      issues.push({ field: `${at}.participantId`, message: 'Peserta ini tercantum lebih dari sekali.' });
    }
    seen.add(row.participantId);
    for (const test of ['pre', 'post'] as const) {
      for (const key of Object.keys(row[test])) {
        const value = row[test][key as Aspect];
        if (value === null || value === undefined || value === '') continue;
        if (!(ASPECTS as readonly string[]).includes(key)) {
          issues.push({ field: `${at}.${test}.${key}`, message: `Aspek "${key}" tidak dikenal.` });
        } else if (!testedAspects.includes(key as Aspect)) {
          issues.push({
            field: `${at}.${test}.${key}`,
            message: `Aspek ${ASPECT_LABELS[key as Aspect].toLowerCase()} tidak diuji dalam program ini.`,
          });
        }
      }
    }
    const aspects: Partial<Record<Aspect, AspectGain>> = {};
    for (const aspect of testedAspects) {
      const pre = parseScore(row.pre[aspect], `${at}.pre.${aspect}`);
      const post = parseScore(row.post[aspect], `${at}.post.${aspect}`);
      if (!pre.ok) issues.push(pre.issue);
      if (!post.ok) issues.push(post.issue);
      if (pre.ok && post.ok) aspects[aspect] = aspectGain(pre.value, post.value);
    }
    participants.push({ participantId: row.participantId, aspects });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, participants };
}

export interface MeanOfGains {
  /** ⟨g⟩ = Σ gᵢ / n over participants with a computable gain. */
  value: Rational;
  n: number;
  category: GainCategory;
}

export interface GainOfMeans {
  /** (⟨post⟩ − ⟨pre⟩) / (100 − ⟨pre⟩) over participants with both tests. */
  value: Rational;
  n: number;
  meanPre: Rational;
  meanPost: Rational;
  category: GainCategory;
}

export interface AspectGainSummary {
  aspect: Aspect;
  /** Participants in the group. */
  participants: number;
  counts: Record<GainStatus, number>;
  categoryCounts: Record<GainCategory, number>;
  /** Null when no participant has a computable gain. */
  meanOfGains: MeanOfGains | null;
  /** Null when nobody has both tests, or when every one of them scored 100 before. */
  gainOfMeans: GainOfMeans | null;
  /** Why a measure is missing, in Indonesian; empty when both are there. */
  notes: string[];
}

function mean(values: readonly Rational[]): Rational {
  return div(sum(values), rational(BigInt(values.length)));
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** The summary of one aspect over a group of participants (a session, or a programme pooled). */
export function summariseAspect(participants: readonly ParticipantGain[], aspect: Aspect): AspectGainSummary {
  const counts = zeroCounts(GAIN_STATUSES);
  const categoryCounts = zeroCounts(GAIN_CATEGORIES);
  const gains: Rational[] = [];
  const pres: Rational[] = [];
  const posts: Rational[] = [];
  for (const p of participants) {
    const a = p.aspects[aspect] ?? aspectGain(null, null);
    counts[a.status] += 1;
    if (a.status === 'dihitung') {
      gains.push(a.gain);
      categoryCounts[a.category] += 1;
    }
    if ((a.status === 'dihitung' || a.status === 'pre_test_sempurna') && a.post !== null) {
      pres.push(a.pre);
      posts.push(a.post);
    }
  }
  const notes: string[] = [];
  let meanOfGains: MeanOfGains | null = null;
  if (gains.length > 0) {
    const value = mean(gains);
    meanOfGains = { value, n: gains.length, category: gainCategory(value) };
  } else {
    notes.push('Rata-rata gain belum ada: belum ada peserta dengan pre-test di bawah 100 dan post-test.');
  }
  let gainOfMeans: GainOfMeans | null = null;
  if (pres.length > 0) {
    const meanPre = mean(pres);
    const meanPost = mean(posts);
    const value = normalisedGain(meanPre, meanPost);
    if (value === null) {
      notes.push('Gain dari rata-rata tidak dapat dihitung: rata-rata pre-test 100.');
    } else {
      gainOfMeans = { value, n: pres.length, meanPre, meanPost, category: gainCategory(value) };
    }
  } else {
    notes.push('Gain dari rata-rata belum ada: belum ada peserta dengan pre-test dan post-test.');
  }
  return {
    aspect,
    participants: participants.length,
    counts,
    categoryCounts,
    meanOfGains,
    gainOfMeans,
    notes,
  };
}

/** Summaries of every tested aspect, in aspect order. */
export function summariseGains(
  participants: readonly ParticipantGain[],
  testedAspects: readonly Aspect[],
): AspectGainSummary[] {
  return ASPECTS.filter((a) => testedAspects.includes(a)).map((a) => summariseAspect(participants, a));
}

export interface ProgrammeGainSummary {
  sessions: { sessionId: string; aspects: AspectGainSummary[] }[];
  /** All participants of all sessions pooled. */
  programme: AspectGainSummary[];
}

export function summariseProgramme(
  sessions: readonly { sessionId: string; participants: readonly ParticipantGain[] }[],
  testedAspects: readonly Aspect[],
): ProgrammeGainSummary {
  return {
    sessions: sessions.map((s) => ({
      sessionId: s.sessionId,
      aspects: summariseGains(s.participants, testedAspects),
    })),
    programme: summariseGains(
      sessions.flatMap((s) => s.participants),
      testedAspects,
    ),
  };
}

/**
 * The mean of every computable individual gain over all tested aspects together (each participant
 * and aspect one value): the level 2 figure of the programme judgement (follow-up.ts). Null when
 * there is none.
 */
export function pooledMeanOfGains(
  participants: readonly ParticipantGain[],
  testedAspects: readonly Aspect[],
): MeanOfGains | null {
  const gains: Rational[] = [];
  for (const p of participants) {
    for (const aspect of testedAspects) {
      const a = p.aspects[aspect];
      if (a?.status === 'dihitung') gains.push(a.gain);
    }
  }
  if (gains.length === 0) return null;
  const value = gains.reduce(add, ZERO);
  const m = div(value, rational(BigInt(gains.length)));
  return { value: m, n: gains.length, category: gainCategory(m) };
}
