import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { IndexImportReport } from '../../contracts/index-import.contract.ts';
import { readApiResponsesFromPath } from '../../services/village-index/idm-api-source.ts';
import { createIndexImportService } from '../../services/village-index/index-import.service.ts';
import { BUNDLED_IDM_FILE, readSheetFile } from '../../services/village-index/index-source.ts';
import type { Command } from '../command.ts';
import { openMigrated } from '../runtime.ts';

const n = (x: number) => x.toLocaleString('id-ID');
const more = (shown: number, count: number) =>
  count > shown ? [`  … dan ${n(count - shown)} lainnya (laporan mencantumkan ${n(shown)} pertama).`] : [];

/** The whole report, every section that has something in it. */
function reportLines(r: IndexImportReport): string[] {
  const lines: string[] = [];
  const prefix = r.dryRun ? 'Uji coba (tidak disimpan): ' : '';
  const changes = `${n(r.inserted)} baru, ${n(r.updated)} diubah, ${n(r.unchanged)} tetap.`;
  const years = r.years.join(', ');
  lines.push(
    r.kind === 'sheet'
      ? `${prefix}IDM ${years} dari ${r.fileName}: ${n(r.rows)} baris (${n(r.unscored)} tanpa nilai) — ${changes}`
      : `${prefix}IDM ${years} dari ${r.fileName}: ${n(r.files)} berkas, ${n(r.rows)} desa-tahun ` +
          `(${n(r.unscored)} tanpa nilai) — ${changes}`,
  );
  if (r.unplaced.count > 0) {
    lines.push(
      `${n(r.unplaced.count)} kode desa tidak ada di daftar wilayah (disimpan, ditandai belum terpetakan); ` +
        `${n(r.unplaced.withCandidate)} dengan kemungkinan padanan, yang tidak diterapkan ke data:`,
    );
    for (const u of r.unplaced.rows) {
      const where = u.line !== null ? `baris ${u.line}` : (u.file ?? '');
      const match = u.candidate
        ? `→ ${u.candidate.codeDotted} ${u.candidate.name}: ${u.candidate.basis}` +
          (u.candidate.alsoInImport ? ' Kode itu juga punya baris sendiri dalam impor ini.' : '')
        : `→ tanpa padanan: ${u.noCandidateReason ?? ''}`;
      lines.push(`  ${u.code} ${u.name} (${u.year}, ${where}) ${match}`);
    }
    lines.push(...more(r.unplaced.rows.length, r.unplaced.count));
  }
  if (r.disagreements.count > 0) {
    lines.push(`${n(r.disagreements.count)} desa berstatus resmi berbeda dari hasil hitung ulang:`);
    for (const d of r.disagreements.rows)
      lines.push(`  ${d.code} (${d.year}): IDM ${d.value}, resmi ${d.official}, dihitung ${d.computed}`);
    lines.push(...more(r.disagreements.rows.length, r.disagreements.count));
  }
  if (r.inconsistent.count > 0) {
    lines.push(
      `${n(r.inconsistent.count)} desa-tahun dengan skor indikator yang tidak cocok dengan total resmi (total resmi disimpan):`,
    );
    for (const i of r.inconsistent.rows)
      lines.push(`  ${i.code} (${i.year}, ${i.file ?? ''}): ${i.notes.join(' ')}`);
    lines.push(...more(r.inconsistent.rows.length, r.inconsistent.count));
  }
  if (r.rejected.count > 0) {
    lines.push(`${n(r.rejected.count)} berkas ditolak (tidak ada datanya yang disimpan):`);
    for (const f of r.rejected.rows) lines.push(`  ${f.file}: ${f.problems.join(' ')}`);
    lines.push(...more(r.rejected.rows.length, r.rejected.count));
  }
  return lines;
}

/** A folder, a .json or a .zip holds API responses; anything else is a spreadsheet. */
async function isApiSource(path: string): Promise<boolean> {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json') || lower.endsWith('.zip')) return true;
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

export const importIdmCommand: Command = {
  name: 'import idm',
  summary: 'Impor nilai IDM dari berkas resmi (XLSX/CSV) atau jawaban API IDM, atau data IDM 2024 bawaan',
  usage: 'kawasan import idm [--file BERKAS|FOLDER] [--dry-run]',
  options: { file: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  help: [
    '  --file     lembar IDM resmi (.xlsx, .csv atau .csv.gz) dengan kolom KODE_DESA, NAMA_DESA,',
    '             IKS_<tahun>, IKE_<tahun>, IKL_<tahun>, NILAI_IDM_<tahun>, STATUS_IDM_<tahun> (baris',
    '             judul di atasnya boleh ada; KODE_KEC, NAMA_KEC, NAMA_KAB membantu mencari padanan kode',
    '             yang tidak dikenal), atau jawaban API IDM Kemendesa: satu berkas .json, folder berisi',
    '             <kode_desa>/<tahun>.json (dibaca sampai ke subfolder), atau arsip .zip berisi berkas itu',
    '             tanpa --file: data IDM 2024 seluruh desa yang ikut terpasang',
    '  --dry-run  periksa dan laporkan tanpa menyimpan',
    'Lembar diimpor seluruhnya atau tidak sama sekali. Jawaban API diimpor per berkas: berkas yang',
    'rusak ditolak seluruhnya, yang baik disimpan bersama. Aman diulang.',
  ],
  async run({ values }, out) {
    const started = performance.now();
    const path = (values.file as string | undefined) ?? BUNDLED_IDM_FILE;
    const dryRun = values['dry-run'] === true;
    const actor = { kind: 'system', label: `cli:${userInfo().username}` } as const;
    const phase = (p: 'write' | 'match') =>
      out.info(
        p === 'write' ? '[2/3] Memeriksa dan menyimpan' : '[3/3] Mencari padanan kode yang tidak dikenal',
      );
    let shown = 0;
    // Big folders take a while to read: say how far it got, about every tenth.
    const readProgress = (read: number, total: number) => {
      if (total >= 1000 && (read === total || read - shown >= Math.ceil(total / 10))) {
        shown = read;
        out.info(`  ${n(read)} dari ${n(total)} berkas dibaca`);
      }
    };
    out.info(`[1/3] Membaca ${path}`);
    // Read the whole source before opening the database, so a bad file costs no migration check.
    const source = (await isApiSource(path))
      ? { kind: 'api' as const, batch: await readApiResponsesFromPath(path, { onProgress: readProgress }) }
      : { kind: 'sheet' as const, sheet: await readSheetFile(path) };
    const db = await openMigrated(out);
    let report: IndexImportReport;
    try {
      const service = createIndexImportService({ db, now: () => new Date() });
      if (source.kind === 'api') {
        out.info(`  ${n(source.batch.files.length)} berkas JSON`);
        report = await service.importIdmApi(actor, { ...source.batch, dryRun, onProgress: phase });
      } else {
        const { fileName, cells } = source.sheet;
        out.info(`  ${n(Math.max(0, cells.length - 1))} baris`);
        report = await service.importIdmSheet(actor, { fileName, cells, dryRun, onProgress: phase });
      }
    } finally {
      await db.close();
    }
    for (const line of reportLines(report)) out.info(line);
    out.info(`Selesai dalam ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  },
};
