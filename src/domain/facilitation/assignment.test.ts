import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignedOn,
  assignmentHistory,
  assignmentIssues,
  covers,
  endAssignment,
  type FacilitatorAssignment,
  intervalsOverlap,
  mayLogFor,
  periodLabel,
  placeKey,
} from './assignment.ts';
import { assignment, DESA_OTHER_DISTRICT, facilitator, KAWASAN, PLACE_A, PLACE_B } from './testing.ts';

const fields = (issues: { field: string }[]) => issues.map((i) => i.field);
const iv = (from: string, to: string | null) => ({ from, to });

describe('intervals (both ends included)', () => {
  it.each([
    [iv('2026-01-01', '2026-01-31'), iv('2026-01-31', '2026-02-28'), true],
    [iv('2026-01-01', '2026-01-31'), iv('2026-02-01', '2026-02-28'), false],
    [iv('2026-01-01', null), iv('2030-01-01', '2030-01-01'), true],
    [iv('2026-03-01', null), iv('2026-01-01', '2026-02-28'), false],
    [iv('2026-01-01', null), iv('2025-01-01', null), true],
    [iv('2026-01-10', '2026-01-10'), iv('2026-01-10', '2026-01-10'), true],
  ])('%o and %o overlap: %s', (a, b, expected) => {
    expect(intervalsOverlap(a, b)).toBe(expected);
    expect(intervalsOverlap(b, a)).toBe(expected);
  });

  it('covers the first and the last day', () => {
    const a = iv('2026-01-01', '2026-06-30');
    expect([
      covers(a, '2025-12-31'),
      covers(a, '2026-01-01'),
      covers(a, '2026-06-30'),
      covers(a, '2026-07-01'),
    ]).toEqual([false, true, true, false]);
    expect(periodLabel(a)).toBe('2026-01-01 s.d. 2026-06-30');
    expect(periodLabel(iv('2026-01-01', null))).toBe('sejak 2026-01-01');
  });

  it('overlap agrees with sharing a covered day (property)', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
    const interval = fc
      .tuple(day, fc.option(day, { nil: null }))
      .map(([a, b]) => (b !== null && b < a ? iv(b, a) : iv(a, b)));
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const days = Array.from({ length: 28 }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')}`);
        const sharesFebruaryDay = days.some((d) => covers(a, d) && covers(b, d));
        // Open intervals share days after February too; only then may the two answers differ.
        if (a.to !== null || b.to !== null) expect(intervalsOverlap(a, b)).toBe(sharesFebruaryDay);
        else expect(intervalsOverlap(a, b)).toBe(true);
      }),
      { seed: 20260301, numRuns: 300 },
    );
  });
});

describe('assignmentIssues', () => {
  const pld = facilitator();

  it('accepts a desa in the home district, and the same facilitator on other desa', () => {
    expect(assignmentIssues(assignment(), pld, [])).toEqual([]);
    expect(assignmentIssues(assignment({ id: 'AS-2', place: PLACE_B }), pld, [assignment()])).toEqual([]);
  });

  it('allows another facilitator on the same desa at the same time', () => {
    const other = facilitator({ id: 'F-2', userId: 'U-2' });
    expect(assignmentIssues(assignment({ id: 'AS-2', facilitatorId: 'F-2' }), other, [assignment()])).toEqual(
      [],
    );
  });

  it('refuses an overlapping assignment of the same facilitator to the same desa', () => {
    const existing = assignment({ to: '2026-06-30' });
    const issues = assignmentIssues(assignment({ id: 'AS-2', from: '2026-06-30' }), pld, [existing]);
    expect(issues).toEqual([
      {
        field: 'from',
        message:
          'Pendamping ini sudah ditugaskan di desa 3322012001 pada 2026-01-01 s.d. 2026-06-30; periode penugasan tidak boleh tumpang tindih. Akhiri atau ubah penugasan yang ada dahulu.',
      },
    ]);
    expect(assignmentIssues(assignment({ id: 'AS-2', from: '2026-07-01' }), pld, [existing])).toEqual([]);
  });

  it('skips the candidate itself when it is changed', () => {
    const a = assignment({ to: '2026-06-30' });
    expect(assignmentIssues({ ...a, to: '2026-08-31' }, pld, [a])).toEqual([]);
  });

  it('keeps the assignment within the facilitator’s active period', () => {
    const ended = facilitator({ activeFrom: '2026-01-01', activeTo: '2026-12-31' });
    expect(fields(assignmentIssues(assignment({ from: '2025-12-01', to: '2026-03-01' }), ended, []))).toEqual(
      ['from'],
    );
    const open = assignmentIssues(assignment({ to: null }), ended, []);
    expect(open).toEqual([
      {
        field: 'to',
        message: 'Penugasan harus berakhir paling lambat 2026-12-31, akhir masa aktif pendamping.',
      },
    ]);
  });

  it('refuses inverted or unreal dates', () => {
    expect(fields(assignmentIssues(assignment({ from: '2026-05-01', to: '2026-04-30' }), pld, []))).toEqual([
      'to',
    ]);
    expect(fields(assignmentIssues(assignment({ from: '2026-02-30' }), pld, []))).toEqual(['from']);
  });

  it('refuses a desa outside the home region, a kelurahan and a malformed code', () => {
    const outside = assignmentIssues(
      assignment({ place: { kind: 'desa', code: DESA_OTHER_DISTRICT } }),
      pld,
      [],
    );
    expect(outside[0]!.message).toBe('Desa 3322022003 berada di luar wilayah asal pendamping (332201).');
    const kelurahan = assignmentIssues(assignment({ place: { kind: 'desa', code: '3322011001' } }), pld, []);
    expect(kelurahan[0]!.message).toMatch(/kelurahan/);
    expect(
      fields(assignmentIssues(assignment({ place: { kind: 'desa', code: '332201' } }), pld, [])),
    ).toEqual(['place.code']);
  });

  it('assigns kawasan only to the types that work on a kawasan', () => {
    const issues = assignmentIssues(assignment({ place: KAWASAN }), pld, []);
    expect(issues).toEqual([
      { field: 'place.kind', message: 'Pendamping Lokal Desa (PLD) hanya dapat ditugaskan ke desa.' },
    ]);
    const kawasanPost = facilitator({ type: 'pendamping_kawasan', homeRegionCode: '3322' });
    expect(assignmentIssues(assignment({ place: KAWASAN }), kawasanPost, [])).toEqual([]);
    expect(fields(assignmentIssues(assignment({ place: PLACE_A }), kawasanPost, []))).toEqual(['place.kind']);
    const ta = facilitator({ type: 'ta', homeRegionCode: '3322' });
    expect(assignmentIssues(assignment({ place: KAWASAN }), ta, [])).toEqual([]);
    expect(assignmentIssues(assignment({ place: PLACE_A }), ta, [])).toEqual([]);
  });
});

