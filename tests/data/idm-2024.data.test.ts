/**
 * Checks the IDM scheme against the official 2024 results for all 75,265 desa
 * (../shared/data/idm/idm-2024.csv.gz). Reported as NOT RUN where that data is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/csv.ts';
import { idmFromSubIndices, idmStatus, parseIdmStatus, round4 } from '../../src/domain/village-index/idm.scheme.ts';
import { hasSharedData, SHARED_DATA_DIR } from './shared-data.ts';

describe.runIf(hasSharedData)('IDM 2024, every desa in the country', () => {
  const rows = hasSharedData ? parseCsv(gunzipSync(readFileSync(join(SHARED_DATA_DIR, 'idm/idm-2024.csv.gz'))).toString('utf8')) : [];
  const header = rows[0] ?? [];
  const col = (name: string) => header.indexOf(name);
  const records = rows.slice(1).map((r) => ({
    code: r[col('KODE_DESA')]!,
    iks: Number(r[col('IKS_2024')]),
    ike: Number(r[col('IKE_2024')]),
    ikl: Number(r[col('IKL_2024')]),
    idm: Number(r[col('NILAI_IDM_2024')]),
    status: parseIdmStatus(r[col('STATUS_IDM_2024')] ?? ''),
    scored: (r[col('NILAI_IDM_2024')] ?? '').trim() !== '',
  }));
  const scored = records.filter((r) => r.scored);

  it('has the published number of villages, four of them unscored', () => {
    expect(records).toHaveLength(75_265);
    expect(records.length - scored.length).toBe(4);
  });

  it('recomputes the official status for every desa but 6213062003', () => {
    const disagree = scored.filter((r) => idmStatus(r.idm) !== r.status).map((r) => r.code);
    expect(disagree).toEqual(['6213062003']);
  });

  it('finds the IDM to be the mean of the three sub-indices, to rounding', () => {
    const off = scored.filter((r) => Math.abs(idmFromSubIndices(r.iks, r.ike, r.ikl).idm - r.idm) > 0.0006);
    expect(off).toEqual([]);
  });

  it('reproduces the national means and status counts', () => {
    const mean = (key: 'idm' | 'iks' | 'ike' | 'ikl') => round4(scored.reduce((s, r) => s + r[key], 0) / scored.length);
    expect([mean('idm'), mean('iks'), mean('ike'), mean('ikl')]).toEqual([0.712, 0.7662, 0.6198, 0.7502]);
    const counts: Record<string, number> = {};
    for (const r of scored) counts[r.status ?? 'none'] = (counts[r.status ?? 'none'] ?? 0) + 1;
    expect(counts).toEqual({ mandiri: 17_203, maju: 23_063, berkembang: 24_532, tertinggal: 6_100, sangat_tertinggal: 4_363 });
  });
});

describe.runIf(hasSharedData)('the official 2024 file through the spreadsheet reader', () => {
  it('reads every row with no problem, four of them unscored', async () => {
    const { readIdmSheet } = await import('../../src/domain/village-index/idm-sheet.ts');
    const text = gunzipSync(readFileSync(join(SHARED_DATA_DIR, 'idm/idm-2024.csv.gz'))).toString('utf8');
    const sheet = readIdmSheet(parseCsv(text));
    expect(sheet.ok).toBe(true);
    if (!sheet.ok) return;
    expect(sheet.year).toBe(2024);
    expect(sheet.rows).toHaveLength(75_265);
    expect(sheet.rows.filter((r) => r.idm === null)).toHaveLength(4);
  });
});
