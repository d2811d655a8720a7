import { describe, expect, it } from 'vitest';
import type { KawasanActor } from '../kawasan/kawasan-actor.ts';
import {
  canonicalQuantity,
  checkProgressReport,
  mayReportProgress,
  type ProgressReportInput,
} from './progress.ts';
import { MEMBERS } from './testing.ts';

const PERIOD = { startYear: 2026, endYear: 2030 };
const TODAY = '2026-08-20';
const report = (overrides: Partial<ProgressReportInput> = {}): ProgressReportInput => ({
  reportedOn: '2026-08-17',
  status: 'berjalan',
  progressBp: 3750,
  ...overrides,
});
const fields = (input: ProgressReportInput) => {
  const result = checkProgressReport(input, PERIOD, TODAY);
  return result.ok ? [] : result.issues.map((i) => i.field);
};

describe('checkProgressReport', () => {
  it('accepts a consistent report and returns it in canonical form', () => {
    const result = checkProgressReport(
      report({ quantity: ' 12,50 ', spent: '0025000000', note: '  Tahap pertama  ' }),
      PERIOD,
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      report: {
        reportedOn: '2026-08-17',
        status: 'berjalan',
        progressBp: 3750,
        quantity: '12.5',
        spent: 25_000_000n,
        note: 'Tahap pertama',
      },
    });
    expect(checkProgressReport(report({ reportedOn: TODAY }), PERIOD, TODAY).ok).toBe(true);
    expect(checkProgressReport(report({ quantity: '0', spent: '0' }), PERIOD, TODAY)).toMatchObject({
      ok: true,
      report: { quantity: '0', spent: 0n },
    });
  });

  it('ties selesai to 100% and belum mulai to 0%, both ways', () => {
    expect(fields(report({ status: 'selesai', progressBp: 10_000 }))).toEqual([]);
    expect(fields(report({ status: 'belum_mulai', progressBp: 0 }))).toEqual([]);
    expect(fields(report({ status: 'selesai', progressBp: 9_999 }))).toEqual(['progressBp']);
    expect(fields(report({ status: 'berjalan', progressBp: 10_000 }))).toEqual(['status']);
    expect(fields(report({ status: 'tertunda', progressBp: 10_000 }))).toEqual(['status']);
    expect(fields(report({ status: 'belum_mulai', progressBp: 1 }))).toEqual(['progressBp']);
    expect(fields(report({ status: 'berjalan', progressBp: 0 }))).toEqual(['status']);
    expect(fields(report({ status: 'tertunda', progressBp: 2500 }))).toEqual([]);
  });

  it('refuses progress outside 0–10 000 or not whole, with an Indonesian message', () => {
    for (const progressBp of [-1, 10_001, 37.5, Number.NaN]) {
      const result = checkProgressReport(report({ progressBp }), PERIOD, TODAY);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.issues).toEqual([
          { field: 'progressBp', message: expect.stringMatching(/basis poin/) },
        ]);
    }
  });

  it('refuses a date that is not a date, outside the period, or after today', () => {
    const check = (reportedOn: string) => {
      const result = checkProgressReport(report({ reportedOn }), PERIOD, TODAY);
      return result.ok ? null : result.issues[0]!;
    };
    expect(check('2026-02-30')).toMatchObject({
      field: 'reportedOn',
      message: expect.stringMatching(/TTTT-BB-HH/),
    });
    expect(check('17-08-2026')?.field).toBe('reportedOn');
    expect(check('2025-12-31')?.message).toMatch(/periode RPKP 2026–2030/);
    expect(check('2031-01-01')?.message).toMatch(/periode RPKP/);
    expect(check('2026-08-21')?.message).toMatch(/tidak boleh setelah hari ini \(2026-08-20\)/);
    expect(checkProgressReport(report({ reportedOn: '2030-12-31' }), PERIOD, '2031-02-01').ok).toBe(true);
  });

  it('refuses a quantity that is not an exact decimal ≥ 0 and spending that is not whole rupiah ≥ 0', () => {
    for (const quantity of ['-1', '1e3', '12.5 km', '1.2.3', 'dua'])
      expect(fields(report({ quantity }))).toEqual(['quantity']);
    for (const spent of ['-5', '1.000.000', '2500000.50', 'Rp100', '1234567890123456789'])
      expect(fields(report({ spent }))).toEqual(['spent']);
    expect(fields(report({ quantity: '', spent: '  ', note: null }))).toEqual([]);
    expect(
      fields(report({ reportedOn: 'x', status: 'selesai', progressBp: 5, quantity: 'x', spent: 'x' })),
    ).toEqual(['reportedOn', 'progressBp', 'quantity', 'spent']);
  });

  it('writes quantities canonically and exactly', () => {
    expect(canonicalQuantity('007')).toBe('7');
    expect(canonicalQuantity('0.10')).toBe('0.1');
    expect(canonicalQuantity('12,000')).toBe('12');
    expect(canonicalQuantity('123456789012345678901234.000000000000000001')).toBe(
      '123456789012345678901234.000000000000000001',
    );
    expect(canonicalQuantity('.5')).toBeNull();
  });
});

describe('mayReportProgress', () => {
  const kawasan = { id: 'k1', memberCodes: MEMBERS };
  const activityDesa = ['3322012002'];
  const actor = (
    role: KawasanActor['grants'][number]['role'],
    scope: KawasanActor['grants'][number]['scope'],
  ): KawasanActor => ({
    userId: 'u',
    label: 'uji',
    grants: [{ role, scope }],
  });

  it('lets the management, the facilitators, officers and the village of the activity report', () => {
    const allowed: KawasanActor[] = [
      actor('kawasan_manager', { kind: 'kawasan', id: 'k1' }),
      actor('kabupaten', { kind: 'region', code: '3322' }),
      actor('province', { kind: 'region', code: '33' }),
      actor('facilitator', { kind: 'kawasan', id: 'k1' }),
      actor('facilitator', { kind: 'region', code: '332201' }),
      actor('facilitator', { kind: 'region', code: '3322012002' }),
      actor('village', { kind: 'region', code: '3322012002' }),
      { userId: null, label: 'sistem', grants: [], system: true },
    ];
    for (const a of allowed)
      expect(mayReportProgress(a, kawasan, activityDesa), JSON.stringify(a.grants)).toBe(true);
  });

  it('refuses the village of another member, facilitators elsewhere, other kawasan and other roles', () => {
    const refused: KawasanActor[] = [
      actor('village', { kind: 'region', code: '3322012001' }),
      actor('facilitator', { kind: 'region', code: '332202' }),
      actor('facilitator', { kind: 'kawasan', id: 'k2' }),
      actor('kawasan_manager', { kind: 'kawasan', id: 'k2' }),
      actor('kabupaten', { kind: 'region', code: '3321' }),
      actor('province', { kind: 'region', code: '35' }),
      actor('national', { kind: 'national' }),
      actor('enterprise', { kind: 'enterprise', id: 'b1' }),
    ];
    for (const a of refused)
      expect(mayReportProgress(a, kawasan, activityDesa), JSON.stringify(a.grants)).toBe(false);
  });
});
