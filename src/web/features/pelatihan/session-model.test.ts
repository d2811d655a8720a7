import { describe, expect, it } from 'vitest';
import {
  createSessionBody,
  newSessionValues,
  proposeSchedule,
  type SessionValues,
  scheduleTotal,
  sessionFieldOf,
  sessionFormIssues,
} from './session-model';

function filled(): SessionValues {
  return {
    ...newSessionValues(),
    label: ' Angkatan I ',
    startDate: '2026-03-02',
    endDate: '2026-03-03',
    schedule: [
      { date: '2026-03-02', hours: 8, agenda: ' Neraca ' },
      { date: '2026-03-03', hours: '8', agenda: '' },
    ],
    placeName: 'Aula Balai Desa Kedungreja',
    placeRegionCode: '33.01.01.2004',
    trainers: [{ name: 'Dr. Agus Salim', affiliation: ' Unsoed ' }],
    capacity: 25,
    desaCodes: ['33.01.01.2001', '3301 01 2004'],
  };
}

describe('the schedule proposed from the dates', () => {
  it('shares the curriculum out in whole JP, the first days taking the remainder', () => {
    expect(proposeSchedule('2026-03-02', '2026-03-04', 20)).toEqual([
      { date: '2026-03-02', hours: 7, agenda: '' },
      { date: '2026-03-03', hours: 7, agenda: '' },
      { date: '2026-03-04', hours: 6, agenda: '' },
    ]);
    // Across a month end, one day.
    expect(proposeSchedule('2026-02-28', '2026-03-01', 16)?.map((d) => d.date)).toEqual([
      '2026-02-28',
      '2026-03-01',
    ]);
    expect(proposeSchedule('2026-03-02', '2026-03-02', 8)).toEqual([
      { date: '2026-03-02', hours: 8, agenda: '' },
    ]);
  });

  it('never proposes more than the daily maximum, and nothing for dates that are no range', () => {
    expect(proposeSchedule('2026-03-02', '2026-03-02', 40)).toEqual([
      { date: '2026-03-02', hours: 12, agenda: '' },
    ]);
    expect(proposeSchedule('2026-03-03', '2026-03-02', 8)).toBeNull();
    expect(proposeSchedule('2026-03-02', '', 8)).toBeNull();
    expect(proposeSchedule('2026-01-01', '2026-02-15', 100)).toBeNull();
  });

  it('counts the JP of the rows that hold a number', () => {
    expect(
      scheduleTotal([
        { date: '', hours: 8, agenda: '' },
        { date: '', hours: '4', agenda: '' },
        { date: '', hours: '', agenda: '' },
      ]),
    ).toBe(12);
  });
});

describe('the session form', () => {
  it('sends codes without dots, trimmed texts, and no region for an online place without one', () => {
    const body = createSessionBody(filled());
    expect(body).toEqual({
      label: 'Angkatan I',
      startDate: '2026-03-02',
      endDate: '2026-03-03',
      schedule: [
        { date: '2026-03-02', hours: 8, agenda: 'Neraca' },
        { date: '2026-03-03', hours: 8, agenda: '' },
      ],
      place: { mode: 'luring', name: 'Aula Balai Desa Kedungreja', regionCode: '3301012004' },
      trainers: [{ name: 'Dr. Agus Salim', affiliation: 'Unsoed' }],
      capacity: 25,
      desaCodes: ['3301012001', '3301012004'],
      kawasanIds: [],
    });
    const online = createSessionBody({
      ...filled(),
      placeMode: 'daring',
      placeName: 'Zoom',
      placeRegionCode: ' ',
    });
    expect(online.place).toEqual({ mode: 'daring', name: 'Zoom', regionCode: null });
  });

  it('checks the schedule against the programme’s JP with the domain’s message', () => {
    expect(sessionFormIssues(filled(), 16).byField).toEqual({});
    const { byField } = sessionFormIssues(filled(), 20);
    expect(byField.schedule).toBe('Jumlah JP dalam jadwal (16) harus sama dengan JP kurikulum program (20).');
  });

  it('puts each issue on its row and part', () => {
    const values = filled();
    values.schedule[1] = { date: '2026-03-09', hours: '', agenda: '' };
    values.trainers = [{ name: 'A', affiliation: '' }];
    values.desaCodes = ['3301'];
    values.placeRegionCode = '';
    const { byField } = sessionFormIssues(values, 16);
    expect(byField['schedule.1.date']).toContain('di luar masa pelatihan');
    expect(byField['schedule.1.hours']).toContain('JP per hari');
    expect(byField['trainers.0.name']).toContain('Nama pelatih');
    expect(byField['desaCodes.0']).toBe('Kode 3301 bukan kode desa 10 digit.');
    expect(byField['place.regionCode']).toContain('wajib mencantumkan wilayah');
  });

  it('knows where the server’s fields go on the form', () => {
    expect(sessionFieldOf('schedule.0.hours')).toBe('schedule.0.hours');
    expect(sessionFieldOf('schedule')).toBe('schedule');
    expect(sessionFieldOf('place.regionCode')).toBe('place.regionCode');
    expect(sessionFieldOf('desaCodes.3')).toBe('desaCodes.3');
    expect(sessionFieldOf('kawasanIds.0')).toBe('kawasanIds');
    expect(sessionFieldOf('registrations')).toBeNull();
  });
});