describe('history and assignedOn', () => {
  const list: FacilitatorAssignment[] = [
    assignment({ id: 'a', from: '2025-01-01', to: '2025-12-31' }),
    assignment({ id: 'c', facilitatorId: 'F-2', from: '2026-01-01', to: '2026-06-30' }),
    assignment({ id: 'b', from: '2026-01-01', to: null }),
    assignment({ id: 'd', place: PLACE_B, from: '2026-02-01', to: null }),
    assignment({ id: 'e', facilitatorId: 'F-3', from: '2026-01-01', to: '2026-06-30' }),
  ];

  it('orders newest start first, open before closed, later end first, then by id', () => {
    expect(assignmentHistory(list).map((a) => a.id)).toEqual(['d', 'b', 'c', 'e', 'a']);
    expect(assignmentHistory([...list].reverse()).map((a) => a.id)).toEqual(['d', 'b', 'c', 'e', 'a']);
  });

  it('finds who is assigned to a place on a date', () => {
    expect(assignedOn(list, PLACE_A, '2026-03-01').map((a) => a.id)).toEqual(['b', 'c', 'e']);
    expect(assignedOn(list, PLACE_A, '2026-07-01').map((a) => a.id)).toEqual(['b']);
    expect(assignedOn(list, PLACE_A, '2025-06-01').map((a) => a.id)).toEqual(['a']);
    expect(assignedOn(list, PLACE_B, '2026-01-31')).toEqual([]);
    expect(assignedOn(list, KAWASAN, '2026-03-01')).toEqual([]);
  });

  it('keys places by kind', () => {
    expect(placeKey(PLACE_A)).toBe('desa:3322012001');
    expect(placeKey(KAWASAN)).toBe('kawasan:K-1');
  });
});

describe('endAssignment', () => {
  it('ends an open assignment and keeps it', () => {
    expect(endAssignment(assignment(), '2026-06-30')).toEqual({
      ok: true,
      assignment: assignment({ to: '2026-06-30' }),
    });
    expect(endAssignment(assignment(), '2026-01-01').ok).toBe(true);
  });

  it('refuses an end before the start, a bad date, and extending a closed one', () => {
    const before = endAssignment(assignment(), '2025-12-31');
    expect(before.ok === false && before.issues[0]!.message).toBe(
      'Tanggal akhir (2025-12-31) tidak boleh sebelum awal penugasan (2026-01-01).',
    );
    expect(endAssignment(assignment(), '31-12-2026').ok).toBe(false);
    const extend = endAssignment(assignment({ to: '2026-06-30' }), '2026-07-31');
    expect(extend.ok === false && extend.issues[0]!.message).toMatch(/buat penugasan baru/);
  });
});

describe('mayLogFor', () => {
  const list = [
    assignment({ id: 'a', from: '2026-01-01', to: '2026-03-31' }),
    assignment({ id: 'b', from: '2026-05-01', to: null }),
  ];

  it('allows a date inside an assignment, both ends included', () => {
    for (const date of ['2026-01-01', '2026-03-31', '2026-05-01', '2027-01-01']) {
      expect(mayLogFor(list, 'F-pld', PLACE_A, date).ok).toBe(true);
    }
  });

  it('refuses before the first assignment, in a gap, at another place, and for another facilitator', () => {
    const before = mayLogFor(list, 'F-pld', PLACE_A, '2025-12-31');
    expect(before).toEqual({
      ok: false,
      issues: [
        {
          field: 'date',
          message: 'Tanggal 2025-12-31 sebelum awal penugasan Anda di desa 3322012001 (2026-01-01).',
        },
      ],
    });
    const gap = mayLogFor(list, 'F-pld', PLACE_A, '2026-04-15');
    expect(gap).toEqual({
      ok: false,
      issues: [
        {
          field: 'date',
          message:
            'Pada 2026-04-15 Anda tidak ditugaskan di desa 3322012001 (periode penugasan: 2026-01-01 s.d. 2026-03-31; sejak 2026-05-01).',
        },
      ],
    });
    const elsewhere = mayLogFor(list, 'F-pld', PLACE_B, '2026-02-01');
    expect(elsewhere.ok === false && elsewhere.issues[0]).toEqual({
      field: 'place',
      message:
        'Anda tidak ditugaskan di desa 3322012002; catatan kegiatan hanya untuk tempat penugasan Anda.',
    });
    expect(mayLogFor(list, 'F-other', PLACE_A, '2026-02-01').ok).toBe(false);
  });
});
