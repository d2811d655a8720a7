/**
 * Importing index data in a real browser against the real server: a national administrator
 * picks a sheet, sees the dry run's report (nothing saved yet), saves it, and sees a bad sheet's
 * problems by line and column. On a 360 px phone and a 1366 px laptop.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idmSheetHeader } from '../../src/services/village-index/testing.ts';
import {
  ADMIN,
  createAdmin,
  DESKTOP,
  type E2eApp,
  hasChromium,
  reportMissingChromium,
  signIn,
  startApp,
} from './support';

reportMissingChromium();

const HEADER = idmSheetHeader().join(',');
/** Tambakreja (Cilacap) with a new value, and a code the region list does not have. */
const SHEET = [
  'Data IDM 2024 — perbaikan',
  HEADER,
  '3301012001,TAMBAKREJA,"0,9",0.9,0.9,0.9000,MANDIRI',
  '3301012999,DESA BARU,0.5,0.5,0.5,0.5000,TERTINGGAL',
].join('\n');
const BAD_SHEET = [HEADER, '3301012001,TAMBAKREJA,tinggi,0.9,0.9,0.9,MANDIRI'].join('\n');

describe.runIf(hasChromium)('importing index data in Chromium', () => {
  let app: E2eApp | undefined;
  let base = '';
  let page: Page;
  let screenshotBoth: E2eApp['screenshotBoth'];

  const idm2024Of = async (code: string) => {
    const res = await fetch(`${base}/api/regions/${code}/index`);
    const body = (await res.json()) as { results: { year: number; value: number | null }[] };
    return body.results.find((r) => r.year === 2024)?.value ?? null;
  };
  const pick = (name: string, text: string) =>
    page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

  beforeAll(async () => {
    app = await startApp({ name: 'import', viewport: DESKTOP, prepare: createAdmin });
    ({ base, page, screenshotBoth } = app);
  });
  afterAll(() => app?.close());

  it('finds the import page in the account menu', async () => {
    await page.goto(`${base}/masuk`);
    await signIn(page, ADMIN.login, ADMIN.password);
    await page.getByRole('heading', { level: 1, name: 'Akun saya' }).waitFor();
    await page.getByRole('button', { name: `Menu akun: ${ADMIN.name}` }).click();
    await page.getByRole('menuitem', { name: 'Impor data indeks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impor data indeks desa' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/indeks/impor');
    await screenshotBoth('import-empty');
  });

  it('checks a sheet without saving, shows the report, then saves it', async () => {
    const before = await idm2024Of('3301012001');
    expect(before).not.toBe(0.9);
    await pick('perbaikan-cilacap.csv', SHEET);
    await page.getByTestId('import-dry-run').waitFor();
    expect(await page.getByTestId('count-rows').textContent()).toContain('2');
    expect(await page.getByTestId('count-updated').textContent()).toContain('1');
    expect(await page.getByTestId('report-unplaced').textContent()).toContain('3301012999');
    expect(await idm2024Of('3301012001')).toBe(before); // a dry run saves nothing
    await screenshotBoth('import-dry-run');

    await page.getByTestId('import-save').click();
    await page.getByTestId('import-saved').waitFor();
    expect(await page.getByTestId('import-report').getAttribute('data-dry-run')).toBe('false');
    expect(await idm2024Of('3301012001')).toBe(0.9);
    await screenshotBoth('import-saved');
  });

  it('lists a bad sheet’s problems by line and column', async () => {
    await page.getByTestId('import-reset').click();
    await pick('rusak.csv', BAD_SHEET);
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('baris 2, kolom IKS_2024');
    await screenshotBoth('import-problems');
  });
});
