/**
 * The web app in a real browser against the real server: `kawasan serve` on a fresh data
 * directory (it migrates and imports the national wilayah data by itself) and Debian's Chromium.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, hasChromium, horizontalOverflow, reportMissingChromium, startApp } from './support';

reportMissingChromium();

describe.runIf(hasChromium)('browsing regions in Chromium', () => {
  let app: E2eApp | undefined;
  let base = '';
  let page: Page;
  let screenshot: E2eApp['screenshot'];

  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const breadcrumbs = () =>
    page.getByRole('navigation', { name: 'Letak wilayah' }).locator('.mantine-Breadcrumbs-breadcrumb');

  beforeAll(async () => {
    app = await startApp({ name: 'browse' });
    ({ base, page, screenshot } = app);
  });
  afterAll(() => app?.close());

  it('goes from the national overview down to the kelurahan Miroto', async () => {
    await page.goto(`${base}/`);
    await heading('Kawasan').waitFor();
    await page.getByText('83.762', { exact: true }).waitFor();
    expect(await page.getByTestId('attribution').textContent()).toContain(
      'Data wilayah: Kemendagri, via idn-area-data (ODbL)',
    );
    await screenshot('home-desktop');

    // The province list, not the IDM ranking above it, which links to the provinces too.
    await page
      .getByRole('table', { name: 'Provinsi', exact: true })
      .getByRole('link', { name: 'Jawa Tengah', exact: true })
      .click();
    await heading('Jawa Tengah').waitFor();
    expect(new URL(page.url()).pathname).toBe('/wilayah/33');

    await page.getByRole('link', { name: 'Kota Semarang', exact: true }).click();
    await heading('Kota Semarang').waitFor();
    expect(await breadcrumbs().allTextContents()).toEqual(['Indonesia', 'Jawa Tengah', 'Kota Semarang']);
    await screenshot('kota-semarang');

    await page.getByRole('link', { name: 'Semarang Tengah', exact: true }).click();
    await heading('Semarang Tengah').waitFor();

    await page.getByRole('link', { name: 'Miroto', exact: true }).click();
    await heading('Miroto').waitFor();
    expect(new URL(page.url()).pathname).toBe('/wilayah/3374011001');
    expect(await breadcrumbs().allTextContents()).toEqual([
      'Indonesia',
      'Jawa Tengah',
      'Kota Semarang',
      'Semarang Tengah',
      'Miroto',
    ]);
    expect(await page.getByTestId('region-code').textContent()).toBe('33.74.01.1001');
    expect(await page.getByTestId('region-type').textContent()).toBe('Kelurahan');
    const profile = page.getByRole('region', { name: 'Profil Kelurahan' });
    expect(await profile.textContent()).toContain('3374011001');
    await profile.getByRole('link', { name: 'Kota Semarang' }).waitFor();
    await screenshot('miroto');
  });

  it('finds Miroto by name with the search box', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('combobox', { name: 'Cari desa atau kelurahan' }).fill('miroto');
    const hit = page.getByRole('option').filter({ hasText: 'Kota Semarang' });
    await hit.first().waitFor();
    expect(await hit.first().textContent()).toContain('Kecamatan Semarang Tengah');
    await screenshot('search-miroto');
    await hit.first().click();
    await heading('Miroto').waitFor();
    expect(new URL(page.url()).pathname).toBe('/wilayah/3374011001');
  });

  it('opens a result with the keyboard and says when nothing matches', async () => {
    await page.goto(`${base}/wilayah/3374`);
    const box = page.getByRole('combobox', { name: 'Cari desa atau kelurahan' });
    await page.getByRole('switch', { name: 'Hanya di Kota Semarang' }).check();
    await box.pressSequentially('miro');
    // The first result is highlighted as soon as it arrives, so Enter opens it.
    await page.locator('[role=option][data-combobox-selected]', { hasText: 'Miroto' }).waitFor();
    await box.press('Enter');
    await heading('Miroto').waitFor();

    await box.fill('qxzqxz');
    await page.getByText('Tidak ada desa yang cocok').waitFor();
  });

  it('shows the IDM 2024 of the desa Tambakreja (Cilacap) and says a kelurahan has none', async () => {
    // Real values of the ministry's IDM 2024, imported by the first start.
    await page.goto(`${base}/wilayah/3301012001`);
    await heading('Tambakreja').waitFor();
    const idm = page.getByRole('region', { name: 'Indeks Desa Membangun (IDM)' });
    await idm.getByTestId('idm-value').waitFor();
    expect(await idm.getByTestId('idm-value').textContent()).toBe('0,7225');
    expect(await idm.getByTestId('idm-status').textContent()).toBe('Maju');
    const bars = idm.getByTestId('idm-sub-indices');
    expect(await bars.textContent()).toContain('Ketahanan Sosial (IKS)0,8343');
    expect(await bars.textContent()).toContain('Ketahanan Ekonomi (IKE)0,6667');
    expect(await bars.getByRole('progressbar', { name: 'Ketahanan Lingkungan (IKL)' }).count()).toBe(1);
    expect(await idm.getByTestId('idm-thresholds').textContent()).toContain('Maju\u00a0≤\u00a00,8155');
    expect(await idm.getByTestId('idm-attribution').textContent()).toBe(
      'Data IDM 2024: Kementerian Desa PDTT',
    );
    await screenshot('idm-desa-desktop');

    await page.goto(`${base}/wilayah/3374011001`);
    await heading('Miroto').waitFor();
    const none = page.getByRole('region', { name: 'Indeks Desa Membangun (IDM)' }).getByTestId('idm-empty');
    expect(await none.textContent()).toBe('IDM hanya menilai desa; kelurahan tidak termasuk di dalamnya.');
  });

  it('shows the mean IDM 2024 of the country, of a province and of a kabupaten, with rankings', async () => {
    const idm = page.getByRole('region', { name: 'Indeks Desa Membangun (IDM) 2024' });
    const legend = (status: string) =>
      idm.locator(`[data-testid=idm-distribution-item][data-status=${status}]`);
    const rows = () => idm.getByTestId('idm-ranking-row');

    for (const viewport of [
      { name: 'desktop', width: 1366, height: 768 },
      { name: 'mobile', width: 360, height: 740 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${base}/`);
      await idm.getByTestId('idm-mean').waitFor();
      expect(await idm.getByTestId('idm-mean').textContent()).toBe('0,7120');
      expect(await idm.getByTestId('idm-status').first().textContent()).toBe('Maju');
      expect(await idm.getByTestId('idm-scored').textContent()).toBe('75.261 desa dinilai');
      expect(await legend('mandiri').textContent()).toBe('Mandiri17.203 (22,9%)');
      expect(await legend('maju').textContent()).toContain('23.063');
      expect(await legend('berkembang').textContent()).toContain('24.532');
      expect(await legend('tertinggal').textContent()).toContain('6.100');
      expect(await legend('sangat_tertinggal').textContent()).toContain('Sangat Tertinggal4.363');
      expect(await idm.getByTestId('idm-sub-indices').textContent()).toContain(
        'Ketahanan Sosial (IKS)0,7662',
      );
      // The 10 best first, then all 37 provinces (DKI Jakarta has kelurahan only).
      expect(await rows().count()).toBe(10);
      await idm.getByRole('button', { name: 'Tampilkan semua (37)' }).click();
      expect(await rows().count()).toBe(37);
      expect(await rows().first().textContent()).toContain('Bali');
      expect(await rows().last().textContent()).toContain('Papua Pegunungan');
      expect(await idm.getByTestId('idm-attribution').textContent()).toBe(
        'Data IDM 2024: Kementerian Desa PDTT',
      );
      expect(
        await horizontalOverflow(page),
        `horizontal overflow at ${viewport.width} px`,
      ).toBeLessThanOrEqual(0);
      await screenshot(`idm-national-${viewport.name}`, idm);

      await page.goto(`${base}/wilayah/3301`);
      await heading('Kabupaten Cilacap').waitFor();
      await idm.getByTestId('idm-mean').waitFor();
      expect(await idm.getByTestId('idm-mean').textContent()).toBe('0,7679');
      await idm.getByRole('button', { name: 'Tampilkan semua (21)' }).click();
      expect(await rows().count()).toBe(21);
      expect(
        await horizontalOverflow(page),
        `horizontal overflow at ${viewport.width} px`,
      ).toBeLessThanOrEqual(0);
      await screenshot(`idm-kabupaten-${viewport.name}`);
    }

    await page.goto(`${base}/wilayah/33`);
    await heading('Jawa Tengah').waitFor();
    await idm.getByRole('button', { name: 'Tampilkan semua (29)' }).click();
    expect(await rows().count()).toBe(29);
    expect(await rows().first().textContent()).toContain('Kabupaten Kudus');
    await idm
      .locator('label')
      .filter({ hasText: /^Nama$/ })
      .click();
    await rows().first().filter({ hasText: 'Kabupaten Banjarnegara' }).waitFor();
    await rows().first().getByRole('link').click();
    await heading('Kabupaten Banjarnegara').waitFor();

    await page.goto(`${base}/wilayah/3374`);
    await heading('Kota Semarang').waitFor();
    expect(await idm.getByTestId('idm-empty').textContent()).toBe(
      'IDM hanya menilai desa; wilayah ini tidak memiliki desa yang dinilai.',
    );
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("shows the server's message for a malformed code and a friendly state for an unknown one", async () => {
    const problem = (await (await fetch(`${base}/api/regions/12x`)).json()) as { detail: string };
    await page.goto(`${base}/wilayah/12x`);
    await heading('Kode wilayah tidak valid').waitFor();
    expect(await page.getByTestId('region-error-message').textContent()).toBe(problem.detail);
    await screenshot('bad-code');

    await page.goto(`${base}/wilayah/9999`);
    await heading('Wilayah tidak ditemukan').waitFor();
  });

  it('switches to English, remembers it, and formats numbers for it', async () => {
    await page.goto(`${base}/`);
    const language = page.getByRole('radiogroup', { name: 'Bahasa' });
    await language.locator('label', { hasText: 'English' }).click();
    await page.getByRole('heading', { name: 'Indonesia in numbers' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByText('83,762', { exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Indonesia in numbers' }).waitFor();
    await screenshot('home-english');
    await page
      .getByRole('radiogroup', { name: 'Language' })
      .locator('label', { hasText: 'Bahasa Indonesia' })
      .click();
    await page.getByRole('heading', { name: 'Indonesia dalam angka' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
  });

  it('fits a 360 px wide phone screen', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const pages = [
      ['/', 'Papua Barat Daya'],
      ['/wilayah/3374', 'Tugu'],
      ['/wilayah/3374011001', 'IDM hanya menilai desa; kelurahan tidak termasuk di dalamnya.'],
      ['/wilayah/3301012001', 'Data IDM 2024: Kementerian Desa PDTT'],
    ] as const;
    for (const [path, lastText] of pages) {
      await page.goto(`${base}${path}`);
      await page.getByText(lastText, { exact: true }).first().waitFor();
      expect(await horizontalOverflow(page), `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await screenshot('idm-desa-mobile');
  });
});
