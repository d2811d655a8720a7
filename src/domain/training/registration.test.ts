import { describe, expect, it } from 'vitest';
import { toFraction } from '../deliberation/rational.ts';
import {
  type AttendanceMark,
  attendanceIssues,
  completion,
  daysWithoutAttendance,
  decideRegistration,
  type ParticipantDraft,
  participantIssues,
  personKeyInput,
  presentDatesOf,
  type RegistrationRow,
  registeredCount,
  waitingList,
  withdraw,
} from './registration.ts';
import { participant, registration, SCHEDULE } from './testing.ts';

const TODAY = '2026-05-13';

describe('participantIssues', () => {
  it('accepts the fixture', () => {
    expect(participantIssues(participant(), TODAY)).toEqual([]);
  });

  // biome-ignore format: one rule per line reads as a table
  const BROKEN: [string, Partial<ParticipantDraft>, string, RegExp][] = [
    ['a one-letter name', { name: 'S' }, 'name', /Nama peserta wajib diisi, 2–120 karakter/],
    ['an unknown gender', { gender: 'x' as never }, 'gender', /perempuan atau laki_laki/],
    ['a birth year that is not a number', { birthYear: Number.NaN }, 'birthYear', /empat angka/],
    ['a child of nine', { birthYear: 2017 }, 'birthYear', /Tahun lahir 2017 tidak masuk akal untuk peserta \(usia 10–100 tahun pada 2026\)/],
    ['someone born in 1900', { birthYear: 1900 }, 'birthYear', /tidak masuk akal/],
    ['a kecamatan for a desa', { desaCode: '332201' }, 'desaCode', /kode desa 10 digit/],
    ['a dotted desa code', { desaCode: '33.22.01.2001' }, 'desaCode', /kode desa 10 digit/],
    ['an unknown role', { role: 'dukun' as never }, 'role', /Peran peserta harus salah satu dari/],
    ['an enterprise on a farmer', { role: 'anggota_kelompok_tani', enterpriseId: 'E-1' }, 'enterpriseId', /Hanya pengelola BUM Desa atau pengurus koperasi/],
    ['a facilitator record on a village head', { role: 'kepala_desa', enterpriseId: null, facilitatorId: 'F-1' }, 'facilitatorId', /KPMD atau pendamping desa/],
  ];

  it.each(BROKEN)('reports %s', (_label, changes, field, message) => {
    const issues = participantIssues(participant(changes), TODAY);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field });
    expect(issues[0]!.message).toMatch(message);
  });

  it('accepts a KPMD linked to its facilitator record and a cooperative manager to its cooperative', () => {
    expect(
      participantIssues(participant({ role: 'kpmd', enterpriseId: null, facilitatorId: 'F-9' }), TODAY),
    ).toEqual([]);
    expect(
      participantIssues(participant({ role: 'pengurus_koperasi', enterpriseId: 'E-kdmp' }), TODAY),
    ).toEqual([]);
  });
});

describe('personKeyInput: one key per person, however the name is typed', () => {
  it('ignores case, spacing and punctuation in the name', () => {
    const a = personKeyInput(participant({ name: 'Siti Aminah' }));
    expect(a).toBe('kawasan:peserta:v1:3322012001:1988:siti aminah');
    expect(personKeyInput(participant({ name: '  SITI   aminah ' }))).toBe(a);
    expect(personKeyInput(participant({ name: "Siti A'minah" }))).toBe(a);
  });

  it('tells apart another birth year, another desa and another name', () => {
    const a = personKeyInput(participant());
    expect(personKeyInput(participant({ birthYear: 1989 }))).not.toBe(a);
    expect(personKeyInput(participant({ desaCode: '3322012002' }))).not.toBe(a);
    expect(personKeyInput(participant({ name: 'Siti Aminah Putri' }))).not.toBe(a);
  });
});

