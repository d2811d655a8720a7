/**
 * The field log form without signal, in a real Chromium on a 360×740 phone against the real
 * server. A PLD of Kecamatan Kedungreja (registered and assigned to two desa through the API by
 * the kabupaten officer) opens /pendampingan/catat once with signal; then the network is switched
 * off. The PLD logs a visit with a photo (a large JPEG, downscaled in the browser before it is
 * stored) and sees it waiting; reloads the page still offline (the service worker serves the app
 * shell, IndexedDB keeps the entry); logs a second visit with a double tap on "Simpan"; switches
 * the network on and sees everything sent, the two entries together in one request. The server
 * then holds exactly two submitted entries, each once, the photo attached; sending an already-sent entry again, from the phone's outbox and
 * through the API, makes no duplicate.
 */
import { type APIRequestContext, type Page, type Response, request } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEDUNGREJA_IDM, OFFICER, prepareKawasanData } from './kawasan-fixture';
import {
  type E2eApp,
  hasChromium,
  horizontalOverflow,
  PHONE,
  reportMissingChromium,
  runCli,
  signIn,
  startApp,
} from './support';

reportMissingChromium();

const KEDUNGREJA = '330101';
const PLD = { login: 'pld-offline', name: 'Wulan Sari', password: 'kata-sandi-pld-offline-1' };
const [DESA_A, DESA_B, DESA_C] = KEDUNGREJA_IDM.slice(0, 3) as [
  (typeof KEDUNGREJA_IDM)[number],
  (typeof KEDUNGREJA_IDM)[number],
  (typeof KEDUNGREJA_IDM)[number],
];
const TOPIC_A = `Musyawarah kelompok tani ${DESA_A.name}`;
const TOPIC_B = `Pelatihan pembukuan BUM Desa ${DESA_B.name}`;

interface EntrySummary {
  id: string;
  topic: string;
  state: string;
  evidenceCount: number;
  date: string;
}

interface EntryDetail extends EntrySummary {
  idempotencyKey: string;
  gps: { lat: number; lon: number } | null;
  evidence: { id: string; width: number | null; height: number | null; mediaType: string }[];
}

/** Raw IndexedDB from the page: the outbox database of the signed-in PLD. */
function outboxItems(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    const name = databases.find((d) => d.name?.startsWith('kawasan-catatan-'))?.name;
    if (!name) return [];
    return new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const read = open.result.transaction('outbox').objectStore('outbox').getAll();
        read.onsuccess = () => {
          resolve(read.result as Record<string, unknown>[]);
          open.result.close();
        };
        read.onerror = () => reject(read.error);
      };
    });
  });
}

/** The pixel size of every evidence file stored in the outbox database, decoded by the page. */
function storedPhotoSize(page: Page): Promise<{ width: number; height: number; type: string }[]> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    const name = databases.find((d) => d.name?.startsWith('kawasan-catatan-'))!.name!;
    const files = await new Promise<{ data: ArrayBuffer; mediaType: string }[]>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const read = open.result.transaction('files').objectStore('files').getAll();
        read.onsuccess = () => {
          resolve(read.result as { data: ArrayBuffer; mediaType: string }[]);
          open.result.close();
        };
        read.onerror = () => reject(read.error);
      };
    });
    const sizes: { width: number; height: number; type: string }[] = [];
    for (const f of files) {
      const image = await createImageBitmap(new Blob([f.data], { type: f.mediaType }));
      sizes.push({ width: image.width, height: image.height, type: f.mediaType });
      image.close();
    }
    return sizes;
  });
}

