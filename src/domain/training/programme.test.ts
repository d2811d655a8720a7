import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLLOW_UP_MONTHS,
  DEFAULT_MIN_ATTENDANCE_PERCENT,
  type ProgrammeDraft,
  programmeChangeIssues,
  programmeIssues,
  type SessionDraft,
  scheduleDates,
  scheduledHours,
  sessionIssues,
} from './programme.ts';
import { programme, SCHEDULE, session } from './testing.ts';

const CONTEXT = { curriculumHours: 24, registeredCount: 0 };

describe('programmeIssues', () => {
  it('accepts the complete fixture', () => {
    expect(programmeIssues(programme())).toEqual([]);
    expect([DEFAULT_MIN_ATTENDANCE_PERCENT, DEFAULT_FOLLOW_UP_MONTHS]).toEqual([80, 3]);
  });

  // biome-ignore format: one rule per line reads as a table
  const BROKEN: [string, Partial<ProgrammeDraft>, string, RegExp][] = [
    ['no provider', { providerId: ' ' }, 'providerId', /Penyelenggara pelatihan wajib dipilih/],
    ['a short title', { title: 'BUM' }, 'title', /Judul program wajib diisi, paling sedikit 5 karakter/],
    ['an unknown topic', { topicId: 'sulap' as never }, 'topicId', /Topik pelatihan harus salah satu dari: perencanaan_desa/],
    ['no target aspect', { targetAspects: [], competencies: [], testedAspects: [], requiresPostTest: false }, 'targetAspects', /Pilih paling sedikit satu aspek sasaran/],
    ['an unknown aspect', { targetAspects: ['pengetahuan', 'kesadaran' as never], testedAspects: [] }, 'targetAspects[1]', /Pilihan "kesadaran" tidak dikenal/],
    ['a repeated aspect', { targetAspects: ['pengetahuan', 'sikap', 'keterampilan', 'sikap'] }, 'targetAspects[3]', /Aspek sikap dipilih lebih dari sekali/],
    ['a target aspect without competency', { targetAspects: ['pengetahuan', 'sikap', 'keterampilan', 'perilaku'] }, 'competencies', /Aspek perilaku menjadi sasaran tetapi belum memiliki kompetensi sasaran/],
    ['a competency outside the targets', { competencies: [...programme().competencies, { aspect: 'perilaku', description: 'Mencatat transaksi harian' }] }, 'competencies[3].aspect', /Aspek perilaku bukan aspek sasaran program ini/],
    ['an empty competency', { competencies: [{ aspect: 'pengetahuan', description: '  ' }, ...programme().competencies.slice(1)] }, 'competencies[0].description', /Uraian kompetensi wajib diisi/],
    ['no target group', { targetGroups: [] }, 'targetGroups', /Pilih paling sedikit satu kelompok sasaran/],
    ['zero curriculum hours', { curriculumHours: 0 }, 'curriculumHours', /bilangan bulat 1–1000/],
    ['fractional curriculum hours', { curriculumHours: 2.5 }, 'curriculumHours', /bilangan bulat/],
    ['absurd curriculum hours', { curriculumHours: 5000 }, 'curriculumHours', /1–1000/],
    ['a tested aspect not targeted', { testedAspects: ['pengetahuan', 'perilaku'] }, 'testedAspects[1]', /Aspek perilaku diuji tetapi bukan aspek sasaran/],
    ['a required post-test without tests', { testedAspects: [], requiresPostTest: true }, 'requiresPostTest', /belum ada aspek yang diuji/],
    ['attendance 0 %', { minAttendancePercent: 0 }, 'minAttendancePercent', /1–100 persen \(bawaan 80\)/],
    ['attendance above 100 %', { minAttendancePercent: 120 }, 'minAttendancePercent', /1–100/],
    ['follow-up after 0 months', { followUpMonths: 0 }, 'followUpMonths', /1–24 bulan setelah pelatihan \(bawaan 3\)/],
    ['follow-up after 3 years', { followUpMonths: 36 }, 'followUpMonths', /1–24/],
  ];

  it.each(BROKEN)('reports %s', (_label, changes, field, message) => {
    const issues = programmeIssues(programme(changes));
    expect(issues.map((i) => i.field)).toContain(field);
    expect(issues.find((i) => i.field === field)!.message).toMatch(message);
  });

  it('lists every issue at once', () => {
    const issues = programmeIssues(programme({ title: '', curriculumHours: -1, targetGroups: [] }));
    expect(issues.map((i) => i.field)).toEqual(['title', 'targetGroups', 'curriculumHours']);
  });
});

