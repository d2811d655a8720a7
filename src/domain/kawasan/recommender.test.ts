import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDM_STATUSES, type IdmStatus } from '../village-index/idm.types.ts';
import type { KawasanActor } from './kawasan-actor.ts';
import { transition } from './lifecycle.ts';
import { mulberry32 } from './prng.ts';
import { type CandidateDesa, proposalToDraft, type Recommendation, recommendKawasan } from './recommender.ts';
import { expectRecommendationInvariants } from './testing.ts';

/** Desa `n` of kecamatan 332201 (7th digit 2: a desa). */
const code = (n: number, type = '2'): string => `332201${type}${String(n).padStart(3, '0')}`;
const desa = (n: number, status: IdmStatus | null, extra: Partial<CandidateDesa> = {}): CandidateDesa => ({
  code: extra.code ?? code(n),
  name: `Desa ${n}`,
  districtCode: '332201',
  status,
  ...extra,
});
/** An undirected graph from pairs of desa numbers. */
const edges = (...pairs: [number, number][]): Map<string, string[]> => {
  const g = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    g.set(code(a), [...(g.get(code(a)) ?? []), code(b)]);
    g.set(code(b), [...(g.get(code(b)) ?? []), code(a)]);
  }
  return g;
};

describe('recommendKawasan on small hand-made areas', () => {
  it('joins a lagging desa to the nearest locomotive through its neighbour, and says who pulls whom', () => {
    const result = recommendKawasan({
      desa: [desa(1, 'sangat_tertinggal'), desa(2, 'berkembang'), desa(3, 'maju'), desa(4, 'berkembang')],
      graph: edges([1, 2], [2, 3], [3, 4]),
    });
    expect(result.proposals).toHaveLength(1);
    const [p] = result.proposals;
    expect(p!.memberCodes).toEqual([code(1), code(2), code(3)]);
    expect(p!.locomotives).toEqual([code(3)]);
    expect(p!.lagging).toEqual([code(1)]);
    expect(p!.pulls).toEqual([{ locomotive: code(3), lagging: code(1), steps: 2 }]);
    expect(p!.explanation.join(' ')).toContain(`Desa 3 (${code(3)}) menarik Desa 1 (${code(1)})`);
    expect(p!.explanation.join(' ')).toContain('batas desa');
    expect(result.leftOut).toEqual([{ code: code(4), reason: 'not_needed', message: expect.any(String) }]);
  });

  it.each([
    [
      'no lagging desa',
      ['berkembang', 'maju', 'mandiri'],
      /Tidak ada desa Tertinggal atau Sangat Tertinggal/,
    ],
    ['no locomotive', ['tertinggal', 'berkembang', 'sangat_tertinggal'], /Tidak ada desa Maju atau Mandiri/],
    ['no data at all', [null, null, null], /Tidak ada desa Tertinggal/],
  ] as [string, (IdmStatus | null)[], RegExp][])(
    'proposes nothing with %s, and says why',
    (_l, statuses, reason) => {
      const result = recommendKawasan({
        desa: statuses.map((s, i) => desa(i + 1, s)),
        graph: edges([1, 2], [2, 3]),
      });
      expect(result.proposals).toEqual([]);
      expect(result.noProposalReason).toMatch(reason);
    },
  );

  it.each([
    // label, why the lagging desa 1 stays out
    ['its only neighbour is in an active kawasan', new Set([code(2)]), 'isolated'],
    ['the only path runs through a desa in an active kawasan', new Set([code(3)]), 'no_locomotive_reachable'],
    ['the locomotive is in an active kawasan', new Set([code(4)]), 'no_locomotive_reachable'],
  ] as [string, Set<string>, string][])('leaves a lagging desa out when %s', (_l, taken, reason) => {
    const result = recommendKawasan({
      desa: [desa(1, 'tertinggal'), desa(2, 'berkembang'), desa(3, 'berkembang'), desa(4, 'mandiri')],
      graph: edges([1, 2], [2, 3], [3, 4]),
      taken,
    });
    expect(result.proposals).toEqual([]);
    expect(result.leftOut.find((d) => d.code === code(1))?.reason).toBe(reason);
    for (const t of taken) expect(result.leftOut.find((d) => d.code === t)?.reason).toBe('taken');
    expect(result.noProposalReason).not.toBeNull();
  });

  it('leaves kelurahan out with the reason and never proposes them', () => {
    const kelurahan = code(2, '1');
    const graph = new Map([
      [code(1), [kelurahan, code(3)]],
      [kelurahan, [code(1), code(4)]],
      [code(3), [code(4)]],
    ]);
    const result = recommendKawasan({
      desa: [
        desa(1, 'tertinggal'),
        desa(2, 'berkembang', { code: kelurahan }),
        desa(3, 'berkembang'),
        desa(4, 'maju'),
      ],
      graph,
    });
    expect(result.leftOut).toContainEqual({
      code: kelurahan,
      reason: 'kelurahan',
      message: expect.stringMatching(/Kelurahan bukan desa/),
    });
    expect(result.proposals.map((p) => p.memberCodes)).toEqual([[code(1), code(3), code(4)]]);
  });

  it('names the locomotive it could not use and the lagging desa the size limit kept out', () => {
    // 1 and 5 (Sangat Tertinggal) both want locomotive 3; only one kawasan of 3 desa can have it.
    const result = recommendKawasan({
      desa: [1, 2, 3, 5, 6, 7].map((n) =>
        desa(n, n === 3 || n === 7 ? 'maju' : n === 1 || n === 5 ? 'sangat_tertinggal' : 'berkembang'),
      ),
      graph: edges([1, 2], [2, 3], [3, 5], [5, 6], [6, 7]),
      options: { minSize: 3, maxSize: 3 },
    });
    expect(result.proposals.map((p) => p.memberCodes)).toEqual([
      [code(1), code(2), code(3)],
      [code(5), code(6), code(7)],
    ]);
    const [first, second] = result.proposals.map((p) => p.explanation.join(' '));
    expect(first).toContain(`batas 3 desa: Desa 5 (${code(5)})`);
    expect(second).toContain(
      `Penggerak terdekat Desa 3 (${code(3)}) sudah dipakai usulan lain; dipilih Desa 7 (${code(7)})`,
    );
  });

  it('prefers the neighbour sharing a commodity', () => {
    const result = recommendKawasan({
      desa: [
        desa(1, 'tertinggal', { commodities: ['kopi'] }),
        desa(2, 'mandiri', { commodities: ['kopi'] }),
        desa(3, 'berkembang', { commodities: ['padi'] }),
        desa(4, 'berkembang', { commodities: ['kopi'] }),
      ],
      graph: edges([1, 2], [2, 3], [2, 4]),
    });
    expect(result.proposals[0]!.memberCodes).toEqual([code(1), code(2), code(4)]);
    expect(result.proposals[0]!.explanation.join(' ')).toContain('Komoditas bersama: kopi (3 desa)');
    expect(result.proposals[0]!.score.commodity).toBe(1);
  });

  it('estimates contiguity from the kecamatan when no boundaries were imported, and says so', () => {
    const result = recommendKawasan({
      desa: [desa(1, 'tertinggal'), desa(2, 'berkembang'), desa(3, 'maju')],
    });
    expect(result.graphSource).toBe('estimated');
    expect(result.proposals).toHaveLength(1);
    expect(result.proposals[0]!.explanation.join(' ')).toMatch(/perkiraan dari kecamatan/);
  });

  it('turns a proposal into a kawasan proposal in one step', () => {
    const result = recommendKawasan({
      desa: [desa(1, 'tertinggal'), desa(2, 'berkembang'), desa(3, 'maju')],
    });
    const draft = proposalToDraft(result.proposals[0]!);
    const officer: KawasanActor = {
      userId: 'u',
      label: 'Kab',
      grants: [{ role: 'kabupaten', scope: { kind: 'region', code: '3322' } }],
    };
    const proposed = transition(
      { id: 'K-1', state: 'draf', memberCodes: draft.memberCodes },
      'propose',
      officer,
      draft,
    );
    expect(proposed).toMatchObject({
      ok: true,
      state: 'usulan',
      audit: { reason: expect.stringContaining('Usulan U1') },
    });
  });
});

