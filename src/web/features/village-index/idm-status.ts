import type { VillageIndexHistory } from '../../../contracts/village-index.contract';
import { IDM_STATUSES, type IdmStatus } from '../../../domain/village-index/idm.types';

export type VillageIndexResult = VillageIndexHistory['results'][number];

/** Badge colour of each status, red (sangat tertinggal) to green (mandiri); the label is always written too. */
export const IDM_STATUS_COLORS: Record<IdmStatus, string> = {
  sangat_tertinggal: 'red.9',
  tertinggal: 'orange.9',
  berkembang: 'yellow.5',
  maju: 'lime.5',
  mandiri: 'green.9',
};

/** A status's colour as a CSS variable, for SVG: "red.9" → `var(--mantine-color-red-9)`. */
export function idmStatusCssColor(status: IdmStatus): string {
  return `var(--mantine-color-${IDM_STATUS_COLORS[status].replace('.', '-')})`;
}

/** 1 (sangat tertinggal) to 5 (mandiri). */
export function idmStatusStep(status: IdmStatus): number {
  return IDM_STATUSES.indexOf(status) + 1;
}

/** The status shown for a result: the published one, else the one its value gives. */
export function shownStatus(result: VillageIndexResult): IdmStatus | null {
  return result.officialStatus ?? result.computedStatus;
}

/** The years of the results, e.g. "2023, 2024", for the data attribution. */
export function resultYears(results: readonly VillageIndexResult[]): string {
  return [...new Set(results.map((r) => r.year))].join(', ');
}
