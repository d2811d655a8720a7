/**
 * Stimulan usaha, in a real browser against the real server on its embedded database. A kawasan
 * of three Kedungreja desa with kopi as its flagship commodity is set up through the API (its
 * formation is covered elsewhere). The kabupaten officer registers a BUM Desa Bersama for it: with
 * one founding desa the form says a BUM Desa Bersama needs two or more, with two it is registered.
 * The officer adds a growing unit (hulu) and a processing unit (tengah) for kopi and a supply link
 * between them, enters a semester report — a split of the net result that does not add up is
 * shown live with the difference and refused, the corrected one stored; a report sheet with bad
 * rows lists every one and stores nothing, the corrected sheet is stored — and opens the kawasan
 * value chain: the units stand in their stages with the flow between them, and the missing
 * marketing stage (hilir) is named as a gap on top and marked in its column. The business
 * dashboard counts the enterprise and its PADes and offers XLSX and PDF exports. On a 360 px
 * phone and a 1366 px laptop.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEDUNGREJA_IDM, OFFICER, prepareKawasanData } from './kawasan-fixture';
import { DESKTOP, type E2eApp, hasChromium, reportMissingChromium, signIn, startApp } from './support';

reportMissingChromium();

const KAWASAN_NAME = 'Kawasan Agropolitan Kopi Kedungreja';
const MEMBERS = KEDUNGREJA_IDM.slice(0, 3);
const [TAMBAKREJA, BUMIREJA] = MEMBERS as [(typeof MEMBERS)[number], (typeof MEMBERS)[number]];
const NAME = 'BUM Desa Bersama Kopi Kedungreja';
const GROWER = 'Kebun Kopi Tambakreja';
const PROCESSOR = 'Rumah Produksi Kopi Bubuk';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Today in Asia/Jakarta (UTC+7, no daylight saving), as the server counts days. */
function jakartaToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

