/**
 * The service worker (`/sw.js`) that lets the app open without signal, so a facilitator in the
 * field can reach the log form and its outbox. Kept small on purpose:
 * - on install it stores the build's index.html and hashed assets in a cache named after the
 *   build (the list and the version are written in by the build, see service-worker-build.ts);
 * - page loads go to the network first and fall back to the stored index.html (the app then
 *   routes by itself); assets come from the cache first;
 * - `/api/` is never answered from or written to a cache: API answers are personal and must be
 *   fresh, and the outbox (IndexedDB) is what keeps entries offline;
 * - on activation the caches of older builds are deleted.
 */

interface ShellManifest {
  /** Changes with every build that changes a file. */
  version: string;
  /** Paths to store on install, index.html first. */
  files: string[];
}

/** Written in front of this file by the build. */
declare const KAWASAN_SW_MANIFEST: ShellManifest;

interface WorkerEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends WorkerEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: WorkerEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
}

const worker = globalThis as unknown as WorkerScope;
const PREFIX = 'kawasan-shell-';
const CACHE = `${PREFIX}${KAWASAN_SW_MANIFEST.version}`;
const INDEX = '/index.html';
/** A page load that takes longer than this is answered from the cache (a very weak signal). */
const NAVIGATION_TIMEOUT_MS = 4000;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(KAWASAN_SW_MANIFEST.files))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => worker.clients.claim()),
  );
});

async function cachedIndex(): Promise<Response | undefined> {
  return (await caches.open(CACHE)).match(INDEX);
}

/** The network's page when it answers in time, else the stored index.html. */
async function networkFirst(request: Request): Promise<Response> {
  const network = fetch(request);
  network.catch(() => undefined); // a late failure after the cache answered is no error
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
    return (await cachedIndex()) ?? (await network);
  } catch {
    return (await cachedIndex()) ?? Response.error();
  }
}

/** A hashed asset never changes: the stored copy when there is one, else the network's (kept). */
async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const stored = await cache.match(request);
  if (stored) return stored;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  // Never the API: not for page loads (downloads), not for data.
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  }
});

export {};