describe('decideRegistration: capacity, waiting list, duplicates, open state', () => {
  const open = { state: 'pendaftaran' as const, capacity: 2 };
  const rows = (...statuses: RegistrationRow['status'][]) =>
    statuses.map((s, i) => registration(`R-${i + 1}`, s, i + 1));

  // biome-ignore format: one rule per line reads as a table
  const TABLE: [string, RegistrationRow[], string, unknown][] = [
    ['the first registration gets a seat', rows(), 'key-new', { ok: true, status: 'terdaftar' }],
    ['the last seat', rows('terdaftar'), 'key-new', { ok: true, status: 'terdaftar' }],
    ['a withdrawn registration frees its seat', rows('terdaftar', 'dibatalkan'), 'key-new', { ok: true, status: 'terdaftar' }],
    ['full: first on the waiting list', rows('terdaftar', 'terdaftar'), 'key-new', { ok: true, status: 'daftar_tunggu', position: 1 }],
    ['full: second on the waiting list', rows('terdaftar', 'terdaftar', 'daftar_tunggu'), 'key-new', { ok: true, status: 'daftar_tunggu', position: 2 }],
    ['seats and waiting list full', rows('terdaftar', 'terdaftar', 'daftar_tunggu', 'daftar_tunggu'), 'key-new', { ok: false, refusal: 'full' }],
    ['already registered', rows('terdaftar'), 'key-R-1', { ok: false, refusal: 'duplicate' }],
    ['already waiting', rows('terdaftar', 'terdaftar', 'daftar_tunggu'), 'key-R-3', { ok: false, refusal: 'duplicate' }],
    ['registering again after withdrawing', rows('dibatalkan'), 'key-R-1', { ok: true, status: 'terdaftar' }],
  ];

  it.each(TABLE)('%s', (_label, existing, key, expected) => {
    expect(decideRegistration(open, existing, key)).toMatchObject(expected as object);
  });

  it('explains a full session and a duplicate in Indonesian', () => {
    const full = decideRegistration(
      open,
      rows('terdaftar', 'terdaftar', 'daftar_tunggu', 'daftar_tunggu'),
      'k',
    );
    expect(full.ok === false && full.reason).toBe(
      'Kuota (2 peserta) dan daftar tunggu (2 orang) sudah penuh; pendaftaran ditutup untuk angkatan ini.',
    );
    const duplicate = decideRegistration(open, rows('terdaftar'), 'key-R-1');
    expect(duplicate).toMatchObject({
      ok: false,
      issues: [{ field: 'name', message: expect.stringMatching(/sudah terdaftar di angkatan ini/) }],
    });
  });

  it.each(['rencana', 'berjalan', 'selesai', 'batal'] as const)('refuses registration while %s', (state) => {
    const result = decideRegistration({ state, capacity: 2 }, [], 'k');
    expect(result).toMatchObject({ ok: false, refusal: 'state' });
    expect(result.ok === false && result.reason).toMatch(/hanya saat berstatus Pendaftaran dibuka/);
  });

  it('never seats more than the capacity, whatever the order of registrations', () => {
    const existing: RegistrationRow[] = [];
    for (let i = 0; i < 10; i++) {
      const d = decideRegistration({ state: 'pendaftaran', capacity: 3 }, existing, `p${i}`);
      if (d.ok) existing.push({ id: `R${i}`, personKey: `p${i}`, status: d.status, seq: i });
    }
    expect(registeredCount(existing)).toBe(3);
    expect(waitingList(existing).map((r) => r.id)).toEqual(['R3', 'R4', 'R5']);
    expect(existing).toHaveLength(6);
  });
});

