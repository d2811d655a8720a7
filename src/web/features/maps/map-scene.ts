/**
 * What a map shows, ready to draw and to pick from: the layer's villages projected once (flat
 * rings in map units), each with its IDM status, plus counts per status for the legend. Pure, so
 * it is tested without a browser; drawing lives in map-painter.ts.
 */
import { type DecodedFeature, decodeMapLayer, type MapLayer } from '../../../domain/geo/map-layer';
import { pointInMultiPolygon } from '../../../domain/geo/point-in-polygon';
import { type Projection, projectionFor } from '../../../domain/geo/projection';
import { IDM_STATUSES, type IdmStatus } from '../../../domain/village-index/idm.types';
import type { MapBox } from './map-view';

export interface SceneFeature extends DecodedFeature {
  /** The status shown (published, else computed), or null: no IDM result (kelurahan, unscored). */
  status: IdmStatus | null;
  /** The IDM value, when scored. */
  value: number | null;
  /** The class it is filled with: its status, or its class under a colouring; null: no data (hatched). */
  fill: string | null;
  /** Outside the highlighted desa (when a map highlights some): drawn pale, not counted by status. */
  faded: boolean;
}

export type StatusCounts = Record<IdmStatus | 'none', number>;

/** Desa per fill class (IDM statuses or a colouring's classes) and `none`. */
export type FillCounts = Readonly<Record<string, number>>;

/**
 * Another colouring than IDM status (e.g. days since the last visit): the classes in legend and
 * paint order, each with a theme colour (`green.6`) and a label, and each desa's class with a line
 * about it for the tooltip and details. Desa without a class are drawn hatched, as no data.
 */
export interface MapColouring {
  classes: readonly { key: string; color: string; label: string }[];
  byCode: ReadonlyMap<string, { key: string; text: string }>;
  /** Says what the hatched desa are (in the legend, tooltip and details). */
  noneLabel: string;
  /** The canvas's accessible name: what the colours show, and how to move the map. */
  canvasLabel: string;
}
export interface Scene {
  projection: Projection;
  /** Projected box of every feature. */
  box: MapBox;
  features: SceneFeature[];
  /** Desa per status (or per class of a colouring); with a highlight, only the highlighted ones. */
  counts: FillCounts;
  /** How many desa are outside the highlight (0 without one). */
  faded: number;
  /** Projected box of the highlighted desa, which the map first shows; null without a highlight. */
  focusBox: MapBox | null;
}

export interface VillageResult {
  status: IdmStatus | null;
  value: number | null;
}

/**
 * Projects a layer and gives each feature its result from `results` (by code). With `highlight`
 * (e.g. the members of a kawasan), the other desa are marked faded and left out of the counts.
 * With `colouring`, the desa are filled and counted by its classes instead of their IDM status.
 */
export function buildScene(
  layer: MapLayer,
  results: ReadonlyMap<string, VillageResult>,
  highlight: ReadonlySet<string> | null = null,
  colouring: Pick<MapColouring, 'classes' | 'byCode'> | null = null,
): Scene {
  const projection = projectionFor(layer.bbox);
  const decoded = decodeMapLayer(layer, projection.project);
  const keys = colouring ? colouring.classes.map((c) => c.key) : IDM_STATUSES;
  const counts: Record<string, number> = Object.fromEntries([...keys, 'none'].map((s) => [s, 0]));
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let fadedCount = 0;
  const focus: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const features = decoded.map((f): SceneFeature => {
    const result = results.get(f.code);
    const status = result?.status ?? null;
    const fill = colouring ? (colouring.byCode.get(f.code)?.key ?? null) : status;
    const faded = highlight !== null && !highlight.has(f.code);
    if (faded) fadedCount++;
    else counts[fill ?? 'none'] = (counts[fill ?? 'none'] ?? 0) + 1;
    if (highlight !== null && !faded) grow(focus, f.box);
    grow(box, f.box);
    return { ...f, status, value: result?.value ?? null, fill, faded };
  });
  if (features.length === 0) box.splice(0, 4, 0, 0, 0, 0);
  const focusBox = highlight !== null && focus[0] <= focus[2] ? focus : null;
  return { projection, box, features, counts, faded: fadedCount, focusBox };
}

function grow(box: [number, number, number, number], add: MapBox): void {
  box[0] = Math.min(box[0], add[0]);
  box[1] = Math.min(box[1], add[1]);
  box[2] = Math.max(box[2], add[2]);
  box[3] = Math.max(box[3], add[3]);
}

/**
 * The feature under a map point. Neighbours simplified one by one overlap a little at their
 * borders; there the one with the smaller box wins, so a small desa stays pickable.
 */
export function featureAt(scene: Scene, x: number, y: number): SceneFeature | null {
  let best: SceneFeature | null = null;
  let bestArea = Infinity;
  for (const f of scene.features) {
    const [minX, minY, maxX, maxY] = f.box;
    if (x < minX || x > maxX || y < minY || y > maxY) continue;
    const area = (maxX - minX) * (maxY - minY);
    if (area < bestArea && pointInMultiPolygon(x, y, f.polygons)) {
      best = f;
      bestArea = area;
    }
  }
  return best;
}

/** Squared distance from (x, y) to the nearest edge of the rings. */
function distance2ToRings(x: number, y: number, polygons: readonly (readonly Float64Array[])[]): number {
  let best = Infinity;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 2; i < ring.length; i += 2) {
        const ax = ring[i - 2]!;
        const ay = ring[i - 1]!;
        const dx = ring[i]! - ax;
        const dy = ring[i + 1]! - ay;
        const length2 = dx * dx + dy * dy;
        const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
        const ex = x - ax - t * dx;
        const ey = y - ay - t * dy;
        best = Math.min(best, ex * ex + ey * ey);
      }
  return best;
}

/**
 * The feature under a map point or, when the point falls in the thin gaps that simplification
 * leaves between neighbours, the nearest one within `radius` (map units): a tap on a border
 * still picks a desa.
 */
export function featureNear(scene: Scene, x: number, y: number, radius: number): SceneFeature | null {
  const inside = featureAt(scene, x, y);
  if (inside || radius <= 0) return inside;
  let best: SceneFeature | null = null;
  let bestDistance = radius * radius;
  for (const f of scene.features) {
    const [minX, minY, maxX, maxY] = f.box;
    if (x < minX - radius || x > maxX + radius || y < minY - radius || y > maxY + radius) continue;
    const d = distance2ToRings(x, y, f.polygons);
    if (d <= bestDistance) {
      best = f;
      bestDistance = d;
    }
  }
  return best;
}

/** Results by code from the village index list (published status first, as elsewhere). */
export function resultsByCode(
  villages: readonly {
    code: string;
    status: IdmStatus | null;
    computedStatus: IdmStatus | null;
    value: number | null;
  }[],
): Map<string, VillageResult> {
  return new Map(villages.map((v) => [v.code, { status: v.status ?? v.computedStatus, value: v.value }]));
}