describe.runIf(hasChromium)('stimulan usaha in Chromium: registry, units, reports, value chain', () => {
  let app: E2eApp | undefined;
  let base = '';
  let page: Page;
  let kawasanId = '';
  let enterpriseId = '';
  const today = jakartaToday();
  const dir = mkdtempSync(join(tmpdir(), 'kawasan-e2e-usaha-sheets-'));

  /** Picks `option` in the Mantine select with this test id (a multi-select stays open: closed with Escape). */
  async function choose(testId: string, option: string | RegExp, multiple = false) {
    await page.getByTestId(testId).click();
    await page.getByRole('option', { name: option }).first().click();
    if (multiple) await page.keyboard.press('Escape');
  }

  async function openTab(tab: string) {
    await page.getByTestId(`enterprise-tab-${tab}`).click();
    await page.waitForURL((url) => url.search.includes(`tab=${tab}`));
  }

  beforeAll(async () => {
    app = await startApp({ name: 'usaha', viewport: DESKTOP, prepare: prepareKawasanData });
    ({ base, page } = app);
    await page.goto(`${base}/masuk`);
    await signIn(page, OFFICER.login, OFFICER.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));

    const request = page.context().request;
    const me = (await (await request.get(`${base}/api/me`)).json()) as { csrfToken: string };
    const created = await request.post(`${base}/api/kawasan`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        name: KAWASAN_NAME,
        kabupatenCodes: ['3301'],
        commodities: ['kopi'],
        members: MEMBERS.map((d) => d.code),
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    kawasanId = ((await created.json()) as { id: string }).id;
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers a BUM Desa Bersama for the kawasan, refusing it with one founding desa', async () => {
    await page.goto(`${base}/usaha`);
    await page.getByTestId('usaha-home').waitFor();
    await page.getByTestId('enterprise-new').click();
    await page.waitForURL(/\/usaha\/baru$/);
    await page.getByTestId('enterprise-kind-bumdesma').click();
    await choose('enterprise-kawasan', KAWASAN_NAME, true);
    await page.locator(`[data-testid="founder-suggestion"][data-code="${TAMBAKREJA.code}"]`).click();
    await page.getByTestId('enterprise-name').fill(NAME);
    await page.getByTestId('enterprise-save').click();
    await expect
      .poll(() => page.getByTestId('founder-picker').textContent(), { timeout: 10_000 })
      .toContain('BUM Desa Bersama didirikan oleh dua desa atau lebih; baru 1 desa dipilih.');
    expect(page.url()).toMatch(/\/usaha\/baru$/);
    await app!.screenshotBoth('01-bersama-one-desa');

    await page.locator(`[data-testid="founder-suggestion"][data-code="${BUMIREJA.code}"]`).click();
    await expect.poll(() => page.getByTestId('picked-founder').count()).toBe(2);
    await page.getByTestId('enterprise-save').click();
    await page.waitForURL(new RegExp(`/usaha/${UUID}$`), { timeout: 15_000 });
    const enterprise = page.getByTestId('enterprise-page');
    await enterprise.waitFor();
    enterpriseId = (await enterprise.getAttribute('data-enterprise')) ?? '';
    expect(await enterprise.getAttribute('data-kind')).toBe('bumdesma');
    expect(await page.getByTestId('enterprise-heading').textContent()).toBe(NAME);
  });

  it('adds a growing unit and a processing unit for kopi, and the supply between them', async () => {
    await openTab('unit');
    for (const unit of [
      { name: GROWER, stage: 'hulu', workers: '12' },
      { name: PROCESSOR, stage: 'tengah', workers: '5' },
    ]) {
      await page.getByTestId('unit-add').first().click();
      const form = page.locator('form').filter({ has: page.getByTestId('unit-name') });
      await form.getByTestId('unit-name').fill(unit.name);
      await form.getByTestId('unit-commodity').fill('kopi');
      await page.keyboard.press('Escape');
      await form.getByTestId(`unit-stage-${unit.stage}`).check();
      await form.getByTestId('unit-workers').fill(unit.workers);
      await form.getByTestId('unit-save').click();
      await expect
        .poll(() => page.getByTestId('unit-card-name').allTextContents(), { timeout: 10_000 })
        .toContain(unit.name);
    }
    const grower = page.getByTestId('unit-card').filter({ hasText: GROWER });
    await grower.getByTestId('unit-link-open').click();
    const link = page.getByTestId('link-form');
    await choose('link-unit', PROCESSOR);
    await link.getByTestId('link-product').fill('biji kopi kering');
    await link.getByTestId('link-save').click();
    await expect
      .poll(
        () =>
          page.getByTestId('unit-card').filter({ hasText: GROWER }).getByTestId('unit-buyer').textContent(),
        {
          timeout: 10_000,
        },
      )
      .toContain(PROCESSOR);
    await app!.screenshotBoth('02-units');
  });

  it('enters a semester report: a split that does not add up is shown with the difference and refused', async () => {
    await openTab('laporan');
    const tab = page.getByTestId('reports-tab');
    await tab.waitFor();
    await page.getByTestId('report-list-empty').waitFor();
    await page.getByTestId('report-new').click();
    const form = page.getByTestId('report-form');
    await form.getByTestId('report-period').click();
    const semester = page.getByRole('option', { name: /^Semester/ }).first();
    const period = (await semester.textContent()) ?? '';
    await semester.click();
    await form.getByTestId('report-revenue').fill('25.000.000');
    await form.getByTestId('report-costs').fill('15.000.000');
    expect(await form.getByTestId('report-net').textContent()).toContain('Rp10.000.000 (laba)');
    await form.getByTestId('report-assets').fill('40.000.000');
    await form.getByTestId('report-workers').fill('17');
    await form.getByTestId('report-split-pades').fill('4.000.000');
    await form.getByTestId('report-split-capital').fill('5.500.000');
    const state = form.getByTestId('report-split-state');
    expect(await state.getAttribute('data-state')).toBe('kurang');
    expect(await state.textContent()).toBe(
      'Pembagian hasil usaha Rp9.500.000 kurang Rp500.000 dari hasil usaha bersih Rp10.000.000.',
    );
    await form.getByTestId('report-decided-on').fill(today);
    await form.getByTestId('report-save').click();
    // Refused before sending: the split fields are marked and nothing is stored.
    await expect.poll(() => form.getByTestId('report-split-pades').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('report-row').count()).toBe(0);
    await app!.screenshotBoth('03-report-split-short');

    await form.getByTestId('report-split-capital').fill('7.000.000');
    expect(await state.getAttribute('data-state')).toBe('lebih');
    expect(await state.textContent()).toContain('lebih Rp1.000.000');
    await form.getByTestId('report-split-capital').fill('6.000.000');
    expect(await state.getAttribute('data-state')).toBe('pas');
    await form.getByTestId('report-save').click();
    await expect
      .poll(() => page.getByTestId('success-note').textContent(), { timeout: 10_000 })
      .toBe(`Laporan ${period} disimpan.`);
    await expect.poll(() => page.getByTestId('report-row').count()).toBe(1);
    expect(await page.getByTestId('report-row').textContent()).toContain('Rp4.000.000');
    expect(await page.getByTestId('report-performance').getAttribute('data-performance')).toBe('laba');
    expect(await page.getByTestId('report-pades-total').textContent()).toContain('Rp4.000.000');
    await app!.screenshotBoth('04-report-stored');
  });

  it('imports a report sheet: a sheet with bad rows lists every one and stores nothing', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-template').click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path()) ?? '');
    const sheet = workbook.getWorksheet('Laporan');
    if (!sheet) throw new Error('no sheet "Laporan" in the template');
    const stored = String(sheet.getRow(2).getCell(1).value);
    const [, year, half] = /^(\d{4})-S([12])$/.exec(stored) ?? [];
    expect(year, `the template's first row is the stored semester, not ${stored}`).toBeDefined();
    const previous = half === '2' ? `${year}-S1` : `${Number(year) - 1}-S2`;
    const fill = async (revenue: string | number, capital: number) => {
      sheet.getRow(2).getCell(2).value = revenue;
      sheet.getRow(3).values = [
        previous,
        20_000_000,
        12_000_000,
        8_000_000,
        35_000_000,
        15,
        null,
        3_000_000,
        capital,
        0,
        '',
        today,
      ];
      const file = join(dir, `laporan-${capital}.xlsx`);
      writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByTestId('report-import').click(),
      ]);
      await chooser.setFiles(file);
    };

    await fill('dua puluh lima juta', 4_000_000);
    const failed = page.getByTestId('report-import-failed');
    await failed.waitFor({ timeout: 10_000 });
    await page.getByTestId('report-import-nothing').waitFor();
    const issues = await page.getByTestId('report-import-issue').allTextContents();
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^baris 2, kolom B/);
    expect(issues[1]).toContain('kurang Rp1.000.000 dari hasil usaha bersih Rp8.000.000');
    expect(await page.getByTestId('report-row').count()).toBe(1);
    await app!.screenshotBoth('05-report-import-refused');

    await fill(25_000_000, 5_000_000);
    await page.getByTestId('report-import-done').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByTestId('report-row').count()).toBe(2);
    expect(await page.getByTestId('report-pades-total').textContent()).toContain('Rp7.000.000');
  });

  it('shows the kawasan value chain: the units in their stages, the flow, and no marketing stage', async () => {
    await page.goto(`${base}/usaha`);
    await page.getByTestId('usaha-value-chain-link').click();
    await page.waitForURL((url) => url.pathname === '/usaha/rantai-nilai');
    // The only kawasan the officer sees opens by itself.
    await page.waitForURL((url) => url.searchParams.get('kawasan') === kawasanId);
    const chain = page.getByTestId('chain-commodity');
    await chain.waitFor();
    expect(await chain.getAttribute('data-commodity')).toBe('kopi');
    expect(await page.getByTestId('chain-place').textContent()).toContain(KAWASAN_NAME);

    const units = (stage: string) =>
      page
        .getByTestId(`chain-column-${stage}`)
        .getByTestId('chain-unit')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-unit')));
    expect(await units('hulu')).toEqual([GROWER]);
    expect(await units('tengah')).toEqual([PROCESSOR]);
    expect(await units('hilir')).toEqual([]);
    expect(await page.getByTestId('chain-column-hilir').getAttribute('data-broken')).toBe('true');
    expect(await page.getByTestId('chain-column-hulu').getAttribute('data-broken')).toBeNull();

    const gaps = page.getByTestId('chain-gaps').getByTestId('chain-gap');
    const hilir = gaps.and(page.locator('[data-kind="stage_missing"][data-stage="hilir"]'));
    expect(await hilir.textContent()).toBe('Belum ada unit pemasaran dan distribusi (hilir) untuk kopi.');
    expect(await page.getByTestId('chain-column-hilir').getByTestId('chain-stage-gap').textContent()).toBe(
      'Belum ada unit pemasaran dan distribusi (hilir) untuk kopi.',
    );
    // The processor's output has no outlet: marked on its card.
    expect(
      await page
        .getByTestId('chain-unit')
        .filter({ hasText: PROCESSOR })
        .getByTestId('chain-unit-gap')
        .textContent(),
    ).toContain('Hasil belum tersalur');
    expect(await page.getByTestId('chain-flow').textContent()).toContain(
      `${GROWER} (${NAME}) → ${PROCESSOR} (${NAME}): biji kopi kering`,
    );
    const row = page.getByTestId('chain-enterprise').filter({ hasText: NAME });
    expect(await row.getByTestId('chain-performance').getAttribute('data-performance')).toBe('laba');
    await app!.screenshotBoth('06-value-chain');
  });

  it('counts the enterprise and its PADes on the kawasan dashboard, with exports', async () => {
    await page.getByTestId('chain-dashboard-link').click();
    await page.waitForURL((url) => url.pathname === '/usaha/dasbor');
    await page.getByTestId('business-tiles').waitFor();
    expect(await page.getByTestId('business-scope').textContent()).toContain(KAWASAN_NAME);
    expect(await page.getByTestId('business-enterprises-value').textContent()).toBe('1');
    expect(await page.getByTestId('business-pades-value').textContent()).toBe('Rp7.000.000');
    expect(await page.getByTestId('business-list-row').getAttribute('data-enterprise')).toBe(NAME);
    expect(await page.getByTestId('business-list-row').getByRole('link').getAttribute('href')).toBe(
      `/usaha/${enterpriseId}`,
    );
    for (const [format, type] of [
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['pdf', 'application/pdf'],
    ] as const) {
      const href = (await page.getByTestId(`business-export-${format}`).getAttribute('href')) ?? '';
      expect(href).toContain(`kawasanId=${kawasanId}`);
      const res = await page.context().request.get(`${base}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
    }
    await app!.screenshotBoth('07-dashboard');
  });
});
