/**
 * Calendar arithmetic on `YYYY-MM-DD` days, as training records use them (the schedule, the day
 * attendance is taken, the follow-up due date). Days carry no time or zone: the caller turns its
 * clock into "today" once (see facilitation/calendar.ts for WIB). Pure, proleptic Gregorian.
 */
import { isCalendarDate } from '../kawasan/lifecycle-guards.ts';

export { isCalendarDate };

function parts(date: string): [number, number, number] {
  if (!isCalendarDate(date)) throw new RangeError(`Tanggal tidak sah: ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's algorithm; exact for every year shown). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function fromDayNumber(n: number): [number, number, number] {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** `date` plus `days` (may be negative). */
export function addDays(date: string, days: number): string {
  if (!Number.isSafeInteger(days)) throw new RangeError('Jumlah hari harus bilangan bulat.');
  const [y, m, d] = parts(date);
  return format(...fromDayNumber(dayNumber(y, m, d) + days));
}

/**
 * `date` plus whole calendar `months` (may be negative). A day that does not exist in the target
 * month is clamped to its last day: 31 January + 1 month is 28 February (29 in a leap year),
 * 31 August + 1 month is 30 September. Adding months one at a time may therefore drift
 * (31 Jan → 28 Feb → 28 Mar); always add the total to the original date.
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isSafeInteger(months)) throw new RangeError('Jumlah bulan harus bilangan bulat.');
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(...parts(to)) - dayNumber(...parts(from));
}

/** The year of a `YYYY-MM-DD` day. */
export function yearOf(date: string): number {
  return parts(date)[0];
}
