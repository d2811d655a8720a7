/**
 * The web app in a real browser against the real server: `kawasan serve` on a fresh data
 * directory (it migrates and imports the national wilayah data by itself) and Debian's Chromium.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const requireFullSuite = process.env.KAWASAN_REQUIRE_FULL_SUITE === '1';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER_START_TIMEOUT_MS = 120_000;

if (!hasChromium) {
  console.warn(
    `\n${'!'.repeat(78)}\n!! BROWSER TESTS NOT RUN: ${CHROMIUM} missing (apt-get install chromium)\n${'!'.repeat(78)}\n`,
  );
}

if (!hasChromium && requireFullSuite) {
  describe('browser tests (required by KAWASAN_REQUIRE_FULL_SUITE=1)', () => {
    it('need Chromium', () => {
      throw new Error(`KAWASAN_REQUIRE_FULL_SUITE=1 but ${CHROMIUM} is missing: apt-get install -y chromium`);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function buildWebIfMissing(): void {
  if (existsSync(join(ROOT, 'dist/web/index.html'))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: ROOT,
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}

/** Starts `kawasan serve` and resolves once it prints its URL and /api/health answers 200. */
async function startServer(port: number, dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['bin/kawasan.mjs', 'serve', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, KAWASAN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so stopping it also stops the first-start import it may have spawned.
    detached: true,
  });
  process.once('exit', () => signalServer(child, 'SIGKILL'));
  let output = '';
  const base = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not start within ${SERVER_START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, SERVER_START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('http://')) {
        clearTimeout(timer);
        resolveReady();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before it was ready:\n${output}`));
    });
  });
  for (let attempt = 0; attempt < 50; attempt++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, base };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`/api/health never answered 200:\n${output}`);
}

/** Signals the server's process group (the server and any child it started). */
function signalServer(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  signalServer(child, 'SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') signalServer(child, 'SIGKILL');
}

describe.runIf(hasChromium)('browsing regions in Chromium', () => {
  const tempDirs: string[] = [];
  const shotsDir = mkdtempSync(join(tmpdir(), 'kawasan-e2e-screenshots-'));
  let server: ChildProcess | undefined;
  let base = '';
  let context: BrowserContext;
  let page: Page;

  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    tempDirs.push(dir);
    return dir;
  };

  const screenshot = async (name: string) => {
    const path = join(shotsDir, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(`screenshot: ${path}`);
  };

  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const breadcrumbs = () =>
    page.getByRole('navigation', { name: 'Letak wilayah' }).locator('.mantine-Breadcrumbs-breadcrumb');

  beforeAll(async () => {
    buildWebIfMissing();
    const started = await startServer(await freePort(), tempDir('kawasan-e2e-data-'));
    server = started.child;
    base = started.base;
    context = await chromium.launchPersistentContext(tempDir('kawasan-e2e-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20_000);
  });

  afterAll(async () => {
    await context?.close();
    await stopServer(server);
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
    console.log(`screenshots kept in ${shotsDir}`);
  });

  it('goes from the national overview down to the kelurahan Miroto', async () => {
    await page.goto(`${base}/`);
    await heading('Kawasan').waitFor();
    await page.getByText('83.762', { exact: true }).waitFor();
    expect(await page.getByTestId('attribution').textContent()).toContain(
      'Data wilayah: Kemendagri, via idn-area-data (ODbL)',
    );
    await screenshot('home-desktop');

    await page.getByRole('link', { name: 'Jawa Tengah', exact: true }).click();
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
      ['/wilayah/3374011001', '33.74.01.1001'],
    ] as const;
    for (const [path, lastText] of pages) {
      await page.goto(`${base}${path}`);
      await page.getByText(lastText, { exact: true }).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await screenshot('miroto-mobile');
  });
});
