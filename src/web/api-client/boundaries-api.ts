import type { MapLayer } from '../../domain/geo/map-layer';
import { getJson } from './api-client';

/** Level of the regions a map layer draws: 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan. */
export type MapLevel = 2 | 3 | 4;

/** Typed calls for maps, see src/contracts/boundaries.contract.ts. */
export const boundariesApi = {
  /**
   * The boundaries of every region of `level` inside a province or kabupaten/kota (the browser
   * decompresses the gzip'd layer); 404 until boundaries are imported.
   */
  mapLayer: (code: string, level: MapLevel, signal?: AbortSignal) =>
    getJson<MapLayer>(`/api/regions/${encodeURIComponent(code)}/map`, { level }, signal),
};
