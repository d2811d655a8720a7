import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../../../domain/money/rupiah';
import { id } from '../../i18n/id';
import {
  amountBarPercent,
  amountText,
  emptyReportValues,
  largestAmount,
  newestFirst,
  openPeriods,
  periodCode,
  type ReportValues,
  reportBody,
  reportFieldOf,
  reportFormIssues,
  reportValuesOf,
  rupiahText,
  splitColor,
  splitState,
} from './reports-model';

const TODAY = '2026-07-10';

function filled(change: Partial<ReportValues> = {}): ReportValues {
  return {
    ...emptyReportValues('2026-S1'),
    revenue: '25.000.000',
    costs: '15.000.000',
    assets: '40.000.000',
    workers: '6',
    ...change,
  };
}

describe('the split of the net result, live', () => {
  it('says how much is missing, how much is over, or that it adds up', () => {
    expect(splitState(filled({ splitPades: '4.000.000', splitCapital: '5.500.000' }))).toEqual({
      kind: 'kurang',
      net: 10_000_000n,
      total: 9_500_000n,
      difference: 500_000n,
    });
    expect(splitState(filled({ splitPades: '4.000.000', splitCapital: '6.500.000' }))).toEqual({
      kind: 'lebih',
      net: 10_000_000n,
      total: 10_500_000n,
      difference: 500_000n,
    });
    expect(
      splitState(filled({ splitPades: '4.000.000', splitCapital: '5.500.000', splitOther: 'Rp 500.000' })),
    ).toEqual({ kind: 'pas', net: 10_000_000n, total: 10_000_000n });
  });

  it('is exact for the largest amounts, to the last rupiah', () => {
    const state = splitState(
      filled({
        revenue: '1.000.000.000.000.000',
        costs: '1',
        splitPades: '999.999.999.999.998',
        splitCapital: '0,00',
      }),
    );
    expect(state).toEqual({
      kind: 'kurang',
      net: 999_999_999_999_999n,
      total: 999_999_999_999_998n,
      difference: 1n,
    });
  });

  it('waits while revenue, costs or a part is not an amount yet', () => {
    expect(splitState(filled({ revenue: '' })).kind).toBe('incomplete');
    expect(splitState(filled({ costs: '15.000.000,50' })).kind).toBe('incomplete');
    expect(splitState(filled({ splitPades: '4 juta' })).kind).toBe('incomplete');
  });

  it('takes no split of a loss or a break-even, and refuses one', () => {
    expect(splitState(filled({ costs: '25.000.000' }))).toEqual({ kind: 'nothingToSplit', net: 0n });
    expect(splitState(filled({ costs: '30.000.000', splitPades: '1.000.000' }))).toEqual({
      kind: 'notSplittable',
      net: -5_000_000n,
      total: 1_000_000n,
    });
  });

  it('colours the states: good teal, wrong red, unknown grey', () => {
    expect(splitColor({ kind: 'pas', net: 1n, total: 1n })).toBe('teal');
    expect(splitColor({ kind: 'nothingToSplit', net: 0n })).toBe('teal');
    expect(splitColor({ kind: 'kurang', net: 2n, total: 1n, difference: 1n })).toBe('red');
    expect(splitColor({ kind: 'incomplete' })).toBe('gray');
  });
});

describe('the report form checks', () => {
  it('are the domain rules, with the difference said under the split', () => {
    const issues = reportFormIssues(
      filled({ splitPades: '4.000.000', splitCapital: '5.500.000', decidedOn: '2026-07-01' }),
      TODAY,
    );
    expect(issues.byField.split).toBe(
      'Pembagian hasil usaha Rp9.500.000 kurang Rp500.000 dari hasil usaha bersih Rp10.000.000.',
    );
    expect(issues.other).toEqual([]);
  });

  it('put each problem under its field', () => {
    const issues = reportFormIssues(
      filled({ revenue: '1.500.000,50', workers: '2', womenWorkers: '3', splitOther: '100.000' }),
      TODAY,
    );
    expect(issues.byField.revenue).toContain('tanpa sen');
    expect(issues.byField.womenWorkers).toContain('tidak boleh lebih');
    expect(issues.byField.splitOtherNote).toContain('keterangan');
  });

  it('need the date of the village meeting when something is split', () => {
    const issues = reportFormIssues(filled({ splitPades: '10.000.000' }), TODAY);
    expect(issues.byField.decidedOn).toContain('wajib diisi');
    expect(reportFormIssues(filled({ splitPades: '10.000.000', decidedOn: '2026-07-05' }), TODAY)).toEqual({
      byField: {},
      other: [],
    });
  });

  it('refuse a period that cannot be entered yet', () => {
    expect(reportFormIssues(filled({ period: '2026-S2' }), TODAY).byField.period).toContain(
      'baru dapat diisi',
    );
    expect(reportFormIssues(filled({ period: 'S3' }), TODAY).byField.period).toContain('tidak dikenal');
  });

  it('place server paths on the same fields', () => {
    expect(reportFieldOf('body.split.pades')).toBe('splitPades');
    expect(reportFieldOf('split')).toBe('split');
    expect(reportFieldOf('split.decidedOn')).toBe('decidedOn');
    expect(reportFieldOf('netResult')).toBe('revenue');
    expect(reportFieldOf('enterpriseId')).toBeNull();
  });
});

