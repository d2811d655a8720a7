/**
 * The business dashboard as pure pieces: its scope in the address (`?kawasan=<id>` or
 * `?region=<code>`), the query the API and the exports take, and the rows its bars draw. Counts
 * are numbers; money stays digits from the API and is sized as bigint.
 */
import type {
  BusinessDashboardQuery,
  BusinessDashboardView,
} from '../../../contracts/enterprise-report.contract';
import { isUuid } from '../../../domain/uuid';
import { BUSINESS_DASHBOARD_PATH } from './usaha-paths';

/** A region code as typed (`33.01`, `3301 01`) without dots and spaces. */
const compact = (text: string) => text.replace(/[\s.]/g, '');

/**
 * The dashboard's scope in the address: `?kawasan=<id>` wins over `?region=<code>`; nothing (or
 * a kawasan id that is no uuid) asks the server for the reader's own region.
 */
export function businessDashboardQueryOf(search: URLSearchParams): BusinessDashboardQuery {
  const kawasanId = (search.get('kawasan') ?? '').trim();
  if (isUuid(kawasanId)) return { kawasanId };
  const region = compact(search.get('region') ?? '');
  return region ? { region } : {};
}

/** `/usaha/dasbor?region=3301` or `?kawasan=<id>`. */
export function businessDashboardPath(query: BusinessDashboardQuery = {}): string {
  if (query.kawasanId) return `${BUSINESS_DASHBOARD_PATH}?kawasan=${encodeURIComponent(query.kawasanId)}`;
  if (query.region) return `${BUSINESS_DASHBOARD_PATH}?region=${encodeURIComponent(compact(query.region))}`;
  return BUSINESS_DASHBOARD_PATH;
}

/** The query of what is shown, for the exports (the same place whatever the address said). */
export function shownQuery(view: BusinessDashboardView): BusinessDashboardQuery {
  return view.scope.kind === 'kawasan' ? { kawasanId: view.scope.ref } : { region: compact(view.scope.ref) };
}

/** The picker's value of a scope: `kawasan:<id>` or `region:<code>`. */
export function scopeValue(
  query: BusinessDashboardQuery,
  view: BusinessDashboardView | undefined,
): string | null {
  if (query.kawasanId) return `kawasan:${query.kawasanId}`;
  if (query.region) return `region:${query.region}`;
  if (!view) return null;
  return view.scope.kind === 'kawasan' ? `kawasan:${view.scope.ref}` : `region:${compact(view.scope.ref)}`;
}

/** The address of a picked scope (`kawasan:<id>`, `region:<code>`), or the reader's own region. */
export function pickedSearch(value: string | null): URLSearchParams {
  const next = new URLSearchParams();
  if (value?.startsWith('kawasan:')) next.set('kawasan', value.slice('kawasan:'.length));
  else if (value?.startsWith('region:')) next.set('region', value.slice('region:'.length));
  return next;
}

const digits = (text: string) => (/^-?\d+$/.test(text) ? BigInt(text) : 0n);
const abs = (v: bigint) => (v < 0n ? -v : v);

/** Width of a count's bar in whole percent of the largest (0–100), a count above zero at least a sliver. */
export function countPercent(count: number, largest: number): number {
  if (count <= 0 || largest <= 0) return 0;
  return Math.max(2, Math.min(100, Math.round((count * 100) / largest)));
}

/** Width of an amount's bar in whole percent of the largest absolute amount (exact bigint). */
export function moneyPercent(amount: string, largest: bigint): number {
  const value = abs(digits(amount));
  if (value === 0n || largest <= 0n) return 0;
  return Math.max(2, Math.min(100, Number((value * 100n) / largest)));
}

/** The largest absolute amount of digits (0 when none). */
export function largestMoney(amounts: readonly string[]): bigint {
  let largest = 0n;
  for (const a of amounts) if (abs(digits(a)) > largest) largest = abs(digits(a));
  return largest;
}

/** Whether an amount (digits) is below zero. */
export const isNegative = (amount: string) => digits(amount) < 0n;

/** Counts of a breakdown above zero, keeping the API's (vocabulary) order. */
export function shownCounts(rows: BusinessDashboardView['byKind']): BusinessDashboardView['byKind'] {
  return rows.filter((r) => r.count > 0);
}

/**
 * The places of the breakdown table: kecamatan when a region holds several, else desa (the
 * kawasan of a region have a table of their own).
 */
export function breakdownRows(view: BusinessDashboardView): {
  level: 'kecamatan' | 'desa';
  rows: { key: string; name: string; row: BusinessDashboardView['byDesa'][number] }[];
} {
  if (view.scope.kind === 'region' && view.byKecamatan.length > 1) {
    return { level: 'kecamatan', rows: view.byKecamatan.map((r) => ({ key: r.code, name: r.name, row: r })) };
  }
  return { level: 'desa', rows: view.byDesa.map((r) => ({ key: r.code, name: r.name, row: r })) };
}
