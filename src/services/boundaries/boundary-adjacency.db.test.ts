import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { miniWilayah } from '../regions/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { createAdjacencyService } from './adjacency.service.ts';
import { createBoundaryImportService } from './boundary-import.service.ts';
import { type FixtureFeature, miniDesaDocument } from './testing.ts';

const system: Actor = { kind: 'system', label: 'uji' };
type Ring = [number, number][];

/** Moves a Polygon feature by `dx` degrees of longitude. */
function shifted(feature: FixtureFeature, dx: number, code: string): FixtureFeature {
  const rings = feature.geometry.coordinates as Ring[];
  return {
    ...feature,
    properties: { kode: code, nama: `${feature.properties.nama} (salinan)` },
    geometry: { type: 'Polygon', coordinates: rings.map((ring) => ring.map(([x, y]) => [x + dx, y])) },
  };
}

describeEachEngine('desa adjacency from the boundary import', (ctx) => {
  let service: ReturnType<typeof createBoundaryImportService>;
  let adjacency: ReturnType<typeof createAdjacencyService>;
  const rows = () =>
    queryRows<{ region: string; neighbour: string; distance: number; importId: number }>(
      ctx.db.orm,
      sql`select region_code as region, neighbour_code as neighbour, distance_m as distance, import_id as "importId"
          from region_adjacency order by region_code, neighbour_code`,
    );
  const importDocument = (document: unknown, dryRun = false) =>
    service.importDocument(system, { fileName: 'desa.geojson', document, dryRun });

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    service = createBoundaryImportService({ db: ctx.db, now: () => new Date('2026-01-05T08:00:00Z') });
    adjacency = createAdjacencyService(ctx.db.orm);
  });
  beforeEach(async () => {
    await ctx.db.orm.execute(
      sql`truncate region_adjacency, boundary_layer, region_boundary, boundary_import cascade`,
    );
  });

  it('finds the neighbours of the 26 real desa, stores both directions and reports the count', async () => {
    const summary = await importDocument(miniDesaDocument());
    expect(summary.adjacency).toMatchObject({ provinces: ['33'], pairs: 52 });
    const stored = await rows();
    expect(stored).toHaveLength(104);
    expect(stored.every((r) => r.importId === summary.importId && r.distance >= 0 && r.distance <= 30)).toBe(
      true,
    );
    const keys = new Set(stored.map((r) => `${r.region}>${r.neighbour}`));
    for (const r of stored) expect(keys.has(`${r.neighbour}>${r.region}`)).toBe(true);
    // Both kecamatan are far apart (Cilacap and Kota Semarang): no pair crosses between them.
    expect(stored.every((r) => r.region.slice(0, 4) === r.neighbour.slice(0, 4))).toBe(true);

    const graph = await adjacency.graphWithin('33');
    expect(graph.size).toBe(26);
    expect([...graph.values()].every((list) => list.length >= 1)).toBe(true);
    expect([...graph.values()].reduce((sum, list) => sum + list.length, 0)).toBe(104);
    expect(graph.get('3301012011')).toEqual(['3301012006']); // Bojongsari, at the kecamatan's edge
    expect(graph.get('3374011014')).toEqual(['3374011015']); // Pindrikan Kidul beside Pindrikan Lor
    expect(graph.get('3301012004')).toEqual([
      '3301012001',
      '3301012003',
      '3301012005',
      '3301012007',
      '3301012009',
      '3301012010',
    ]);
  });

  it('answers a desa with names and distances, and refuses what is not a desa', async () => {
    await importDocument(miniDesaDocument());
    const result = await adjacency.neighbours('33.74.01.1015');
    expect(result).toMatchObject({ code: '3374011015', name: 'Pindrikan Lor', toleranceM: 30 });
    expect(result.neighbours.map((n) => [n.code, n.name])).toEqual([
      ['3374011007', 'Sekayu'],
      ['3374011014', 'Pindrikan Kidul'],
    ]);
    expect(result.neighbours[0]!.distanceM).toBeCloseTo(11.9, 1);
    await expect(adjacency.neighbours('3301')).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adjacency.graphWithin('3301012001')).rejects.toBeInstanceOf(AppError);
  });

  it('writes nothing on a dry run and rebuilds nothing when the boundaries did not change', async () => {
    const dry = await importDocument(miniDesaDocument(), true);
    expect(dry.adjacency).toEqual({ provinces: [], pairs: 0, ms: 0 });
    expect(await rows()).toEqual([]);
    const first = await importDocument(miniDesaDocument());
    const again = await importDocument(miniDesaDocument());
    expect(again.adjacency.provinces).toEqual([]);
    expect((await rows()).every((r) => r.importId === first.importId)).toBe(true);
  });

  it('rebuilds a province when a boundary moves: the desa moved far away loses its neighbour', async () => {
    await importDocument(miniDesaDocument());
    const document = miniDesaDocument();
    const index = document.features.findIndex((f) => f.properties.kode === '3301012011');
    document.features[index] = shifted(document.features[index]!, 0.5, '3301012011');
    const summary = await importDocument(document);
    expect(summary.adjacency).toMatchObject({ provinces: ['33'], pairs: 51 });
    const graph = await adjacency.graphWithin('3301');
    expect(graph.get('3301012011')).toEqual([]);
    expect(graph.get('3301012006')).not.toContain('3301012011');
  });

  it('finds pairs across a province border whichever province is imported last', async () => {
    await importDocument(miniDesaDocument());
    const bojongsari = miniDesaDocument().features.find((f) => f.properties.kode === '3301012011')!;
    // A desa of another province drawn over Bojongsari, moved east by about 1 m.
    const across = { type: 'FeatureCollection', features: [shifted(bojongsari, 0.00001, '3401012001')] };
    const summary = await importDocument(across);
    expect(summary.adjacency.provinces).toEqual(['34']);
    const neighbours = (await rows()).filter((r) => r.region === '3401012001').map((r) => r.neighbour);
    expect(neighbours).toContain('3301012011');
    expect(neighbours).toContain('3301012006');
    const mirror = async () =>
      (await rows()).filter((r) => r.neighbour === '3401012001').map((r) => r.region);
    expect(await mirror()).toEqual(neighbours);

    // Re-importing Jawa Tengah with a change keeps the pairs across the border.
    const document = miniDesaDocument();
    document.features[0]!.properties.nama = 'Tambakreja Baru';
    document.features[0]!.geometry.coordinates = (document.features[0]!.geometry.coordinates as Ring[]).map(
      (ring) => ring.map(([x, y]) => [x + 0.000001, y]),
    );
    expect((await importDocument(document)).adjacency.provinces).toEqual(['33']);
    expect(await mirror()).toEqual(neighbours);
    expect((await adjacency.graphWithin('3301')).get('3301012011')).toEqual(['3301012006']);
  });
});