describe('withdraw', () => {
  const rows = [
    registration('R-1', 'terdaftar', 1),
    registration('R-2', 'terdaftar', 2),
    registration('R-4', 'daftar_tunggu', 4),
    registration('R-3', 'daftar_tunggu', 3),
  ];

  it('gives a freed seat to the first on the waiting list while registration is open', () => {
    expect(withdraw({ state: 'pendaftaran', capacity: 2 }, rows, 'R-1')).toEqual({
      ok: true,
      withdrawnId: 'R-1',
      promotedId: 'R-3',
    });
  });

  it('promotes nobody when someone leaves the waiting list, or once the session runs', () => {
    expect(withdraw({ state: 'pendaftaran', capacity: 2 }, rows, 'R-4')).toMatchObject({ promotedId: null });
    expect(withdraw({ state: 'berjalan', capacity: 2 }, rows, 'R-1')).toMatchObject({
      ok: true,
      promotedId: null,
    });
  });

  it('refuses an unknown, an already withdrawn registration, and a finished session', () => {
    expect(withdraw({ state: 'pendaftaran', capacity: 2 }, rows, 'R-9')).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    const withdrawn = [registration('R-1', 'dibatalkan', 1)];
    expect(withdraw({ state: 'pendaftaran', capacity: 2 }, withdrawn, 'R-1')).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(withdraw({ state: 'selesai', capacity: 2 }, rows, 'R-1')).toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });
});

describe('attendanceIssues', () => {
  const context = {
    state: 'berjalan' as const,
    schedule: SCHEDULE,
    registrations: [
      { id: 'R-1', status: 'terdaftar' as const },
      { id: 'R-2', status: 'daftar_tunggu' as const },
      { id: 'R-3', status: 'dibatalkan' as const },
    ],
    today: TODAY,
  };
  const mark = (registrationId: string, date: string, present = true): AttendanceMark => ({
    registrationId,
    date,
    present,
  });

  it('accepts marks of registered participants on scheduled days up to today', () => {
    expect(attendanceIssues([mark('R-1', '2026-05-12'), mark('R-1', '2026-05-13', false)], context)).toEqual(
      [],
    );
  });

  // biome-ignore format: one rule per line reads as a table
  const BROKEN: [string, AttendanceMark, string, RegExp][] = [
    ['an unknown participant', mark('R-9', '2026-05-12'), 'marks[0].registrationId', /tidak terdaftar di angkatan ini/],
    ['someone on the waiting list', mark('R-2', '2026-05-12'), 'marks[0].registrationId', /hanya dicatat untuk peserta terdaftar; status peserta ini Daftar tunggu/],
    ['a withdrawn participant', mark('R-3', '2026-05-12'), 'marks[0].registrationId', /status peserta ini Dibatalkan/],
    ['a day off the schedule', mark('R-1', '2026-05-11'), 'marks[0].date', /2026-05-11 bukan hari pelatihan menurut jadwal/],
    ['a day in the future', mark('R-1', '2026-05-14'), 'marks[0].date', /belum dapat dicatat: hari itu belum tiba \(hari ini 2026-05-13\)/],
    ['a mark that is not yes or no', { registrationId: 'R-1', date: '2026-05-12', present: 'ya' as never }, 'marks[0].present', /hadir atau tidak hadir/],
  ];

  it.each(BROKEN)('reports %s', (_label, m, field, message) => {
    const issues = attendanceIssues([m], context);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe(field);
    expect(issues[0]!.message).toMatch(message);
  });

  it('reports the same participant and day twice in one batch', () => {
    const issues = attendanceIssues([mark('R-1', '2026-05-12'), mark('R-1', '2026-05-12', false)], context);
    expect(issues).toEqual([
      {
        field: 'marks[1]',
        message: 'Kehadiran peserta ini pada 2026-05-12 tercatat lebih dari sekali dalam kiriman ini.',
      },
    ]);
  });

  it.each(['pendaftaran', 'selesai'] as const)('refuses attendance while %s', (state) => {
    expect(attendanceIssues([mark('R-1', '2026-05-12')], { ...context, state })).toEqual([
      { field: 'marks', message: expect.stringMatching(/Pencatatan kehadiran tidak dapat dilakukan/) },
    ]);
  });

  it('finds scheduled days without any mark', () => {
    expect(daysWithoutAttendance(SCHEDULE, [mark('R-1', '2026-05-13', false)])).toEqual([
      '2026-05-12',
      '2026-05-14',
    ]);
    expect(
      daysWithoutAttendance(
        SCHEDULE,
        SCHEDULE.map((d) => mark('R-1', d.date)),
      ),
    ).toEqual([]);
  });
});

