/**
 * Reads the official IDM spreadsheet layout (sheet "IDM <year>", also published as CSV):
 * `KODE_PROV … KODE_DESA, NAMA_DESA, IKS_<year>, IKE_<year>, IKL_<year>, NILAI_IDM_<year>,
 * STATUS_IDM_<year>`. Tolerates title rows above the header, numbers stored as text, decimal
 * commas and stray spaces. Pure: it takes the cells and reports every problem by line and column.
 * The optional KODE_KEC, NAMA_KEC and NAMA_KAB columns are kept to suggest the likely current desa
 * of a code missing from the region list; they are never checked against it.
 */
import { parseRegionCode } from '../region-code.ts';
import { parseIdmStatus } from './idm.scheme.ts';
import type { IdmStatus } from './idm.types.ts';

export interface IdmSheetRow {
  /** 1-based line in the file, for provenance and reports. */
  line: number;
  code: string;
  name: string;
  iks: number | null;
  ike: number | null;
  ikl: number | null;
  idm: number | null;
  status: IdmStatus | null;
  /** KODE_KEC when the sheet has it and it is a kecamatan code, else null. */
  districtCode: string | null;
  /** NAMA_KEC and NAMA_KAB when the sheet has them (trimmed, single-spaced), else null. */
  districtName: string | null;
  regencyName: string | null;
}

export interface IdmSheetIssue {
  line: number;
  column: string;
  message: string;
}

export type IdmSheet =
  | { ok: true; year: number; rows: IdmSheetRow[] }
  | { ok: false; issues: IdmSheetIssue[] };

/** How far down a title block may push the header. */
export const HEADER_SEARCH_ROWS = 20;
const MAX_ISSUES = 100;
const SCORE_KEYS = ['IKS', 'IKE', 'IKL', 'NILAI_IDM'] as const;

/** `" Kode Desa "` → `KODE_DESA`. */
function headerKey(cell: string): string {
  return cell
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * A number written any way a spreadsheet writes it: `0.7444`, `0,7444`, `" 0.7444 "`, `'0.7444`.
 * Empty is null; anything else that is not a number is undefined.
 */
export function parseSheetNumber(cell: string | undefined): number | null | undefined {
  const text = (cell ?? '').replace(/[\s\u00a0']/g, '');
  if (text === '' || text === '-') return null;
  const normalised = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normalised)) return undefined;
  return Number(normalised);
}

/** The 0-based index of the header row (the one naming KODE_DESA) among the first rows; -1 if none. */
export function findHeaderRow(cells: readonly (readonly string[])[]): number {
  return cells.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => row.some((c) => headerKey(c) === 'KODE_DESA'));
}

function districtCodeOf(text: string | null): string | null {
  if (text === null) return null;
  const parsed = parseRegionCode(text.replace(/\s/g, ''));
  return parsed.ok && parsed.value.level === 'district' ? parsed.value.code : null;
}

export function readIdmSheet(cells: readonly (readonly string[])[]): IdmSheet {
  const issues: IdmSheetIssue[] = [];
  const report = (line: number, column: string, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ line, column, message });
  };

  const headerIndex = findHeaderRow(cells);
  if (headerIndex === -1) {
    return {
      ok: false,
      issues: [
        { line: 1, column: 'KODE_DESA', message: 'Baris judul kolom dengan KODE_DESA tidak ditemukan.' },
      ],
    };
  }
  const header = cells[headerIndex]!.map(headerKey);
  const headerLine = headerIndex + 1;
  const years = new Set(
    header.flatMap((h) => {
      const match = /^(IKS|IKE|IKL|NILAI_IDM|STATUS_IDM)_(\d{4})$/.exec(h);
      return match ? [Number(match[2])] : [];
    }),
  );
  if (years.size !== 1) {
    const message =
      years.size === 0
        ? 'Tidak ada kolom IKS_<tahun> … STATUS_IDM_<tahun>.'
        : `Kolom memuat beberapa tahun: ${[...years].join(', ')}.`;
    return { ok: false, issues: [{ line: headerLine, column: 'IKS_<tahun>', message }] };
  }
  const year = [...years][0]!;
  const column = (name: string) => header.indexOf(name);
  const required = ['KODE_DESA', 'NAMA_DESA', ...SCORE_KEYS.map((k) => `${k}_${year}`), `STATUS_IDM_${year}`];
  const missing = required.filter((name) => column(name) === -1);
  if (missing.length) {
    return {
      ok: false,
      issues: missing.map((name) => ({ line: headerLine, column: name, message: 'Kolom wajib tidak ada.' })),
    };
  }

  const optional = (name: string) => {
    const index = column(name);
    return (i: number) => {
      const text = index === -1 ? '' : (cells[i]![index] ?? '').trim().replace(/\s+/g, ' ');
      return text === '' ? null : text;
    };
  };
  const districtCodeAt = optional('KODE_KEC');
  const districtNameAt = optional('NAMA_KEC');
  const regencyNameAt = optional('NAMA_KAB');

  const rows: IdmSheetRow[] = [];
  const seen = new Map<string, number>();
  for (let i = headerIndex + 1; i < cells.length; i++) {
    const cell = (name: string) => cells[i]![column(name)] ?? '';
    const line = i + 1;
    if (cells[i]!.every((c) => c.trim() === '')) continue;
    const rawCode = cell('KODE_DESA').replace(/\s/g, '');
    const parsed = parseRegionCode(rawCode);
    if (!parsed.ok || parsed.value.level !== 'village') {
      report(
        line,
        'KODE_DESA',
        parsed.ok ? `Bukan kode desa 10 digit: ${rawCode}.` : `${parsed.message} (nilai: "${rawCode}")`,
      );
      continue;
    }
    const code = parsed.value.code;
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      report(line, 'KODE_DESA', `Kode ${code} sudah ada di baris ${earlier}.`);
      continue;
    }
    seen.set(code, line);
    const values: Partial<Record<(typeof SCORE_KEYS)[number], number | null>> = {};
    for (const key of SCORE_KEYS) {
      const name = `${key}_${year}`;
      const value = parseSheetNumber(cell(name));
      if (value === undefined || (value !== null && (value < 0 || value > 1))) {
        report(line, name, `Nilai "${cell(name).trim()}" bukan angka antara 0 dan 1.`);
      } else values[key] = value;
    }
    const statusText = cell(`STATUS_IDM_${year}`).trim();
    const status = statusText === '' ? null : parseIdmStatus(statusText);
    if (statusText !== '' && status === null)
      report(line, `STATUS_IDM_${year}`, `Status "${statusText}" tidak dikenal.`);
    if (Object.keys(values).length !== SCORE_KEYS.length || (statusText !== '' && status === null)) continue;
    rows.push({
      line,
      code,
      name: cell('NAMA_DESA').trim().replace(/\s+/g, ' '),
      iks: values.IKS!,
      ike: values.IKE!,
      ikl: values.IKL!,
      idm: values.NILAI_IDM!,
      status,
      districtCode: districtCodeOf(districtCodeAt(i)),
      districtName: districtNameAt(i),
      regencyName: regencyNameAt(i),
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, year, rows };
}
