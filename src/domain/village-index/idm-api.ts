/**
 * Reads one response of the ministry's IDM API (`/open/api/desa/rumusan/{kode}/{tahun}`):
 * `{ status, error, mapData: { SUMMARIES, ROW[], IDENTITAS[] } }`, any year from 2021.
 *
 * Indicator rows are matched by their wording, not their position (both change between years).
 * The official totals are kept as published; the scores are recomputed with the scheme, and any
 * difference is explained. Known quirk: in 2024 the API copied the village office's internet
 * score into the residents' internet score; where the official IKS total allows only one value,
 * that value is recovered and the row is marked as recovered.
 */
import { parseRegionCode } from '../region-code.ts';
import {
  agreesTo4Decimals,
  computeIdm,
  type IdmResult,
  type IdmScores,
  parseIdmStatus,
  round4,
} from './idm.scheme.ts';
import type { IdmDimensionKey, IdmStatus } from './idm.types.ts';
import { IDM_INDICATORS } from './idm-indicators.ts';

export interface IdmApiIndicatorRow {
  code: string;
  score: number;
  /** The ministry's description of the current condition, its recommended activity and who acts. */
  condition: string | null;
  activity: string | null;
  actors: Partial<Record<'pusat' | 'provinsi' | 'kabupaten' | 'desa' | 'csr' | 'lainnya', string>>;
  /** True where the score was recovered from the official total (the 2024 internet quirk). */
  recovered: boolean;
}

export interface IdmApiRecord {
  code: string;
  name: string;
  year: number;
  official: { iks: number; ike: number; ikl: number; idm: number; status: IdmStatus | null };
  computed: IdmResult;
  indicators: IdmApiIndicatorRow[];
  /** Explanations of every difference between the official totals and the recomputed ones. */
  notes: string[];
  /** Whether the recomputed sub-indices match the official ones (to 4 decimals). */
  consistent: boolean;
  /** Where the ministry places the desa (IDENTITAS): helps find it when its code is not in the region list. */
  place: { districtCode: string | null; districtName: string | null; regencyName: string | null };
}

export type IdmApiResult = { ok: true; record: IdmApiRecord } | { ok: false; problems: string[] };

const normalise = (label: string) =>
  label
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^skor /, '');
const BY_LABEL = new Map(IDM_INDICATORS.map((i) => [normalise(i.apiLabel), i]));
const INTERNET_OFFICE = 'IKS30_INTERNET_KANTOR_DESA';
const INTERNET_RESIDENTS = 'IKS31_INTERNET_WARGA';
const MAX: Record<IdmDimensionKey, number> = { IKS: 175, IKE: 60, IKL: 15 };

/** One ROW entry as the API may send it: nothing in it is trusted. */
interface RawRow {
  NO?: unknown;
  INDIKATOR?: unknown;
  SKOR?: unknown;
  KETERANGAN?: unknown;
  KEGIATAN?: unknown;
  PUSAT?: unknown;
  PROV?: unknown;
  KAB?: unknown;
  DESA?: unknown;
  CSR?: unknown;
  LAINNYA?: unknown;
}

/**
 * Drops control characters other than tab and line breaks: PostgreSQL text cannot hold NUL, and
 * the import compares texts joined by other control characters.
 */
function withoutControls(s: string): string {
  let clean = true;
  for (let i = 0; i < s.length && clean; i++) {
    const c = s.charCodeAt(i);
    clean = c >= 32 || c === 9 || c === 10 || c === 13;
  }
  if (clean) return s;
  return [...s]
    .filter((ch) => {
      const c = ch.charCodeAt(0);
      return c >= 32 || c === 9 || c === 10 || c === 13;
    })
    .join('');
}

/** A cell as text; the API writes numbers, nulls and `-` for "nothing" in the same columns. */
function text(v: unknown): string | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const t = withoutControls(String(v)).trim().replace(/\s+/g, ' ');
  return t === '' || t === '-' ? null : t;
}

function actorsOf(row: RawRow): IdmApiIndicatorRow['actors'] {
  const pairs = [
    ['pusat', row.PUSAT],
    ['provinsi', row.PROV],
    ['kabupaten', row.KAB],
    ['desa', row.DESA],
    ['csr', row.CSR],
    ['lainnya', row.LAINNYA],
  ] as const;
  return Object.fromEntries(pairs.flatMap(([k, v]) => (text(v) ? [[k, text(v)!]] : [])));
}

