/**
 * Regional IDM views in a real browser against the real server on a fresh data directory (IDM
 * 2024 of every desa): the histogram, the desa ranking of a kecamatan, the weakest desa of a
 * kabupaten and the downloads under them.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, hasChromium, horizontalOverflow, reportMissingChromium, startApp } from './support';

reportMissingChromium();

describe.runIf(hasChromium)('regional IDM views in Chromium', () => {
  let app: E2eApp | undefined;
  let base = '';
  let page: Page;
  let screenshot: E2eApp['screenshot'];

  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const idm = () => page.getByRole('region', { name: 'Indeks Desa Membangun (IDM) 2024' });

  beforeAll(async () => {
    app = await startApp({ name: 'regional' });
    ({ base, page, screenshot } = app);
  });
  afterAll(() => app?.close());

  it('shows the spread of IDM values as bars, as a table for screen readers and through the keyboard', async () => {
    await page.goto(`${base}/`);
    const histogram = idm().getByTestId('idm-histogram');
    await histogram.getByTestId('idm-histogram-chart').waitFor();
    // 20 bins of 0.05; the fullest holds 13,494 desa between 0.70 and 0.75.
    const rows = histogram.getByTestId('idm-histogram-table').locator('tbody tr');
    expect(await rows.count()).toBe(20);
    expect(await rows.nth(14).textContent()).toBe('0,70–0,75Maju13.49417,9%');
    const slider = histogram.getByRole('slider', { name: /Histogram nilai IDM 2024/ });
    await slider.focus();
    await slider.press('End');
    expect(await slider.getAttribute('aria-valuetext')).toBe('0,95–1,00 (Mandiri): 428 desa (0,6%)');
    await slider.press('ArrowLeft');
    expect(await histogram.getByTestId('idm-histogram-caption').textContent()).toBe(
      '0,90–0,95 (Mandiri): 2.183 desa (2,9%)',
    );
    // A click (or tap) on a bar's column shows its count and keeps it while the chart has focus.
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + box.width * (14.5 / 20), box.y + box.height / 2);
    expect(await histogram.getByTestId('idm-histogram-caption').textContent()).toBe(
      '0,70–0,75 (Maju): 13.494 desa (17,9%)',
    );
    // Only 2024 is loaded: no movement between years to show.
    expect(await idm().getByTestId('idm-movement').count()).toBe(0);
    await idm().getByTestId('export-csv').first().waitFor();
    expect(await idm().getByTestId('export-csv').first().getAttribute('href')).toBe(
      '/api/village-index/summary/export?year=2024&format=csv',
    );
  });

  it('ranks every desa of a kecamatan by IDM or by name, each linking to its page', async () => {
    for (const viewport of [
      { name: 'desktop', width: 1366, height: 800 },
      { name: 'mobile', width: 360, height: 740 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${base}/wilayah/330101`);
      await heading('Kedungreja').waitFor();
      const ranking = idm().getByTestId('village-ranking-section');
      const rows = ranking.getByTestId('village-ranking-row');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(11);
      expect(await rows.first().textContent()).toContain('Jatisari');
      expect(await rows.first().textContent()).toContain('0,8419');
      expect(await rows.last().textContent()).toContain('Kaliwungu');
      expect(
        await horizontalOverflow(page),
        `horizontal overflow at ${viewport.width} px`,
      ).toBeLessThanOrEqual(0);
      await screenshot(`idm-kecamatan-${viewport.name}`);
    }
    const ranking = idm().getByTestId('village-ranking-section');
    await ranking
      .locator('label')
      .filter({ hasText: /^Nama$/ })
      .click();
    const first = ranking.getByTestId('village-ranking-row').first();
    await first.filter({ hasText: 'Bangunreja' }).waitFor();
    expect(await first.textContent()).toMatch(/^9\./); // its rank by IDM stays
    expect(await ranking.getByTestId('export-xlsx').getAttribute('href')).toBe(
      '/api/village-index/villages/export?region=330101&year=2024&format=xlsx',
    );
    await first.getByRole('link', { name: 'Bangunreja' }).click();
    await heading('Bangunreja').waitFor();
    expect(new URL(page.url()).pathname).toBe('/wilayah/3301012010');
  });

  it('lists the ten desa of a kabupaten with the lowest IDM, with their kecamatan', async () => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`${base}/wilayah/3301`);
    await heading('Kabupaten Cilacap').waitFor();
    const weakest = idm().getByTestId('weakest-villages-section');
    const rows = weakest.getByTestId('weakest-villages-row');
    await rows.first().waitFor();
    expect(await weakest.getByRole('heading').textContent()).toBe('10 desa dengan IDM terendah');
    expect(await rows.count()).toBe(10);
    expect(await rows.first().textContent()).toBe('1KedungwadasBantarsari0,6141Berkembang');
    expect(await weakest.getByTestId('export-csv').getAttribute('href')).toBe(
      '/api/village-index/villages/export?region=3301&year=2024&format=csv',
    );
    await screenshot('idm-kabupaten-weakest');
  });
});
