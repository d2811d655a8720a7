/**
 * Reads the region lists in the layout of the npm package idn-area-data (ODbL, by Fityan),
 * which ships the Kemendagri code list as four CSV files.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseCsv } from '../../domain/csv.ts';
import { AppError } from '../../domain/errors.ts';
import type { RegionLevel } from '../../domain/region-code.ts';
import type { WilayahFiles } from '../../domain/wilayah-dataset.ts';

export const WILAYAH_FILE_NAMES: Record<RegionLevel, string> = {
  province: 'provinces.csv',
  regency: 'regencies.csv',
  district: 'districts.csv',
  village: 'villages.csv',
};

export interface WilayahSource {
  /** Human-readable provenance, e.g. `idn-area-data@4.0.1`. */
  label: string;
  dir: string;
}

/** The copy of idn-area-data installed with Kawasan. */
export function bundledWilayahSource(): WilayahSource {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('idn-area-data/package.json');
  const { version } = require(pkgPath) as { version: string };
  return { label: `idn-area-data@${version}`, dir: join(dirname(pkgPath), 'data') };
}

/** A directory holding the same four files, e.g. a newer release or a test fixture. */
export function directoryWilayahSource(dir: string): WilayahSource {
  return { label: `dir:${dir}`, dir };
}

export async function readWilayahFiles(source: WilayahSource): Promise<WilayahFiles> {
  const entries = await Promise.all(
    (Object.entries(WILAYAH_FILE_NAMES) as [RegionLevel, string][]).map(async ([level, name]) => {
      let text: string;
      try {
        text = await readFile(join(source.dir, name), 'utf8');
      } catch (err) {
        const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'tidak ditemukan' : String(err);
        throw AppError.invalid(name, `Berkas ${name} di ${source.dir} ${reason}.`);
      }
      try {
        return [level, { name, rows: parseCsv(text) }] as const;
      } catch (err) {
        throw AppError.invalid(name, `Berkas ${name} bukan CSV yang sah: ${(err as Error).message}`);
      }
    }),
  );
  return Object.fromEntries(entries) as WilayahFiles;
}