/** Parses one API response; `expected` guards against a file saved under the wrong name. */
export function readIdmApiResponse(
  json: unknown,
  expected: { code?: string; year?: number } = {},
): IdmApiResult {
  const body = json as {
    status?: unknown;
    error?: unknown;
    message?: unknown;
    mapData?: { ROW?: unknown; IDENTITAS?: unknown; SUMMARIES?: { TAHUN?: unknown } | null };
  };
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, problems: ['Bukan objek JSON.'] };
  if (body.error || !body.mapData || typeof body.mapData !== 'object')
    return {
      ok: false,
      problems: [`API menjawab galat: ${text(body.message) ?? `status ${text(body.status) ?? '?'}`}.`],
    };
  if (!Array.isArray(body.mapData.ROW)) return { ok: false, problems: ['mapData.ROW tidak ada.'] };
  const identities = body.mapData.IDENTITAS;
  const identity = (Array.isArray(identities) ? identities[0] : undefined) as
    | Record<string, unknown>
    | undefined;
  const parsedCode = parseRegionCode(text(identity?.id_desa) ?? '');
  const year = Number(body.mapData.SUMMARIES?.TAHUN);
  const problems: string[] = [];
  if (!parsedCode.ok || parsedCode.value.level !== 'village')
    problems.push('IDENTITAS.id_desa bukan kode desa 10 digit.');
  if (!Number.isInteger(year) || year < 2021) problems.push('SUMMARIES.TAHUN tidak ada atau sebelum 2021.');
  if (problems.length) return { ok: false, problems };
  const code = (parsedCode as Extract<typeof parsedCode, { ok: true }>).value.code;
  if (expected.code && expected.code !== code)
    problems.push(`Berkas untuk desa ${expected.code} berisi desa ${code}.`);
  if (expected.year && expected.year !== year)
    problems.push(`Berkas untuk tahun ${expected.year} berisi tahun ${year}.`);

  const scores: Record<string, number> = {};
  const rows: IdmApiIndicatorRow[] = [];
  const totals: Partial<Record<'IKS' | 'IKE' | 'IKL' | 'IDM' | 'STATUS', unknown>> = {};
  for (const item of body.mapData.ROW as unknown[]) {
    if (!item || typeof item !== 'object') {
      problems.push('Baris ROW yang bukan objek.');
      continue;
    }
    const row = item as RawRow;
    const label = text(row.INDIKATOR) ?? '';
    if (row.NO === null || row.NO === undefined) {
      const key = normalise(label)
        .replace(/ \d{4}$/, '')
        .replace('status idm', 'STATUS')
        .toUpperCase();
      if (['IKS', 'IKE', 'IKL', 'IDM', 'STATUS'].includes(key)) totals[key as keyof typeof totals] = row.SKOR;
      continue;
    }
    const indicator = BY_LABEL.get(normalise(label));
    const scoreText = text(row.SKOR);
    const score = scoreText === null ? Number.NaN : Number(scoreText);
    if (!indicator) problems.push(`Indikator "${label}" tidak dikenal.`);
    else if (!Number.isInteger(score) || !Object.hasOwn(indicator.rubric, String(score)))
      problems.push(`${indicator.code}: skor ${scoreText ?? '(kosong)'} tidak sah.`);
    else if (scores[indicator.code] !== undefined) problems.push(`${indicator.code} muncul dua kali.`);
    else {
      scores[indicator.code] = score;
      rows.push({
        code: indicator.code,
        score,
        condition: text(row.KETERANGAN),
        activity: text(row.KEGIATAN),
        actors: actorsOf(row),
        recovered: false,
      });
    }
  }
  const missing = IDM_INDICATORS.filter((i) => scores[i.code] === undefined).map((i) => i.code);
  if (missing.length) problems.push(`Indikator tidak ada: ${missing.join(', ')}.`);
  const total = (key: 'IKS' | 'IKE' | 'IKL' | 'IDM') => {
    const value = text(totals[key]);
    return value === null ? Number.NaN : Number(value);
  };
  const official = {
    iks: total('IKS'),
    ike: total('IKE'),
    ikl: total('IKL'),
    idm: total('IDM'),
    status: parseIdmStatus(text(totals.STATUS) ?? ''),
  };
  if ([official.iks, official.ike, official.ikl, official.idm].some((v) => !Number.isFinite(v))) {
    problems.push('Baris ringkasan IKS/IKE/IKL/IDM tidak lengkap.');
  } else if ([official.iks, official.ike, official.ikl, official.idm].some((v) => v < 0 || v > 1)) {
    problems.push('Nilai ringkasan IKS/IKE/IKL/IDM di luar 0–1.');
  }
  if (problems.length) return { ok: false, problems };

  const notes: string[] = [];
  recoverInternetQuirk(year, scores, rows, official.iks, notes);
  const computed = computeIdm(scores as IdmScores);
  const differs = (['iks', 'ike', 'ikl'] as const).filter(
    (k) => !agreesTo4Decimals(computed[k], round4(official[k])),
  );
  for (const k of differs) {
    notes.push(
      `${k.toUpperCase()} resmi ${round4(official[k])} ≠ ${computed[k]} dari skor indikator; nilai resmi yang disimpan.`,
    );
  }
  return {
    ok: true,
    record: {
      code,
      name: text(identity?.nama_desa) ?? code,
      year,
      official: {
        ...official,
        iks: round4(official.iks),
        ike: round4(official.ike),
        ikl: round4(official.ikl),
        idm: round4(official.idm),
      },
      computed,
      indicators: rows,
      notes,
      consistent: differs.length === 0,
      place: {
        districtCode: districtCodeOf(text(identity?.id_kecamatan)),
        districtName: text(identity?.nama_kecamatan),
        regencyName: text(identity?.nama_kab_kota),
      },
    },
  };
}

