import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COFFEE_UNITS, coffeeKawasan, ENTERPRISE_BERSAMA, UNIT } from './testing-chain.ts';
import { type ChainUnit, IMBALANCE_MIN_PRODUCERS, valueChain } from './value-chain.ts';

const gapsOf = (chain: ReturnType<typeof valueChain>) =>
  chain.gaps.map((g) => [g.kind, g.commodity, g.stage, g.unitIds] as const);

describe('value chain of the coffee kawasan', () => {
  const chain = valueChain(coffeeKawasan());

  it('puts the flagship commodities first, in the kawasan order, then the others', () => {
    expect(chain.commodities.map((c) => [c.commodity, c.flagship])).toEqual([
      ['kopi', true],
      ['gula aren', true],
      ['wisata desa', false],
    ]);
  });

  it('lays the coffee units out by stage, planned ones apart, by name', () => {
    const kopi = chain.commodities[0]!;
    expect(kopi.stages.map((s) => [s.stage, s.running, s.notRunning, s.workers])).toEqual([
      ['hulu', [UNIT.kebunSidomulyo, UNIT.kebunSumber, UNIT.kebunWonorejo], [], 26],
      ['tengah', [], [UNIT.sangrai], 0],
      ['hilir', [UNIT.kedai], [], 4],
      ['jasa', [], [], 0],
    ]);
    expect(kopi.flowIds).toEqual(['L-1']);
  });

  it('finds the gaps: no processing, many growers, two growers with no outlet, no gula aren', () => {
    expect(gapsOf(chain)).toEqual([
      ['stage_missing', 'kopi', 'tengah', [UNIT.sangrai]],
      ['imbalance', 'kopi', 'tengah', [UNIT.kebunSidomulyo, UNIT.kebunSumber, UNIT.kebunWonorejo]],
      ['no_buyer', 'kopi', 'hulu', [UNIT.kebunSumber]],
      ['no_buyer', 'kopi', 'hulu', [UNIT.kebunWonorejo]],
      ['no_units', 'gula aren', null, []],
    ]);
  });

  it('says each gap in a plain sentence', () => {
    expect(chain.gaps.map((g) => g.message)).toEqual([
      'Belum ada unit pengolahan (tengah) untuk kopi (1 unit belum berjalan).',
      'Banyak produsen, tidak ada pengolahan: 3 unit hulu kopi berjalan tanpa satu pun unit pengolahan.',
      'Hasil Kebun Kopi Sumber (kopi, hulu) belum tersalur: belum ada pasokan ke unit pengolahan atau pemasaran yang berjalan.',
      'Hasil Kebun Kopi Wonorejo (kopi, hulu) belum tersalur: belum ada pasokan ke unit pengolahan atau pemasaran yang berjalan.',
      'Belum ada unit usaha untuk komoditas unggulan gula aren.',
    ]);
  });

  it('puts capital tied to a unit on its stage by source, and the rest per enterprise', () => {
    expect(chain.capital.byStage).toEqual([
      {
        stage: 'hulu',
        total: 160_000_001n,
        bySource: [
          { source: 'apbd_kabupaten', amount: 10_000_001n },
          { source: 'dana_desa', amount: 150_000_000n },
        ],
      },
      { stage: 'tengah', total: 25_000_000n, bySource: [{ source: 'masyarakat', amount: 25_000_000n }] },
      { stage: 'hilir', total: 200_000_000n, bySource: [{ source: 'apbd_kabupaten', amount: 200_000_000n }] },
      { stage: 'jasa', total: 0n, bySource: [] },
    ]);
    expect(chain.capital.unallocated).toEqual([
      {
        enterpriseId: ENTERPRISE_BERSAMA,
        total: 75_000_000n,
        bySource: [{ source: 'mitra', amount: 75_000_000n }],
      },
    ]);
    expect(chain.capital.total).toBe(460_000_001n);
    expect(chain.commodities[0]!.stages[1]!.capital.total).toBe(25_000_000n);
  });
});

