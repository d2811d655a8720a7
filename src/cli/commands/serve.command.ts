import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { dbConfigFromEnv, isInitialized } from '../../db/client.ts';
import { buildApp } from '../../server/app.ts';
import { DEMO_PASSWORD, DEMO_USERNAMES, ensureDemoAccounts } from '../../services/access/demo.ts';
import { createRegionService } from '../../services/regions/region.service.ts';
import { refreshStaleRollups } from '../../services/village-index/rollup.ts';
import { createVillageIndexService } from '../../services/village-index/village-index.service.ts';
import type { Command } from '../command.ts';
import { openMigrated, PROJECT_ROOT, projectVersion } from '../runtime.ts';

/** Runs another `kawasan` command as a child process sharing this terminal; resolves to its exit code. */
function runSelf(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin/kawasan.mjs'), ...args], {
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Jalankan server web dan API',
  usage: 'kawasan serve [--port N] [--host H] [--dev] [--demo]',
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    dev: { type: 'boolean' },
    demo: { type: 'boolean' },
  },
  help: [
    '  --port N   port HTTP (bawaan: PORT atau 3000)',
    '  --host H   alamat yang didengar (bawaan: HOST atau 127.0.0.1; 0.0.0.0 untuk jaringan lokal)',
    '  --dev      juga jalankan server pengembangan Vite dengan proxy ke API',
    `  --demo     buat akun demo (kata sandi umum "${DEMO_PASSWORD}"); JANGAN untuk data sungguhan`,
    'Pada basis data kosong, data wilayah nasional dan IDM 2024 diimpor otomatis.',
  ],
  async run({ values }, out) {
    const port = Number(values.port ?? process.env.PORT ?? 3000);
    const host = (values.host as string | undefined) ?? process.env.HOST ?? '127.0.0.1';
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      out.error(`Galat: port tidak sah: ${values.port ?? process.env.PORT}`);
      return 2;
    }
    // A first start imports the national data (regions, then IDM 2024) in processes of their
    // own, so the server never carries the memory that creating the database and bulk-loading it
    // make PGlite's WebAssembly heap grow (it never shrinks). The data-dir lock passes to each.
    const firstImport = async (what: string[]) => {
      for (const kind of what) {
        out.info(
          `Basis data belum berisi ${kind === 'wilayah' ? 'wilayah' : 'nilai IDM'}: mengimpor data nasional…`,
        );
        const code = await runSelf(['import', kind]);
        if (code !== 0) return code;
      }
      return 0;
    };
    const config = dbConfigFromEnv();
    if (config.engine === 'pglite' && config.dataDir && !isInitialized(config.dataDir)) {
      const code = await firstImport(['wilayah', 'idm']);
      if (code !== 0) return code;
    }
    let db = await openMigrated(out);
    const missing = [
      ...((await createRegionService(db.orm).national()).counts.provinces === 0 ? ['wilayah'] : []),
      ...((await createVillageIndexService(db.orm).hasResults()) ? [] : ['idm']),
    ];
    if (missing.length > 0) {
      await db.close();
      const code = await firstImport(missing);
      if (code !== 0) return code;
      db = await openMigrated(out);
    }
    for (const { year } of await refreshStaleRollups(db)) {
      out.info(`Ringkasan wilayah IDM ${year} diperbarui (sebaran nilai dan perpindahan status).`);
    }
    if (values.demo) {
      await ensureDemoAccounts({ db, now: () => new Date() });
      out.info(`MODE DEMO: akun ${DEMO_USERNAMES.join(', ')} — kata sandi "${DEMO_PASSWORD}".`);
      out.info('Jangan pakai mode demo pada server yang berisi data sungguhan.');
    }
    const app = await buildApp({
      db,
      version: projectVersion(),
      trustProxy: process.env.TRUST_PROXY === '1',
      webDir: join(PROJECT_ROOT, 'dist/web'),
      logger: { level: process.env.LOG_LEVEL ?? 'warn' },
    });
    const address = await app.listen({ port, host });
    const boundPort = (app.server.address() as AddressInfo).port;
    db.announcePort(boundPort);
    out.info(`Kawasan berjalan di ${address.replace('127.0.0.1', 'localhost')} (API: ${address}/api/docs)`);

    if (values.dev) {
      process.env.KAWASAN_API_URL = `http://127.0.0.1:${boundPort}`; // read by vite.config.ts
      const { createServer } = await import('vite');
      const vite = await createServer({ configFile: join(PROJECT_ROOT, 'vite.config.ts') });
      await vite.listen();
      vite.printUrls();
    }

    await new Promise<void>((resolveStop) => {
      const stop = (signal: string) => {
        out.info(`Menerima ${signal}, berhenti…`);
        resolveStop();
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
    await app.close();
    await db.close();
    return 0;
  },
};