describe('the request body', () => {
  it('sends the amounts as typed and a blank split as zero', () => {
    expect(
      reportBody(filled({ splitPades: '10.000.000', decidedOn: '2026-07-05', womenWorkers: '' })),
    ).toEqual({
      revenue: '25.000.000',
      costs: '15.000.000',
      assets: '40.000.000',
      workers: 6,
      womenWorkers: null,
      split: { pades: '10.000.000', capital: '0', other: '0', otherNote: '', decidedOn: '2026-07-05' },
    });
  });

  it('reads a stored report back into the form', () => {
    const values = reportValuesOf({
      period: '2025',
      revenue: '48000000',
      costs: '30000000',
      assets: '90000000',
      workers: 5,
      womenWorkers: 2,
      splitPades: '9000000',
      splitCapital: '9000000',
      splitOther: '0',
      splitOtherNote: '',
      decidedOn: '2026-01-20',
    });
    expect(values).toMatchObject({
      period: '2025',
      revenue: '48.000.000',
      workers: '5',
      womenWorkers: '2',
      splitPades: '9.000.000',
      splitOther: '',
      decidedOn: '2026-01-20',
    });
    expect(splitState(values).kind).toBe('pas');
  });
});

describe('periods', () => {
  it('are the ones whose last month has begun, newest first', () => {
    expect(openPeriods('2026-07-10', 2).map((p) => p.code)).toEqual([
      '2026-S1',
      '2025',
      '2025-S2',
      '2025-S1',
    ]);
    expect(openPeriods('2026-12-01', 1).map((p) => p.code)).toEqual(['2026', '2026-S2', '2026-S1']);
    expect(openPeriods('2026-05-31', 1)).toEqual([]);
  });

  it('are offered newest first, a year after its second semester', () => {
    const offered = [
      { period: '2025-S1', label: 'Semester I 2025' },
      { period: '2025-S2', label: 'Semester II 2025' },
      { period: '2025', label: 'Tahun 2025' },
      { period: '2026-S1', label: 'Semester I 2026' },
    ];
    expect(newestFirst(offered).map((p) => p.period)).toEqual(['2026-S1', '2025', '2025-S2', '2025-S1']);
  });

  it('are written as codes', () => {
    expect(periodCode(2026, 'S1')).toBe('2026-S1');
    expect(periodCode(2026, 'tahun')).toBe('2026');
  });
});

describe('amounts', () => {
  it('are written the Indonesian way', () => {
    expect(amountText('1500000')).toBe('1.500.000');
    expect(amountText('-250000')).toBe('-250.000');
    expect(amountText(null)).toBe('');
    expect(rupiahText('1500000')).toBe('Rp1.500.000');
    expect(rupiahText(undefined)).toBe('–');
  });

  it('are drawn as bars against the largest, exactly', () => {
    const largest = largestAmount(['10000000', '-20000000', 'x']);
    expect(largest).toBe(20_000_000n);
    expect(amountBarPercent('10000000', largest)).toBe(50);
    expect(amountBarPercent('-20000000', largest)).toBe(100);
    expect(amountBarPercent('1', largest)).toBe(2);
    expect(amountBarPercent('0', largest)).toBe(0);
    expect(amountBarPercent('5', 0n)).toBe(0);
    expect(amountBarPercent('9007199254740993000', 9_007_199_254_740_993_000n)).toBe(100);
  });
});

describe('the live split line', () => {
  it('says a short or over split in the same words as the domain refuses it', () => {
    const values = filled({ splitPades: '4.000.000', splitCapital: '5.500.000', decidedOn: '2026-07-01' });
    const state = splitState(values);
    if (state.kind !== 'kurang') throw new Error(`expected kurang, got ${state.kind}`);
    const line = fill(id.usahaHasil.form.splitShort, {
      total: formatRupiah(state.total),
      difference: formatRupiah(state.difference),
      net: formatRupiah(state.net),
    });
    expect(line).toBe(reportFormIssues(values, TODAY).byField.split);

    const over = filled({ splitPades: '10.500.000', decidedOn: '2026-07-01' });
    const overState = splitState(over);
    if (overState.kind !== 'lebih') throw new Error(`expected lebih, got ${overState.kind}`);
    expect(
      fill(id.usahaHasil.form.splitOver, {
        total: formatRupiah(overState.total),
        difference: formatRupiah(overState.difference),
        net: formatRupiah(overState.net),
      }),
    ).toBe(reportFormIssues(over, TODAY).byField.split);
  });
});

/** i18next's interpolation of `{{name}}`, for the messages above. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? '');
}
