import { userInfo } from 'node:os';
import { AppError } from '../../domain/errors.ts';
import {
  type BoundaryImportSummary,
  type BoundaryProgress,
  createBoundaryImportService,
} from '../../services/boundaries/boundary-import.service.ts';
import type { Command } from '../command.ts';
import { type Output, openMigrated } from '../runtime.ts';

const n = (x: number) => x.toLocaleString('id-ID');
const kb = (bytes: number) => `${n(Math.round(bytes / 1024))} KB`;

function describeFile(s: BoundaryImportSummary): string {
  const levels = [
    [s.byLevel.provinces, 'provinsi'],
    [s.byLevel.regencies, 'kabupaten/kota'],
    [s.byLevel.districts, 'kecamatan'],
    [s.byLevel.villages, 'desa/kelurahan'],
  ] as const;
  const what = levels
    .filter(([count]) => count > 0)
    .map(([count, name]) => `${n(count)} ${name}`)
    .join(', ');
  return `${what} — ${n(s.inserted)} baru, ${n(s.updated)} diubah, ${n(s.unchanged)} tetap`;
}

function printProgress(out: Output, event: BoundaryProgress) {
  const at = `[${event.index}/${event.files}] ${event.label}`;
  if (event.kind === 'file') return;
  if (event.kind === 'failed') {
    const error = event.error as AppError;
    out.error(`${at}: TIDAK DIIMPOR — ${error.message}`);
    for (const issue of error.issues) out.error(`  - ${issue.field}: ${issue.message}`);
    return;
  }
  const s = event.summary;
  out.info(`${at}: ${describeFile(s)} (${(event.ms / 1000).toFixed(1)} s)`);
  if (s.unplaced.count > 0) {
    const more = s.unplaced.count > s.unplaced.codes.length ? ', …' : '';
    out.info(
      `  ${n(s.unplaced.count)} kode tidak ada di daftar wilayah (disimpan, ditandai belum terpetakan):`,
    );
    out.info(`    ${s.unplaced.codes.join(', ')}${more}`);
  }
  if (s.layers.length > 0) {
    const largest = s.layers.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    out.info(
      `  ${n(s.layers.length)} lapisan peta dibangun ulang; terbesar ${largest.region} ` +
        `(tingkat ${largest.childLevel}, ${n(largest.features)} wilayah): ${kb(largest.bytes)}`,
    );
  }
  const adjacency = s.adjacency;
  if (adjacency.provinces.length > 0)
    out.info(
      `  ketetanggaan desa provinsi ${adjacency.provinces.join(', ')}: ${n(adjacency.pairs)} pasang tetangga ` +
        `(${(adjacency.ms / 1000).toFixed(1)} s)`,
    );
}

export const importBoundariesCommand: Command = {
  name: 'import boundaries',
  summary: 'Impor batas wilayah (GeoJSON) dan bangun lapisan peta',
  usage: 'kawasan import boundaries <BERKAS.geojson[.gz] | FOLDER> [--dry-run]',
  positionals: true,
  options: { 'dry-run': { type: 'boolean' } },
  help: [
    '  BERKAS     GeoJSON FeatureCollection: properties { kode, nama }, Polygon atau MultiPolygon, WGS 84',
    '             (kode 2, 4, 6 atau 10 digit, bertitik boleh); .geojson, .json, atau terkompresi .gz',
    '  FOLDER     semua berkas GeoJSON di dalamnya (termasuk subfolder), satu per satu',
    '  --dry-run  periksa dan laporkan tanpa menyimpan',
    'Setiap berkas diimpor seluruhnya atau tidak sama sekali; aman diulang. Berkas yang bermasalah',
    'dilaporkan per fitur (indeks dan kode) dan dilewati; berkas lain tetap diimpor.',
    'Sumber batas wilayah: Badan Informasi Geospasial.',
  ],
  async run({ values, positionals }, out) {
    const [path, ...extra] = positionals;
    if (!path || extra.length > 0)
      throw AppError.invalid(
        'path',
        'Sebutkan satu berkas atau folder GeoJSON: kawasan import boundaries <path>.',
      );
    const started = performance.now();
    const dryRun = values['dry-run'] === true;
    const db = await openMigrated(out);
    try {
      out.info(`${dryRun ? 'Uji coba (tidak disimpan): ' : ''}membaca ${path}`);
      const service = createBoundaryImportService({ db, now: () => new Date() });
      const run = await service.importPath(
        { kind: 'system', label: `cli:${userInfo().username}` },
        { path, dryRun, onProgress: (event) => printProgress(out, event) },
      );
      const features = run.imported.reduce((sum, s) => sum + s.features, 0);
      const unplaced = run.imported.reduce((sum, s) => sum + s.unplaced.count, 0);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const peak = Math.round(process.resourceUsage().maxRSS / 1024);
      out.info(
        `${dryRun ? 'Uji coba selesai' : 'Selesai'}: ${n(run.imported.length)} dari ${n(run.files)} berkas, ` +
          `${n(features)} batas wilayah (${n(unplaced)} belum terpetakan), dalam ${seconds} s ` +
          `(memori puncak ${n(peak)} MB).`,
      );
      if (run.failed.length > 0) {
        out.error(
          `${n(run.failed.length)} berkas tidak diimpor: ${run.failed.map((f) => f.label).join(', ')}. ` +
            'Perbaiki lalu jalankan lagi; berkas yang sudah diimpor tidak berubah.',
        );
        return 2;
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};
