/**
 * Imports village index results: the official spreadsheet layout (one file, all-or-nothing) and
 * batches of the ministry's API responses (all-or-nothing per file). Both write through
 * `writeIndexRecords`: one transaction with its audit rows, idempotent, with a report of every
 * record it could not place or that does not add up. Codes missing from the region list are kept
 * and listed with their likely match, never dropped or guessed.
 */
import type { IndexImportReport } from '../../contracts/index-import.contract.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import {
  expectedFromFileName,
  type IdmApiRecord,
  readIdmApiResponse,
} from '../../domain/village-index/idm-api.ts';
import { type IdmSheetRow, readIdmSheet } from '../../domain/village-index/idm-sheet.ts';
import type { AccessDeps } from '../access/account.service.ts';
import type { ApiResponseFile } from './idm-api-source.ts';
import { type IndexRecord, type IndexWrite, writeIndexRecords } from './index-write.ts';

export { INDEX_COPY_COLUMNS, indexRecordToCsv } from './index-write.ts';

/** How many problems of a refused batch are named one by one. */
const MAX_ISSUES = 100;

/** A spreadsheet row as an index record (it carries figures, not indicator scores). */
export function sheetRowToRecord(year: number, r: IdmSheetRow): IndexRecord {
  return {
    year,
    code: r.code,
    name: r.name,
    iks: r.iks,
    ike: r.ike,
    ikl: r.ikl,
    value: r.idm,
    officialStatus: r.status,
    line: r.line,
    file: null,
    computedValue: null,
    notes: null,
    consistent: null,
    indicators: null,
    place: { districtCode: r.districtCode, districtName: r.districtName, regencyName: r.regencyName },
  };
}

/** An API response as an index record: the official totals, and the scores that explain them. */
function apiRecordToRecord(file: string, r: IdmApiRecord): IndexRecord {
  return {
    year: r.year,
    code: r.code,
    name: r.name,
    iks: r.official.iks,
    ike: r.official.ike,
    ikl: r.official.ikl,
    value: r.official.idm,
    officialStatus: r.official.status,
    line: 0,
    file,
    computedValue: r.computed.idm,
    notes: r.notes,
    consistent: r.consistent,
    indicators: r.indicators,
    place: r.place,
  };
}

type Progress = IndexWrite['onProgress'];

export function createIndexImportService({ db, now }: AccessDeps) {
  return {
    /** Imports (or with `dryRun` previews) one official IDM spreadsheet, given its cells. */
    async importIdmSheet(
      actor: Actor | null,
      input: {
        fileName: string;
        cells: readonly (readonly string[])[];
        dryRun?: boolean;
        onProgress?: Progress;
      },
    ): Promise<IndexImportReport> {
      const sheet = readIdmSheet(input.cells);
      if (!sheet.ok) {
        const issues = sheet.issues.map((i) => ({
          field: `baris ${i.line}, kolom ${i.column}`,
          message: i.message,
        }));
        throw new AppError(
          'invalid_input',
          `Berkas ${input.fileName} tidak dapat diimpor (${issues.length} masalah).`,
          issues,
        );
      }
      if (sheet.rows.length === 0)
        throw AppError.invalid('file', `Berkas ${input.fileName} tidak berisi baris data.`);
      return writeIndexRecords(db, actor, now(), {
        kind: 'sheet',
        fileName: input.fileName,
        files: 1,
        records: sheet.rows.map((r) => sheetRowToRecord(sheet.year, r)),
        rejected: [],
        dryRun: input.dryRun ?? false,
        ...(input.onProgress ? { onProgress: input.onProgress } : {}),
      });
    },

    /**
     * Imports (or previews) a batch of ministry API responses. A file that cannot be read, does
     * not parse, promises another desa or year in its name, or repeats a desa-year of an earlier
     * file is rejected whole; the good files are saved together in one transaction.
     */
    async importIdmApi(
      actor: Actor | null,
      input: { fileName: string; files: readonly ApiResponseFile[]; dryRun?: boolean; onProgress?: Progress },
    ): Promise<IndexImportReport> {
      if (input.files.length === 0)
        throw AppError.invalid('file', `${input.fileName} tidak berisi jawaban API IDM.`);
      const rejected: IndexImportReport['rejected']['rows'] = [];
      const records: IndexRecord[] = [];
      const seen = new Map<string, string>();
      for (const file of input.files) {
        if (!file.ok) {
          rejected.push({ file: file.file, problems: [file.problem] });
          continue;
        }
        const result = readIdmApiResponse(file.json, expectedFromFileName(file.file));
        if (!result.ok) {
          rejected.push({ file: file.file, problems: result.problems });
          continue;
        }
        const { code, year } = result.record;
        const earlier = seen.get(`${year}:${code}`);
        if (earlier !== undefined) {
          rejected.push({
            file: file.file,
            problems: [`Desa ${code} tahun ${year} sudah ada di ${earlier}.`],
          });
          continue;
        }
        seen.set(`${year}:${code}`, file.file);
        records.push(apiRecordToRecord(file.file, result.record));
      }
      if (records.length === 0) {
        const issues = rejected
          .slice(0, MAX_ISSUES)
          .map((r) => ({ field: `berkas ${r.file}`, message: r.problems.join(' ') }));
        throw new AppError(
          'invalid_input',
          `Tidak ada jawaban API yang dapat diimpor dari ${input.fileName} (${rejected.length} berkas ditolak).`,
          issues,
        );
      }
      return writeIndexRecords(db, actor, now(), {
        kind: 'api',
        fileName: input.fileName,
        files: input.files.length,
        records,
        rejected,
        dryRun: input.dryRun ?? false,
        ...(input.onProgress ? { onProgress: input.onProgress } : {}),
      });
    },
  };
}
export type IndexImportService = ReturnType<typeof createIndexImportService>;