describe('completion: attended JP ≥ minAttendancePercent of scheduled JP', () => {
  const FIVE_DAYS = [
    { date: '2026-05-11', hours: 8 },
    { date: '2026-05-12', hours: 8 },
    { date: '2026-05-13', hours: 8 },
    { date: '2026-05-14', hours: 8 },
    { date: '2026-05-15', hours: 8 },
  ];
  const UNEVEN = [
    { date: '2026-05-12', hours: 9 },
    { date: '2026-05-13', hours: 9 },
    { date: '2026-05-14', hours: 2 },
  ];

  // biome-ignore format: one rule per line reads as a table
  const TABLE: [string, { date: string; hours: number }[], string[], number, number, string, boolean][] = [
    ['all days', FIVE_DAYS, ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15'], 80, 40, '100.0', true],
    ['4 of 5 days is exactly 80 %', FIVE_DAYS, ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14'], 80, 32, '80.0', true],
    ['3 of 5 days is 60 %', FIVE_DAYS, ['2026-05-11', '2026-05-12', '2026-05-13'], 80, 24, '60.0', false],
    ['3 of 5 days with a 60 % rule', FIVE_DAYS, ['2026-05-11', '2026-05-12', '2026-05-13'], 60, 24, '60.0', true],
    ['missing the short day of three is 90 %', UNEVEN, ['2026-05-12', '2026-05-13'], 80, 18, '90.0', true],
    ['missing a long day of three is 55 %', UNEVEN, ['2026-05-12', '2026-05-14'], 80, 11, '55.0', false],
    ['nothing attended', UNEVEN, [], 80, 0, '0.0', false],
  ];

  it.each(TABLE)('%s', (_label, schedule, present, min, hours, percent, completed) => {
    const c = completion(schedule, present, min);
    expect(c.attendedHours).toBe(hours);
    expect(c.percentText).toBe(percent);
    expect(c.completed).toBe(completed);
  });

  it('rounds the shown percentage down, so 79.99 % never shows as 80 %', () => {
    const days = Array.from({ length: 7 }, (_, i) => ({ date: `2026-06-0${i + 1}`, hours: 1 }));
    const c = completion(
      days,
      days.slice(0, 5).map((d) => d.date),
      70,
    );
    expect(c.percentText).toBe('71.4');
    expect(toFraction(c.share)).toBe('5/7');
    const almost = completion(
      [
        { date: '2026-06-01', hours: 3 },
        { date: '2026-06-02', hours: 1 },
        { date: '2026-06-03', hours: 2 },
      ],
      ['2026-06-01', '2026-06-03'],
      84,
    );
    expect(almost.percentText).toBe('83.3');
    expect(almost.completed).toBe(false);
  });

  it('lists the missed days and reads the present marks of one participant', () => {
    const marks = [
      { registrationId: 'R-1', date: '2026-05-12', present: true },
      { registrationId: 'R-1', date: '2026-05-13', present: false },
      { registrationId: 'R-2', date: '2026-05-14', present: true },
    ];
    const present = presentDatesOf(marks, 'R-1');
    expect(present).toEqual(['2026-05-12']);
    expect(completion(SCHEDULE, present, 80).missedDates).toEqual(['2026-05-13', '2026-05-14']);
  });

  it('does not complete anyone on an empty schedule', () => {
    expect(completion([], [], 80)).toMatchObject({ completed: false, percentText: '0.0' });
  });
});
