/**
 * From a musyawarah antar desa to an RPKP activity with progress, in a real browser against the
 * real server on its embedded database. A designated kawasan of three Kedungreja desa (set up
 * through the API, as the formation test covers that part in the browser) is planned: the
 * kabupaten officer enters two candidate flagship products, records the musyawarah antar desa
 * from its paper attendance list, scores the candidates on agreed weighted criteria and fixes the
 * berita acara; a visitor recomputes the published choice. The officer drafts the RPKP with an
 * activity answering the chosen product, the province officer reviews it with one clarification
 * round, the officer approves it with the Perbup, starts the kawasan's implementation, and reports
 * progress with a photo; the public page shows the plan with that progress. On a 360 px phone and
 * a 1366 px laptop.
 */
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/services/export/testing.ts';
import { TINY_PNG } from '../../src/services/kawasan/testing.ts';
import { CILACAP, KEDUNGREJA_IDM, OFFICER, prepareKawasanData } from './kawasan-fixture';
import {
  DESKTOP,
  type E2eApp,
  hasChromium,
  launchBrowser,
  reportMissingChromium,
  runCli,
  signIn,
  startApp,
  tempDirs,
} from './support';

reportMissingChromium();

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SK_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const MEMBERS = KEDUNGREJA_IDM.slice(0, 3);
const PROVINCE = { login: 'dpmd-jateng', name: 'DPMD Provinsi Jawa Tengah', password: 'kata-sandi-jateng-1' };
const MEETING = 'Musyawarah Antar Desa Kawasan Kedungreja 2026';
const YEAR = new Date().getFullYear();

/** The paper attendance list: for each desa its kepala desa and a BPD member, and a women's group. */
const ATTENDANCE = MEMBERS.flatMap((d, i) => [
  { name: `Kepala Desa ${d.name}`, gender: i === 1 ? 'P' : 'L', element: 'pemerintah_desa', desa: d.code },
  { name: `Anggota BPD ${d.name}`, gender: i === 0 ? 'P' : 'L', element: 'bpd', desa: d.code },
]).concat([{ name: 'Ketua KWT Melati', gender: 'P', element: 'kelompok_perempuan', desa: MEMBERS[0]!.code }]);

