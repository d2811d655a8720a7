/**
 * The review of facilitators' activity entries and what it feeds, in a real browser against the
 * real server on its embedded database. In Kecamatan Kedungreja (Kabupaten Cilacap) the kabupaten
 * officer registers a TA and the PLD the TA supervises, and assigns the PLD to three desa (through
 * the API: registering is not what this test is about); the PLD logs three visits with a photo and
 * submits them (through the API too: the offline form has its own test). The TA opens the review
 * queue, returns one entry with a reason (a too-short reason is refused in the browser first) and
 * approves another; the officer opens the coverage of the kabupaten and sees how many desa were
 * never visited, in the tiles, the table and on the map; the PLD sees the returned entry with the
 * reason and resubmits it, opens the monthly report and downloads it as PDF and XLSX. On a 360 px
 * phone and a 1366 px laptop.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type APIRequestContext, type BrowserContext, type Page, request } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CILACAP, KEDUNGREJA_IDM, OFFICER, prepareKawasanData } from './kawasan-fixture';
import {
  DESKTOP,
  type E2eApp,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  PHONE,
  reportMissingChromium,
  runCli,
  signIn,
  startApp,
  tempDirs,
} from './support';

reportMissingChromium();

const KEDUNGREJA = '330101';
const TA = { login: 'ta-cilacap', name: 'Budi Santoso', password: 'kata-sandi-ta-cilacap-1' };
const PLD = { login: 'pld-kedungreja', name: 'Sri Lestari', password: 'kata-sandi-pld-kedungreja-1' };
const [DESA_A, DESA_B, DESA_C] = KEDUNGREJA_IDM.slice(0, 3) as [
  (typeof KEDUNGREJA_IDM)[number],
  (typeof KEDUNGREJA_IDM)[number],
  (typeof KEDUNGREJA_IDM)[number],
];
const RETURN_REASON =
  'Jumlah peserta di daftar hadir 14 orang, bukan 12; perbaiki dan lampirkan foto daftar hadir.';

/** `date` moved back by `days` calendar days. */
function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

interface ApiSession {
  context: APIRequestContext;
  call: <T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    body?: unknown,
  ) => Promise<T>;
  upload: (url: string, bytes: Buffer, type: string) => Promise<{ id: string }>;
}