/** A w × h grid of desa with random statuses, some edges removed, some desa taken. */
const area = fc
  .record({
    w: fc.integer({ min: 2, max: 12 }),
    h: fc.integer({ min: 1, max: 10 }),
    dataSeed: fc.integer(),
    drop: fc.double({ min: 0, max: 0.4, noNaN: true }),
    takenShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
    minSize: fc.integer({ min: 2, max: 5 }),
    extra: fc.integer({ min: 0, max: 10 }),
    seed: fc.nat(),
    withGraph: fc.boolean(),
  })
  .map(({ w, h, dataSeed, drop, takenShare, minSize, extra, seed, withGraph }) => {
    const r = mulberry32(dataSeed);
    const at = (x: number, y: number) => code(y * w + x + 1);
    const list: CandidateDesa[] = [];
    const graph = new Map<string, string[]>();
    const taken = new Set<string>();
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const c = at(x, y);
        const status = r() < 0.1 ? null : IDM_STATUSES[Math.floor(r() * IDM_STATUSES.length)]!;
        list.push({
          code: c,
          name: c,
          districtCode: c.slice(0, 6),
          status,
          centroid: [110 + x * 0.01, -7 - y * 0.01],
        });
        if (r() < takenShare) taken.add(c);
        const next = [x + 1 < w ? at(x + 1, y) : null, y + 1 < h ? at(x, y + 1) : null];
        for (const n of next) if (n && r() >= drop) graph.set(c, [...(graph.get(c) ?? []), n]);
      }
    }
    return {
      list,
      graph: withGraph ? graph : null,
      taken,
      options: { minSize, maxSize: minSize + extra, seed },
    };
  });

describe('recommendKawasan invariants', () => {
  it('proposes contiguous kawasan within the size bounds, each with a locomotive and a lagging desa, no desa twice, no taken desa', () => {
    fc.assert(
      fc.property(area, ({ list, graph, taken, options }) => {
        const result: Recommendation = recommendKawasan({ desa: list, graph, taken, options });
        expectRecommendationInvariants(result, { desa: list, graph, taken, ...options });
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same answer for the same seed', () => {
    fc.assert(
      fc.property(area, ({ list, graph, taken, options }) => {
        const a = recommendKawasan({ desa: list, graph, taken, options });
        const b = recommendKawasan({ desa: [...list].reverse(), graph, taken, options });
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});
