/**
 * Golden test of the kawasan recommender on real data: Kabupaten Tegal (3328), 281 desa with their
 * official IDM 2024 statuses and the contiguity of the BIG desa boundaries. In Jawa Tengah only
 * Demak and Tegal have lagging desa in 2024 (3 and 5 Tertinggal, no Sangat Tertinggal), so Tegal
 * is the kabupaten where the recommender has the most to do. The digest pins every proposal's
 * members: any change of behaviour shows here. Reported as NOT RUN where the data is absent.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CandidateDesa,
  type Recommendation,
  recommendKawasan,
} from '../../src/domain/kawasan/recommender.ts';
import { expectRecommendationInvariants } from '../../src/domain/kawasan/testing.ts';
import { contiguityOf, readJawaTengah } from './jawa-tengah-kawasan.ts';
import { hasSharedData } from './shared-data.ts';

const TEGAL = '3328';
const SEED = 2024;

describe.runIf(hasSharedData)('kawasan recommender, Kabupaten Tegal, real data', { timeout: 60_000 }, () => {
  let desa: CandidateDesa[];
  let graph: Map<string, string[]>;
  let result: Recommendation;
  beforeAll(async () => {
    const data = await readJawaTengah();
    desa = data.desaByKabupaten.get(TEGAL) ?? [];
    graph = contiguityOf(data.features, TEGAL);
    result = recommendKawasan({ desa, graph, options: { seed: SEED } });
  }, 60_000);

  it('reads 281 desa, 5 of them Tertinggal, and a boundary graph over all of them', () => {
    expect(desa).toHaveLength(281);
    expect(desa.filter((d) => d.status === 'tertinggal').map((d) => d.code)).toEqual([
      '3328042008',
      '3328072002',
      '3328072005',
      '3328072008',
      '3328072017',
    ]);
    expect(desa.filter((d) => !graph.has(d.code))).toEqual([]);
  });

  it('proposes contiguous kawasan of 3 to 15 desa of Tegal, each with a locomotive and a lagging desa, no desa twice', () => {
    expect(result.graphSource).toBe('boundaries');
    expectRecommendationInvariants(result, { desa, graph, minSize: 3, maxSize: 15 });
  });

  it('pulls every Tertinggal desa into a kawasan, with the same proposals as recorded', () => {
    expect(result.proposals).toHaveLength(5);
    expect(result.proposals.flatMap((p) => p.lagging).sort()).toEqual(
      desa.filter((d) => d.status === 'tertinggal').map((d) => d.code),
    );
    expect(result.proposals[0]!.memberCodes).toEqual([
      '3328032003',
      '3328032004',
      '3328032010',
      '3328042006',
      '3328072002',
    ]);
    const digest = createHash('sha256')
      .update(JSON.stringify(result.proposals.map((p) => p.memberCodes)))
      .digest('hex');
    expect(digest).toBe('0591f0c43babe79bfee54aeee762a6b14f592cbfd60f8e3622283da21ede05dd');
  });

  it('answers the same for the same seed', () => {
    expect(recommendKawasan({ desa, graph, options: { seed: SEED } })).toEqual(result);
  });
});
