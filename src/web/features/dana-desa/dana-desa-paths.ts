/** Addresses of the Dana Desa pages. */

export const DANA_DESA_PATH = '/dana-desa';
export const NEW_PLAN_PATH = `${DANA_DESA_PATH}/rencana/baru`;
export const SUMMARY_PATH = `${DANA_DESA_PATH}/ringkasan`;

export const PLAN_TABS = ['rencana', 'hasil', 'realisasi'] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

/** A plan page, opened on one of its tabs (the plan itself without). */
export function planPath(pid: string, tab?: string): string {
  const path = `${DANA_DESA_PATH}/rencana/${encodeURIComponent(pid)}`;
  return tab && tab !== 'rencana' ? `${path}?tab=${encodeURIComponent(tab)}` : path;
}

/** The new-plan form for a desa and year. */
export function newPlanPath(desaCode?: string, year?: number): string {
  const params = new URLSearchParams();
  if (desaCode) params.set('desa', desaCode);
  if (year) params.set('tahun', String(year));
  const qs = params.toString();
  return qs ? `${NEW_PLAN_PATH}?${qs}` : NEW_PLAN_PATH;
}

/** The compliance summary of a region or a kawasan for a year. */
export function summaryPath(target: { region?: string; kawasan?: string }, year?: number): string {
  const params = new URLSearchParams();
  if (target.region) params.set('region', target.region);
  if (target.kawasan) params.set('kawasan', target.kawasan);
  if (year) params.set('tahun', String(year));
  const qs = params.toString();
  return qs ? `${SUMMARY_PATH}?${qs}` : SUMMARY_PATH;
}
