import type { NationalSummary } from '../../contracts/regions.contract.ts';
import { dbConfigFromEnv } from '../../db/client.ts';
import { readLiveLock } from '../../db/data-dir-lock.ts';
import { createRegionService } from '../../services/regions/region.service.ts';
import { lastWilayahImport } from '../../services/regions/wilayah-import.service.ts';
import type { Command } from '../command.ts';
import { type Output, openMigrated } from '../runtime.ts';

function printCounts(out: Output, n: NationalSummary['counts']) {
  const f = (x: number) => x.toLocaleString('id-ID');
  out.info(
    `Wilayah: ${f(n.provinces)} provinsi, ${f(n.regencies)} kabupaten/kota, ${f(n.districts)} kecamatan, ` +
      `${f(n.villages)} desa/kelurahan (${f(n.desa)} desa, ${f(n.kelurahan)} kelurahan, ${f(n.desaAdat)} desa adat)`,
  );
}

export const statusCommand: Command = {
  name: 'status',
  summary: 'Tampilkan mesin basis data, lokasi data, dan jumlah wilayah',
  usage: 'kawasan status',
  options: {},
  help: ['Jika server sedang memakai direktori data, status ditanyakan ke server itu.'],
  async run(_args, out) {
    const config = dbConfigFromEnv();
    const owner = config.engine === 'pglite' && config.dataDir ? readLiveLock(config.dataDir) : null;
    if (owner) {
      // Never open a PGlite directory behind its owner's back: ask the server instead.
      out.info(
        `Direktori data ${config.engine === 'pglite' ? config.dataDir : ''} dipakai proses ${owner.pid}.`,
      );
      if (!owner.port) return 1;
      const base = `http://127.0.0.1:${owner.port}`;
      const health = (await (await fetch(`${base}/api/health`)).json()) as {
        database: { engine: string; ok: boolean };
      };
      out.info(
        `Server: ${base} — basis data ${health.database.engine}, ${health.database.ok ? 'menjawab' : 'TIDAK menjawab'}`,
      );
      printCounts(out, ((await (await fetch(`${base}/api/regions`)).json()) as NationalSummary).counts);
      return health.database.ok ? 0 : 1;
    }
    const db = await openMigrated(out);
    try {
      printCounts(out, (await createRegionService(db.orm).national()).counts);
      const last = await lastWilayahImport(db);
      out.info(
        last
          ? `Impor wilayah terakhir: ${last.source}, ${last.finishedAt.toISOString()}`
          : 'Impor wilayah: belum pernah',
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
