/**
 * The choropleth in a real browser: boundaries imported with `kawasan import boundaries` (the
 * real desa of Kecamatan Kedungreja and Semarang Tengah kept in the project), then a kabupaten
 * page shows its desa coloured by IDM status; a click names a desa and links to its page, the
 * keyboard moves and zooms the map, and a province without boundaries shows only a short note.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, hasChromium, ROOT, reportMissingChromium, runCli, startApp } from './support';

reportMissingChromium();

const BOUNDARIES = join(ROOT, 'src/services/boundaries/fixtures/boundaries-mini');

describe.runIf(hasChromium)('the map of desa by IDM status in Chromium', () => {
  let app: E2eApp | undefined;
  let base = '';
  let page: Page;
  const external: string[] = [];

  /** The colour of the canvas pixel at a point of the page. */
  const pixel = (x: number, y: number) =>
    page.evaluate(
      ([px, py]) => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=region-map-canvas]')!;
        const r = canvas.getBoundingClientRect();
        const s = canvas.width / r.width;
        const d = canvas
          .getContext('2d')!
          .getImageData(Math.round((px! - r.left) * s), Math.round((py! - r.top) * s), 1, 1).data;
        return [d[0], d[1], d[2]];
      },
      [x, y],
    );

  beforeAll(async () => {
    app = await startApp({
      name: 'maps',
      viewport: { width: 1280, height: 900 },
      // Boundaries are imported before the first start: the region list first, so codes are placed.
      prepare: (dataDir) => {
        runCli(['import', 'wilayah'], dataDir);
        expect(runCli(['import', 'boundaries', BOUNDARIES], dataDir)).toContain('Selesai: 2 dari 2 berkas');
      },
    });
    ({ base, page } = app);
    page.on('request', (r) => {
      if (!r.url().startsWith(base)) external.push(r.url());
    });
  });
  afterAll(() => app?.close());

  it('colours the desa of a kabupaten, names one on click and links to its page', async () => {
    await page.goto(`${base}/wilayah/3301`);
    const section = page.getByTestId('region-map');
    await section.scrollIntoViewIfNeeded();
    const canvas = page.getByTestId('region-map-canvas');
    await canvas.waitFor();
    // Only the 11 desa of Kedungreja have boundaries here; all were scored in 2024.
    const legend = await page.getByTestId('map-legend-item').allTextContents();
    const total = legend.map((l) => Number(l.match(/(\d+)$/)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    expect(total).toBe(11);
    expect(legend).toContain('Tanpa data 0');
    expect(await page.getByTestId('map-attribution').textContent()).toContain(
      'Batas wilayah: Badan Informasi Geospasial.',
    );

    // Painted: the corner is white (the canvas starts black). Sections above may still have grown.
    await page.getByTestId('region-index').getByTestId('idm-mean').waitFor();
    await canvas.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const b = (await canvas.boundingBox())!;
        return pixel(b.x + 2, b.y + 2);
      })
      .toEqual([255, 255, 255]);
    const box = (await canvas.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // Somewhere near the middle lies a desa: find a coloured pixel, then click it.
    let target = centre;
    for (let dx = 0; dx < box.width / 2; dx += 12) {
      const [r, g, b] = await pixel(centre.x + dx, centre.y);
      if (!(r === 255 && g === 255 && b === 255)) {
        target = { x: centre.x + dx + 2, y: centre.y };
        break;
      }
    }
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => page.getByTestId('map-tooltip').textContent()).not.toBe('');
    await page.mouse.click(target.x, target.y);
    const name = (await page.getByTestId('map-details-name').textContent())!;
    expect(name).not.toBe('');
    expect(await page.getByTestId('map-details').textContent()).toMatch(/33\.01\.01\.20\d\d/);
    await page.getByRole('link', { name: `Buka halaman ${name}` }).click();
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/wilayah\/33010120\d\d$/);
    expect(external).toEqual([]);
  });

  it('zooms with the buttons and the keyboard, and picks the desa under the centre with Enter', async () => {
    await page.goto(`${base}/wilayah/3301`);
    await page.getByTestId('region-map').scrollIntoViewIfNeeded();
    const canvas = page.getByTestId('region-map-canvas');
    await canvas.waitFor();
    const before = await canvas.screenshot();
    await page.getByRole('button', { name: 'Perbesar peta' }).click();
    await page.waitForTimeout(100);
    expect(Buffer.compare(before, await canvas.screenshot())).not.toBe(0);
    await page.getByRole('button', { name: 'Tampilkan seluruh wilayah' }).click();
    await page.keyboard.press('Shift');
    await canvas.focus();
    await page.keyboard.press('Enter');
    // The middle of Kabupaten Cilacap's desa of Kedungreja is a desa (their box is small).
    await expect.poll(() => page.getByTestId('map-details').textContent()).toMatch(/33\.01\.01\.20\d\d/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('map-details').textContent()).toContain('Ketuk atau klik');
  });

  it('shows only a short note for a province without boundaries', async () => {
    await page.goto(`${base}/wilayah/35`);
    const note = page.getByTestId('map-not-imported');
    await note.scrollIntoViewIfNeeded();
    expect(await note.textContent()).toContain('Peta belum tersedia: batas wilayah belum diimpor.');
    expect(await page.getByTestId('region-map').count()).toBe(0);
  });
});
