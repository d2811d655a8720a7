import { describe, expect, it } from 'vitest';
import { monthlyAmountsText } from './special-rules.ts';
import { joinDan, percentLabel, shareLabel, upperFirst } from './text.ts';

describe('sentence text', () => {
  it.each([
    ['15', '15%'],
    ['2.5', '2,5%'],
    ['58.03', '58,03%'],
  ])('percentLabel(%s) = %s', (input, output) => {
    expect(percentLabel(input)).toBe(output);
  });

  it('joins lists the Indonesian way', () => {
    expect(joinDan([])).toBe('');
    expect(joinDan(['a'])).toBe('a');
    expect(joinDan(['a', 'b'])).toBe('a dan b');
    expect(joinDan(['a', 'b', 'c'])).toBe('a, b dan c');
  });

  it('capitalises only the first letter', () => {
    expect(upperFirst('dana operasional')).toBe('Dana operasional');
    expect(upperFirst('BLT Desa')).toBe('BLT Desa');
  });

  it.each([
    [210n, 1000n, '15', '21,0%'],
    [150n, 1000n, '15', '15,0%'],
    [150_000_001n, 1_000_000_000n, '15', 'sedikit di atas 15%'],
    [149_999_999n, 1_000_000_000n, '15', 'sedikit di bawah 15%'],
    [29_999_999n, 1_000_000_000n, '3', 'sedikit di bawah 3%'],
    [25n, 1000n, '2.5', '2,5%'],
    [25_000_001n, 1_000_000_000n, '2.5', 'sedikit di atas 2,5%'],
  ])('shareLabel(%s, %s) against %s%% = %s', (part, whole, limit, output) => {
    expect(shareLabel(part, whole, limit)).toBe(output);
  });

  it('shows a plain share when there is no limit', () => {
    expect(shareLabel(150_000_001n, 1_000_000_000n)).toBe('15,0%');
  });
});

describe('monthlyAmountsText', () => {
  it('groups equal consecutive months', () => {
    expect(monthlyAmountsText([600_000n, 600_000n, 600_000n, 300_000n, 300_000n, 300_000n])).toBe(
      'Rp600.000 per bulan pada bulan 1–3 dan Rp300.000 per bulan pada bulan 4–6',
    );
    expect(monthlyAmountsText([600_000n, 300_000n, 300_000n])).toBe(
      'Rp600.000 per bulan pada bulan 1 dan Rp300.000 per bulan pada bulan 2–3',
    );
  });
});
