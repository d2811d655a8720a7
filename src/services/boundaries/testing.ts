/** Test helpers for the boundaries capability: the real boundaries in fixtures/boundaries-mini. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MINI_BOUNDARIES_DIR = fileURLToPath(new URL('./fixtures/boundaries-mini', import.meta.url));

/** The 26 desa and kelurahan of Kedungreja (3301) and Semarang Tengah (3374), which the mini region list holds. */
export const MINI_DESA_FILE = join(MINI_BOUNDARIES_DIR, 'desa-kedungreja-semarang-tengah.geojson');

export interface FixtureFeature {
  type: 'Feature';
  properties: { kode: string; nama: string };
  geometry: { type: string; coordinates: unknown };
}

/** A fresh parsed copy of the mini desa file, to change in a test. */
export function miniDesaDocument(): { type: 'FeatureCollection'; features: FixtureFeature[] } {
  return JSON.parse(readFileSync(MINI_DESA_FILE, 'utf8'));
}