describe('gap rules', () => {
  const unit = (over: Partial<ChainUnit> & { id: string }): ChainUnit => ({
    enterpriseId: 'E',
    name: over.id,
    commodity: 'kopi',
    stage: 'hulu',
    status: 'berjalan',
    workers: 1,
    ...over,
  });

  it('closes the processing gap once the roastery runs and buys from every grower', () => {
    const units = COFFEE_UNITS.map((u) => (u.id === UNIT.sangrai ? { ...u, status: 'berjalan' } : u));
    const links = [
      ...coffeeKawasan().links,
      { id: 'L-2', supplierUnitId: UNIT.kebunWonorejo, buyerUnitId: UNIT.sangrai, product: 'biji kopi' },
      { id: 'L-3', supplierUnitId: UNIT.kebunSumber, buyerUnitId: UNIT.sangrai, product: 'biji kopi' },
    ];
    // The roastery now runs with suppliers but sells to nobody.
    expect(gapsOf(valueChain(coffeeKawasan({ units, links })))).toEqual([
      ['no_buyer', 'kopi', 'tengah', [UNIT.sangrai]],
      ['no_units', 'gula aren', null, []],
    ]);
  });

  it(`counts an imbalance from ${IMBALANCE_MIN_PRODUCERS} running growers, not fewer`, () => {
    const growers = (n: number) => Array.from({ length: n }, (_, i) => unit({ id: `G${i}` }));
    const kinds = (n: number) =>
      valueChain({ flagshipCommodities: [], units: growers(n), links: [], capital: [] }).gaps.map(
        (g) => g.kind,
      );
    expect(kinds(IMBALANCE_MIN_PRODUCERS - 1)).not.toContain('imbalance');
    expect(kinds(IMBALANCE_MIN_PRODUCERS)).toContain('imbalance');
  });

  it('does not let a planned or stopped unit fill a stage or take the output', () => {
    const chain = valueChain({
      flagshipCommodities: ['kopi'],
      units: [
        unit({ id: 'G' }),
        unit({ id: 'P', stage: 'tengah', status: 'berhenti' }),
        unit({ id: 'S', stage: 'hilir' }),
      ],
      links: [
        { id: 'L1', supplierUnitId: 'G', buyerUnitId: 'P', product: 'biji' },
        { id: 'L2', supplierUnitId: 'P', buyerUnitId: 'S', product: 'bubuk' },
      ],
      capital: [],
    });
    expect(gapsOf(chain)).toEqual([
      ['stage_missing', 'kopi', 'tengah', ['P']],
      ['no_buyer', 'kopi', 'hulu', ['G']],
      ['no_supplier', 'kopi', 'hilir', ['S']],
    ]);
  });

  it('counts a buyer outside the kawasan as an outlet, but not a supplier outside it', () => {
    const chain = valueChain({
      flagshipCommodities: ['kopi'],
      units: [
        unit({ id: 'G' }),
        unit({ id: 'P', stage: 'tengah' }),
        unit({ id: 'S', stage: 'hilir' }),
        unit({ id: 'X-buyer', stage: 'hilir', inKawasan: false }),
        unit({ id: 'X-grower', stage: 'hulu', inKawasan: false }),
      ],
      links: [
        { id: 'L1', supplierUnitId: 'G', buyerUnitId: 'X-buyer', product: 'biji' },
        { id: 'L2', supplierUnitId: 'X-grower', buyerUnitId: 'P', product: 'biji' },
        { id: 'L3', supplierUnitId: 'P', buyerUnitId: 'S', product: 'bubuk' },
      ],
      capital: [],
    });
    expect(gapsOf(chain)).toEqual([['no_supplier', 'kopi', 'tengah', ['P']]]);
    // Units outside the kawasan are no stage of it.
    expect(chain.commodities[0]!.stages.find((s) => s.stage === 'hilir')!.running).toEqual(['S']);
  });

  it('treats a backwards link (inputs from the shop) as neither outlet nor supply', () => {
    const chain = valueChain({
      flagshipCommodities: [],
      units: [unit({ id: 'G' }), unit({ id: 'S', stage: 'hilir' })],
      links: [{ id: 'L1', supplierUnitId: 'S', buyerUnitId: 'G', product: 'pupuk' }],
      capital: [],
    });
    expect(chain.gaps.map((g) => [g.kind, g.unitIds])).toEqual([
      ['stage_missing', []],
      ['no_buyer', ['G']],
      ['no_supplier', ['S']],
    ]);
  });

  it('draws no stages for a commodity of services only', () => {
    const chain = valueChain({
      flagshipCommodities: [],
      units: [unit({ id: 'W', commodity: 'wisata desa', stage: 'jasa' })],
      links: [],
      capital: [],
    });
    expect(chain.gaps).toEqual([]);
  });

  it('shows one commodity when asked, capital not tied to a unit still per enterprise', () => {
    const chain = valueChain(coffeeKawasan({ commodity: 'wisata desa' }));
    expect(chain.commodities.map((c) => c.commodity)).toEqual(['wisata desa']);
    expect(chain.capital.byStage.every((s) => s.total === 0n)).toBe(true);
    expect(chain.capital.unallocated.map((u) => u.total)).toEqual([75_000_000n]);
    expect(chain.capital.total).toBe(75_000_000n);
  });

  it('gives the same view for the same data in any order', () => {
    const input = coffeeKawasan();
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...input.units], { minLength: input.units.length }),
        fc.shuffledSubarray([...input.capital], { minLength: input.capital.length }),
        (units, capital) => {
          expect(valueChain({ ...input, units, capital })).toEqual(valueChain(input));
        },
      ),
    );
  });

  it('keeps capital exact: stages plus unallocated make the total', () => {
    const amount = fc.bigInt({ min: 1n, max: 10n ** 15n });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unitId: fc.constantFrom(null, ...COFFEE_UNITS.map((u) => u.id)),
            source: fc.constantFrom('apbn', 'dana_desa', 'mitra'),
            amount,
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const capital = rows.map((r, i) => ({ ...r, id: `C${i}`, enterpriseId: ENTERPRISE_BERSAMA }));
          const chain = valueChain(coffeeKawasan({ capital }));
          const staged = chain.capital.byStage.reduce((t, s) => t + s.total, 0n);
          const loose = chain.capital.unallocated.reduce((t, s) => t + s.total, 0n);
          expect(staged + loose).toBe(chain.capital.total);
          expect(chain.capital.total).toBe(capital.reduce((t, r) => t + r.amount, 0n));
        },
      ),
    );
  });
});
