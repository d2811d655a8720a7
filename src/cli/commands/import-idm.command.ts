import { userInfo } from 'node:os';
import {
  createIndexImportService,
  type IndexImportSummary,
} from '../../services/village-index/index-import.service.ts';
import { BUNDLED_IDM_FILE, readSheetFile } from '../../services/village-index/index-source.ts';
import type { Command } from '../command.ts';
import { type Output, openMigrated } from '../runtime.ts';

function printSummary(out: Output, s: IndexImportSummary) {
  const n = (x: number) => x.toLocaleString('id-ID');
  out.info(
    `${s.dryRun ? 'Uji coba (tidak disimpan): ' : ''}IDM ${s.year} dari ${s.fileName}: ${n(s.rows)} baris ` +
      `(${n(s.unscored)} tanpa nilai) — ${n(s.inserted)} baru, ${n(s.updated)} diubah, ${n(s.unchanged)} tetap.`,
  );
  if (s.unplaced.count > 0) {
    out.info(
      `${n(s.unplaced.count)} kode desa tidak ada di daftar wilayah (disimpan, ditandai belum terpetakan):`,
    );
    out.info(`  ${s.unplaced.codes.join(', ')}${s.unplaced.count > s.unplaced.codes.length ? ', …' : ''}`);
  }
  if (s.disagreements.count > 0) {
    out.info(`${n(s.disagreements.count)} desa berstatus resmi berbeda dari hasil hitung ulang:`);
    for (const d of s.disagreements.rows)
      out.info(`  ${d.code}: IDM ${d.value}, resmi ${d.official}, dihitung ${d.computed}`);
  }
}

export const importIdmCommand: Command = {
  name: 'import idm',
  summary: 'Impor nilai IDM dari berkas resmi (CSV), atau data IDM 2024 bawaan',
  usage: 'kawasan import idm [--file BERKAS.csv] [--dry-run]',
  options: { file: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  help: [
    '  --file     berkas dengan kolom KODE_DESA, NAMA_DESA, IKS_<tahun>, IKE_<tahun>, IKL_<tahun>,',
    '             NILAI_IDM_<tahun>, STATUS_IDM_<tahun> (baris judul di atasnya boleh ada; .csv atau .csv.gz)',
    '             tanpa --file: data IDM 2024 seluruh desa yang ikut terpasang',
    '  --dry-run  periksa dan laporkan tanpa menyimpan',
    'Satu berkas diimpor seluruhnya atau tidak sama sekali; aman diulang.',
  ],
  async run({ values }, out) {
    const started = performance.now();
    const path = (values.file as string | undefined) ?? BUNDLED_IDM_FILE;
    out.info(`[1/2] Membaca ${path}`);
    const { fileName, cells } = await readSheetFile(path);
    const db = await openMigrated(out);
    try {
      out.info(`[2/2] Memeriksa dan menyimpan ${(cells.length - 1).toLocaleString('id-ID')} baris`);
      const service = createIndexImportService({ db, now: () => new Date() });
      const summary = await service.importIdmSheet(
        { kind: 'system', label: `cli:${userInfo().username}` },
        { fileName, cells, dryRun: values['dry-run'] === true },
      );
      printSummary(out, summary);
      out.info(`Selesai dalam ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
