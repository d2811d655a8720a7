/**
 * Importing index data in a real browser against the real server: a national administrator
 * picks a sheet, sees the dry run's report (nothing saved yet), saves it, and sees a bad sheet's
 * problems by line and column. On a 360 px phone and a 1366 px laptop.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWebIfStale,
  freePort,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  reportMissingChromium,
  runCli,
  screenshotter,
  startServer,
  stopServer,
  tempDirs,
} from './support';

reportMissingChromium();

const ADMIN = { login: 'admin', name: 'Admin Nasional', password: 'kata-sandi-admin-1' };
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 768 };
const HEADER = 'KODE_DESA,NAMA_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024';
/** Tambakreja (Cilacap) with a new value, and a code the region list does not have. */
const SHEET = [
  'Data IDM 2024 — perbaikan',
  HEADER,
  '3301012001,TAMBAKREJA,"0,9",0.9,0.9,0.9000,MANDIRI',
  '3301012999,DESA BARU,0.5,0.5,0.5,0.5000,TERTINGGAL',
].join('\n');
const BAD_SHEET = [HEADER, '3301012001,TAMBAKREJA,tinggi,0.9,0.9,0.9,MANDIRI'].join('\n');

describe.runIf(hasChromium)('importing index data in Chromium', () => {
  const temp = tempDirs();
  const shotsDir = mkdtempSync(join(tmpdir(), 'kawasan-e2e-import-'));
  let server: ChildProcess | undefined;
  let base = '';
  let context: BrowserContext;
  let page: Page;
  let screenshot: (name: string) => Promise<string>;

  const idm2024Of = async (code: string) => {
    const res = await fetch(`${base}/api/regions/${code}/index`);
    const body = (await res.json()) as { results: { year: number; value: number | null }[] };
    return body.results.find((r) => r.year === 2024)?.value ?? null;
  };
  const pick = (name: string, text: string) =>
    page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

  const screenshotBoth = async (name: string) => {
    for (const [size, viewport] of [
      ['360', PHONE],
      ['1366', DESKTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(250);
      if (size === '360') {
        expect(await horizontalOverflow(page), `horizontal overflow on ${name}`).toBeLessThanOrEqual(0);
      }
      await screenshot(`${name}-${size}`);
    }
  };

  beforeAll(async () => {
    buildWebIfStale();
    const dataDir = temp.make('kawasan-e2e-data-');
    runCli(
      ['user', 'create', '--username', ADMIN.login, '--name', ADMIN.name, '--role', 'national'],
      dataDir,
      `${ADMIN.password}\n`,
    );
    const started = await startServer(await freePort(), dataDir);
    server = started.child;
    base = started.base;
    ({ context, page } = await launchBrowser(temp.make('kawasan-e2e-chromium-'), DESKTOP));
    screenshot = screenshotter(page, shotsDir);
  });

  afterAll(async () => {
    await context?.close();
    await stopServer(server);
    temp.removeAll();
    console.log(`screenshots kept in ${shotsDir}`);
  });

  it('finds the import page in the account menu', async () => {
    await page.goto(`${base}/masuk`);
    await page.getByRole('textbox', { name: 'Nama pengguna atau email' }).fill(ADMIN.login);
    await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
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
