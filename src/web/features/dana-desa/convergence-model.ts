/**
 * The funding-convergence page as pure pieces: its place in the address
 * (`/dana-desa/konvergensi?kawasan=<id>&tahun=2026`), the years offered, the source × stage table
 * (sources with money as rows; the value-chain stages always as columns, so an empty stage shows,
 * and the other columns only when they hold money), and the items behind a duplication. Money stays
 * digits from the API and is compared and summed as bigint, never through Number().
 */
import type { ConvergenceView } from '../../../contracts/convergence.contract';
import { readsPlaceOverview } from '../../../domain/access/place';
import type { Role, Scope } from '../../../domain/access/role';
import { formatRupiah } from '../../../domain/money/rupiah';
import { isUuid } from '../../../domain/uuid';
import { DANA_DESA_PATH } from './dana-desa-paths';

export const CONVERGENCE_PATH = `${DANA_DESA_PATH}/konvergensi`;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export type ConvergenceItem = ConvergenceView['items'][number];
export type ConvergenceCell = ConvergenceView['matrix'][number];

/** The page's place in the address; a kawasan that is no uuid, or a year out of range, is none. */
export function convergenceQueryOf(search: URLSearchParams): {
  kawasanId: string | null;
  year: number | null;
} {
  const kawasan = (search.get('kawasan') ?? '').trim();
  const year = (search.get('tahun') ?? '').trim();
  const parsed = /^\d{4}$/.test(year) ? Number.parseInt(year, 10) : null;
  return {
    kawasanId: isUuid(kawasan) ? kawasan : null,
    year: parsed !== null && parsed >= MIN_YEAR && parsed <= MAX_YEAR ? parsed : null,
  };
}

/** `/dana-desa/konvergensi?kawasan=<id>&tahun=<year>`. */
export function convergencePath(kawasanId?: string | null, year?: number | null): string {
  const params = new URLSearchParams();
  if (kawasanId) params.set('kawasan', kawasanId);
  if (year) params.set('tahun', String(year));
  const qs = params.toString();
  return qs ? `${CONVERGENCE_PATH}?${qs}` : CONVERGENCE_PATH;
}

/** The years offered: two back and two ahead of `current`, and the one shown if it lies outside. */
export function yearChoices(current: number, shown: number | null): number[] {
  const years = new Set([current - 2, current - 1, current, current + 1, current + 2]);
  if (shown !== null) years.add(shown);
  return [...years].sort((a, b) => b - a);
}

export const isZero = (digits: string) => /^-?0+$/.test(digits);

/** Digits from the API as rupiah text (`Rp1.250.000`); anything else as a dash. */
export function rupiahText(digits: string | null | undefined): string {
  if (digits === null || digits === undefined || !/^-?\d+$/.test(digits)) return '–';
  return formatRupiah(BigInt(digits));
}

export interface MatrixColumn {
  code: string;
  label: string;
  chain: boolean;
  total: string;
}

export interface MatrixRow {
  source: string;
  label: string;
  /** One per column, in column order. */
  cells: ConvergenceCell[];
  total: string;
}

export interface MatrixTable {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  total: string;
}

/**
 * The source × stage table: value-chain stages always (an empty one is a gap to see), other
 * columns only when they hold money; sources with money only, in the API's order.
 */
export function matrixTable(view: ConvergenceView): MatrixTable {
  const stageTotal = new Map(view.byStage.map((s) => [s.stage, s.total]));
  const columns = view.stages
    .filter((s) => s.chain || !isZero(stageTotal.get(s.code) ?? '0'))
    .map((s) => ({ code: s.code, label: s.label, chain: s.chain, total: stageTotal.get(s.code) ?? '0' }));
  const cellOf = new Map(view.matrix.map((c) => [`${c.source}|${c.stage}`, c]));
  const rows = view.bySource
    .filter((s) => !isZero(s.total))
    .map((s) => ({
      source: s.source,
      label: s.sourceLabel,
      cells: columns.map((c) => cellOf.get(`${s.source}|${c.code}`)!),
      total: s.total,
    }));
  return { columns, rows, total: view.total.total };
}

/** The items of the view by key, to show what a duplication or a shared row is made of. */
export function itemsByKey(view: ConvergenceView): Map<string, ConvergenceItem> {
  return new Map(view.items.map((i) => [i.key, i]));
}

/** The exact sum of digit amounts. */
export function sumDigits(amounts: readonly string[]): string {
  return amounts.reduce((sum, a) => sum + BigInt(a), 0n).toString();
}

/** The share of each record (RPKP plan, capital received, Dana Desa plan) in the total, for the summary line. */
export function originLines(view: ConvergenceView): { code: string; label: string; amount: string }[] {
  return view.origins.map((o) => ({ code: o.code, label: o.label, amount: view.total.byOrigin[o.code] }));
}

/** The kawasan picker: those listed for the user, and the one shown if the list lacks it; by name. */
export function kawasanChoices(
  listed: readonly { id: string; name: string }[],
  shown: { id: string; name: string } | null,
): { value: string; label: string }[] {
  const out = new Map(listed.map((k) => [k.id, k.name]));
  if (shown && !out.has(shown.id)) out.set(shown.id, shown.name);
  return [...out]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

interface SessionAssignment {
  role: Role;
  scope: { kind: string; id?: string; code?: string };
}

/**
 * Whether to offer the page for a kawasan: the session's roles read its overviews (the server's
 * rule, `readsPlaceOverview`). Only for what to show; the server decides (404 otherwise).
 */
export function mayReadConvergence(
  user: { assignments: readonly SessionAssignment[] } | null,
  kawasanId: string,
  memberCodes: readonly string[],
): boolean {
  return (
    user?.assignments.some((a) => {
      const scope: Scope | null =
        a.scope.kind === 'national'
          ? { kind: 'national' }
          : a.scope.kind === 'region' && a.scope.code
            ? { kind: 'region', code: a.scope.code }
            : a.scope.kind === 'kawasan' && a.scope.id
              ? { kind: 'kawasan', id: a.scope.id }
              : null;
      return (
        scope !== null &&
        readsPlaceOverview(
          { id: '', role: a.role, scope },
          { kind: 'kawasan', id: kawasanId, desaCodes: memberCodes },
        )
      );
    }) ?? false
  );
}
