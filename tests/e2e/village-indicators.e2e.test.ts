/**
 * What would raise a desa's score, in a real browser: the ministry's API responses imported with
 * `kawasan import idm`, then the desa page of Muara (Teluknaga) on a phone and on a desktop.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDM_API_FIXTURES } from '../../src/services/village-index/testing.ts';
import {
  type E2eApp,
  hasChromium,
  horizontalOverflow,
  PHONE,
  reportMissingChromium,
  runCli,
  startApp,
} from './support';

reportMissingChromium();

describe.runIf(hasChromium)('a desa page with imported indicator scores', () => {
  let app: E2eApp | undefined;
  let base = '';
  let page: Page;
  let screenshot: E2eApp['screenshot'];

  /** The ministry's API responses, then a desa with a published value but no indicator scores. */
  const prepare = (dataDir: string) => {
    runCli(['import', 'wilayah'], dataDir);
    runCli(['import', 'idm', '--file', IDM_API_FIXTURES], dataDir);
    const sheet = join(dataDir, 'idm-2024.csv');
    writeFileSync(
      sheet,
      'KODE_DESA,NAMA_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024\n' +
        '1101012001,KEUDE BAKONGAN,0.8000,0.9000,0.5333,0.7444,MAJU\n',
    );
    runCli(['import', 'idm', '--file', sheet], dataDir);
  };

  beforeAll(async () => {
    app = await startApp({ name: 'indicators', viewport: PHONE, prepare });
    ({ base, page, screenshot } = app);
  });
  afterAll(() => app?.close());

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

    // The whole table, to print or take to a musyawarah: the link downloads the year shown.
    const csvLink = section.getByTestId('export-csv');
    expect(await csvLink.getAttribute('href')).toBe(
      '/api/regions/3603132008/index/2024/indicators/export?format=csv',
    );
    const download = await page.request.get(`${base}${await csvLink.getAttribute('href')}`);
    expect(download.headers()['content-disposition']).toContain('idm-2024-3603132008-indikator.csv');
    expect(await download.text()).toContain('IKL01_KUALITAS_LINGKUNGAN');

    await section.getByText('2022', { exact: true }).click();
    await page.locator('[data-testid="idm-opportunities"][data-year="2022"]').waitFor();
    expect(await section.getByTestId('export-xlsx').getAttribute('href')).toBe(
      '/api/regions/3603132008/index/2022/indicators/export?format=xlsx',
    );
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
