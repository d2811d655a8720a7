import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../db/testing.ts';
import { createRegionService, type RegionService } from './region.service.ts';
import { miniWilayah } from './testing.ts';
import { importWilayah } from './wilayah-import.service.ts';

describeEachEngine('region service', (ctx) => {
  let regions: RegionService;
  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    regions = createRegionService(ctx.db.orm);
  });

  it('lists provinces in code order with national totals', async () => {
    const national = await regions.national();
    expect(national.provinces.map((p) => p.name)).toEqual([
      'Jawa Tengah',
      'Jawa Timur',
      'Nusa Tenggara Timur',
      'Papua',
    ]);
    expect(national.counts).toEqual({
      provinces: 4,
      regencies: 5,
      districts: 6,
      villages: 76,
      desa: 47,
      kelurahan: 27,
      desaAdat: 2,
    });
  });

  it.each(['3374011001', '33.74.01.1001', ' 33.74.01.1001 '])(
    'gets a village by %j with its chain',
    async (input) => {
      const miroto = await regions.get(input);
      expect(miroto).toMatchObject({
        code: '3374011001',
        codeDotted: '33.74.01.1001',
        name: 'Miroto',
        level: 'village',
        type: 'kelurahan',
      });
      expect(miroto.ancestors.map((a) => [a.level, a.name])).toEqual([
        ['province', 'Jawa Tengah'],
        ['regency', 'Kota Semarang'],
        ['district', 'Semarang Tengah'],
      ]);
    },
  );

  it.each([
    ['3374', 'kota'],
    ['3301', 'kabupaten'],
    ['9103013007', 'desa_adat'],
    ['3301012001', 'desa'],
    ['33', null],
  ])('types %s as %s', async (code, type) => expect((await regions.get(code)).type).toBe(type));

  it.each([
    ['12x', 'invalid_input', 'code'],
    ['3374014001', 'invalid_input', 'code'],
    ['3375', 'not_found', undefined],
    ['3374011099', 'not_found', undefined],
  ])('refuses %j with %s', async (input, code, field) => {
    const error = await regions.get(input).catch((e: unknown) => e);
    expect(error).toMatchObject({ code });
    if (field) expect(error).toMatchObject({ issues: [{ field }] });
  });

  it('pages through the children of a kecamatan in code order', async () => {
    const first = await regions.children('33.74.01', { page: 1, pageSize: 10 });
    const second = await regions.children('33.74.01', { page: 2, pageSize: 10 });
    expect(first.total).toBe(15);
    expect(first.items).toHaveLength(10);
    expect(second.items).toHaveLength(5);
    const codes = [...first.items, ...second.items].map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(15);
    expect(first.parent.name).toBe('Semarang Tengah');
    const past = await regions.children('33.74.01', { page: 3, pageSize: 10 });
    expect(past).toMatchObject({ total: 15, items: [] });
  });

  it('reports counts on each child', async () => {
    const kab = await regions.children('33', { page: 1, pageSize: 100 });
    expect(kab.items.map((k) => [k.name, k.type, k.counts.districts, k.counts.villages])).toEqual([
      ['Kabupaten Cilacap', 'kabupaten', 1, 11],
      ['Kota Semarang', 'kota', 2, 24],
    ]);
  });

  it.each([
    ['miroto', 'Miroto'],
    ['MIROTO', 'Miroto'],
    ['Mîrötö', 'Miroto'],
    ['regapu’u', 'Regapu’u'],
    ["regapu'u", 'Regapu’u'],
    ['regapuu', 'Regapu’u'],
    ['soka"an', 'Soka"an'],
    ['yoboi', 'Desa Adat Yoboi'],
  ])('finds %j as %s (case, accents, punctuation)', async (q, name) => {
    const result = await regions.searchVillages({ q, limit: 5 });
    expect(result.items[0]?.name).toBe(name);
  });

  it('ranks names starting with the query, then words starting with it, then the rest', async () => {
    const names = async (q: string, limit = 20) =>
      (await regions.searchVillages({ q, limit })).items.map((i) => i.name);
    // Starting with the query: alphabetical, so the exact name comes first.
    expect(await names('pindrikan')).toEqual(['Pindrikan Kidul', 'Pindrikan Lor']);
    expect((await names('kauman'))[0]).toBe('Kauman');
    // No name starts with "lor": word starts first (shorter first), then the name merely containing it.
    expect(await names('lor')).toEqual(['Bulu Lor', 'Panggung Lor', 'Pindrikan Lor', 'Wolorega']);
    expect(await names('umbungan')).toEqual(['Brumbungan']);
    // "ka" starts some names and sits inside others: every starting name precedes every other.
    const ka = await names('ka', 50);
    const firstInside = ka.findIndex((n) => !n.toLowerCase().startsWith('ka'));
    expect(firstInside).toBeGreaterThan(0);
    expect(ka.slice(firstInside).every((n) => !n.toLowerCase().startsWith('ka'))).toBe(true);
    // A full page of starting names is returned without the second step.
    expect(await names('ka', 2)).toHaveLength(2);
  });

  it('searches within a region and limits results', async () => {
    const inSemarang = await regions.searchVillages({ q: 'an', within: '33.74', limit: 50 });
    expect(inSemarang.within?.code).toBe('3374');
    expect(inSemarang.items.length).toBeGreaterThan(0);
    expect(inSemarang.items.every((i) => i.code.startsWith('3374'))).toBe(true);
    const limited = await regions.searchVillages({ q: 'an', limit: 3 });
    expect(limited.items).toHaveLength(3);
    const outside = await regions.searchVillages({ q: 'miroto', within: '33.01', limit: 5 });
    expect(outside.items.filter((i) => i.name === 'Miroto')).toEqual([]);
  });

  it.each([
    [{ q: 'a' }, 'q'],
    [{ q: ' ! ' }, 'q'],
    [{ q: 'miroto', within: '33x' }, 'within'],
  ])('refuses search %j naming %s', async (query, field) => {
    const error = await regions.searchVillages({ limit: 5, ...query }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ field }] });
  });

  it('says so when the region to search within does not exist', async () => {
    await expect(regions.searchVillages({ q: 'miroto', within: '3399', limit: 5 })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
