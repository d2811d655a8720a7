/**
 * Imports administrative boundaries from GeoJSON. Each file is all-or-nothing in its own
 * transaction, with its audit row and the map layers it touches rebuilt inside it; a folder is
 * imported file by file, so memory stays at one file's worth on the embedded database and a bad
 * file does not undo the good ones before it. Re-importing the same file changes nothing.
 * Codes missing from the region list are kept, marked unplaced, and reported.
 */
import { eq, sql } from 'drizzle-orm';
import type { BoundaryImportSummary } from '../../contracts/boundaries.contract.ts';
import { queryRows } from '../../db/client.ts';
import { boundaryImport } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { csvField } from '../../domain/csv.ts';
import { AppError } from '../../domain/errors.ts';
import { type BoundaryFeature, readBoundaryCollection } from '../../domain/geo/boundary-features.ts';
import { encodeGeometry } from '../../domain/geo/geometry-codec.ts';
import { type AccessDeps, authorize } from '../access/account.service.ts';
import { recordAudit } from '../access/audit.service.ts';
import { provincesToRebuild, rebuildAdjacency } from './boundary-adjacency.ts';
import { type LayerKey, layersOfAll, rebuildLayers } from './boundary-layers.ts';
import { type BoundaryFile, listBoundaryFiles, readBoundaryFile } from './boundary-source.ts';

export type { BoundaryImportSummary };

/** How many codes a report lists by name; the counts are always complete. */
const SAMPLE = 50;

/** Columns of `region_boundary` in the order `boundaryToCsv` writes them. */
export const BOUNDARY_COPY_COLUMNS = [
  'region_code',
  'level',
  'name',
  'placed',
  'bbox',
  'geometry',
  'import_id',
] as const;

/** One COPY line; `placed` and the import id are set in SQL afterwards. */
export function boundaryToCsv(f: BoundaryFeature): string {
  return `${f.code},${f.level},${csvField(f.name)},false,"{${f.bbox.join(',')}}",${csvField(encodeGeometry(f.geometry))},0`;
}

class DryRun extends Error {
  constructor(readonly summary: BoundaryImportSummary) {
    super('dry run');
  }
}

