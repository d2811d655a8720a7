/**
 * Real inputs of the kawasan recommender for Jawa Tengah: each desa with its official IDM 2024
 * status and kecamatan (../shared/data/idm/idm-2024.csv.gz), and the contiguity of the desa
 * boundaries (../shared/data/geo/desa/33.geojson.gz) computed with the domain's adjacency.
 * Shared by the golden test and the benchmark; callers check `hasSharedData` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCsv } from '../../src/domain/csv.ts';
import { adjacencyGraph, adjacentPairs } from '../../src/domain/geo/adjacency.ts';
import { type BoundaryFeature, readBoundaryCollection } from '../../src/domain/geo/boundary-features.ts';
import type { CandidateDesa } from '../../src/domain/kawasan/recommender.ts';
import { parseIdmStatus } from '../../src/domain/village-index/idm.scheme.ts';
import { readBoundaryFile } from '../../src/services/boundaries/boundary-source.ts';
import { SHARED_DATA_DIR } from './shared-data.ts';

export const JAWA_TENGAH_DESA_FILE = join(SHARED_DATA_DIR, 'geo', 'desa', '33.geojson.gz');
const IDM_FILE = join(SHARED_DATA_DIR, 'idm', 'idm-2024.csv.gz');

export interface JawaTengahData {
  /** Every Jawa Tengah desa of the IDM 2024 results, by kabupaten code (4 digits). */
  desaByKabupaten: Map<string, CandidateDesa[]>;
  kabupatenNames: Map<string, string>;
  /** The boundary features of the province (desa and kelurahan). */
  features: BoundaryFeature[];
}

/** Reads the IDM 2024 results of Jawa Tengah and its desa boundary file. */
export async function readJawaTengah(): Promise<JawaTengahData> {
  const rows = parseCsv(gunzipSync(readFileSync(IDM_FILE)).toString('utf8'));
  const header = rows[0] ?? [];
  const col = (name: string) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`idm-2024.csv.gz has no ${name} column`);
    return at;
  };
  const [kab, kabName, kec, code, name, status] = [
    'KODE_KAB',
    'NAMA_KAB',
    'KODE_KEC',
    'KODE_DESA',
    'NAMA_DESA',
    'STATUS_IDM_2024',
  ].map(col) as [number, number, number, number, number, number];
  const desaByKabupaten = new Map<string, CandidateDesa[]>();
  const kabupatenNames = new Map<string, string>();
  for (const r of rows.slice(1)) {
    if (!r[code]?.startsWith('33')) continue;
    const desa: CandidateDesa = {
      code: r[code]!,
      name: r[name] ?? '',
      districtCode: r[kec] ?? '',
      status: parseIdmStatus(r[status] ?? ''),
    };
    const list = desaByKabupaten.get(r[kab]!);
    if (list) list.push(desa);
    else desaByKabupaten.set(r[kab]!, [desa]);
    kabupatenNames.set(r[kab]!, r[kabName] ?? '');
  }
  const read = readBoundaryCollection(await readBoundaryFile({ path: JAWA_TENGAH_DESA_FILE, label: '33' }));
  if (!read.ok) throw new Error('33.geojson.gz is invalid');
  return { desaByKabupaten, kabupatenNames, features: read.features };
}

/**
 * Contiguity of the boundaries whose code starts with `prefix` (a kabupaten, or '33' for the
 * province): only those polygons are compared, since the recommender keeps the graph inside one
 * kabupaten anyway.
 */
export function contiguityOf(features: readonly BoundaryFeature[], prefix: string): Map<string, string[]> {
  const inputs = features
    .filter((f) => f.code.startsWith(prefix))
    .map((f) => ({ code: f.code, geometry: f.geometry }));
  return adjacencyGraph(adjacentPairs(inputs));
}
