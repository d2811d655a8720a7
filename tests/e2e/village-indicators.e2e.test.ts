/**
 * What would raise a desa's score, in a real browser: the ministry's API responses imported with
 * `kawasan import idm`, then the desa page of Muara (Teluknaga) on a phone and on a desktop.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const FIXTURES = fileURLToPath(new URL('../../src/services/village-index/fixtures/idm-api', import.meta.url));

describe.runIf(hasChromium)('a desa page with imported indicator scores', () => {
  const temp = tempDirs();
  const shotsDir = mkdtempSync(join(tmpdir(), 'kawasan-e2e-screenshots-'));
  let server: ChildProcess | undefined;
  let base = '';
  let context: BrowserContext;
  let page: Page;
  let screenshot: (name: string) => Promise<string>;

  beforeAll(async () => {
    buildWebIfStale();
    const dataDir = temp.make('kawasan-e2e-data-');
    runCli(['import', 'wilayah'], dataDir);
    runCli(['import', 'idm', '--file', FIXTURES], dataDir);
    // A desa with a published value but no indicator scores.
    const sheet = join(dataDir, 'idm-2024.csv');
    writeFileSync(
      sheet,
      'KODE_DESA,NAMA_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024\n' +
        '1101012001,KEUDE BAKONGAN,0.8000,0.9000,0.5333,0.7444,MAJU\n',
    );
    runCli(['import', 'idm', '--file', sheet], dataDir);
    const started = await startServer(await freePort(), dataDir);
    server = started.child;
    base = started.base;
    ({ context, page } = await launchBrowser(temp.make('kawasan-e2e-chromium-'), {
      width: 360,
      height: 740,
    }));
    screenshot = screenshotter(page, shotsDir);
  });

  afterAll(async () => {
    await context?.close();
    await stopServer(server);
    temp.removeAll();
    console.log(`screenshots kept in ${shotsDir}`);
  });

  it('lists the weakest indicators by gain, with the activity and who can act, and switches years', async () => {
    await page.goto(`${base}/wilayah/3603132008`);
    const section = page.getByRole('region', { name: 'Yang dapat menaikkan skor desa ini' });
    await section.getByTestId('idm-opportunity').first().waitFor();
    const items = section.getByTestId('idm-opportunity');
    expect(await items.count()).toBe(5);
    const first = items.first();
    expect(await first.getAttribute('data-code')).toBe('IKL01_KUALITAS_LINGKUNGAN');
    expect(await first.textContent()).toContain('+0,0667');
    expect(await first.textContent()).toContain('Identifikasi dan Penanganan 3 Jenis Pencemaran');
    expect(await first.textContent()).toContain('Kabupaten/kota: DLH, DINKES');
    expect(await section.getByTestId('idm-opportunities-projection').textContent()).toMatch(
      /Bila 5 indikator ini mencapai skor 5, nilai IDM naik 0,\d{4} menjadi sekitar 0,\d{4}/,
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot('opportunities-360');

    await section.getByRole('button', { name: /Tampilkan \d+ indikator lain/ }).click();
    expect(await items.count()).toBeGreaterThan(5);

    await section.getByText('2022', { exact: true }).click();
    await page.locator('[data-testid="idm-opportunities"][data-year="2022"]').waitFor();
    await page.setViewportSize({ width: 1366, height: 900 });
    await screenshot('opportunities-2022-1366');
  });

  it('shows the recovered score and its note', async () => {
    await page.goto(`${base}/wilayah/7301042010`);
    await page.getByTestId('idm-opportunities-notes').waitFor();
    expect(await page.getByTestId('idm-opportunities-notes').textContent()).toMatch(/dipulihkan menjadi 1/);
  });

  it('says how to import indicator scores where there are none', async () => {
    await page.goto(`${base}/wilayah/1101012001`);
    const none = page.getByTestId('idm-opportunities-none');
    await none.waitFor();
    expect(await none.getByRole('link', { name: 'Impor data indeks' }).getAttribute('href')).toBe(
      '/indeks/impor',
    );
  });
});
