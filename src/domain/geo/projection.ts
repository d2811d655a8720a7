/**
 * The map projection: equirectangular around the centre of the area shown, x to the east and y
 * down the screen, in degrees of latitude (about 111 km). Indonesia lies within 11° of the
 * equator and a map shows one province at most, so shapes stay true to within a few percent
 * without the cost of Mercator's logarithms; coordinates near zero keep Path2D precise.
 */
import type { BBox } from './geometry.ts';

export interface Projection {
  /** Longitude and latitude of the point projected to (0, 0). */
  readonly centre: readonly [number, number];
  /** How much a degree of longitude shrinks at the centre's latitude. */
  readonly xScale: number;
  project(lon: number, lat: number): [number, number];
  unproject(x: number, y: number): [number, number];
  /** The projected box of `bbox`: `[minX, minY, maxX, maxY]`. */
  box(bbox: BBox): [number, number, number, number];
}

/** The projection centred on a box (of a province or kabupaten). */
export function projectionFor(bbox: BBox): Projection {
  const lon0 = (bbox[0] + bbox[2]) / 2;
  const lat0 = (bbox[1] + bbox[3]) / 2;
  const xScale = Math.cos((lat0 * Math.PI) / 180);
  const project = (lon: number, lat: number): [number, number] => [(lon - lon0) * xScale, lat0 - lat];
  return {
    centre: [lon0, lat0],
    xScale,
    project,
    unproject: (x, y) => [lon0 + x / xScale, lat0 - y],
    box: ([west, south, east, north]) => {
      const [minX, maxY] = project(west, south);
      const [maxX, minY] = project(east, north);
      return [minX, minY, maxX, maxY];
    },
  };
}

/** Metres in a degree of latitude (mean), to state tolerances in metres. */
export const METRES_PER_DEGREE = 111_320;
