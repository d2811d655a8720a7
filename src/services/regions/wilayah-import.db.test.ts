import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { AppError } from '../../domain/errors.ts';
import { createRegionService } from './region.service.ts';
import { editedMiniWilayah, miniWilayah } from './testing.ts';
import { importWilayah, lastWilayahImport } from './wilayah-import.service.ts';
import { bundledWilayahSource } from './wilayah-source.ts';

describeEachEngine('wilayah import', (ctx) => {
  const regionCount = async () =>
    (await queryRows<{ n: number }>(ctx.db.orm, sql`select count(*)::int as n from region`))[0]!.n;

  beforeEach(async () => {
    await ctx.db.orm.execute(sql`truncate region, data_import`);
  });

  it('loads every level with counts, then a second run changes nothing', async () => {
    const first = await importWilayah(ctx.db, { source: miniWilayah });
    expect(first).toMatchObject({
      total: 4 + 5 + 6 + 76,
      byLevel: { provinces: 4, regencies: 5, districts: 6, villages: 76 },
      inserted: 91,
      updated: 0,
      removed: 0,
      unchanged: 0,
    });
    const second = await importWilayah(ctx.db, { source: miniWilayah });
    expect(second).toMatchObject({ inserted: 0, updated: 0, removed: 0, unchanged: 91 });
    expect(await regionCount()).toBe(91);
    const semarang = await createRegionService(ctx.db.orm).get('33.74');
    expect(semarang.counts).toEqual({
      regencies: 0,
      districts: 2,
      villages: 24,
      desa: 0,
      kelurahan: 24,
      desaAdat: 0,
    });
    expect((await lastWilayahImport(ctx.db))?.summary.unchanged).toBe(91);
  });

  it('applies renames, additions and removals from a newer list', async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    const newer = editedMiniWilayah((file, text) => {
      if (file !== 'villages.csv') return text;
      return `${text.replace('33.74.01,Miroto', '33.74.01,Miroto Baru').replace(/^33\.74\.02\.1009.*\n/m, '')}33.74.01.1016,33.74.01,Kelurahan Baru\n`;
    });
    const summary = await importWilayah(ctx.db, { source: newer });
    // Miroto is renamed, Semarang Tengah gains a village and Semarang Utara loses one;
    // Kota Semarang and Jawa Tengah keep their totals, so they are left untouched.
    expect(summary).toMatchObject({ inserted: 1, removed: 1, updated: 3 });
    const regions = createRegionService(ctx.db.orm);
    expect((await regions.get('3374011001')).name).toBe('Miroto Baru');
    await expect(regions.get('3374021009')).rejects.toMatchObject({ code: 'not_found' });
    expect((await regions.get('3374')).counts.villages).toBe(24);
  });

  it('writes nothing when any row is invalid, and names the row and column', async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    const broken = editedMiniWilayah((file, text) =>
      file === 'villages.csv'
        ? text
            .replace('33.74.01,Miroto', '33.74.01,Miroto Baru')
            .replace('33.74.02.1001,33.74.02', '33.74.02.1001,33.74.09')
        : text,
    );
    const error = await importWilayah(ctx.db, { source: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues[0]).toMatchObject({
      field: 'villages.csv baris 28, kolom district_code',
    });
    expect((await createRegionService(ctx.db.orm).get('3374011001')).name).toBe('Miroto');
  });

  it('rolls back a failure in the middle of writing', async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    const renamed = editedMiniWilayah((file, text) =>
      file === 'villages.csv' ? text.replace(',Miroto', ',Miroto Baru') : text,
    );
    // A clock that fails after the rows are written, while the provenance row is being made.
    let calls = 0;
    const failingClock = () => {
      calls++;
      if (calls > 1) throw new Error('clock broke');
      return new Date();
    };
    await expect(importWilayah(ctx.db, { source: renamed, now: failingClock })).rejects.toThrow(
      'clock broke',
    );
    expect((await createRegionService(ctx.db.orm).get('3374011001')).name).toBe('Miroto');
  });

  it('rebuilds every index and the primary key after loading an empty table', async () => {
    const definitions = () =>
      queryRows<{ def: string }>(
        ctx.db.orm,
        sql`select pg_get_indexdef(indexrelid) as def from pg_index where indrelid = 'region'::regclass order by 1`,
      );
    const before = await definitions();
    expect(before.length).toBeGreaterThanOrEqual(3);
    await importWilayah(ctx.db, { source: miniWilayah });
    expect(await definitions()).toEqual(before);
    const pk = await queryRows<{ n: number }>(
      ctx.db.orm,
      sql`select count(*)::int as n from pg_constraint where conrelid = 'region'::regclass and contype = 'p'`,
    );
    expect(pk[0]!.n).toBe(1);
  });

  it('previews changes with a dry run without writing them', async () => {
    const preview = await importWilayah(ctx.db, { source: miniWilayah, dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, inserted: 91 });
    expect(await regionCount()).toBe(0);
    expect(await lastWilayahImport(ctx.db)).toBeNull();
  });

  it('reports a missing file clearly', async () => {
    const error = await importWilayah(ctx.db, {
      source: { label: 'nowhere', dir: '/nonexistent/wilayah' },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ field: expect.stringMatching(/\.csv$/) }],
    });
  });

  it('imports the whole national hierarchy with the official counts', async () => {
    const phases: string[] = [];
    const summary = await importWilayah(ctx.db, {
      source: bundledWilayahSource(),
      onProgress: (p) => phases.push(p),
    });
    expect(phases).toEqual(['read', 'validate', 'write', 'done']);
    expect(summary.byLevel).toEqual({ provinces: 38, regencies: 514, districts: 7285, villages: 83762 });
    const national = await createRegionService(ctx.db.orm).national();
    expect(national.counts).toEqual({
      provinces: 38,
      regencies: 514,
      districts: 7285,
      villages: 83762,
      desa: 75252,
      kelurahan: 8496,
      desaAdat: 14,
    });
    const hits = await createRegionService(ctx.db.orm).searchVillages({ q: 'Miroto', limit: 5 });
    expect(hits.items[0]).toMatchObject({
      code: '3374011001',
      ancestors: [{ name: 'Jawa Tengah' }, { name: 'Kota Semarang' }, { name: 'Semarang Tengah' }],
    });
  });
});