function districtCodeOf(value: string | null): string | null {
  const parsed = parseRegionCode(value ?? '');
  return parsed.ok && parsed.value.level === 'district' ? parsed.value.code : null;
}

/**
 * The desa and year a file name promises: `<kode_desa>/<tahun>.json`, `<tahun>/<kode_desa>.json`,
 * `<kode_desa>_<tahun>.json` or `<kode_desa>-<tahun>.json` (codes with or without dots). Anything
 * else promises nothing, and the response is taken as it is.
 */
export function expectedFromFileName(path: string): { code?: string; year?: number } {
  const parts = path.replaceAll('\\', '/').split('/').filter(Boolean);
  const stem = (parts.at(-1) ?? '').replace(/\.json$/i, '');
  const parent = parts.at(-2) ?? '';
  const desa = (s: string) => {
    const parsed = parseRegionCode(s);
    return parsed.ok && parsed.value.level === 'village' ? parsed.value.code : undefined;
  };
  const year = (s: string) => (/^(20\d\d)$/.test(s) ? Number(s) : undefined);
  const joined = /^([\d.]+)[_-](\d{4})$/.exec(stem);
  const result: { code?: string; year?: number } = {};
  if (joined) {
    const code = desa(joined[1]!);
    const y = year(joined[2]!);
    if (code) result.code = code;
    if (y) result.year = y;
  } else if (desa(stem)) {
    result.code = desa(stem)!;
    if (year(parent)) result.year = year(parent)!;
  } else if (year(stem)) {
    result.year = year(stem)!;
    if (desa(parent)) result.code = desa(parent)!;
  }
  return result;
}

function recoverInternetQuirk(
  year: number,
  scores: Record<string, number>,
  rows: IdmApiIndicatorRow[],
  officialIks: number,
  notes: string[],
) {
  if (year !== 2024 || scores[INTERNET_RESIDENTS] !== scores[INTERNET_OFFICE]) return;
  const others = IDM_INDICATORS.filter((i) => i.dimension === 'IKS' && i.code !== INTERNET_RESIDENTS).reduce(
    (s, i) => s + scores[i.code]!,
    0,
  );
  const implied = Math.round(officialIks * MAX.IKS) - others;
  const rubric = IDM_INDICATORS.find((i) => i.code === INTERNET_RESIDENTS)!.rubric;
  if (implied === scores[INTERNET_RESIDENTS] || !Object.hasOwn(rubric, String(implied))) return;
  notes.push(
    `Skor internet warga ${scores[INTERNET_RESIDENTS]} (salinan skor internet kantor desa di API 2024) dipulihkan menjadi ${implied} dari total IKS resmi.`,
  );
  scores[INTERNET_RESIDENTS] = implied;
  const row = rows.find((r) => r.code === INTERNET_RESIDENTS)!;
  row.score = implied;
  row.recovered = true;
}
