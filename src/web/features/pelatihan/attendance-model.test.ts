import { describe, expect, it } from 'vitest';
import type { TrainingAttendanceGrid } from '../../../contracts/training-participant.contract';
import {
  attendanceBody,
  cellMark,
  changeCount,
  defaultDayIndex,
  markKey,
  markUnmarkedPresent,
  nextMark,
  rowCompletion,
  setMark,
} from './attendance-model';

const completion = {
  attendedHours: 0,
  scheduledHours: 16,
  percentText: '0.0',
  minAttendancePercent: 80,
  completed: false,
  missedDates: [],
};

/** Three days of 6, 6 and 4 JP; Siti was present on day 1, Dewi absent; day 3 is tomorrow. */
function grid(): TrainingAttendanceGrid {
  const day = (date: string, hours: number, future = false) => ({
    date,
    hours,
    agenda: '',
    present: 0,
    absent: 0,
    unmarked: 0,
    future,
  });
  return {
    sessionId: 's-1',
    state: 'berjalan',
    stateLabel: 'Berjalan',
    today: '2026-03-03',
    minAttendancePercent: 75,
    days: [day('2026-03-02', 6), day('2026-03-03', 6), day('2026-03-04', 4, true)],
    rows: [
      {
        registrationId: 'siti',
        code: 'P001',
        name: 'Siti',
        status: 'terdaftar',
        statusLabel: 'Terdaftar',
        marks: ['hadir', null, null],
        completion,
      },
      {
        registrationId: 'dewi',
        code: 'P002',
        name: 'Dewi',
        status: 'terdaftar',
        statusLabel: 'Terdaftar',
        marks: ['tidak_hadir', null, null],
        completion,
      },
      {
        registrationId: 'budi',
        code: 'P003',
        name: 'Budi',
        status: 'dibatalkan',
        statusLabel: 'Dibatalkan',
        marks: [null, null, null],
        completion,
      },
    ],
    hiddenCount: 0,
    canRecord: true,
    recordRefusal: null,
  };
}

describe('the attendance grid on screen', () => {
  it('switches a cell between present and absent and forgets a change back to the stored mark', () => {
    const g = grid();
    const [siti] = g.rows as [TrainingAttendanceGrid['rows'][number]];
    expect(nextMark(null)).toBe('hadir');
    expect(nextMark('hadir')).toBe('tidak_hadir');
    expect(nextMark('tidak_hadir')).toBe('hadir');
    const absent = setMark(g, {}, siti, 0, 'tidak_hadir');
    expect(cellMark(g, absent, siti, 0)).toBe('tidak_hadir');
    expect(changeCount(g, absent)).toBe(1);
    const back = setMark(g, absent, siti, 0, 'hadir');
    expect(back).toEqual({});
    expect(cellMark(g, back, siti, 0)).toBe('hadir');
  });

  it('marks everyone registered and not yet marked present for a day, keeping absences and withdrawals', () => {
    const g = grid();
    const changes = markUnmarkedPresent(g, {}, 1);
    expect(changes).toEqual({
      [markKey('siti', '2026-03-03')]: 'hadir',
      [markKey('dewi', '2026-03-03')]: 'hadir',
    });
    // Day 1 already has a mark for every registered participant.
    expect(markUnmarkedPresent(g, {}, 0)).toEqual({});
  });

  it('sends only the marks that differ from the stored ones, in grid order', () => {
    const g = grid();
    const [siti, dewi] = g.rows as [
      TrainingAttendanceGrid['rows'][number],
      TrainingAttendanceGrid['rows'][number],
    ];
    let changes = markUnmarkedPresent(g, {}, 1);
    changes = setMark(g, changes, dewi, 0, 'hadir');
    changes = setMark(g, changes, siti, 0, 'hadir');
    expect(attendanceBody(g, changes)).toEqual({
      marks: [
        { registrationId: 'siti', date: '2026-03-03', present: true },
        { registrationId: 'dewi', date: '2026-03-02', present: true },
        { registrationId: 'dewi', date: '2026-03-03', present: true },
      ],
    });
    expect(attendanceBody(g, {})).toBeNull();
  });

  it('shows each one’s completion as it will be once saved, by JP, rounded down', () => {
    const g = grid();
    const [siti, dewi] = g.rows as [
      TrainingAttendanceGrid['rows'][number],
      TrainingAttendanceGrid['rows'][number],
    ];
    // Siti: 6 of 16 JP so far.
    expect(rowCompletion(g, {}, siti)).toMatchObject({
      percentText: '37.5',
      completed: false,
      attendedHours: 6,
    });
    // With day 2 and 3: 16 of 16.
    const changes = setMark(g, setMark(g, {}, siti, 1, 'hadir'), siti, 2, 'hadir');
    expect(rowCompletion(g, changes, siti)).toMatchObject({ percentText: '100.0', completed: true });
    // Dewi on days 2 and 3 only: 10 of 16 = 62.5 %, below 75 %.
    const dewiChanges = setMark(g, setMark(g, {}, dewi, 1, 'hadir'), dewi, 2, 'hadir');
    expect(rowCompletion(g, dewiChanges, dewi)).toMatchObject({ percentText: '62.5', completed: false });
  });

  it('opens a phone on today’s column, or the last day before it', () => {
    const g = grid();
    expect(defaultDayIndex(g)).toBe(1);
    expect(defaultDayIndex({ ...g, today: '2026-03-01' })).toBe(0);
    expect(defaultDayIndex({ ...g, today: '2026-04-01' })).toBe(2);
  });
});
