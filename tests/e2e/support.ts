/**
 * Shared by the browser tests: `kawasan serve` on a fresh data directory (it migrates and
 * imports the national wilayah data by itself), the CLI, and Debian's Chromium.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const requireFullSuite = process.env.KAWASAN_REQUIRE_FULL_SUITE === '1';
const SERVER_START_TIMEOUT_MS = 120_000;

/** Says loudly that the browser tests cannot run, and fails when the full suite is required. */
export function reportMissingChromium(): void {
  if (hasChromium) return;
  console.warn(
    `\n${'!'.repeat(78)}\n!! BROWSER TESTS NOT RUN: ${CHROMIUM} missing (apt-get install chromium)\n${'!'.repeat(78)}\n`,
  );
  if (requireFullSuite) {
    describe('browser tests (required by KAWASAN_REQUIRE_FULL_SUITE=1)', () => {
      it('need Chromium', () => {
        throw new Error(
          `KAWASAN_REQUIRE_FULL_SUITE=1 but ${CHROMIUM} is missing: apt-get install -y chromium`,
        );
      });
    });
  }
}

export function freePort(): Promise<number> {
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

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.test\.tsx?$/.test(entry.name)) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the web app when dist/web is missing or older than the sources it is built from. */
export function buildWebIfStale(): void {
  const built = join(ROOT, 'dist/web/index.html');
  if (existsSync(built)) {
    const sources = ['src/web', 'src/contracts', 'src/domain'].map((d) => newestMtime(join(ROOT, d)));
    if (Math.max(...sources) <= statSync(built).mtimeMs) return;
  }
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: ROOT,
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}

/** Runs `kawasan <args>` on a data directory; `input` goes to its stdin (e.g. a password line). */
export function runCli(args: string[], dataDir: string, input = ''): string {
  return execFileSync(process.execPath, ['bin/kawasan.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, KAWASAN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 120_000,
  });
}

/** Starts `kawasan serve` and resolves once it prints its URL and /api/health answers 200. */
export async function startServer(
  port: number,
  dataDir: string,
): Promise<{ child: ChildProcess; base: string }> {
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

export async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  signalServer(child, 'SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') signalServer(child, 'SIGKILL');
}

/** Temporary directories that are removed by `removeAll()` at the end of a test file. */
export function tempDirs() {
  const dirs: string[] = [];
  return {
    make(prefix: string): string {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    removeAll(): void {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium with its own profile, Indonesian locale, 1280×800 unless told otherwise. */
export async function launchBrowser(
  profileDir: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
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
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** A phone and a laptop: every screen is checked at both widths. */
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1366, height: 768 };

/** The first national administrator, made with the CLI as a new installation makes it. */
export const ADMIN = { login: 'admin', name: 'Admin Nasional', password: 'kata-sandi-admin-1' };

/** `kawasan user create` of {@link ADMIN} on `dataDir`, the password on stdin; returns what it printed. */
export function createAdmin(dataDir: string): string {
  return runCli(
    ['user', 'create', '--username', ADMIN.login, '--name', ADMIN.name, '--role', 'national'],
    dataDir,
    `${ADMIN.password}\n`,
  );
}

/** Fills in the sign-in form of the open page and submits it. */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Nama pengguna atau email' }).fill(login);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** The server and the browser of one test file. */
export interface E2eApp {
  /** e.g. `http://127.0.0.1:41234`. */
  base: string;
  context: BrowserContext;
  page: Page;
  /** A screenshot of the full page (or of `part`) into the file's screenshot folder; its path. */
  screenshot(name: string, part?: Locator): Promise<string>;
  /** `<name>-360` and `<name>-1366`; fails when the phone has to scroll sideways. Ends at 1366 px. */
  screenshotBoth(name: string): Promise<void>;
  /** Closes the browser, stops the server and removes the data; the screenshots are kept. */
  close(): Promise<void>;
}

/**
 * Builds the web app if it is stale, gives `prepare` a fresh data directory (e.g. for CLI work
 * before the first start), starts `kawasan serve` on it and opens Chromium (1280×800 unless
 * told). Temporary folders are named `kawasan-e2e-<name>-…`; what was started is stopped again
 * when a later step fails.
 */
export async function startApp(options: {
  name: string;
  viewport?: { width: number; height: number };
  prepare?: (dataDir: string) => void;
}): Promise<E2eApp> {
  const temp = tempDirs();
  let server: ChildProcess | undefined;
  let context: BrowserContext | undefined;
  let shotsDir: string | undefined;
  const close = async () => {
    await context?.close();
    await stopServer(server);
    temp.removeAll();
    if (shotsDir) console.log(`screenshots kept in ${shotsDir}`);
  };
  try {
    buildWebIfStale();
    const dataDir = temp.make(`kawasan-e2e-${options.name}-data-`);
    options.prepare?.(dataDir);
    const started = await startServer(await freePort(), dataDir);
    server = started.child;
    const browser = await launchBrowser(temp.make(`kawasan-e2e-${options.name}-chromium-`), options.viewport);
    context = browser.context;
    const { page } = browser;
    const screenshot = async (name: string, part?: Locator) => {
      shotsDir ??= mkdtempSync(join(tmpdir(), `kawasan-e2e-${options.name}-`));
      const path = join(shotsDir, `${name}.png`);
      await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
      console.log(`screenshot: ${path}`);
      return path;
    };
    const screenshotBoth = async (name: string) => {
      for (const [size, viewport] of [
        ['360', PHONE],
        ['1366', DESKTOP],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(250);
        if (size === '360') {
          expect(await horizontalOverflow(page), `horizontal overflow on ${name}`).toBeLessThanOrEqual(0);
        }
        await screenshot(`${name}-${size}`);
      }
    };
    return { base: started.base, context, page, screenshot, screenshotBoth, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** How far the page is wider than the window (should be ≤ 0: no sideways scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