/** The longest code prefix shared by all codes (province or kabupaten at most): where the audit row is filed. */
function commonRegion(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  let prefix = codes[0]!;
  for (const code of codes) while (!code.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const length = [4, 2].find((n) => prefix.length >= n);
  return length ? prefix.slice(0, length) : null;
}

export type BoundaryProgress =
  | { kind: 'file'; index: number; files: number; label: string }
  | {
      kind: 'imported';
      index: number;
      files: number;
      label: string;
      summary: BoundaryImportSummary;
      ms: number;
    }
  | { kind: 'failed'; index: number; files: number; label: string; error: unknown };

export interface BoundaryRunSummary {
  files: number;
  imported: BoundaryImportSummary[];
  failed: { label: string; error: unknown }[];
}

export function createBoundaryImportService({ db, now }: AccessDeps) {
  /** Imports (or with `dryRun` previews) one parsed GeoJSON document. */
  async function importDocument(
    actor: Actor | null,
    input: { fileName: string; document: unknown; dryRun?: boolean },
  ): Promise<BoundaryImportSummary> {
    authorize(actor, 'boundary.import', { type: 'region_data', regions: 'national' });
    const read = readBoundaryCollection(input.document);
    if (!read.ok) {
      const issues = read.issues.map((i) => ({
        field: i.index < 0 ? 'berkas' : `features[${i.index}]${i.code ? ` (kode ${i.code})` : ''}`,
        message: i.message,
      }));
      const more = read.issueCount > issues.length ? `, ${read.issues.length} pertama dicantumkan` : '';
      throw new AppError(
        'invalid_input',
        `Berkas ${input.fileName} tidak dapat diimpor (${read.issueCount} masalah${more}).`,
        issues,
      );
    }
    const { features } = read;
    if (features.length === 0) throw AppError.invalid('file', `Berkas ${input.fileName} tidak berisi fitur.`);
    const lines = features.map(boundaryToCsv);
    const codes = features.map((f) => f.code);
    const count = (level: number) => features.filter((f) => f.level === level).length;
    const byLevel = { provinces: count(1), regencies: count(2), districts: count(3), villages: count(4) };

    const at = now();
    try {
      return await db.transaction(async (tx) => {
        const [record] = await tx.orm
          .insert(boundaryImport)
          .values({ fileName: input.fileName, actorLabel: actor?.label ?? 'publik', at, summary: {} })
          .returning({ id: boundaryImport.id });
        const importId = record!.id;
        await tx.orm.execute(sql`create temp table boundary_incoming (like region_boundary) on commit drop`);
        await tx.copyCsv('boundary_incoming', BOUNDARY_COPY_COLUMNS, `${lines.join('\n')}\n`);
        lines.length = 0;
        await tx.orm.execute(sql`
          update boundary_incoming i set import_id = ${importId},
            placed = exists (select 1 from region r where r.code = i.region_code)`);
        const unplaced = await queryRows<{ code: string }>(
          tx.orm,
          sql`select region_code as code from boundary_incoming where not placed order by region_code`,
        );
        const written = await queryRows<{ code: string; inserted: boolean }>(
          tx.orm,
          sql`insert into region_boundary select * from boundary_incoming
            on conflict (region_code) do update set
              level = excluded.level, name = excluded.name, placed = excluded.placed,
              bbox = excluded.bbox, geometry = excluded.geometry, import_id = excluded.import_id
            where (region_boundary.name, region_boundary.placed, region_boundary.bbox, region_boundary.geometry)
              is distinct from (excluded.name, excluded.placed, excluded.bbox, excluded.geometry)
            returning region_code as code, (xmax = 0) as inserted`,
        );
        const inserted = written.filter((w) => w.inserted).length;
        const summary: BoundaryImportSummary = {
          fileName: input.fileName,
          dryRun: input.dryRun ?? false,
          importId: input.dryRun ? null : importId,
          features: features.length,
          byLevel,
          inserted,
          updated: written.length - inserted,
          unchanged: features.length - written.length,
          unplaced: { count: unplaced.length, codes: unplaced.slice(0, SAMPLE).map((u) => u.code) },
          layers: [],
          adjacency: { provinces: [], pairs: 0, ms: 0 },
        };
        if (input.dryRun) throw new DryRun(summary);
        // A layer is rebuilt when one of its boundaries changed, or when it does not exist yet.
        const changed = layersOfAll(written.map((w) => w.code));
        const changedKeys = new Set(changed.map((k) => `${k.region}:${k.childLevel}`));
        const missing: LayerKey[] = [];
        for (const key of layersOfAll(codes)) {
          if (changedKeys.has(`${key.region}:${key.childLevel}`)) continue;
          const [exists] = await queryRows<{ one: number }>(
            tx.orm,
            sql`select 1 as one from boundary_layer where region_code = ${key.region} and child_level = ${key.childLevel}`,
          );
          if (!exists) missing.push(key);
        }
        summary.layers = await rebuildLayers(tx.orm, [...changed, ...missing], importId);
        const provinces = await provincesToRebuild(
          tx,
          written.map((w) => w.code),
          codes,
        );
        summary.adjacency = await rebuildAdjacency(tx, provinces, importId);
        // Fresh planner statistics for the kawasan recommender's reads (PGlite has no autovacuum).
        await tx.orm.execute(sql`set local default_statistics_target = 10`);
        await tx.orm.execute(sql`analyze region_boundary, region_adjacency`);
        await tx.orm.update(boundaryImport).set({ summary }).where(eq(boundaryImport.id, importId));
        const { unplaced: _u, layers, byLevel: _b, adjacency, ...counts } = summary;
        await recordAudit(
          tx.orm,
          actor,
          {
            action: 'boundary.import',
            resourceType: 'boundary_import',
            resourceId: String(importId),
            regionCode: commonRegion(codes),
            before: null,
            after: {
              ...counts,
              unplaced: unplaced.length,
              layers: layers.length,
              adjacencyPairs: adjacency.pairs,
            },
          },
          at,
        );
        return summary;
      });
    } catch (err) {
      if (err instanceof DryRun) return err.summary;
      throw err;
    }
  }

  return {
    importDocument,

    /**
     * Imports a file or every GeoJSON file below a folder, one file and one transaction at a
     * time. A file that fails is reported and the rest still run; the summary lists both.
     */
    async importPath(
      actor: Actor | null,
      input: { path: string; dryRun?: boolean; onProgress?: (event: BoundaryProgress) => void },
    ): Promise<BoundaryRunSummary> {
      authorize(actor, 'boundary.import', { type: 'region_data', regions: 'national' });
      const progress = input.onProgress ?? (() => {});
      const files: BoundaryFile[] = await listBoundaryFiles(input.path);
      const run: BoundaryRunSummary = { files: files.length, imported: [], failed: [] };
      for (const [i, file] of files.entries()) {
        const at = { index: i + 1, files: files.length, label: file.label };
        progress({ kind: 'file', ...at });
        const started = performance.now();
        try {
          const document = await readBoundaryFile(file);
          const summary = await importDocument(actor, {
            fileName: file.label,
            document,
            dryRun: input.dryRun ?? false,
          });
          run.imported.push(summary);
          progress({ kind: 'imported', ...at, summary, ms: performance.now() - started });
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'invalid_input') throw error;
          run.failed.push({ label: file.label, error });
          progress({ kind: 'failed', ...at, error });
        }
      }
      return run;
    },
  };
}
export type BoundaryImportService = ReturnType<typeof createBoundaryImportService>;
