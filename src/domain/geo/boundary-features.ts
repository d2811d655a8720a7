/**
 * Reads administrative boundaries from a parsed GeoJSON FeatureCollection (RFC 7946), as the
 * Badan Informasi Geospasial boundaries come: `properties: { kode, nama }`, Polygon or
 * MultiPolygon in WGS 84 degrees. Every feature is checked and every problem reported with the
 * feature's index and code, so a file is imported whole or not at all.
 */
import { parseRegionCode } from '../region-code.ts';
import { type BBox, bboxOf, isClosed, type MultiPolygon, type Position, type Ring } from './geometry.ts';

/** 1 province, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan (as `region.level`). */
export type BoundaryLevel = 1 | 2 | 3 | 4;

export interface BoundaryFeature {
  /** Position in the file's `features` array, from 0. */
  index: number;
  /** Canonical code, digits only. */
  code: string;
  level: BoundaryLevel;
  name: string;
  geometry: MultiPolygon;
  bbox: BBox;
}

export interface FeatureIssue {
  index: number;
  /** The feature's code as written, when it has one. */
  code: string | null;
  message: string;
}

export type BoundaryCollection =
  | { ok: true; features: BoundaryFeature[] }
  | { ok: false; issues: FeatureIssue[]; issueCount: number };

/** How many problems a report lists; the count is always complete. */
export const MAX_LISTED_ISSUES = 200;

/**
 * Where Indonesian coordinates can be, with a margin: 94°–141° E, 11° S–6° N. Anything outside is
 * almost always a file in another coordinate system or with latitude and longitude swapped.
 */
const EXTENT = { west: 90, east: 145, south: -15, north: 10 };

const CODE_KEYS = ['kode', 'code', 'kode_wilayah', 'KODE', 'kd'] as const;
const NAME_KEYS = ['nama', 'name', 'NAMA', 'nm'] as const;
const LEVEL_BY_LENGTH: Record<number, BoundaryLevel> = { 2: 1, 4: 2, 6: 3, 10: 4 };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function propertyOf(properties: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys)
    if (properties[key] !== undefined && properties[key] !== null) return properties[key];
  return undefined;
}

/** A ring's positions, or the reason it is not a valid ring. */
function readRing(value: unknown, where: string): Ring | string {
  if (!Array.isArray(value)) return `${where} bukan daftar koordinat.`;
  if (value.length < 4) return `${where} hanya punya ${value.length} titik (paling sedikit 4).`;
  const ring: Position[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const p = value[i] as unknown;
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number')
      return `${where}, titik ${i}: koordinat harus [bujur, lintang] berupa angka.`;
    const [lon, lat] = p as [number, number];
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return `${where}, titik ${i}: koordinat bukan angka.`;
    if (lon < EXTENT.west || lon > EXTENT.east || lat < EXTENT.south || lat > EXTENT.north) {
      return (
        `${where}, titik ${i}: [${lon}, ${lat}] di luar wilayah Indonesia (bujur ${EXTENT.west}–${EXTENT.east}, ` +
        `lintang ${EXTENT.south}–${EXTENT.north}); berkas harus berderajat WGS 84 dengan urutan [bujur, lintang].`
      );
    }
    ring[i] = [lon, lat];
  }
  if (!isClosed(ring)) return `${where} tidak tertutup (titik pertama dan terakhir harus sama).`;
  return ring;
}

/** A geometry as a multipolygon, or the reason it cannot be one. */
export function readGeometry(value: unknown): MultiPolygon | string {
  if (!isRecord(value)) return 'Fitur tanpa geometri.';
  const { type, coordinates } = value;
  if (type !== 'Polygon' && type !== 'MultiPolygon')
    return `Jenis geometri ${String(type)} tidak didukung; gunakan Polygon atau MultiPolygon.`;
  if (!Array.isArray(coordinates) || coordinates.length === 0) return `${type} tanpa koordinat.`;
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  const out: Ring[][] = [];
  for (const [p, polygon] of polygons.entries()) {
    const at = type === 'Polygon' ? '' : `poligon ${p}, `;
    if (!Array.isArray(polygon) || polygon.length === 0) return `Poligon ${p} tanpa cincin.`;
    const rings: Ring[] = [];
    for (const [r, value] of polygon.entries()) {
      const ring = readRing(
        value,
        `${at}cincin ${r}`.replace(/^./, (c) => c.toUpperCase()),
      );
      if (typeof ring === 'string') return ring;
      rings.push(ring);
    }
    out.push(rings);
  }
  return out;
}

/** Checks every feature of a parsed GeoJSON document and returns them all, or all their problems. */
export function readBoundaryCollection(document: unknown): BoundaryCollection {
  if (!isRecord(document) || document.type !== 'FeatureCollection' || !Array.isArray(document.features)) {
    return {
      ok: false,
      issueCount: 1,
      issues: [{ index: -1, code: null, message: 'Berkas harus berupa GeoJSON FeatureCollection.' }],
    };
  }
  const features: BoundaryFeature[] = [];
  const issues: FeatureIssue[] = [];
  let issueCount = 0;
  const report = (index: number, code: string | null, message: string) => {
    issueCount++;
    if (issues.length < MAX_LISTED_ISSUES) issues.push({ index, code, message });
  };
  const seen = new Map<string, number>();
  for (const [index, feature] of (document.features as unknown[]).entries()) {
    if (!isRecord(feature) || feature.type !== 'Feature') {
      report(index, null, 'Bukan GeoJSON Feature.');
      continue;
    }
    const properties = isRecord(feature.properties) ? feature.properties : {};
    const rawCode = propertyOf(properties, CODE_KEYS);
    const written =
      typeof rawCode === 'string' ? rawCode : typeof rawCode === 'number' ? String(rawCode) : null;
    const rawName = propertyOf(properties, NAME_KEYS);
    const name = typeof rawName === 'string' ? rawName.trim() : '';
    let code: string | null = null;
    if (written === null) report(index, null, 'Tanpa kode wilayah (properti "kode").');
    else {
      const parsed = parseRegionCode(written.trim());
      if (!parsed.ok) report(index, written, parsed.message);
      else if (seen.has(parsed.value.code))
        report(
          index,
          written,
          `Kode ${parsed.value.code} sudah dipakai features[${seen.get(parsed.value.code)}].`,
        );
      else {
        code = parsed.value.code;
        seen.set(code, index);
      }
    }
    if (name === '') report(index, written, 'Tanpa nama wilayah (properti "nama").');
    const geometry = readGeometry(feature.geometry);
    if (typeof geometry === 'string') report(index, written, geometry);
    if (code === null || name === '' || typeof geometry === 'string') continue;
    features.push({
      index,
      code,
      level: LEVEL_BY_LENGTH[code.length]!,
      name,
      geometry,
      bbox: bboxOf(geometry),
    });
  }
  return issueCount > 0 ? { ok: false, issues, issueCount } : { ok: true, features };
}