describe.runIf(hasChromium)(
  'the review of pendampingan entries, coverage and the monthly report in Chromium',
  () => {
    let app: E2eApp | undefined;
    let base = '';
    let page: Page;
    const temp = tempDirs();
    const contexts: BrowserContext[] = [];
    const sessions: APIRequestContext[] = [];
    let today = '';
    let pldId = '';
    const entries: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

    /** Signs in through the API and returns calls that carry the session's CSRF token. */
    async function apiSession(login: string, password: string): Promise<ApiSession> {
      const context = await request.newContext({ baseURL: base });
      sessions.push(context);
      const res = await context.post('/api/auth/login', { data: { login, password } });
      expect(res.status(), await res.text()).toBe(200);
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      // The answer of a change that must succeed, as JSON.
      const check = async <T>(res: Awaited<ReturnType<APIRequestContext['fetch']>>, what: string) => {
        expect(res.status(), `${what}: ${await res.text()}`).toBeLessThan(300);
        return (await res.json()) as T;
      };
      return {
        context,
        call: async <T>(method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) =>
          check<T>(
            await context.fetch(url, {
              method,
              headers: { 'x-csrf-token': csrfToken },
              ...(body === undefined ? {} : { data: body as object }),
            }),
            `${method} ${url}`,
          ),
        upload: async (url, bytes, type) =>
          check<{ id: string }>(
            await context.fetch(url, {
              method: 'POST',
              headers: { 'x-csrf-token': csrfToken, 'content-type': type },
              data: bytes,
            }),
            `POST ${url}`,
          ),
      };
    }

    /** Another signed-in browser on the same server. */
    async function otherBrowser(name: string, login: string, password: string): Promise<Page> {
      const browser = await launchBrowser(temp.make(`kawasan-e2e-pendampingan-${name}-`), DESKTOP);
      contexts.push(browser.context);
      await browser.page.goto(`${base}/masuk`);
      await signIn(browser.page, login, password);
      await browser.page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
      return browser.page;
    }

    let shotsDir = '';
    /** What the phone and the laptop show in another browser than the app's own; kept like the app's. */
    async function shotsOf(on: Page, name: string) {
      shotsDir ||= mkdtempSync(join(tmpdir(), 'kawasan-e2e-pendampingan-others-'));
      for (const [size, viewport] of [
        ['360', PHONE],
        ['1366', DESKTOP],
      ] as const) {
        await on.setViewportSize(viewport);
        await on.waitForTimeout(300);
        if (size === '360')
          expect(await horizontalOverflow(on), `horizontal overflow on ${name}`).toBeLessThanOrEqual(0);
        const path = join(shotsDir, `${name}-${size}.png`);
        await on.screenshot({ path, fullPage: true });
        console.log(`screenshot: ${path}`);
      }
    }

    beforeAll(async () => {
      app = await startApp({
        name: 'pendampingan',
        viewport: DESKTOP,
        prepare: (dataDir) => {
          prepareKawasanData(dataDir);
          for (const [who, scope] of [
            [TA, CILACAP.code],
            [PLD, KEDUNGREJA],
          ] as const) {
            runCli(
              [
                'user',
                'create',
                '--username',
                who.login,
                '--name',
                who.name,
                '--role',
                'facilitator',
                '--scope',
                scope,
              ],
              dataDir,
              `${who.password}\n`,
            );
          }
        },
      });
      ({ base, page } = app);

      // The officer registers the TA and the PLD (supervised by the TA) and assigns the PLD.
      const officer = await apiSession(OFFICER.login, OFFICER.password);
      const pld = await apiSession(PLD.login, PLD.password);
      const probe = await pld.context.get('/api/pendampingan/saya');
      expect(probe.status()).toBe(404);
      const started = '2020-01-01';
      const ta = await officer.call<{ id: string }>('POST', '/api/pendampingan/pendamping', {
        username: TA.login,
        type: 'ta',
        name: TA.name,
        gender: 'laki_laki',
        phone: '081234500001',
        homeRegionCode: CILACAP.code,
        activeFrom: started,
      });
      const created = await officer.call<{ id: string }>('POST', '/api/pendampingan/pendamping', {
        username: PLD.login,
        type: 'pld',
        name: PLD.name,
        gender: 'perempuan',
        email: 'sri.lestari@contoh.id',
        nik: '3301016508900003',
        homeRegionCode: KEDUNGREJA,
        activeFrom: started,
        supervisorId: ta.id,
      });
      pldId = created.id;
      for (const desa of [DESA_A, DESA_B, DESA_C]) {
        await officer.call('POST', `/api/pendampingan/pendamping/${pldId}/penugasan`, {
          place: { kind: 'desa', code: desa.code },
          from: started,
        });
      }

      // The PLD logs three visits and submits them; the first one with a photo.
      today = (await pld.call<{ today: string }>('GET', '/api/pendampingan/saya')).today;
      const photo = await sharp({
        create: { width: 640, height: 480, channels: 3, background: { r: 46, g: 139, b: 87 } },
      })
        .jpeg()
        .toBuffer();
      const evidence = await pld.upload(
        '/api/pendampingan/bukti?fileName=rapat-kelompok.jpg',
        photo,
        'image/jpeg',
      );
      const log = async (
        desa: (typeof KEDUNGREJA_IDM)[number],
        date: string,
        topic: string,
        evidenceIds: string[],
      ) =>
        (
          await pld.call<{ id: string; state: string }>('POST', '/api/pendampingan/kegiatan', {
            idempotencyKey: randomUUID(),
            date,
            place: { kind: 'desa', code: desa.code },
            category: 'motivasi_kelompok',
            topic,
            participants: { perempuan: 7, laki_laki: 5 },
            groups: ['kelompok_tani', 'pemerintah_desa'],
            activities: `Pertemuan kelompok di balai desa ${desa.name}: membahas jadwal tanam dan pembagian pupuk.`,
            outputs: 'Jadwal tanam musim hujan disepakati',
            followUp: 'Pendataan anggota kelompok minggu depan',
            evidenceIds,
            gps: { lat: -7.55, lon: 108.78 },
            submit: true,
          })
        ).id;
      entries.a = await log(DESA_A, today, `Rapat kelompok tani ${DESA_A.name}`, [evidence.id]);
      entries.b = await log(DESA_B, today, `Rapat kelompok tani ${DESA_B.name}`, []);
      entries.c = await log(DESA_C, daysBefore(today, 35), `Musyawarah dusun ${DESA_C.name}`, []);

      await page.goto(`${base}/masuk`);
      await signIn(page, TA.login, TA.password);
      await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
    }, 180_000);

    afterAll(async () => {
      for (const c of contexts) await c.close();
      for (const s of sessions) await s.dispose();
      temp.removeAll();
      await app?.close();
    });

    it('shows the TA the entries waiting for review and opens the queue', async () => {
      await page.goto(`${base}/pendampingan`);
      await page.getByTestId('pendampingan-home').waitFor();
      expect(await page.getByTestId('pendampingan-to-review').textContent()).toContain('3 catatan');
      await page.getByTestId('pendampingan-review-link').click();
      await page.waitForURL(/\/pendampingan\/tinjauan$/);
      const rows = page.getByTestId('entry-row');
      await expect.poll(() => rows.count()).toBe(3);
      expect(await page.getByTestId('review-queue').textContent()).toContain(PLD.name);
      await app!.screenshotBoth('01-review-queue');
    });

    it('returns one entry with a reason, refusing a too-short reason in the browser', async () => {
      await page
        .locator(`[data-testid="entry-row"][data-entry="${entries.a}"]`)
        .getByTestId('review-open')
        .click();
      await page.waitForURL(new RegExp(`/pendampingan/kegiatan/${entries.a}$`));
      const entry = page.getByTestId('entry-page');
      await entry.waitFor();
      expect(await entry.getAttribute('data-state')).toBe('diajukan');
      await expect.poll(() => page.getByTestId('evidence-photo').count()).toBe(1);
      // The thumbnail is the stored photo, read from the evidence address.
      await expect
        .poll(() =>
          page
            .locator('[data-testid="evidence-photo"] img')
            .evaluate((img: HTMLImageElement) => img.naturalWidth),
        )
        .toBe(640);
      expect(await page.getByTestId('entry-participants').textContent()).toContain('12 orang');
      expect(await page.getByTestId('entry-groups').textContent()).toContain('Kelompok tani');

      await page.getByTestId('entry-action-return').click();
      const dialog = page.getByTestId('entry-action-dialog');
      await dialog.getByTestId('entry-return-reason').fill('kurang');
      await dialog.getByTestId('entry-action-confirm').click();
      await expect.poll(() => dialog.textContent()).toContain('paling sedikit 10 karakter');
      expect(await entry.getAttribute('data-state')).toBe('diajukan');

      await dialog.getByTestId('entry-return-reason').fill(RETURN_REASON);
      await dialog.getByTestId('entry-action-confirm').click();
      await expect.poll(() => entry.getAttribute('data-state'), { timeout: 10_000 }).toBe('dikembalikan');
      expect(await page.getByTestId('success-note').textContent()).toContain('dikembalikan');
      await expect
        .poll(() => page.getByTestId('entry-history-reason').last().textContent())
        .toBe(RETURN_REASON);
      // Returned: the supervisor has nothing more to do with it.
      expect(await page.getByTestId('entry-actions').count()).toBe(0);
      await app!.screenshotBoth('02-entry-returned');
    });

    it('approves another entry directly from the queue', async () => {
      await page.goto(`${base}/pendampingan/tinjauan`);
      const rows = page.getByTestId('entry-row');
      await expect.poll(() => rows.count()).toBe(2);
      await page
        .locator(`[data-testid="entry-row"][data-entry="${entries.b}"]`)
        .getByTestId('review-approve')
        .click();
      await page.getByRole('dialog').getByRole('button', { name: 'Setujui', exact: true }).click();
      await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
      expect(await page.getByTestId('success-note').textContent()).toContain('disetujui');
      expect(await rows.first().getAttribute('data-entry')).toBe(entries.c);
      // The older visit is approved too, so the coverage shows a gap of 35 days.
      await page
        .locator(`[data-testid="entry-row"][data-entry="${entries.c}"]`)
        .getByTestId('review-approve')
        .click();
      await page.getByRole('dialog').getByRole('button', { name: 'Setujui', exact: true }).click();
      await page.getByTestId('review-empty').waitFor({ timeout: 10_000 });
    });

    it('shows the kabupaten officer the unvisited desa in tiles, the table and on the map', async () => {
      const officer = await otherBrowser('officer', OFFICER.login, OFFICER.password);
      await officer.goto(`${base}/pendampingan`);
      await officer.getByTestId('pendampingan-coverage-link').click();
      await officer.waitForURL(/\/pendampingan\/cakupan$/);
      await officer.getByTestId('coverage-tiles').waitFor();
      const value = (id: string) => officer.getByTestId(`${id}-value`).textContent();
      expect(await value('coverage-desa')).toBe(String(KEDUNGREJA_IDM.length));
      // Visited: desa B today and desa C 35 days ago; the returned entry of desa A does not count.
      const unvisited = String(KEDUNGREJA_IDM.length - 2);
      expect(await value('coverage-never')).toBe(unvisited);
      expect(await value('coverage-gap-30')).toBe(String(KEDUNGREJA_IDM.length - 1));
      expect(await value('coverage-gap-60')).toBe(unvisited);
      expect(await value('coverage-gap-90')).toBe(unvisited);
      expect(await officer.getByTestId('coverage-scope').textContent()).toContain('Cilacap');

      // The table starts with the never visited desa and ends with the one visited today.
      const desaRows = officer.getByTestId('coverage-desa-row');
      await expect.poll(() => desaRows.count()).toBe(KEDUNGREJA_IDM.length);
      expect(await desaRows.first().getAttribute('data-days')).toBe('never');
      expect(await desaRows.nth(KEDUNGREJA_IDM.length - 2).getAttribute('data-days')).toBe('35');
      expect(await desaRows.last().getAttribute('data-days')).toBe('0');
      expect(await desaRows.last().textContent()).toContain(DESA_B.name);

      // The map colours the desa by days since the last visit.
      const map = officer.getByTestId('coverage-map');
      await map.scrollIntoViewIfNeeded();
      await map.getByTestId('region-map-canvas').waitFor({ timeout: 20_000 });
      const legend = (status: string) =>
        map.locator(`[data-testid="map-legend-item"][data-status="${status}"]`);
      const counted = (n: number | string) => new RegExp(`\\s${n}$`);
      expect(await legend('days90').textContent()).toMatch(counted(unvisited));
      expect(await legend('days60').textContent()).toMatch(counted(0));
      expect(await legend('days30').textContent()).toMatch(counted(1));
      expect(await legend('recent').textContent()).toMatch(counted(1));
      expect(await officer.getByTestId('coverage-workload').textContent()).toContain(PLD.name);
      await shotsOf(officer, '03-coverage');
    });

    it('shows the PLD the returned entry with its reason and takes the resubmission', async () => {
      const pld = await otherBrowser('pld', PLD.login, PLD.password);
      await pld.goto(`${base}/pendampingan`);
      await pld.getByTestId('pendampingan-home').waitFor();
      const count = (state: string) =>
        pld.locator(`[data-testid="pendampingan-count"][data-state="${state}"]`).textContent();
      expect(await count('dikembalikan')).toContain('1');
      expect(await count('disetujui')).toContain('2');
      await shotsOf(pld, '04-facilitator-home');
      await pld.locator('[data-testid="pendampingan-count"][data-state="dikembalikan"]').click();
      await expect.poll(() => pld.getByTestId('entry-row').count()).toBe(1);
      await pld.getByTestId('entry-link').first().click();
      await pld.waitForURL(new RegExp(`/pendampingan/kegiatan/${entries.a}$`));
      expect(await pld.getByTestId('entry-return-note').textContent()).toContain(RETURN_REASON);
      await pld.getByTestId('entry-action-resubmit').click();
      await pld.getByTestId('entry-action-confirm').click();
      await expect
        .poll(() => pld.getByTestId('entry-page').getAttribute('data-state'), { timeout: 10_000 })
        .toBe('diajukan');

      // The monthly report counts the approved visit of this month and downloads as PDF and XLSX.
      await pld.goto(`${base}/pendampingan`);
      await pld.getByTestId('pendampingan-report-link').click();
      await pld.waitForURL(new RegExp(`/pendampingan/pendamping/${pldId}`));
      const report = pld.getByTestId('monthly-report');
      await report.waitFor();
      expect(await report.getAttribute('data-month')).toBe(today.slice(0, 7));
      expect((await pld.getByTestId('monthly-report-status').textContent())?.trim()).not.toBe('');
      expect(await pld.getByTestId('report-activity-count').textContent()).toContain('1');
      expect(await pld.getByTestId('report-activities').textContent()).toContain(DESA_B.name);
      expect(await pld.getByTestId('facilitator-fact-nik').textContent()).toContain('************0003');
      const pdfHref = await pld.getByTestId('monthly-report-pdf').getAttribute('href');
      expect(pdfHref).toBe(
        `/api/pendampingan/pendamping/${pldId}/laporan-bulanan.pdf?month=${today.slice(0, 7)}`,
      );
      const pdf = await pld.context().request.get(`${base}${pdfHref}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
      const xlsxHref = await pld.getByTestId('monthly-report-xlsx').getAttribute('href');
      const xlsx = await pld.context().request.get(`${base}${xlsxHref}`);
      expect(xlsx.status()).toBe(200);
      expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
      await shotsOf(pld, '05-monthly-report');
    });
  },
);