describe.runIf(hasChromium)(
  'from a musyawarah antar desa to an RPKP activity with progress in Chromium',
  () => {
    let app: E2eApp | undefined;
    let base = '';
    let page: Page;
    let kawasanId = '';

    let versionUrl = '';
    const temp = tempDirs();
    const others: BrowserContext[] = [];

    /** A change through the API in the officer's session, with its CSRF token. */
    async function api(request: APIRequestContext, method: 'POST' | 'PUT', url: string, body: unknown) {
      const me = await request.get(`${base}/api/me`);
      const csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
      const res = await request.fetch(`${base}${url}`, {
        method,
        headers: { 'x-csrf-token': csrf },
        ...(Buffer.isBuffer(body) ? { data: body } : { data: body as object }),
      });
      expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
      return res.json();
    }

    /** A second browser (the province officer, or a visitor) on the same server. */
    async function otherBrowser(name: string): Promise<Page> {
      const browser = await launchBrowser(temp.make(`kawasan-e2e-rpkp-${name}-`), DESKTOP);
      others.push(browser.context);
      return browser.page;
    }

    /** Picks `option` in the Mantine select with this test id (a multi-select stays open: closed with Escape). */
    async function choose(on: Page, testId: string, option: string | RegExp, multiple = false) {
      await on.getByTestId(testId).click();
      await on.getByRole('option', { name: option }).first().click();
      if (multiple) await on.keyboard.press('Escape');
    }

    beforeAll(async () => {
      app = await startApp({
        name: 'rpkp',
        viewport: DESKTOP,
        prepare: (dataDir) => {
          prepareKawasanData(dataDir);
          runCli(
            [
              'user',
              'create',
              '--username',
              PROVINCE.login,
              '--name',
              PROVINCE.name,
              '--role',
              'province',
              '--scope',
              '33',
            ],
            dataDir,
            `${PROVINCE.password}\n`,
          );
        },
      });
      ({ base, page } = app);
      await page.goto(`${base}/masuk`);
      await signIn(page, OFFICER.login, OFFICER.password);
      await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));

      // A designated kawasan in planning, as the formation test leaves one.
      const request = page.context().request;
      const created = await api(request, 'POST', '/api/kawasan', {
        name: 'Kawasan Agropolitan Kedungreja',
        kabupatenCodes: [CILACAP.code],
        commodities: ['gula kelapa'],
        members: MEMBERS.map((d) => d.code),
      });
      kawasanId = created.id;
      await api(request, 'POST', `/api/kawasan/${kawasanId}/transitions`, { action: 'propose' });
      await api(request, 'POST', `/api/kawasan/${kawasanId}/transitions`, { action: 'verify' });
      const sk = await api(
        request,
        'POST',
        `/api/kawasan/${kawasanId}/documents?kind=sk&title=SK%20Bupati%20Cilacap&fileName=sk.pdf&public=true`,
        SK_PDF,
      );
      await api(request, 'POST', `/api/kawasan/${kawasanId}/transitions`, {
        action: 'designate',
        sk: { number: '188.4/300/2026', date: `${YEAR}-01-15`, documentId: sk.id },
      });
      await api(request, 'POST', `/api/kawasan/${kawasanId}/transitions`, { action: 'start_planning' });
    }, 180_000);

    afterAll(async () => {
      for (const c of others) await c.close();
      temp.removeAll();
      await app?.close();
    });

    it('enters two candidate flagship products of the kawasan and records the musyawarah antar desa', async () => {
      await page.goto(`${base}/kawasan/${kawasanId}`);
      await page.getByTestId('kawasan-musyawarah-link').click();
      await page.getByTestId('musyawarah-list-page').waitFor();
      for (const [title, proposer] of [
        ['Gula kelapa', 'Kelompok penderes Tambakreja'],
        ['Padi organik', 'Gapoktan Ciklapa'],
      ] as const) {
        await page.getByTestId('proposal-new').click();
        const form = page.getByTestId('proposal-form');
        await form.getByTestId('proposal-kind').selectOption('produk_unggulan_kawasan');
        await form.getByTestId('proposal-title').fill(title);
        await form.getByTestId('proposal-proposer').fill(proposer);
        await form.getByTestId('proposal-save').click();
        await expect
          .poll(() => page.getByTestId('proposal-list').textContent(), { timeout: 10_000 })
          .toContain(title);
      }
      expect(await page.getByTestId('proposal-row').count()).toBe(2);

      await page.getByTestId('musyawarah-new').click();
      const form = page.getByTestId('meeting-create-form');
      await form.getByTestId('meeting-kind').selectOption('musyawarah_antar_desa');
      await form.getByTestId('meeting-title').fill(MEETING);
      await form.getByTestId('meeting-organiser').fill('BKAD Kawasan Kedungreja');
      await form.getByTestId('meeting-held-on').fill(`${YEAR}-02-10`);
      await form.getByTestId('meeting-place').fill('Balai Desa Tambakreja');
      await form.getByTestId('meeting-agenda').fill('Memilih produk unggulan kawasan\nMenyepakati arah RPKP');
      await form.getByTestId('meeting-save').click();
      await page.waitForURL(new RegExp(`/musyawarah/${UUID}$`));
      await page.getByTestId('musyawarah-page').waitFor();
      expect(await page.getByTestId('musyawarah-title').textContent()).toBe(MEETING);
    });

    it('takes the paper attendance list and checks that every member desa is represented', async () => {
      await page.getByTestId('attendance-paste-open').click();
      await page
        .getByTestId('attendance-paste')
        .fill(ATTENDANCE.map((p) => `${p.name};${p.gender}`).join('\n'));
      await page.getByTestId('attendance-paste-add').click();
      const rows = page.getByTestId('attendance-row');
      await expect.poll(() => rows.count()).toBe(ATTENDANCE.length);
      for (const [i, p] of ATTENDANCE.entries()) {
        await rows.nth(i).getByTestId('attendance-element').selectOption(p.element);
        await rows.nth(i).getByTestId('attendance-desa').selectOption(p.desa);
      }
      await page.getByTestId('attendance-save').click();
      const summary = page.getByTestId('attendance-summary');
      await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toContain('7');
      await expect
        .poll(() => page.getByTestId('quorum-badge').first().getAttribute('data-valid'), { timeout: 10_000 })
        .toBe('true');
      const quorum = (await page.getByTestId('quorum').textContent()) ?? '';
      expect(quorum).toContain('Wajib');
      await app!.screenshotBoth('01-musyawarah-attendance');
    });

    it('scores the candidates on weighted criteria, publishes the ranking and fixes the berita acara', async () => {
      await page.setViewportSize(DESKTOP);
      await page.getByTestId('result-new').click();
      const form = page.getByTestId('result-form');
      await form.getByTestId('result-title').fill('Produk unggulan kawasan');
      await form.getByTestId('result-subject').selectOption('produk_unggulan_kawasan');
      const proposals = form.getByTestId('result-proposal');
      await expect.poll(() => proposals.count()).toBe(2);
      for (let i = 0; i < 2; i++) await proposals.nth(i).check();
      const criteria = form.getByTestId('result-criterion');
      await criteria.nth(0).getByTestId('criterion-label').fill('Pasar');
      await criteria.nth(0).getByTestId('criterion-code').fill('pasar');
      await criteria.nth(0).getByTestId('criterion-weight').fill('3');
      await form.getByTestId('result-add-criterion').click();
      await criteria.nth(1).getByTestId('criterion-label').fill('Risiko lingkungan');
      await criteria.nth(1).getByTestId('criterion-code').fill('risiko');
      await criteria.nth(1).getByTestId('criterion-direction').selectOption('lower_better');
      await form.getByTestId('result-add-scorer').click();
      // Cells per scorer: proposal × criterion in the grid's column order. Gula kelapa: market 5,
      // risk 2; Padi organik: market 3, risk 3 — Gula kelapa leads with 15/16.
      const heads = await form
        .getByTestId('score-grid')
        .locator('thead tr')
        .first()
        .locator('th')
        .allTextContents();
      const gulaFirst =
        heads.findIndex((h) => h.includes('Gula kelapa')) <
        heads.findIndex((h) => h.includes('Padi organik'));
      const values = gulaFirst ? ['5', '2', '3', '3'] : ['3', '3', '5', '2'];
      const scorers = form.getByTestId('scorer-row');
      for (let s = 0; s < 2; s++) {
        const cells = scorers.nth(s).getByTestId('score-cell');
        for (let c = 0; c < 4; c++) await cells.nth(c).fill(values[c]!);
      }
      await expect.poll(() => form.getByTestId('result-preview').textContent()).toContain('Gula kelapa');
      await form.getByTestId('result-save').click();
      const card = page.getByTestId('result-card');
      await card.waitFor();
      const first = card.getByTestId('result-row').first();
      expect(await first.textContent()).toContain('Gula kelapa');
      expect(await first.getByTestId('result-outcome').getAttribute('data-outcome')).toBe('terpilih');
      expect(await card.getByTestId('result-method-description').textContent()).toContain('bobot');

      await page.getByTestId('musyawarah-fix').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Tetapkan berita acara' }).click();
      await expect
        .poll(() => page.getByTestId('musyawarah-page').getAttribute('data-state'))
        .toBe('ditetapkan');
      expect(await page.getByTestId('musyawarah-fixed-at').isVisible()).toBe(true);
      const download = page.waitForEvent('download');
      await page.getByTestId('berita-acara-pdf').click();
      const file = await (await download).createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of file) chunks.push(chunk as Buffer);
      const pdf = Buffer.concat(chunks);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfText(pdf)).toContain('Ketua KWT Melati');
      await app!.screenshotBoth('02-musyawarah-fixed');

      // The chosen product is the proposal's status now, on the kawasan's list.
      await page.goto(`${base}/kawasan/${kawasanId}/musyawarah`);
      const gula = page.locator('[data-testid=proposal-row]', { hasText: 'Gula kelapa' });
      expect(await gula.getByTestId('proposal-status').getAttribute('data-status')).toBe('terpilih');
    });

    it('lets a visitor recompute the published choice from its inputs', async () => {
      const visitor = await otherBrowser('visitor');
      await visitor.goto(`${base}/kawasan/${kawasanId}/publik`);
      const section = visitor.getByTestId('public-musyawarah-section');
      await section.getByTestId('public-musyawarah').first().waitFor();
      expect(await section.textContent()).toContain(MEETING);
      expect(await section.textContent()).not.toContain('Ketua KWT Melati');
      await section.getByTestId('result-recheck').first().click();
      await section.getByTestId('result-recheck-same').first().waitFor();
    });

    it('drafts the RPKP with an activity for the chosen product and submits it', async () => {
      await page.goto(`${base}/kawasan/${kawasanId}`);
      await page.getByTestId('kawasan-rpkp-link').click();
      await page.getByTestId('rpkp-list-page').waitFor();
      await page
        .getByTestId('rpkp-new-title')
        .fill(`RPKP Kawasan Agropolitan Kedungreja ${YEAR}–${YEAR + 4}`);
      await page.getByTestId('rpkp-start-version').click();
      await page.waitForURL(/\/rpkp\/1$/);
      versionUrl = page.url();
      const editor = page.getByTestId('rpkp-editor');
      await editor.waitFor();
      await page
        .getByTestId('rpkp-vision-input')
        .fill('Kawasan gula kelapa organik yang menyejahterakan desa');
      await page.getByTestId('rpkp-add-programme').click();
      await page.getByTestId('rpkp-programme-0-name').fill('Hilirisasi gula kelapa');
      // A new programme comes with its first activity.
      await page.getByTestId('rpkp-activity-0-0-name').waitFor();
      expect(await page.getByTestId('rpkp-activity-editor').count()).toBe(1);
      const a = 'rpkp-activity-0-0';
      await page.getByTestId(`${a}-name`).fill('Rumah produksi gula semut');
      await choose(page, `${a}-desa`, MEMBERS[0]!.name, true);
      await choose(page, `${a}-year`, String(YEAR));
      await choose(page, `${a}-stage`, /Pengolahan/);
      await page.getByTestId(`${a}-sector`).fill('pertanian');
      await choose(page, `${a}-agency-kind`, /kabupaten\/kota/);
      await page.getByTestId(`${a}-agency-name`).fill('Dinas Pertanian Kabupaten Cilacap');
      await choose(page, `${a}-funding`, /APBD kabupaten/);
      await page.getByTestId(`${a}-budget`).fill('250.000.000');
      await page.getByTestId(`${a}-output-name`).first().fill('Rumah produksi berfungsi');
      await page.getByTestId(`${a}-output-target`).first().fill('1');
      await page.getByTestId(`${a}-output-unit`).first().fill('unit');
      // The activity answers the product the musyawarah chose.
      await choose(page, `${a}-proposals`, /Gula kelapa/, true);
      const issues = async () => {
        if ((await page.getByTestId('rpkp-issues-none').count()) > 0) return 'none';
        const toggle = page.getByTestId('rpkp-issues-toggle');
        if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
        return page.getByTestId('rpkp-issues').textContent();
      };
      await expect.poll(issues, { timeout: 10_000 }).toBe('none');
      await page.getByTestId('rpkp-save').click();
      await expect.poll(() => page.getByTestId('rpkp-dirty').getAttribute('data-dirty')).toBe('false');
      await app!.screenshotBoth('03-rpkp-draft');

      await page.getByTestId('rpkp-action-submit').click();
      await page.getByTestId('rpkp-action-confirm').click();
      await expect
        .poll(() => page.getByTestId('rpkp-version-page').getAttribute('data-state'))
        .toBe('diajukan');
      await expect
        .poll(() => page.getByTestId('rpkp-activity-proposals').textContent())
        .toContain('Gula kelapa');
    });

    it('is reviewed by the province with one clarification, answered by the kabupaten', async () => {
      const province = await otherBrowser('province');
      await province.goto(`${base}/masuk`);
      await signIn(province, PROVINCE.login, PROVINCE.password);
      await province.waitForURL((url) => !url.pathname.startsWith('/masuk'));
      await province.goto(versionUrl);
      const state = () => province.getByTestId('rpkp-version-page').getAttribute('data-state');
      await province.getByTestId('rpkp-action-start_review').click();
      await province.getByTestId('rpkp-action-confirm').click();
      await expect.poll(state).toBe('ditinjau');
      await province.getByTestId('rpkp-action-request_clarification').click();
      await province
        .getByTestId('rpkp-action-reason')
        .fill('Mohon jelaskan kesesuaian lokasi rumah produksi dengan RTRW kabupaten.');
      await province.getByTestId('rpkp-action-confirm').click();
      await expect.poll(state).toBe('perlu_klarifikasi');

      await page.goto(versionUrl);
      await page.getByTestId('rpkp-open-question').waitFor();
      expect(await page.getByTestId('rpkp-open-question').textContent()).toContain('RTRW');
      await page.getByTestId('rpkp-action-resubmit').click();
      await page
        .getByTestId('rpkp-action-reason')
        .fill('Lokasi berada di kawasan peruntukan pertanian menurut Perda RTRW Kabupaten Cilacap.');
      await page.getByTestId('rpkp-action-confirm').click();
      await expect
        .poll(() => page.getByTestId('rpkp-version-page').getAttribute('data-state'))
        .toBe('diajukan');

      await province.reload();
      await province.getByTestId('rpkp-action-start_review').click();
      await province.getByTestId('rpkp-action-confirm').click();
      await expect.poll(state).toBe('ditinjau');
      await province.getByTestId('rpkp-action-complete_review').click();
      await province.getByTestId('rpkp-action-confirm').click();
      await expect.poll(state).toBe('tinjauan_selesai');
    });

    it('is approved with the Perbup, and only then may the kawasan start implementation', async () => {
      await page.goto(`${base}/kawasan/${kawasanId}`);
      await page.getByTestId('action-start_implementation').click();
      await page.getByTestId('transition-confirm').click();
      await expect
        .poll(() => page.getByTestId('transition-dialog').textContent())
        .toContain('setelah RPKP-nya disetujui');
      await page.keyboard.press('Escape');

      await page.goto(versionUrl);
      await page.getByTestId('rpkp-action-approve').click();
      await page.getByTestId('rpkp-regulation-number').fill(`Perbup Cilacap 12 Tahun ${YEAR}`);
      await page.getByTestId('rpkp-regulation-date').fill(`${YEAR}-03-01`);
      await page.getByTestId('rpkp-action-confirm').click();
      await expect
        .poll(() => page.getByTestId('rpkp-version-page').getAttribute('data-state'))
        .toBe('disetujui');
      await page.getByTestId('rpkp-tab-riwayat').click();
      const history = await page.getByTestId('rpkp-history').textContent();
      expect(history).toContain('RTRW');
      expect(history).toContain(`Perbup Cilacap 12 Tahun ${YEAR}`);

      await page.goto(`${base}/kawasan/${kawasanId}`);
      await page.getByTestId('action-start_implementation').click();
      await page.getByTestId('transition-confirm').click();
      await expect
        .poll(() =>
          page.getByTestId('kawasan-page').getByTestId('kawasan-state').first().getAttribute('data-state'),
        )
        .toBe('pelaksanaan');
    });

    it('reports the activity’s progress with a photo, rolled up, and shows it on the public page', async () => {
      await page.goto(`${versionUrl}?bagian=kemajuan`);
      await page.getByTestId('rpkp-progress').waitFor();
      await page.getByTestId('rpkp-report-progress').first().click();
      const form = page.getByTestId('rpkp-progress-form');
      await form.waitFor();
      await page.getByTestId('rpkp-progress-upload').click();
      await page
        .locator('[data-testid=document-upload] input[type=file]')
        .setInputFiles({ name: 'rumah-produksi.png', mimeType: 'image/png', buffer: Buffer.from(TINY_PNG) });
      await page.getByTestId('document-upload-submit').click();
      // The uploaded photo is attached to the report (a pill of the evidence picker).
      await expect
        .poll(() =>
          form
            .locator('.mantine-MultiSelect-root, [data-testid=rpkp-progress-documents]')
            .first()
            .evaluate((el) => el.closest('.mantine-InputWrapper-root')?.textContent ?? ''),
        )
        .toContain('rumah-produksi');
      await form.getByTestId('rpkp-progress-date').fill(`${YEAR}-03-20`);
      await choose(page, 'rpkp-progress-status', /Berjalan/);
      await form.getByTestId('rpkp-progress-percent').fill('40');
      await form.getByTestId('rpkp-progress-note').fill('Bangunan rumah produksi selesai 40 persen.');
      await page.getByTestId('rpkp-progress-submit').click();
      await expect
        .poll(() => page.getByTestId('rpkp-activity-progress').first().getAttribute('data-bp'))
        .toBe('4000');
      expect(await page.getByTestId('rpkp-plan-progress').getAttribute('data-bp')).toBe('4000');
      await app!.screenshotBoth('04-rpkp-progress');

      const visitor = await otherBrowser('public-plan');
      await visitor.goto(`${base}/kawasan/${kawasanId}/publik`);
      const plan = visitor.getByTestId('public-rpkp');
      await plan.waitFor();
      expect(await plan.textContent()).toContain('Rumah produksi gula semut');
      expect(await visitor.getByTestId('public-rpkp-progress').first().textContent()).toContain('40');
      expect(await visitor.getByTestId('public-rpkp-timeline').textContent()).toContain('40 persen');
    });
  },
);
