/** Addresses of the stimulan usaha pages. */

export const USAHA_PATH = '/usaha';
export const NEW_ENTERPRISE_PATH = `${USAHA_PATH}/baru`;
export const PARTNERS_PATH = `${USAHA_PATH}/mitra`;
/** A kawasan's value chain and the business dashboard of a region or kawasan. */
export const VALUE_CHAIN_PATH = `${USAHA_PATH}/rantai-nilai`;
export const BUSINESS_DASHBOARD_PATH = `${USAHA_PATH}/dasbor`;

/** The tabs of an enterprise page, as they are written in its address (`?tab=unit`). */
export const ENTERPRISE_TABS = ['profil', 'pengurus', 'unit', 'modal', 'laporan'] as const;
export type EnterpriseTab = (typeof ENTERPRISE_TABS)[number];

/** An enterprise page, opened on one of its tabs (the profile without). */
export function enterprisePath(eid: string, tab?: string): string {
  const path = `${USAHA_PATH}/${encodeURIComponent(eid)}`;
  return tab && tab !== 'profil' ? `${path}?tab=${encodeURIComponent(tab)}` : path;
}

/** The value chain of a kawasan, on one commodity when given. */
export function valueChainPath(kawasanId?: string, commodity?: string): string {
  const params = new URLSearchParams();
  if (kawasanId) params.set('kawasan', kawasanId);
  if (commodity) params.set('commodity', commodity);
  const qs = params.toString();
  return qs ? `${VALUE_CHAIN_PATH}?${qs}` : VALUE_CHAIN_PATH;
}
