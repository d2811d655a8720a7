import { describe, expect, it } from 'vitest';
import { carriedFirst, desaRule, historyLines, openProposals } from './proposal-history';

describe('proposal history', () => {
  it('lists the carry-over lines newest first with rupiah formatted and known reasons', () => {
    expect(
      historyLines([
        {
          cycleYear: 2025,
          rank: 4,
          requestedBudget: '150000000',
          reason: 'exceeds_remaining_budget',
          musyawarahId: 'm1',
        },
        {
          cycleYear: 2026,
          rank: null,
          requestedBudget: '150000000',
          reason: 'something_new',
          musyawarahId: 'm2',
        },
      ]),
    ).toEqual([
      {
        year: 2026,
        rank: null,
        amount: 'Rp150.000.000',
        reason: null,
        reasonCode: 'something_new',
        musyawarahId: 'm2',
      },
      {
        year: 2025,
        rank: 4,
        amount: 'Rp150.000.000',
        reason: 'exceeds_remaining_budget',
        reasonCode: 'exceeds_remaining_budget',
        musyawarahId: 'm1',
      },
    ]);
  });

  it('puts carried-over proposals first, keeping the order within each group', () => {
    const items = [
      { id: 1, carriedOver: false },
      { id: 2, carriedOver: true },
      { id: 3, carriedOver: false },
      { id: 4, carriedOver: true },
    ];
    expect(carriedFirst(items).map((p) => p.id)).toEqual([2, 4, 1, 3]);
  });

  it('knows which kinds name a desa, and which proposals are still open', () => {
    expect(desaRule('produk_unggulan_desa')).toBe('required');
    expect(desaRule('produk_unggulan_kawasan')).toBe('none');
    expect(desaRule('program')).toBe('optional');
    expect(
      openProposals([
        { status: 'diajukan' },
        { status: 'dibawa' },
        { status: 'didanai' },
        { status: 'tidak_terpilih' },
      ] as const),
    ).toEqual([{ status: 'diajukan' }, { status: 'dibawa' }]);
  });
});
