/**
 * The ministry's IDM API responses for 10 villages × 2021–2024 (../shared/data/idm-api/), read by
 * meaning. Reported as NOT RUN where that data is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIdmApiResponse } from '../../src/domain/village-index/idm-api.ts';
import { hasSharedData, SHARED_DATA_DIR } from './shared-data.ts';

const dir = join(SHARED_DATA_DIR, 'idm-api');
const files = hasSharedData
  ? readdirSync(dir).flatMap((code) => readdirSync(join(dir, code)).map((f) => ({ code, year: Number(f.slice(0, 4)), path: join(dir, code, f) })))
  : [];

describe.runIf(hasSharedData)('IDM API responses, 10 villages × 4 years', () => {
  it('has the 40 sample files', () => expect(files).toHaveLength(40));

  it.each(files)('$code/$year: all 50 indicators matched, official totals kept, differences explained', ({ code, year, path }) => {
    const result = readIdmApiResponse(JSON.parse(readFileSync(path, 'utf8')), { code, year });
    expect(result.ok, result.ok ? '' : result.problems.join('; ')).toBe(true);
    if (!result.ok) return;
    const { record } = result;
    expect(record).toMatchObject({ code, year });
    expect(record.indicators).toHaveLength(50);
    expect(record.official.status).not.toBeNull();
    expect(Math.abs(record.official.idm - (record.official.iks + record.official.ike + record.official.ikl) / 3)).toBeLessThan(0.0006);
    // Recomputed from the indicator scores, every sample matches its official totals.
    expect(record.consistent, record.notes.join('; ')).toBe(true);
  });

  it('recovers the residents’ internet score in 2024 where the official IKS total pins it down', () => {
    const results = files
      .filter((f) => f.year === 2024)
      .map((f) => readIdmApiResponse(JSON.parse(readFileSync(f.path, 'utf8'))))
      .flatMap((r) => (r.ok ? [r.record] : []));
    const recovered = results.filter((r) => r.indicators.some((i) => i.recovered));
    expect(recovered.map((r) => r.code)).toEqual(['7301042010']);
    expect(recovered[0]!.notes[0]).toMatch(/dipulihkan menjadi 1/);
    const earlier = files
      .filter((f) => f.year < 2024)
      .map((f) => readIdmApiResponse(JSON.parse(readFileSync(f.path, 'utf8'))))
      .flatMap((r) => (r.ok ? [r.record] : []));
    expect(earlier.every((r) => r.indicators.every((i) => !i.recovered))).toBe(true);
  });
});
