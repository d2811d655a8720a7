/**
 * Indeks Desa Membangun (IDM), Permendesa PDTT 2/2016, with the status thresholds of Kepdirjen
 * PPMD 52/2018 and the 50 indicators the ministry scored in 2024.
 *
 * - Each indicator is scored 0–5. A sub-index is the sum of its scores / (5 × indicator count):
 *   IKS (social) /175, IKE (economic) /60, IKL (ecological) /15.
 * - IDM = (IKS + IKE + IKL) / 3, on 4 decimals in official data.
 * - Status: Sangat Tertinggal ≤ 0.4907 < Tertinggal ≤ 0.5989 < Berkembang ≤ 0.7072 < Maju ≤ 0.8155 < Mandiri.
 * - Raising one indicator to 5 adds (5 − score) / (3 × the sub-index maximum) to the IDM (the
 *   ministry's "NILAI" column).
 */

import type { IdmDimensionKey, IdmIndicator, IdmStatus } from './idm.types.ts';
import { IDM_DIMENSIONS, IDM_INDICATORS } from './idm-indicators.ts';

export const IDM_SCHEME = {
  id: 'idm-2016',
  name: 'Indeks Desa Membangun',
  regulation: 'Permendesa PDTT 2/2016; status: Kepdirjen PPMD 52/2018',
  indicatorSet: 'idm-2024 (50 indicators)',
} as const;

/** Upper bounds (inclusive) of each status but the last, on the 4-decimal IDM. */
export const IDM_THRESHOLDS: readonly { status: IdmStatus; upTo: number }[] = [
  { status: 'sangat_tertinggal', upTo: 0.4907 },
  { status: 'tertinggal', upTo: 0.5989 },
  { status: 'berkembang', upTo: 0.7072 },
  { status: 'maju', upTo: 0.8155 },
];

export const IDM_STATUS_LABELS: Record<IdmStatus, string> = {
  sangat_tertinggal: 'Sangat Tertinggal',
  tertinggal: 'Tertinggal',
  berkembang: 'Berkembang',
  maju: 'Maju',
  mandiri: 'Mandiri',
};

/** Rounds half away from zero to 4 decimals, as official IDM values are published. */
export function round4(value: number): number {
  return Math.round((value + Number.EPSILON) * 10_000) / 10_000;
}

/** Whether two sub-index values agree to the 4 decimals official figures are published with. */
export function agreesTo4Decimals(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.00005;
}

/** The status of an IDM value; the value is rounded to 4 decimals first. */
export function idmStatus(idm: number): IdmStatus {
  const value = round4(idm);
  return IDM_THRESHOLDS.find((t) => value <= t.upTo)?.status ?? 'mandiri';
}

/** Parses a status as spreadsheets and the API write it ("SANGAT TERTINGGAL", "Maju", "MANDIRI"). */
export function parseIdmStatus(text: string): IdmStatus | null {
  const key = text.trim().toLowerCase().replace(/\s+/g, '_');
  return (Object.keys(IDM_STATUS_LABELS) as IdmStatus[]).find((s) => s === key) ?? null;
}

export interface IdmResult {
  iks: number;
  ike: number;
  ikl: number;
  idm: number;
  status: IdmStatus;
}

/** The IDM from its three sub-indices. */
export function idmFromSubIndices(iks: number, ike: number, ikl: number): IdmResult {
  const idm = round4((iks + ike + ikl) / 3);
  return { iks, ike, ikl, idm, status: idmStatus(idm) };
}

export type IdmScores = Readonly<Record<string, number>>;

export interface ScoreProblem {
  code: string;
  message: string;
}

/** Problems with a full set of indicator scores: missing, unknown, or not a score the rubric allows. */
export function checkIdmScores(scores: IdmScores): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  for (const indicator of IDM_INDICATORS) {
    const score = scores[indicator.code];
    if (score === undefined) problems.push({ code: indicator.code, message: 'Skor tidak ada.' });
    else if (!Object.hasOwn(indicator.rubric, String(score))) {
      const allowed = Object.keys(indicator.rubric).sort().join(', ');
      problems.push({ code: indicator.code, message: `Skor ${score} tidak dikenal; yang sah: ${allowed}.` });
    }
  }
  const known = new Set(IDM_INDICATORS.map((i) => i.code));
  for (const code of Object.keys(scores)) {
    if (!known.has(code)) problems.push({ code, message: 'Indikator tidak dikenal.' });
  }
  return problems;
}

const MAX_BY_DIMENSION = new Map(IDM_DIMENSIONS.map((d) => [d.key, d.maxScore]));

/** The IDM computed from a full, valid set of indicator scores (check with `checkIdmScores`). */
export function computeIdm(scores: IdmScores): IdmResult {
  const sums: Record<IdmDimensionKey, number> = { IKS: 0, IKE: 0, IKL: 0 };
  for (const indicator of IDM_INDICATORS) sums[indicator.dimension] += scores[indicator.code] ?? 0;
  const sub = (key: IdmDimensionKey) => round4(sums[key] / MAX_BY_DIMENSION.get(key)!);
  return idmFromSubIndices(sub('IKS'), sub('IKE'), sub('IKL'));
}

/** How much the IDM rises if this indicator goes from `score` to 5 (the ministry's NILAI). */
export function idmGain(indicator: Pick<IdmIndicator, 'dimension'>, score: number): number {
  return (5 - score) / (3 * MAX_BY_DIMENSION.get(indicator.dimension)!);
}

export interface Opportunity {
  indicator: IdmIndicator;
  score: number;
  gain: number;
  /** The rubric's recommended activity at the current score, when it names one. */
  activity: string | null;
}

/** Indicators below 5, largest gain first: what would raise this village's score, and who can act. */
export function idmOpportunities(scores: IdmScores): Opportunity[] {
  return IDM_INDICATORS.flatMap((indicator): Opportunity[] => {
    const score = scores[indicator.code];
    if (score === undefined || score >= 5) return [];
    const activity = indicator.rubric[String(score)]?.activity ?? null;
    return [{ indicator, score, gain: idmGain(indicator, score), activity }];
  }).sort((a, b) => b.gain - a.gain || a.indicator.code.localeCompare(b.indicator.code));
}
