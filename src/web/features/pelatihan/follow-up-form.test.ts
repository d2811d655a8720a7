import { describe, expect, it } from 'vitest';
import type { FollowUpSheet } from '../../../contracts/training-outcome.contract';
import { indicatorsFor } from '../../../domain/training/follow-up';
import {
  followUpBody,
  followUpFieldOf,
  followUpFormIssues,
  newFollowUpValues,
  placeIssues,
} from './follow-up-form';

type Participant = FollowUpSheet['participants'][number];

const RID = '11111111-1111-4111-8111-111111111111';

function participant(overrides: Partial<Participant> = {}): Participant {
  return {
    registrationId: RID,
    name: 'Siti Aminah',
    desaCode: '3322012001',
    desaName: 'Bringin',
    role: 'pengelola_bumdes',
    roleLabel: 'Pengelola BUM Desa',
    completed: true,
    attendedPercentText: '100',
    dueDate: '2026-08-14',
    status: 'jatuh_tempo',
    statusLabel: 'Jatuh tempo',
    indicators: indicatorsFor('pengelola_bumdes').map((i) => ({
      indicatorId: i.id,
      level: i.level,
      label: i.label,
      lastState: null,
      lastStateLabel: null,
      lastRecordedOn: null,
    })),
    records: [],
    canRecord: true,
    ...overrides,
  };
}

const sheet: Pick<FollowUpSheet, 'session' | 'followUpMonths' | 'today'> = {
  session: {
    id: '22222222-2222-4222-8222-222222222222',
    label: 'Angkatan I',
    state: 'selesai',
    stateLabel: 'Selesai',
    startDate: '2026-05-12',
    endDate: '2026-05-14',
    programmeId: '33333333-3333-4333-8333-333333333333',
    programmeTitle: 'Pelatihan Pengelolaan BUM Desa',
    providerId: '44444444-4444-4444-8444-444444444444',
    providerName: 'BBPPMDDTT',
  },
  followUpMonths: 3,
  today: '2026-09-01',
};

describe('a new follow-up', () => {
  it('starts today, reached, every indicator of the role unanswered', () => {
    const p = participant();
    const values = newFollowUpValues(p, '2026-09-01');
    expect(values).toMatchObject({ recordedOn: '2026-09-01', method: '', reached: true, note: '' });
    expect(Object.keys(values.states)).toEqual(p.indicators.map((i) => i.indicatorId));
    expect(Object.values(values.states).every((s) => s === '')).toBe(true);
  });
});

describe('followUpBody', () => {
  it('sends the answered indicators in the table order and a trimmed note', () => {
    const p = participant();
    const values = {
      ...newFollowUpValues(p, '2026-09-01'),
      method: 'kunjungan' as const,
      states: { unit_usaha_dimulai: 'tercapai' as const, menerapkan_materi: 'sebagian' as const },
      note: '  Unit usaha air minum berjalan.  ',
    };
    expect(followUpBody(values, p)).toEqual({
      recordedOn: '2026-09-01',
      method: 'kunjungan',
      reached: true,
      indicators: [
        { indicatorId: 'menerapkan_materi', state: 'sebagian' },
        { indicatorId: 'unit_usaha_dimulai', state: 'tercapai' },
      ],
      note: 'Unit usaha air minum berjalan.',
    });
  });

  it('sends no indicators for a participant who could not be reached', () => {
    const p = participant();
    const values = {
      ...newFollowUpValues(p, '2026-09-01'),
      method: 'telepon' as const,
      reached: false,
      states: { menerapkan_materi: 'tercapai' as const },
    };
    expect(followUpBody(values, p).indicators).toEqual([]);
  });
});

describe('followUpFormIssues', () => {
  const required = 'Wajib diisi.';

  it('asks for the method and at least one indicator, in the domain words', () => {
    const p = participant();
    const issues = followUpFormIssues(newFollowUpValues(p, sheet.today), p, sheet, required);
    expect(issues).toContainEqual({ field: 'method', message: required });
    expect(issues.find((i) => i.field === 'indicators')?.message).toMatch(/paling sedikit satu indikator/);
  });

  it('refuses a day before the follow-up is due, naming the first day allowed', () => {
    const p = participant();
    const values = {
      ...newFollowUpValues(p, '2026-07-01'),
      method: 'kunjungan' as const,
      states: { menerapkan_materi: 'tercapai' as const },
    };
    const issues = followUpFormIssues(values, p, sheet, required);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'recordedOn' });
    expect(issues[0]!.message).toContain('2026-08-14');
  });

  it('passes a complete record', () => {
    const p = participant();
    const values = {
      ...newFollowUpValues(p, sheet.today),
      method: 'kunjungan' as const,
      states: { menerapkan_materi: 'tercapai' as const },
    };
    expect(followUpFormIssues(values, p, sheet, required)).toEqual([]);
  });

  it('refuses a participant who did not complete the training', () => {
    const p = participant({ completed: false });
    const values = {
      ...newFollowUpValues(p, sheet.today),
      method: 'kunjungan' as const,
      states: { menerapkan_materi: 'tercapai' as const },
    };
    expect(followUpFormIssues(values, p, sheet, required).map((i) => i.field)).toEqual(['registrationId']);
  });
});

describe('where field errors show', () => {
  const sent = {
    recordedOn: '2026-09-01',
    method: 'kunjungan' as const,
    reached: true,
    indicators: [
      { indicatorId: 'menerapkan_materi', state: 'tercapai' as const },
      { indicatorId: 'unit_usaha_dimulai', state: 'belum' as const },
    ],
    note: '',
  };

  it('puts an indicator error at the indicator sent at that place, in both spellings', () => {
    expect(followUpFieldOf('indicators[1].indicatorId', sent)).toBe('indicator:unit_usaha_dimulai');
    expect(followUpFieldOf('indicators.0.state', sent)).toBe('indicator:menerapkan_materi');
    expect(followUpFieldOf('indicators[7].state', sent)).toBe('indicators');
    expect(followUpFieldOf('indicators', sent)).toBe('indicators');
  });

  it('puts the fields of the form at their field and the rest above it', () => {
    expect(followUpFieldOf('recordedOn', sent)).toBe('recordedOn');
    expect(followUpFieldOf('note', null)).toBe('note');
    expect(followUpFieldOf('registrationId', sent)).toBeNull();
    const placed = placeIssues(
      [
        { field: 'body.recordedOn', message: 'Terlalu awal.' },
        { field: 'body/indicators/1/state', message: 'Status salah.' },
        { field: 'registrationId', message: 'Tidak menyelesaikan.' },
        { field: 'recordedOn', message: 'Kedua, diabaikan.' },
      ],
      sent,
    );
    expect(placed.byField).toEqual({
      recordedOn: 'Terlalu awal.',
      'indicator:unit_usaha_dimulai': 'Status salah.',
    });
    expect(placed.other).toEqual(['Tidak menyelesaikan.']);
  });
});