/** Puts `item` back into the outbox as if it had never been confirmed (a forced re-send). */
function putBack(page: Page, item: Record<string, unknown>): Promise<void> {
  return page.evaluate(async (value) => {
    const databases = await indexedDB.databases();
    const name = databases.find((d) => d.name?.startsWith('kawasan-catatan-'))!.name!;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('outbox', 'readwrite');
        tx.objectStore('outbox').put({ ...value, state: 'queued', attempts: 0, nextAttemptAt: null });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, item);
}

describe.runIf(hasChromium)('the pendampingan log form without signal in Chromium', () => {
  let app: E2eApp | undefined;
  let base = '';
  let page: Page;
  let pldId = '';
  let today = '';
  let officerApi: APIRequestContext | undefined;
  let pldApi: APIRequestContext | undefined;
  let pldCsrf = '';
  let officerCsrf = '';
  const assignmentIds: string[] = [];
  /** Status of every POST /api/pendampingan/kegiatan (one entry) the page made, in order. */
  const entryPosts: number[] = [];
  /** Every POST /api/pendampingan/kegiatan/kirim the page made, in order: its status, each entry's. */
  const batchPosts: { status: number; results: number[] }[] = [];

  async function signedInApi(login: string, password: string) {
    const context = await request.newContext({ baseURL: base });
    const res = await context.post('/api/auth/login', { data: { login, password } });
    expect(res.status(), await res.text()).toBe(200);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { context, csrfToken };
  }

  async function post<T>(api: APIRequestContext, csrf: string, url: string, body: unknown): Promise<T> {
    const res = await api.post(url, { headers: { 'x-csrf-token': csrf }, data: body as object });
    expect(res.status(), `POST ${url}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as T;
  }

  async function entriesOnServer(): Promise<EntrySummary[]> {
    const res = await pldApi!.get(`/api/pendampingan/kegiatan?facilitatorId=${pldId}&limit=50`);
    expect(res.status()).toBe(200);
    const list = (await res.json()) as { items: EntrySummary[]; total: number };
    expect(list.total).toBe(list.items.length);
    return list.items;
  }

  /** Fills the form of the open page with one visit. */
  async function fillVisit(desa: string, topic: string, women: string, men: string) {
    const place = page.getByTestId('log-place');
    const value = await place.locator('option', { hasText: desa }).first().getAttribute('value');
    await place.selectOption(value!);
    await page.getByRole('radio', { name: 'Motivasi kelompok' }).check();
    await page.getByRole('textbox', { name: 'Topik' }).fill(topic);
    await page.getByTestId('log-women').fill(women);
    await page.getByTestId('log-men').fill(men);
    await page.getByRole('checkbox', { name: 'Kelompok tani' }).check();
    await page.getByRole('checkbox', { name: 'Pemerintah desa' }).check();
    await page
      .getByRole('textbox', { name: 'Yang dilakukan' })
      .fill(`Pertemuan di balai desa ${desa}: membahas jadwal tanam dan pembagian pupuk.`);
    await page.getByRole('textbox', { name: 'Hasil/keluaran' }).fill('Jadwal tanam disepakati');
  }

  beforeAll(async () => {
    app = await startApp({
      name: 'catat',
      viewport: PHONE,
      prepare: (dataDir) => {
        prepareKawasanData(dataDir);
        runCli(
          [
            'user',
            'create',
            '--username',
            PLD.login,
            '--name',
            PLD.name,
            '--role',
            'facilitator',
            '--scope',
            KEDUNGREJA,
          ],
          dataDir,
          `${PLD.password}\n`,
        );
      },
    });
    ({ base, page } = app);

    // The kabupaten officer registers the PLD and assigns three desa (not what this test is about).
    const officer = await signedInApi(OFFICER.login, OFFICER.password);
    officerApi = officer.context;
    officerCsrf = officer.csrfToken;
    const created = await post<{ id: string }>(
      officer.context,
      officer.csrfToken,
      '/api/pendampingan/pendamping',
      {
        username: PLD.login,
        type: 'pld',
        name: PLD.name,
        gender: 'perempuan',
        phone: '081234500077',
        homeRegionCode: KEDUNGREJA,
        activeFrom: '2020-01-01',
      },
    );
    pldId = created.id;
    for (const desa of [DESA_A, DESA_B, DESA_C]) {
      const assigned = await post<{ id: string }>(
        officer.context,
        officer.csrfToken,
        `/api/pendampingan/pendamping/${pldId}/penugasan`,
        { place: { kind: 'desa', code: desa.code }, from: '2020-01-01' },
      );
      assignmentIds.push(assigned.id);
    }
    const pld = await signedInApi(PLD.login, PLD.password);
    pldApi = pld.context;
    pldCsrf = pld.csrfToken;
    const saya = await pld.context.get('/api/pendampingan/saya');
    expect(saya.status()).toBe(200);
    today = ((await saya.json()) as { today: string }).today;

    page.on('response', (res: Response) => {
      if (res.request().method() !== 'POST') return;
      const path = new URL(res.url()).pathname;
      if (path === '/api/pendampingan/kegiatan') entryPosts.push(res.status());
      if (path === '/api/pendampingan/kegiatan/kirim') {
        const batch = { status: res.status(), results: [] as number[] };
        batchPosts.push(batch);
        void res.json().then(
          (body: { results?: { status: number }[] }) => {
            batch.results = (body.results ?? []).map((r) => r.status);
          },
          () => undefined,
        );
      }
    });
  }, 180_000);

  afterAll(async () => {
    await officerApi?.dispose();
    await pldApi?.dispose();
    await app?.close();
  });

  it('opens the form with signal once: the app shell is stored and the assignments kept', async () => {
    await page.goto(`${base}/masuk?kembali=${encodeURIComponent('/pendampingan/catat')}`);
    await signIn(page, PLD.login, PLD.password);
    await page.waitForURL((url) => url.pathname === '/pendampingan/catat');
    await page.getByTestId('log-form-page').waitFor();
    await expect.poll(() => page.getByTestId('log-date').inputValue()).toBe(today);
    // The service worker took control of the page and stored the shell of this build.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
      timeout: 30_000,
    });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const shell = names.find((n) => n.startsWith('kawasan-shell-'));
      const keys = shell ? await (await caches.open(shell)).keys() : [];
      return keys.map((r) => new URL(r.url).pathname);
    });
    expect(cached).toContain('/index.html');
    expect(cached.some((p) => /^\/assets\/log-form-page-.+\.js$/.test(p))).toBe(true);
    expect(cached.some((p) => p.startsWith('/api/'))).toBe(false);
    await expect
      .poll(() => page.getByTestId('outbox-summary').textContent())
      .toBe('Semua entri sudah terkirim');
  });

  it('saves a visit with a photo without signal and shows it waiting', async () => {
    await page.context().setOffline(true);
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
    await page.getByTestId('log-form-offline').waitFor();
    // The domain's rules are checked on the phone, with the messages next to the fields.
    await page.getByTestId('log-save').click();
    await page.getByText('Topik wajib diisi, paling sedikit 3 karakter.').waitFor();
    await page.getByText('Pilih paling sedikit satu kelompok peserta.').waitFor();
    expect(await outboxItems(page)).toEqual([]);
    await fillVisit(DESA_A.name, TOPIC_A, '9', '6');
    // The GPS point of the phone (no network needed).
    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ latitude: -7.5512, longitude: 108.7834, accuracy: 12 });
    await page.getByRole('button', { name: 'Ambil lokasi' }).click();
    await expect.poll(() => page.getByTestId('log-gps').textContent()).toContain('-7.5512, 108.7834');
    // A 2400×1800 phone photo: the browser stores it at 1600×1200.
    const photo = await sharp({
      create: { width: 2400, height: 1800, channels: 3, background: { r: 46, g: 139, b: 87 } },
    })
      .jpeg({ quality: 95 })
      .toBuffer();
    await page
      .getByTestId('log-files')
      .setInputFiles({ name: 'rapat-kelompok-tani.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByTestId('log-evidence').first().waitFor();
    await expect.poll(() => page.getByTestId('log-evidence').locator('img').count()).toBe(1);
    // A file that is no evidence is refused with the domain's message.
    await page
      .getByTestId('log-files')
      .setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan bukti') });
    await page.getByText(/catatan\.txt: Jenis berkas bukti tidak diterima/).waitFor();
    await app!.screenshot('catat-offline-0-filled-360');
    await page.getByTestId('log-save').click();
    await page.getByTestId('log-form-saved').waitFor();
    await expect.poll(() => page.getByTestId('outbox-summary').textContent()).toBe('1 menunggu');
    await expect.poll(() => page.getByTestId('outbox-item').count()).toBe(1);
    await page.getByTestId('outbox-item').filter({ hasText: TOPIC_A }).waitFor();
    const items = await outboxItems(page);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ state: expect.stringMatching(/^(queued|failed)$/) });
    expect((items[0]!.evidence as { fileName: string; mediaType: string }[])[0]).toMatchObject({
      fileName: 'rapat-kelompok-tani.jpg',
      mediaType: 'image/jpeg',
    });
    // The photo is stored downscaled by the browser, as a JPEG of 1600×1200.
    expect(await storedPhotoSize(page)).toEqual([{ width: 1600, height: 1200, type: 'image/jpeg' }]);
    expect(entryPosts).toEqual([]);
    expect(batchPosts).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await app!.screenshot('catat-offline-1-waiting-360');
  });

  it('reloads without signal: the service worker serves the app and the entry is still waiting', async () => {
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByTestId('log-form-page').waitFor();
    await page.getByTestId('log-form-offline').waitFor();
    await expect.poll(() => page.getByTestId('outbox-summary').textContent()).toBe('1 menunggu');
    await page.getByTestId('outbox-item').filter({ hasText: TOPIC_A }).waitFor();
    // Really without signal: the API cannot be reached from the page, nor can the service worker
    // fetch an asset it does not hold, so the page it served came from its cache.
    const reach = (url: string) =>
      page.evaluate(
        (u) =>
          fetch(u).then(
            () => 'reached',
            () => 'unreachable',
          ),
        url,
      );
    expect(await reach('/api/health')).toBe('unreachable');
    expect(await reach('/assets/not-in-this-build.js')).toBe('unreachable');
  });

  it('saves a second visit without signal; a double tap on "Simpan" makes one entry', async () => {
    await fillVisit(DESA_B.name, TOPIC_B, '4', '11');
    await page.getByTestId('log-save').dblclick();
    await page.getByTestId('log-form-saved').waitFor();
    await expect.poll(() => page.getByTestId('outbox-summary').textContent()).toBe('2 menunggu');
    await expect.poll(() => page.getByTestId('outbox-item').count()).toBe(2);
    expect(await outboxItems(page)).toHaveLength(2);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await app!.screenshot('catat-offline-2-two-waiting-360');
  });

  let sentItemB: Record<string, unknown> | undefined;

  it('sends everything once the network is back', async () => {
    sentItemB = (await outboxItems(page)).find((i) => (i.payload as { topic: string }).topic === TOPIC_B);
    expect(sentItemB).toBeDefined();
    await page.context().setOffline(false);
    await expect
      .poll(() => page.getByTestId('outbox-summary').textContent(), { timeout: 60_000 })
      .toBe('Semua entri sudah terkirim');
    await expect.poll(() => page.getByTestId('outbox-item').count()).toBe(0);
    expect(await outboxItems(page)).toEqual([]);
    // Both entries recorded without signal went up together, in one request.
    await expect.poll(() => batchPosts).toEqual([{ status: 200, results: [201, 201] }]);
    expect(entryPosts).toEqual([]);
    await app!.screenshot('catat-online-3-all-sent-360');
  });

  it('holds exactly the two entries on the server, each once, submitted, the photo attached', async () => {
    const entries = await entriesOnServer();
    expect(entries.map((e) => e.topic).sort()).toEqual([TOPIC_A, TOPIC_B].sort());
    expect(entries.every((e) => e.state === 'diajukan' && e.date === today)).toBe(true);
    const a = entries.find((e) => e.topic === TOPIC_A)!;
    const b = entries.find((e) => e.topic === TOPIC_B)!;
    expect([a.evidenceCount, b.evidenceCount]).toEqual([1, 0]);
    const detail = (await (await pldApi!.get(`/api/pendampingan/kegiatan/${a.id}`)).json()) as EntryDetail;
    expect(detail.evidence).toHaveLength(1);
    expect(detail.evidence[0]).toMatchObject({ mediaType: 'image/jpeg', width: 1600, height: 1200 });
    expect(detail.gps).toEqual({ lat: -7.5512, lon: 108.7834 });
  });

  it('makes no duplicate when an entry already sent is sent again', async () => {
    // From the phone: the outbox item of the second visit put back as if never confirmed.
    await putBack(page, sentItemB!);
    await page.reload();
    await page.getByTestId('log-form-page').waitFor();
    await expect
      .poll(() => page.getByTestId('outbox-summary').textContent(), { timeout: 60_000 })
      .toBe('Semua entri sudah terkirim');
    expect(await outboxItems(page)).toEqual([]);
    // The server answered the repeat with the entry it already had.
    await expect.poll(() => batchPosts.map((b) => b.results)).toEqual([[201, 201], [200]]);
    expect(entryPosts).toEqual([]);

    // Through the API: the first visit's exact body again under its key.
    const entries = await entriesOnServer();
    const a = entries.find((e) => e.topic === TOPIC_A)!;
    const detail = (await (await pldApi!.get(`/api/pendampingan/kegiatan/${a.id}`)).json()) as EntryDetail & {
      place: { ref: string };
      category: string;
      participants: { perempuan: number; laki_laki: number };
      groups: string[];
      activities: string;
      outputs: string;
      followUp: string;
    };
    const again = await pldApi!.post('/api/pendampingan/kegiatan', {
      headers: { 'x-csrf-token': pldCsrf },
      data: {
        idempotencyKey: detail.idempotencyKey,
        date: detail.date,
        place: { kind: 'desa', code: detail.place.ref },
        category: detail.category,
        topic: detail.topic,
        participants: detail.participants,
        groups: detail.groups,
        activities: detail.activities,
        outputs: detail.outputs,
        followUp: detail.followUp,
        evidenceIds: detail.evidence.map((e) => e.id),
        gps: detail.gps,
        submit: true,
      },
    });
    expect(again.status(), await again.text()).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(a.id);
    expect((await entriesOnServer()).map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
    expect(await entriesOnServer()).toHaveLength(2);
  });

  it('keeps an entry the server refuses, with its message, until it is corrected with "Perbaiki"', async () => {
    // Without signal the phone still believes in the assignment at the third desa, which the
    // officer ends meanwhile.
    const batchesBefore = batchPosts.length;
    await page.context().setOffline(true);
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await post(officerApi!, officerCsrf, `/api/pendampingan/penugasan/${assignmentIds[2]}/akhiri`, {
      to: yesterday,
    });
    const topic = `Pendataan kader posyandu ${DESA_C.name}`;
    await fillVisit(DESA_C.name, topic, '12', '2');
    await page.getByTestId('log-save').click();
    await expect.poll(() => page.getByTestId('outbox-summary').textContent()).toBe('1 menunggu');

    await page.context().setOffline(false);
    await expect
      .poll(() => page.getByTestId('outbox-summary').textContent(), { timeout: 60_000 })
      .toBe('1 perlu diperbaiki');
    const refused = page.getByTestId('outbox-item').filter({ hasText: topic });
    await expect
      .poll(() => refused.getByTestId('outbox-item-messages').textContent())
      .toMatch(new RegExp(`Pada ${today} Anda tidak ditugaskan di desa ${DESA_C.code}`));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await app!.screenshot('catat-online-4-needs-attention-360');

    await refused.getByRole('link', { name: 'Perbaiki' }).click();
    await page.getByTestId('log-form-fixing').waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Topik' }).inputValue()).toBe(topic);
    const place = page.getByTestId('log-place');
    await place.selectOption(
      (await place.locator('option', { hasText: DESA_A.name }).first().getAttribute('value'))!,
    );
    await page.getByTestId('log-save').click();
    await expect
      .poll(() => page.getByTestId('outbox-summary').textContent(), { timeout: 60_000 })
      .toBe('Semua entri sudah terkirim');
    const entries = await entriesOnServer();
    expect(entries).toHaveLength(3);
    const corrected = entries.find((e) => e.topic === topic);
    expect(corrected?.state).toBe('diajukan');
    // The refusal was that entry's own result in its batch; the corrected entry went up after.
    await expect
      .poll(() => batchPosts.slice(batchesBefore).map((b) => [b.status, ...b.results]))
      .toEqual([
        [200, expect.any(Number)],
        [200, 201],
      ]);
    expect(batchPosts[batchesBefore]!.results[0]).toBeGreaterThanOrEqual(400);
    expect(batchPosts[batchesBefore]!.results[0]).toBeLessThan(500);
    expect(entryPosts).toEqual([]);
  });
});
