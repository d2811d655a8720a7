/**
 * The calendar day of pendampingan records. Facilitators log the day an activity took place, and
 * "not after today" is judged on the server's clock in Western Indonesia Time (WIB, Asia/Jakarta,
 * UTC+7, no daylight saving), the zone of most facilitators and of the ministry. Pure: the caller
 * passes the instant.
 */

/** Offset of WIB from UTC, in hours. Indonesia has kept no daylight saving since 1964. */
export const FACILITATION_UTC_OFFSET_HOURS = 7;

/** The calendar date (`YYYY-MM-DD`) of the instant `at` in Asia/Jakarta. */
export function facilitationToday(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('Waktu tidak sah.');
  return new Date(at.getTime() + FACILITATION_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}
