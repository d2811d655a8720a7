/** Addresses of the pendampingan pages. */

export const PENDAMPINGAN_PATH = '/pendampingan';
/** The field form that logs an activity, offline too. */
export const LOG_FORM_PATH = `${PENDAMPINGAN_PATH}/catat`;
export const REVIEW_PATH = `${PENDAMPINGAN_PATH}/tinjauan`;
export const FACILITATORS_PATH = `${PENDAMPINGAN_PATH}/pendamping`;
export const COVERAGE_PATH = `${PENDAMPINGAN_PATH}/cakupan`;

export function entryPath(eid: string): string {
  return `${PENDAMPINGAN_PATH}/kegiatan/${encodeURIComponent(eid)}`;
}

export function facilitatorPath(fid: string): string {
  return `${FACILITATORS_PATH}/${encodeURIComponent(fid)}`;
}

/** A facilitator's page opened on the monthly report of `month` (`YYYY-MM`). */
export function monthlyReportPath(fid: string, month: string): string {
  return `${facilitatorPath(fid)}?bulan=${encodeURIComponent(month)}#laporan-bulanan`;
}