describe('sessionIssues', () => {
  it('accepts the complete fixture', () => {
    expect(sessionIssues(session(), CONTEXT)).toEqual([]);
    expect(scheduledHours(SCHEDULE)).toBe(24);
  });

  const day = (date: string, hours = 8) => ({ date, hours, agenda: '' });
  // biome-ignore format: one rule per line reads as a table
  const BROKEN: [string, Partial<SessionDraft>, string, RegExp][] = [
    ['no label', { label: ' ' }, 'label', /Nama angkatan wajib diisi/],
    ['an impossible start date', { startDate: '2026-02-30' }, 'startDate', /format TTTT-BB-HH/],
    ['dates out of order', { startDate: '2026-05-14', endDate: '2026-05-12' }, 'endDate', /tidak boleh sebelum tanggal mulai \(2026-05-14\)/],
    ['a run longer than a year', { endDate: '2027-06-01', schedule: [day('2026-05-12', 12), day('2026-05-13', 12)] }, 'endDate', /paling lama 366 hari/],
    ['an empty schedule', { schedule: [] }, 'schedule', /paling sedikit satu hari/],
    ['a schedule day before the start', { schedule: [day('2026-05-11'), day('2026-05-12'), day('2026-05-13')] }, 'schedule[0].date', /2026-05-11 di luar masa pelatihan \(2026-05-12 s\.d\. 2026-05-14\)/],
    ['a schedule day after the end', { schedule: [day('2026-05-12'), day('2026-05-13'), day('2026-05-15')] }, 'schedule[2].date', /di luar masa pelatihan/],
    ['a repeated schedule day', { schedule: [day('2026-05-12'), day('2026-05-12'), day('2026-05-14')] }, 'schedule[1].date', /sudah ada di jadwal \(hari ke-1\)/],
    ['an invalid schedule date', { schedule: [day('12/05/2026'), day('2026-05-13'), day('2026-05-14')] }, 'schedule[0].date', /format TTTT-BB-HH/],
    ['zero hours in a day', { schedule: [day('2026-05-12', 0), day('2026-05-13', 12), day('2026-05-14', 12)] }, 'schedule[0].hours', /JP per hari harus bilangan bulat 1–12/],
    ['too many hours in a day', { schedule: [day('2026-05-12', 13), day('2026-05-13', 11)] }, 'schedule[0].hours', /1–12/],
    ['hours not adding up to the curriculum', { schedule: [day('2026-05-12'), day('2026-05-13')] }, 'schedule', /Jumlah JP dalam jadwal \(16\) harus sama dengan JP kurikulum program \(24\)/],
    ['no place name', { place: { mode: 'luring', name: '', regionCode: '332201' } }, 'place.name', /Nama tempat wajib diisi/],
    ['a face-to-face place without region', { place: { mode: 'luring', name: 'Balai Desa', regionCode: null } }, 'place.regionCode', /wajib mencantumkan wilayah tempatnya/],
    ['a bad region code', { place: { mode: 'luring', name: 'Balai Desa', regionCode: '33x' } }, 'place.regionCode', /hanya boleh berisi angka/],
    ['an unknown mode', { place: { mode: 'hibrida' as never, name: 'Balai Desa', regionCode: '332201' } }, 'place.mode', /luring \(tatap muka\) atau daring/],
    ['no trainer', { trainers: [] }, 'trainers', /paling sedikit satu pelatih/],
    ['a nameless trainer', { trainers: [{ name: 'A', affiliation: '', facilitatorId: null }] }, 'trainers[0].name', /Nama pelatih wajib diisi, paling sedikit 2/],
    ['the same trainer twice', { trainers: [{ name: 'Budi Santoso', affiliation: '', facilitatorId: null }, { name: 'budi  santoso', affiliation: '', facilitatorId: null }] }, 'trainers[1].name', /tercantum lebih dari sekali/],
    ['zero capacity', { capacity: 0 }, 'capacity', /Kuota peserta harus bilangan bulat 1–1000/],
    ['a fractional capacity', { capacity: 2.5 }, 'capacity', /bilangan bulat/],
    ['a kecamatan among the desa served', { desaCodes: ['332201'] }, 'desaCodes[0]', /bukan kode desa 10 digit/],
    ['a desa served twice', { desaCodes: ['3322012001', '3322012001'] }, 'desaCodes[1]', /tercantum lebih dari sekali/],
    ['an empty kawasan id', { kawasanIds: [''] }, 'kawasanIds[0]', /Kawasan wajib dipilih/],
  ];

  it.each(BROKEN)('reports %s', (_label, changes, field, message) => {
    const issues = sessionIssues(session(changes), CONTEXT);
    expect(issues.map((i) => i.field)).toContain(field);
    expect(issues.find((i) => i.field === field)!.message).toMatch(message);
  });

  it('accepts an online session without a region, and an open call serving no desa', () => {
    const online = session({
      place: { mode: 'daring', name: 'Zoom BPSDM', regionCode: null },
      desaCodes: [],
      kawasanIds: [],
    });
    expect(sessionIssues(online, CONTEXT)).toEqual([]);
  });

  it('refuses a capacity below the participants already registered', () => {
    const issues = sessionIssues(session({ capacity: 3 }), { curriculumHours: 24, registeredCount: 4 });
    expect(issues).toEqual([
      { field: 'capacity', message: 'Kuota (3) tidak boleh kurang dari peserta yang sudah terdaftar (4).' },
    ]);
  });

  it('checks the schedule against the dates only when the dates are valid', () => {
    const issues = sessionIssues(session({ startDate: 'besok' }), CONTEXT);
    expect(issues.map((i) => i.field)).toEqual(['startDate']);
  });

  it('lists the scheduled dates in order', () => {
    expect(scheduleDates([{ date: '2026-05-14' }, { date: '2026-05-12' }])).toEqual([
      '2026-05-12',
      '2026-05-14',
    ]);
  });
});

describe('programmeChangeIssues', () => {
  const before = programme();
  it.each([
    ['curriculumHours', { curriculumHours: 32 }],
    ['testedAspects', { testedAspects: ['pengetahuan'] as const }],
    ['requiresPostTest', { requiresPostTest: false }],
    ['minAttendancePercent', { minAttendancePercent: 75 }],
    ['followUpMonths', { followUpMonths: 6 }],
  ] as const)('refuses a change of %s once a session has started', (field, change) => {
    const issues = programmeChangeIssues(before, programme(change), 2);
    expect(issues.map((i) => i.field)).toEqual([field]);
    expect(issues[0]!.message).toContain('2 angkatan program ini sudah berjalan atau selesai');
  });

  it('takes any change before a session starts, and texts or tested aspects in another order after', () => {
    expect(
      programmeChangeIssues(before, programme({ curriculumHours: 32, minAttendancePercent: 75 }), 0),
    ).toEqual([]);
    const reordered = programme({
      title: 'Judul baru',
      description: 'Uraian baru',
      testedAspects: [...before.testedAspects].reverse(),
    });
    expect(programmeChangeIssues(before, reordered, 1)).toEqual([]);
  });
});
