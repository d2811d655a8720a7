/**
 * Pure pieces of the pelatihan outcome pages: their addresses and the scope each reads from the
 * address, the colours of gain categories, follow-up statuses and verdicts, and the shares the
 * dashboard draws as bars.
 */
import type { DashboardQuery, NeedsQuery } from '../../../contracts/training-outcome.contract';
import type { FollowUpStatus, IndicatorState, Verdict } from '../../../domain/training/follow-up';
import type { GainCategory } from '../../../domain/training/gain';
import { isUuid } from '../../../domain/uuid.ts';
import { TRAINING_DASHBOARD_PATH, TRAINING_NEEDS_PATH } from './pelatihan-paths';

/** A region code as typed (`33.01`, `3301 01`) without dots and spaces. */
const compact = (text: string) => text.replace(/[\s.]/g, '');

/**
 * The dashboard's scope in the address: `?kawasan=<id>` wins over `?region=<code>`; nothing (or
 * a kawasan id that is no uuid) asks the server for the reader's own region.
 */
export function dashboardQueryOf(search: URLSearchParams): DashboardQuery {
  const kawasanId = (search.get('kawasan') ?? '').trim();
  if (isUuid(kawasanId)) return { kawasanId };
  const region = compact(search.get('region') ?? '');
  return region ? { region } : {};
}

/** `/pelatihan/dasbor?region=3301` or `?kawasan=<id>`. */
export function dashboardPath(query: DashboardQuery = {}): string {
  if (query.kawasanId) return `${TRAINING_DASHBOARD_PATH}?kawasan=${encodeURIComponent(query.kawasanId)}`;
  if (query.region) return `${TRAINING_DASHBOARD_PATH}?region=${encodeURIComponent(compact(query.region))}`;
  return TRAINING_DASHBOARD_PATH;
}

/** The needs page's place in the address: `?kawasan=<id>` wins over `?desa=<code>`; null: none yet. */
export function needsQueryOf(search: URLSearchParams): NeedsQuery | null {
  const kawasanId = (search.get('kawasan') ?? '').trim();
  if (isUuid(kawasanId)) return { kawasanId };
  const desa = compact(search.get('desa') ?? '');
  return desa ? { desa } : null;
}

/** `/pelatihan/kebutuhan?desa=3301012001` or `?kawasan=<id>`. */
export function needsPath(query: NeedsQuery | null = null): string {
  if (query?.kawasanId) return `${TRAINING_NEEDS_PATH}?kawasan=${encodeURIComponent(query.kawasanId)}`;
  if (query?.desa) return `${TRAINING_NEEDS_PATH}?desa=${encodeURIComponent(compact(query.desa))}`;
  return TRAINING_NEEDS_PATH;
}

/** Mantine colours of Hake's gain categories: high to falling, cool to warm. */
export const GAIN_CATEGORY_COLORS: Record<GainCategory, string> = {
  tinggi: 'teal',
  sedang: 'blue',
  rendah: 'yellow',
  turun: 'red',
};

export const FOLLOW_UP_STATUS_COLORS: Record<FollowUpStatus, string> = {
  belum_jatuh_tempo: 'gray',
  jatuh_tempo: 'blue',
  terlambat: 'red',
  tidak_terhubungi: 'orange',
  tercatat: 'teal',
};

export const INDICATOR_STATE_COLORS: Record<IndicatorState, string> = {
  tercapai: 'teal',
  sebagian: 'yellow',
  belum: 'red',
  tidak_berlaku: 'gray',
};

export const VERDICT_COLORS: Record<Verdict, string> = {
  menunggu_tindak_lanjut: 'gray',
  data_belum_cukup: 'gray',
  berdampak: 'teal',
  diterapkan: 'green',
  dipelajari_belum_diterapkan: 'yellow',
  belum_diterapkan: 'orange',
  kurang_efektif: 'red',
};

/**
 * Width of a bar in percent of the largest count (0–100, whole): a count above zero always shows
 * at least a sliver, so "1" is never drawn as nothing beside "900".
 */
export function barPercent(count: number, largest: number): number {
  if (count <= 0 || largest <= 0) return 0;
  return Math.max(2, Math.min(100, Math.round((count * 100) / largest)));
}

/** Rows with the most people first, then by name; the largest count for the bars. */
export function byPeople<T extends { people: number }>(
  rows: readonly T[],
  nameOf: (row: T) => string,
): { rows: T[]; largest: number } {
  const sorted = [...rows].sort((a, b) => b.people - a.people || nameOf(a).localeCompare(nameOf(b), 'id'));
  return { rows: sorted, largest: sorted[0]?.people ?? 0 };
}

/**
 * The states counted for an indicator, in the table's order, with the total and the share of
 * each in whole percent rounded down (null when nothing was counted).
 */
export function indicatorBreakdown(
  counts: Partial<Record<IndicatorState, number>>,
  states: readonly IndicatorState[],
): { total: number; parts: { state: IndicatorState; count: number; percent: number | null }[] } {
  const total = states.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  return {
    total,
    parts: states.map((state) => {
      const count = counts[state] ?? 0;
      return { state, count, percent: total === 0 ? null : Math.floor((count * 100) / total) };
    }),
  };
}

/** A decimal the API sends as text (`0.75`, `50.0`) written with the reader's decimal point. */
export function localDecimal(text: string, point: string): string {
  return /^-?\d+\.\d+$/.test(text) ? text.replace('.', point) : text;
}
