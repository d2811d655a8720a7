import { resolve } from 'node:path';
import type { Database } from '../../db/client.ts';
import {
  type ImportPhase,
  importWilayah,
  type WilayahImportSummary,
} from '../../services/regions/wilayah-import.service.ts';
import { bundledWilayahSource, directoryWilayahSource } from '../../services/regions/wilayah-source.ts';
import type { Command } from '../command.ts';
import { type Output, openMigrated } from '../runtime.ts';

const STEPS: Record<ImportPhase, string> = {
  read: '[1/4] Membaca',
  validate: '[2/4] Memeriksa',
  write: '[3/4] Menyimpan',
  done: '[4/4] Selesai:',
};

/** Runs the import with progress lines and elapsed time. Shared with `serve` on an empty database. */
export async function importWilayahWithProgress(
  db: Database,
  out: Output,
  options: { sourceDir?: string; dryRun?: boolean } = {},
): Promise<WilayahImportSummary> {
  const started = performance.now();
  const source = options.sourceDir
    ? directoryWilayahSource(resolve(options.sourceDir))
    : bundledWilayahSource();
  return importWilayah(db, {
    source,
    dryRun: options.dryRun ?? false,
    onProgress: (phase, detail) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      out.info(`${STEPS[phase]} ${detail} (${seconds} s)`);
    },
  });
}

export const importWilayahCommand: Command = {
  name: 'import wilayah',
  summary: 'Impor hierarki wilayah nasional (provinsi s.d. desa/kelurahan)',
  usage: 'kawasan import wilayah [--source DIR] [--dry-run]',
  options: {
    source: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  help: [
    'Tanpa --source, memakai data Kemendagri dari paket idn-area-data yang terpasang.',
    '  --source DIR   direktori berisi provinces.csv, regencies.csv, districts.csv, villages.csv',
    '  --dry-run      periksa dan laporkan perubahan tanpa menyimpan',
    'Impor bersifat semua-atau-tidak-sama-sekali dan aman diulang.',
  ],
  async run({ values }, out) {
    const db = await openMigrated(out);
    try {
      await importWilayahWithProgress(db, out, {
        sourceDir: values.source as string | undefined,
        dryRun: values['dry-run'] === true,
      });
      return 0;
    } finally {
      await db.close();
    }
  },
};
