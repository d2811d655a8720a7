/**
 * Dana Desa, in a real browser against the real server on its embedded database. The village
 * operator of a Kedungreja desa creates a 2025 plan with BLT Desa above 15 % of the pagu: the live
 * check fails the rule with the exact amount to cut, the fix makes it pass, and the plan is saved
 * with its stored check and rule-set version. A sheet with bad rows is refused with the rows
 * named and nothing imported. The kabupaten officer then sees the desa in the summary. On a
 * 360 px phone and a 1366 px laptop.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEDUNGREJA_IDM, OFFICER, prepareKawasanData } from './kawasan-fixture';
import {
  DESKTOP,
  type E2eApp,
  hasChromium,
  reportMissingChromium,
  runCli,
  signIn,
  startApp,
} from './support';

reportMissingChromium();

const DESA = KEDUNGREJA_IDM[0]!;
const OPERATOR = { login: 'operator-desa', name: 'Operator Desa', password: 'kata-sandi-desa-1' } as const;

function prepare(dataDir: string): void {
  prepareKawasanData(dataDir);
  runCli(
    [
      'user',
      'create',
      '--username',
      OPERATOR.login,
      '--name',
      OPERATOR.name,
      '--role',
      'village',
      '--scope',
      DESA.code,
    ],
    dataDir,
    `${OPERATOR.password}\n`,
  );
}

async function badSheet(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Rencana');
  sheet.addRow(['Kode Kegiatan', 'Kategori', 'Kegiatan', 'Lokasi', 'Jumlah (Rp)', 'Upah (Rp)']);
  sheet.addRow(['1', 'ketahanan_pangan', 'Lumbung pangan', 'Dusun I', '200.000.000', '']);
  sheet.addRow(['2', 'kategori_keliru', 'Kegiatan salah', '', 'seratus', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.runIf(hasChromium)('Dana Desa in Chromium: live check, save, import, summary', () => {
  let app: E2eApp | undefined;
  let base = '';
  let page: Page;
  let planId = '';

  const rule = (id: string) => page.locator(`[data-testid="what-if-results-rule"][data-rule="${id}"]`);

  beforeAll(async () => {
    app = await startApp({ name: 'dana-desa', viewport: DESKTOP, prepare });
    ({ base, page } = app);
    await page.goto(`${base}/masuk`);
    await signIn(page, OPERATOR.login, OPERATOR.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  it('fails BLT above 15 % live with the amount to cut, passes once fixed, and saves', async () => {
    await page.goto(`${base}/dana-desa/rencana/baru?desa=${DESA.code}&tahun=2025`);
    await page.getByTestId('plan-form').waitFor();
    await page.getByTestId('plan-pagu').fill('1.000.000.000');
    const first = page.getByTestId('plan-line').nth(0);
    await first.getByTestId('line-category').click();
    await page.getByRole('option', { name: 'BLT Desa' }).click();
    await first.getByTestId('line-activity').fill('BLT Desa 40 keluarga');
    await first.getByTestId('line-amount').fill('210.000.000');
    await page.getByTestId('line-add').click();
    const second = page.getByTestId('plan-line').nth(1);
    await second.getByTestId('line-category').click();
    await page.getByRole('option', { name: 'Ketahanan pangan dan hewani' }).click();
    await second.getByTestId('line-activity').fill('Lumbung pangan desa');
    await second.getByTestId('line-amount').fill('200.000.000');

    await expect
      .poll(() => rule('blt-maks').getAttribute('data-status'), { timeout: 10_000 })
      .toBe('tidak_lulus');
    expect(await rule('blt-maks').getByTestId('what-if-results-change').textContent()).toBe(
      'Kurangi Rp60.000.000',
    );
    expect(await rule('blt-maks').getByTestId('what-if-results-sentence').textContent()).toContain(
      'Kurangi Rp60.000.000 agar sesuai batas.',
    );
    await app!.screenshotBoth('01-blt-fails-live');

    await first.getByTestId('line-amount').fill('150.000.000');
    await expect.poll(() => rule('blt-maks').getAttribute('data-status'), { timeout: 10_000 }).toBe('lulus');
    expect(await rule('pangan-min').getAttribute('data-status')).toBe('lulus');

    await page.getByTestId('plan-save').click();
    await page.waitForURL(/\/dana-desa\/rencana\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    const plan = page.getByTestId('plan-page');
    await plan.waitFor();
    planId = (await plan.getAttribute('data-plan')) ?? '';
    expect(await page.getByTestId('stored-check-version').textContent()).toContain('2025.1');
    expect(
      await page
        .locator('[data-testid="stored-check-rule"][data-rule="blt-maks"]')
        .getAttribute('data-status'),
    ).toBe('lulus');
    await app!.screenshotBoth('02-saved');
  });

  it('refuses a sheet with bad rows, naming them, and imports nothing', async () => {
    await page.goto(`${base}/dana-desa/rencana/${planId}`);
    await page.getByTestId('plan-form').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('plan-import').click();
    await (await chooser).setFiles({
      name: 'rencana-keliru.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await badSheet(),
    });
    const errors = page.getByTestId('plan-import-errors');
    await errors.waitFor({ timeout: 15_000 });
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('Tidak ada yang disimpan');
    expect(text).toMatch(/baris 3/i);
    await app!.screenshotBoth('03-import-refused');
    const request = page.context().request;
    const stored = (await (await request.get(`${base}/api/dana-desa/rencana/${planId}`)).json()) as {
      lines: { activity: string }[];
    };
    expect(stored.lines.map((l) => l.activity)).toEqual(['BLT Desa 40 keluarga', 'Lumbung pangan desa']);
  });

  it('shows the kabupaten officer the desa in the summary', async () => {
    await page.context().clearCookies();
    await page.goto(`${base}/masuk`);
    await signIn(page, OFFICER.login, OFFICER.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
    await page.goto(`${base}/dana-desa/ringkasan?region=3301&tahun=2025`);
    await page.getByTestId('summary-view').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('summary-counts').textContent()).toMatch(/^1 dari \d+ desa/);
    const missing = (await page.getByTestId('summary-missing').textContent()) ?? '';
    expect(missing).not.toContain(DESA.name);
    await app!.screenshotBoth('04-summary');
  });
});
