/**
 * The attendance grid as the page edits it: marks changed on screen over the stored grid, the
 * marks to send (only the changed ones), and each participant's completion as it would be once
 * saved, computed with the domain's own rule (JP-weighted, rounded down).
 */
import type {
  AttendanceBody,
  TrainingAttendanceGrid,
} from '../../../contracts/training-participant.contract';
import { completion } from '../../../domain/training/registration';

export type Mark = 'hadir' | 'tidak_hadir';
/** Changed marks by `registrationId|date`. */
export type MarkChanges = Readonly<Record<string, Mark>>;

export const markKey = (registrationId: string, date: string) => `${registrationId}|${date}`;

type Row = TrainingAttendanceGrid['rows'][number];

/** The mark shown in a cell: the change made on screen, else the stored mark, else none. */
export function cellMark(
  grid: TrainingAttendanceGrid,
  changes: MarkChanges,
  row: Row,
  dayIndex: number,
): Mark | null {
  const day = grid.days[dayIndex];
  if (!day) return null;
  return changes[markKey(row.registrationId, day.date)] ?? row.marks[dayIndex] ?? null;
}

/** A tap on a cell: none → present → absent → present … (a stored mark is replaced, never erased). */
export function nextMark(current: Mark | null): Mark {
  return current === 'hadir' ? 'tidak_hadir' : 'hadir';
}

/** Sets `mark` in a cell; setting the stored value again drops the change. */
export function setMark(
  grid: TrainingAttendanceGrid,
  changes: MarkChanges,
  row: Row,
  dayIndex: number,
  mark: Mark,
): MarkChanges {
  const day = grid.days[dayIndex];
  if (!day) return changes;
  const key = markKey(row.registrationId, day.date);
  const { [key]: _dropped, ...rest } = changes;
  return row.marks[dayIndex] === mark ? rest : { ...rest, [key]: mark };
}

/** "Semua hadir" for one day: every registered participant not marked yet is marked present. */
export function markUnmarkedPresent(
  grid: TrainingAttendanceGrid,
  changes: MarkChanges,
  dayIndex: number,
): MarkChanges {
  let out = changes;
  for (const row of grid.rows) {
    if (row.status !== 'terdaftar') continue;
    if (cellMark(grid, out, row, dayIndex) === null) out = setMark(grid, out, row, dayIndex, 'hadir');
  }
  return out;
}

/** The changed marks as the request body, in grid order; null when nothing changed. */
export function attendanceBody(grid: TrainingAttendanceGrid, changes: MarkChanges): AttendanceBody | null {
  const marks: AttendanceBody['marks'] = [];
  for (const row of grid.rows) {
    grid.days.forEach((day, i) => {
      const changed = changes[markKey(row.registrationId, day.date)];
      if (changed !== undefined && changed !== row.marks[i]) {
        marks.push({ registrationId: row.registrationId, date: day.date, present: changed === 'hadir' });
      }
    });
  }
  return marks.length > 0 ? { marks } : null;
}

export function changeCount(grid: TrainingAttendanceGrid, changes: MarkChanges): number {
  return attendanceBody(grid, changes)?.marks.length ?? 0;
}

/** The row's completion with the changes on screen: JP attended / scheduled, and whether it passes. */
export function rowCompletion(
  grid: TrainingAttendanceGrid,
  changes: MarkChanges,
  row: Row,
): { percentText: string; completed: boolean; attendedHours: number; scheduledHours: number } {
  const present = grid.days.filter((_, i) => cellMark(grid, changes, row, i) === 'hadir').map((d) => d.date);
  const c = completion(grid.days, present, grid.minAttendancePercent);
  return {
    percentText: c.percentText,
    completed: c.completed,
    attendedHours: c.attendedHours,
    scheduledHours: c.scheduledHours,
  };
}

/** The day a phone shows first: today when scheduled, else the last day before it, else the first. */
export function defaultDayIndex(grid: TrainingAttendanceGrid): number {
  let index = 0;
  grid.days.forEach((d, i) => {
    if (d.date <= grid.today) index = i;
  });
  return index;
}
