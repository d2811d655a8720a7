/** Addresses of the pelatihan pages. */

export const PELATIHAN_PATH = '/pelatihan';
export const PROVIDERS_PATH = `${PELATIHAN_PATH}/penyelenggara`;
export const NEW_PROGRAMME_PATH = `${PELATIHAN_PATH}/program/baru`;
/** The region's training dashboard and the suggested training needs. */
export const TRAINING_DASHBOARD_PATH = `${PELATIHAN_PATH}/dasbor`;
export const TRAINING_NEEDS_PATH = `${PELATIHAN_PATH}/kebutuhan`;

export function providerPath(pid: string): string {
  return `${PROVIDERS_PATH}/${encodeURIComponent(pid)}`;
}

export function programmePath(prid: string): string {
  return `${PELATIHAN_PATH}/program/${encodeURIComponent(prid)}`;
}

/** The programme form for a new programme of `providerId` (when the user works for several). */
export function newProgrammePath(providerId?: string): string {
  return providerId
    ? `${NEW_PROGRAMME_PATH}?penyelenggara=${encodeURIComponent(providerId)}`
    : NEW_PROGRAMME_PATH;
}

/** A session page, opened on one of its tabs (`peserta`, `kehadiran`, `nilai` …; the summary without). */
export function sessionPath(sid: string, tab?: string): string {
  const path = `${PELATIHAN_PATH}/angkatan/${encodeURIComponent(sid)}`;
  return tab && tab !== 'ringkasan' ? `${path}?tab=${encodeURIComponent(tab)}` : path;
}
