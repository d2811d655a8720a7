/**
 * Forming a kawasan in a real browser against the real server: an officer of Kabupaten Cilacap
 * runs the formation recommender (neighbours from the imported boundaries of Kedungreja, IDM
 * 2024 with locomotives beside Tertinggal desa), reopens and repeats the run by its seed, turns a
 * proposal into a kawasan, verifies and designates it with an uploaded SK, and sees its
 * dashboard; then a visitor, not signed in, finds it in the public list and reads its public
 * page with the members on the map and the SK to download, and sees it named on the page of a
 * member desa and listed on the kabupaten page. On a 360 px phone and a 1366 px laptop.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicKawasan } from '../../src/contracts/kawasan.contract';
import { CILACAP, KEDUNGREJA_IDM, OFFICER, prepareKawasanData } from './kawasan-fixture';
import { DESKTOP, type E2eApp, hasChromium, PHONE, reportMissingChromium, signIn, startApp } from './support';

reportMissingChromium();

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SK_NUMBER = '188.4/271/2026';
const SK_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const LOCOMOTIVES = KEDUNGREJA_IDM.filter((d) => d.status === 'MAJU' || d.status === 'MANDIRI').map(
  (d) => d.code,
);
const LAGGING = KEDUNGREJA_IDM.filter((d) => d.status.includes('TERTINGGAL')).map((d) => d.code);

describe.runIf(hasChromium)('forming a kawasan from the recommender in Chromium', () => {
  let app: E2eApp | undefined;
  let base = '';
  let page: Page;
  let screenshotBoth: E2eApp['screenshotBoth'];
  let screenshot: E2eApp['screenshot'];
  let runUrl = '';
  let kawasanId = '';
  let kawasanName = '';
  let memberNames: string[] = [];

  const codesOf = async (card: Locator) =>
    (
      await card
        .getByTestId('proposal-member')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))
    )
      .filter((c): c is string => c !== null)
      .sort();
  /** The members map of the open page, loaded: scrolled to, drawn, legend counted. */
  const membersMap = async (testId: string) => {
    const map = page.getByTestId(testId);
    await map.scrollIntoViewIfNeeded();
    await map.getByTestId('region-map-canvas').waitFor();
    const legend = map.getByTestId('map-legend');
    const counted = await legend
      .locator('[data-testid=map-legend-item]:not([data-status=faded]):not([data-status=outline])')
      .allTextContents();
    const total = counted.map((l) => Number(l.match(/(\d+)$/)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    expect(total).toBe(memberNames.length);
    expect(await legend.locator('[data-status=faded]').textContent()).toBe(
      `Desa lain (bukan anggota) ${KEDUNGREJA_IDM.length - memberNames.length}`,
    );
    return map;
  };
  /** The map section alone on a phone and on a laptop, for review. */
  const screenshotMap = async (name: string, map: Locator) => {
    for (const [size, viewport] of [
      ['360', PHONE],
      ['1366', DESKTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(250);
      await map.scrollIntoViewIfNeeded();
      await screenshot(`${name}-${size}`, map);
    }
  };
  const membersOfRun = async () => {
    const cards = page.getByTestId('proposal-card');
    const out: string[][] = [];
    for (let i = 0; i < (await cards.count()); i++) out.push(await codesOf(cards.nth(i)));
    return out;
  };
  const state = () =>
    page.getByTestId('kawasan-page').getByTestId('kawasan-state').first().getAttribute('data-state');

  beforeAll(async () => {
    app = await startApp({ name: 'kawasan-formation', viewport: DESKTOP, prepare: prepareKawasanData });
    ({ base, page, screenshotBoth, screenshot } = app);
  });
  afterAll(() => app?.close());

  it('runs the recommender for the officer’s kabupaten, with progress, and opens the run at its own address', async () => {
    await page.goto(`${base}/kawasan/rekomendasi`);
    await signIn(page, OFFICER.login, OFFICER.password);
    await page.getByRole('heading', { level: 1, name: 'Rekomendasi pembentukan kawasan' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/kawasan/rekomendasi');
    // The officer's own kabupaten is chosen already.
    const kabupaten = page.getByTestId('recommender-kabupaten');
    await expect.poll(() => kabupaten.inputValue()).toBe(CILACAP.name);
    // The advanced options start folded.
    expect(await page.getByTestId('recommender-advanced').getAttribute('aria-expanded')).toBe('false');

    // Slow the answer down a little so the progress can be seen.
    await page.route('**/api/kawasan/recommendations', async (route) => {
      await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    });
    await page.getByTestId('recommender-submit').click();
    const running = page.getByTestId('recommender-running');
    await running.waitFor();
    expect(await running.textContent()).toContain(`Menyusun usulan kawasan untuk ${CILACAP.name}`);
    await page.waitForURL(new RegExp(`/kawasan/rekomendasi/${UUID}$`));
    await page.unroute('**/api/kawasan/recommendations');
    runUrl = page.url();

    const result = page.getByTestId('recommendation');
    await result.waitFor();
    expect(await result.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      `Hasil untuk ${CILACAP.name}`,
    );
    expect(await page.getByTestId('run-recommender').textContent()).toContain('kawasan-recommender-1');
    expect(await page.getByTestId('run-seed').textContent()).toMatch(/^Benih \(seed\)\d+$/);
    expect(await page.getByTestId('run-index-year').textContent()).toContain('Tahun 2024');
    expect(await page.getByTestId('run-graph').textContent()).toContain('Dari batas desa');
    expect(await page.getByTestId('run-desa-count').textContent()).toContain('11');
    expect(await page.getByTestId('no-proposal').count()).toBe(0);
  });

  it('explains each proposal: members with status and role, who pulls whom, the score and the reasons', async () => {
    const cards = page.getByTestId('proposal-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(1);
    for (const codes of await membersOfRun()) {
      expect(
        codes.some((c) => LOCOMOTIVES.includes(c)),
        `a locomotive in ${codes}`,
      ).toBe(true);
      expect(
        codes.some((c) => LAGGING.includes(c)),
        `a lagging desa in ${codes}`,
      ).toBe(true);
    }
    const first = cards.first();
    const roles = await first
      .getByTestId('proposal-member-role')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    expect(roles).toContain('locomotive');
    expect(roles).toContain('lagging');
    // Each member has its IDM status written out, as on the rest of the site.
    const statuses = await first.getByTestId('idm-status').allTextContents();
    expect(statuses.length).toBe(await first.getByTestId('proposal-member').count());
    expect(statuses.some((s) => s === 'Maju' || s === 'Mandiri')).toBe(true);
    expect(await first.getByTestId('proposal-pulls').textContent()).toContain('menarik');
    expect(await first.getByTestId('proposal-score').locator('[data-score]').count()).toBe(4);
    const explanation = await first.getByTestId('proposal-explanation').textContent();
    expect(explanation).toMatch(/^Usulan U1: \d+ desa bertetangga/);
    expect(explanation).toContain('Ketetanggaan dari batas desa yang diimpor.');

    // Every desa not in a proposal is listed with its reason, folded until asked for.
    await page.getByTestId('left-out-toggle').click();
    const groups = page.getByTestId('left-out-group');
    await groups.first().waitFor({ state: 'visible' });
    const proposed = (await membersOfRun()).flat().length;
    const listed = await page.getByTestId('left-out').getByRole('link').count();
    expect(proposed + listed).toBe(KEDUNGREJA_IDM.length);
    await screenshotBoth('recommender-run');
  });

  it('reopens a run from its address and repeats it exactly with its seed', async () => {
    const before = await membersOfRun();
    const seed = (await page.getByTestId('run-seed').locator('dd').textContent())!;
    await page.goto(runUrl);
    await page.getByTestId('recommendation').waitFor();
    expect(await page.getByTestId('run-seed').locator('dd').textContent()).toBe(seed);
    expect(await membersOfRun()).toEqual(before);

    await page.getByTestId('run-repeat').click();
    expect(await page.getByTestId('recommender-seed').inputValue()).toBe(seed);
    await page.getByTestId('recommender-submit').click();
    await page.waitForURL(
      (url) => url.href !== runUrl && new RegExp(`/kawasan/rekomendasi/${UUID}$`).test(url.href),
    );
    await page.getByTestId('recommendation').waitFor();
    expect(await page.getByTestId('run-seed').locator('dd').textContent()).toBe(seed);
    expect(await membersOfRun()).toEqual(before);
    runUrl = page.url();
  });

  it('turns a proposal into a kawasan, proposed at once', async () => {
    const card = page.getByTestId('proposal-card').first();
    const locomotiveNames = await card
      .locator('[data-testid=proposal-member]:has([data-role=locomotive]) a')
      .allTextContents();
    memberNames = await card.getByTestId('proposal-member').locator('a').allTextContents();
    await card.getByTestId('proposal-open-form').click();
    const form = card.getByTestId('proposal-kawasan-form');
    await form.waitFor();
    const name = form.getByRole('textbox', { name: 'Nama kawasan' });
    kawasanName = await name.inputValue();
    expect(locomotiveNames.map((n) => `Kawasan ${n}`)).toContain(kawasanName);
    const themes = form.getByRole('combobox', { name: 'Tema (pilihan)' });
    await expect.poll(() => themes.locator('option').count()).toBeGreaterThan(1);
    await themes.selectOption({ index: 1 });
    const commodities = form.getByLabel(/Komoditas unggulan/);
    await commodities.fill('padi');
    await commodities.press('Enter');
    await form.getByTestId('proposal-kawasan-submit').click();

    await page.waitForURL(new RegExp(`/kawasan/${UUID}$`));
    kawasanId = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByTestId('kawasan-page').waitFor();
    expect(await page.getByTestId('kawasan-title').textContent()).toBe(kawasanName);
    await expect.poll(state).toBe('usulan');
    // Made from a proposal, it is proposed already: the note says so rather than asking for members.
    const note = (await page.getByTestId('success-note').first().textContent())!;
    expect(note).toContain(`Kawasan ${kawasanName} dibuat dan langsung diusulkan`);
    expect(note).toContain('menunggu verifikasi');
    expect(note).not.toContain('Lengkapi desa anggota');
    const rows = page.getByTestId('member-row');
    expect(await rows.count()).toBe(memberNames.length);
    for (const member of memberNames)
      expect(await page.getByTestId('kawasan-members').textContent()).toContain(member);

    // Back on the run, the proposal links to its kawasan instead of offering it again.
    await page.goto(runUrl);
    const made = page.getByTestId('proposal-card').first().getByTestId('proposal-made');
    await made.waitFor();
    expect(await made.getByRole('link').getAttribute('href')).toBe(`/kawasan/${kawasanId}`);
    expect(await page.getByTestId('proposal-card').first().getByTestId('proposal-open-form').count()).toBe(0);
  });

  it('verifies and designates it with an uploaded SK, and shows its dashboard', async () => {
    await page.goto(`${base}/kawasan/${kawasanId}`);
    await page.getByTestId('action-verify').click();
    await page.getByTestId('transition-dialog').waitFor();
    await page.getByTestId('transition-confirm').click();
    await expect.poll(state).toBe('diverifikasi');

    await page.getByTestId('action-designate').click();
    const dialog = page.getByTestId('transition-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('sk-number').fill(SK_NUMBER);
    await dialog.getByTestId('sk-date').fill('2026-11-30');
    await dialog.getByTestId('sk-upload').click();
    await dialog
      .locator('[data-testid=document-upload] input[type=file]')
      .setInputFiles({ name: 'sk-bupati-cilacap.pdf', mimeType: 'application/pdf', buffer: SK_PDF });
    await dialog.getByTestId('document-upload-submit').click();
    await expect
      .poll(() => dialog.getByTestId('sk-document').inputValue())
      .toContain('sk-bupati-cilacap.pdf');
    await dialog.getByTestId('transition-confirm').click();
    await expect.poll(state).toBe('ditetapkan');
    expect(await page.getByTestId('kawasan-decree').textContent()).toContain(SK_NUMBER);
    for (const member of memberNames)
      expect(await page.getByTestId('kawasan-members').textContent()).toContain(member);
    // The same members map as the public page, on the dashboard.
    const map = await membersMap('kawasan-map');
    await screenshotBoth('kawasan-dashboard');
    await screenshotMap('kawasan-dashboard-map', map);
  });

  it('lets a visitor find the kawasan in the public list and read its public page', async () => {
    await app!.context.clearCookies();
    await page.goto(`${base}/`);
    await page.getByTestId('footer-public-kawasan').click();
    await page.getByRole('heading', { level: 1, name: 'Kawasan perdesaan yang telah ditetapkan' }).waitFor();
    const row = page.locator(`[data-testid=public-kawasan-row][data-kawasan="${kawasanId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(CILACAP.name);

    // Filtering by region: its province and kabupaten keep it, another province has none.
    await page.getByTestId('public-filter-province').selectOption('33');
    await page.waitForURL(/wilayah=33$/);
    await row.waitFor();
    await expect
      .poll(() => page.getByTestId('public-filter-kabupaten').locator('option').count())
      .toBeGreaterThan(1);
    await page.getByTestId('public-filter-kabupaten').selectOption(CILACAP.code);
    await page.waitForURL(new RegExp(`wilayah=${CILACAP.code}$`));
    await row.waitFor();
    await page.getByTestId('public-filter-province').selectOption('35');
    await page.getByTestId('public-kawasan-empty').waitFor();
    expect(await page.getByTestId('public-kawasan-empty').textContent()).toContain('Jawa Timur');
    await page.goto(`${base}/kawasan-publik`);
    await row.getByRole('link', { name: kawasanName }).click();

    await page.waitForURL(new RegExp(`/kawasan/${kawasanId}/publik$`));
    await page.getByRole('heading', { level: 1, name: kawasanName }).waitFor();
    expect(await page.getByTestId('sign-in-link').count()).toBe(1);
    expect(await page.getByTestId('public-state').textContent()).toContain('Ditetapkan');
    expect(await page.getByTestId('public-region').textContent()).toContain(CILACAP.name);
    expect(await page.getByTestId('public-decree').textContent()).toContain(
      `Nomor ${SK_NUMBER}, tanggal 30 Nov 2026`,
    );
    expect(await page.getByTestId('public-commodities').textContent()).toContain('padi');
    const members = page.getByTestId('public-member');
    expect(await members.count()).toBe(memberNames.length);
    expect(await page.getByTestId('public-members').getByTestId('idm-status').count()).toBe(
      memberNames.length,
    );
    expect(await page.getByTestId('public-year').first().getAttribute('data-year')).toBe('2024');

    // The SK downloads without signing in.
    const link = page.getByTestId('public-document-link');
    expect(await link.count()).toBe(1);
    const response = await fetch(`${base}${await link.getAttribute('href')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('sk-bupati-cilacap.pdf');
    expect(Buffer.from(await response.arrayBuffer()).equals(SK_PDF)).toBe(true);

    // The members on the map of the kabupaten, coloured by status; the other desa pale.
    const map = await membersMap('public-kawasan-map');
    // A tap on a pale desa names it with its own IDM status, as not a member of this kawasan.
    const canvas = map.getByTestId('region-map-canvas');
    const palePoint = () =>
      canvas.evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        // The pale fill (Mantine gray.1, #f1f3f5) all around a point: inside a non-member desa.
        const pale = (x: number, y: number) => {
          const i = (y * c.width + x) * 4;
          return data[i] === 241 && data[i + 1] === 243 && data[i + 2] === 245;
        };
        const r = c.getBoundingClientRect();
        for (let y = 8; y < c.height - 8; y += 4)
          for (let x = 8; x < c.width - 8; x += 4)
            if ([-6, 0, 6].every((dy) => [-6, 0, 6].every((dx) => pale(x + dx, y + dy))))
              return { x: r.left + (x * r.width) / c.width, y: r.top + (y * r.height) / c.height };
        return null;
      });
    await expect.poll(palePoint).not.toBeNull();
    const at = (await palePoint())!;
    await page.mouse.click(at.x, at.y);
    const details = map.getByTestId('map-details');
    await details.getByTestId('map-details-outside').waitFor();
    expect(await details.getByTestId('map-details-outside').textContent()).toBe(
      'Bukan desa anggota kawasan ini.',
    );
    const tapped = (await details.getByTestId('map-details-name').textContent())!;
    expect(memberNames).not.toContain(tapped);
    const scored = KEDUNGREJA_IDM.find((d) => d.name.toLowerCase() === tapped.toLowerCase());
    expect(scored, `tapped ${tapped}`).toBeDefined();
    expect(await details.getByTestId('idm-status').count()).toBe(1);
    expect(await details.textContent()).not.toContain('Belum ada nilai IDM');
    await screenshotBoth('public-kawasan');
    await screenshotMap('public-kawasan-map', map);
  });

  it('says clearly when a kawasan has no public page', async () => {
    await page.goto(`${base}/kawasan/00000000-0000-4000-8000-000000000000/publik`);
    await page
      .getByRole('heading', { level: 1, name: 'Kawasan tidak ditemukan atau belum ditetapkan' })
      .waitFor();
    expect(await page.getByTestId('public-kawasan-missing').textContent()).toContain(
      'telah ditetapkan dengan SK',
    );
  });

  it('names the kawasan on the page of a member desa and lists it on the kabupaten page', async () => {
    const published = (await (
      await fetch(`${base}/api/public/kawasan/${kawasanId}`)
    ).json()) as PublicKawasan;
    const member = published.members[0]!;
    const themeLabel = published.theme!.label;
    /** The kawasan section of the open page, scrolled to (it loads only then). */
    const kawasanSection = async () => {
      const section = page.getByTestId('region-kawasan');
      await section.scrollIntoViewIfNeeded();
      return section;
    };
    const rowOf = (section: Locator) =>
      section.locator(`[data-testid=region-kawasan-row][data-kawasan="${kawasanId}"]`);

    // A visitor on the page of a member desa: the kawasan named, its state and theme, its public page.
    await page.goto(`${base}/wilayah/${member.code}`);
    await page.getByRole('heading', { level: 1, name: member.name }).waitFor();
    let section = await kawasanSection();
    let row = rowOf(section);
    await row.waitFor();
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Kawasan perdesaan');
    expect(await row.getByRole('link', { name: kawasanName }).getAttribute('href')).toBe(
      `/kawasan/${kawasanId}/publik`,
    );
    expect(await row.getByTestId('kawasan-state').getAttribute('data-state')).toBe('ditetapkan');
    expect(await row.getByTestId('kawasan-state').textContent()).toBe('Ditetapkan');
    expect(await row.textContent()).toContain(themeLabel);
    expect(await row.textContent()).toContain(`${memberNames.length} desa`);
    expect(await row.getByTestId('region-kawasan-dashboard').count()).toBe(0);
    await screenshotBoth('region-desa-kawasan');
    await screenshotMap('region-desa-kawasan-section', section);
    await row.getByRole('link', { name: kawasanName }).click();
    await page.waitForURL(new RegExp(`/kawasan/${kawasanId}/publik$`));
    await page.getByRole('heading', { level: 1, name: kawasanName }).waitFor();

    // A desa of the same kecamatan outside the kawasan says so in one line; a kelurahan says why.
    const outside = KEDUNGREJA_IDM.find((d) => !published.members.some((m) => m.code === d.code))!;
    await page.goto(`${base}/wilayah/${outside.code}`);
    section = await kawasanSection();
    await section.getByTestId('region-kawasan-empty').waitFor();
    expect(await section.getByTestId('region-kawasan-empty').textContent()).toBe(
      'Desa ini belum menjadi anggota kawasan perdesaan yang telah ditetapkan.',
    );
    await page.goto(`${base}/wilayah/3374011001`);
    section = await kawasanSection();
    expect(await section.getByTestId('region-kawasan-kelurahan').textContent()).toContain(
      'Kelurahan bukan bagian dari kawasan perdesaan',
    );

    // The kabupaten page lists it, with a link to the public list of the kabupaten.
    await page.goto(`${base}/wilayah/${CILACAP.code}`);
    await page.getByRole('heading', { level: 1, name: CILACAP.name }).waitFor();
    section = await kawasanSection();
    row = rowOf(section);
    await row.waitFor();
    expect(await section.getByTestId('region-kawasan-row').count()).toBe(1);
    expect(await row.getByRole('link', { name: kawasanName }).getAttribute('href')).toBe(
      `/kawasan/${kawasanId}/publik`,
    );
    expect(await row.textContent()).toContain(`${memberNames.length} desa`);
    expect(await row.textContent()).not.toContain(CILACAP.name);
    await screenshotMap('region-kabupaten-kawasan-section', section);
    // On the province page it is named with the kabupaten that designated it.
    await page.goto(`${base}/wilayah/33`);
    section = await kawasanSection();
    await rowOf(section).waitFor();
    expect(await rowOf(section).textContent()).toContain(CILACAP.name);
    // A kota of kelurahan only has none, quietly.
    await page.goto(`${base}/wilayah/3374`);
    section = await kawasanSection();
    await section.getByTestId('region-kawasan-empty').waitFor();
    expect(await section.getByTestId('region-kawasan-empty').textContent()).toBe(
      'Belum ada kawasan yang ditetapkan di Kota Semarang.',
    );
    await page.goto(`${base}/wilayah/${CILACAP.code}`);
    section = await kawasanSection();
    const all = section.getByTestId('region-kawasan-all');
    await all.waitFor();
    expect(await all.textContent()).toBe(`Semua kawasan di ${CILACAP.name}`);
    await all.click();
    await page.waitForURL(new RegExp(`/kawasan-publik\\?wilayah=${CILACAP.code}$`));
    await page.locator(`[data-testid=public-kawasan-row][data-kawasan="${kawasanId}"]`).waitFor();

    // Signed in, the desa page also leads to the kawasan's dashboard.
    await page.goto(`${base}/masuk?kembali=${encodeURIComponent(`/wilayah/${member.code}`)}`);
    await signIn(page, OFFICER.login, OFFICER.password);
    await page.waitForURL(new RegExp(`/wilayah/${member.code}$`));
    section = await kawasanSection();
    const dashboard = rowOf(section).getByTestId('region-kawasan-dashboard');
    await dashboard.waitFor();
    expect(await dashboard.getAttribute('href')).toBe(`/kawasan/${kawasanId}`);
    await dashboard.click();
    await page.waitForURL(new RegExp(`/kawasan/${kawasanId}$`));
    await page.getByTestId('kawasan-page').waitFor();
  });
});
