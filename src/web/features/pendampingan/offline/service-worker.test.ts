import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { manifestVersion, shellFiles } from './service-worker-build';

/** An in-memory CacheStorage, enough for the worker. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const keyOf = (r: RequestInfo | URL) => new URL(r instanceof Request ? r.url : String(r), ORIGIN).pathname;
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      match: async (r: RequestInfo) => store.get(keyOf(r))?.clone(),
      put: async (r: RequestInfo, response: Response) => {
        store.set(keyOf(r), response);
      },
      addAll: async (paths: string[]) => {
        for (const p of paths) store.set(p, new Response(`stored ${p}`));
      },
    };
  };
  return {
    stores,
    api: {
      open,
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
    },
  };
}

const ORIGIN = 'https://kawasan.example';
const FILES = shellFiles([
  'index.html',
  'assets/index-abc.js',
  'assets/index-abc.css',
  'sw.js',
  'assets/x.js.map',
]);
const MANIFEST = { version: manifestVersion(FILES), files: FILES };

type Listener = (event: unknown) => void;
const listeners = new Map<string, Listener>();
const caches = fakeCaches();
const network = vi.fn<(request: Request) => Promise<Response>>();

/** Runs the worker's fetch handler; the response it gave, or null when it let the browser go on. */
async function dispatchFetch(
  path: string,
  mode: RequestMode = 'cors',
  method = 'GET',
): Promise<Response | null> {
  const request = new Request(`${ORIGIN}${path}`, { method });
  Object.defineProperty(request, 'mode', { value: mode });
  let answer: Promise<Response> | null = null;
  listeners.get('fetch')!({
    request,
    respondWith: (r: Response | Promise<Response>) => {
      answer = Promise.resolve(r);
    },
  });
  return answer;
}

async function dispatchLifecycle(type: 'install' | 'activate'): Promise<void> {
  let work: Promise<unknown> = Promise.resolve();
  listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => (work = p) });
  await work;
}

beforeAll(async () => {
  vi.stubGlobal('KAWASAN_SW_MANIFEST', MANIFEST);
  vi.stubGlobal('caches', caches.api);
  vi.stubGlobal('fetch', network);
  vi.stubGlobal('location', new URL(ORIGIN));
  vi.stubGlobal('clients', { claim: async () => undefined });
  vi.stubGlobal('skipWaiting', async () => undefined);
  vi.stubGlobal('addEventListener', (type: string, listener: Listener) => listeners.set(type, listener));
  await import('./service-worker');
});

afterAll(() => {
  vi.unstubAllGlobals();
});

describe('the build step of the service worker', () => {
  it('stores index.html and the hashed assets, never the worker itself or source maps', () => {
    expect(FILES).toEqual(['/index.html', '/assets/index-abc.css', '/assets/index-abc.js']);
  });

  it('versions the cache by the build: other asset names, another version', () => {
    expect(manifestVersion(FILES)).toMatch(/^[0-9a-f]{8}$/);
    expect(manifestVersion(FILES)).toBe(manifestVersion([...FILES]));
    expect(manifestVersion(shellFiles(['index.html', 'assets/index-abd.js']))).not.toBe(
      manifestVersion(FILES),
    );
  });
});

describe('the service worker', () => {
  it('stores the shell of this build on install and drops older builds on activation', async () => {
    await caches.api.open('kawasan-shell-old');
    await dispatchLifecycle('install');
    const name = `kawasan-shell-${MANIFEST.version}`;
    expect([...(caches.stores.get(name)?.keys() ?? [])]).toEqual(FILES);
    await dispatchLifecycle('activate');
    expect([...caches.stores.keys()]).toEqual([name]);
  });

  it('loads pages from the network while there is signal', async () => {
    network.mockResolvedValueOnce(new Response('fresh page'));
    const page = await dispatchFetch('/pendampingan/catat', 'navigate');
    expect(await page?.text()).toBe('fresh page');
  });

  it('answers a page load without signal with the stored index.html', async () => {
    network.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const page = await dispatchFetch('/pendampingan/catat', 'navigate');
    expect(await page?.text()).toBe('stored /index.html');
  });

  it('serves assets from the cache first and keeps new ones', async () => {
    network.mockClear();
    expect(await (await dispatchFetch('/assets/index-abc.js'))?.text()).toBe('stored /assets/index-abc.js');
    expect(network).not.toHaveBeenCalled();
    network.mockResolvedValueOnce(new Response('late chunk'));
    expect(await (await dispatchFetch('/assets/late-123.js'))?.text()).toBe('late chunk');
    network.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await (await dispatchFetch('/assets/late-123.js'))?.text()).toBe('late chunk');
  });

  it('never answers /api requests, page loads of /api included, and never stores them', async () => {
    network.mockClear();
    expect(await dispatchFetch('/api/pendampingan/saya')).toBeNull();
    expect(await dispatchFetch('/api/pendampingan/pendamping/x/laporan-bulanan.pdf', 'navigate')).toBeNull();
    expect(await dispatchFetch('/api/pendampingan/kegiatan', 'cors', 'POST')).toBeNull();
    expect(network).not.toHaveBeenCalled();
    for (const store of caches.stores.values())
      expect([...store.keys()].filter((k) => k.startsWith('/api'))).toEqual([]);
  });
});
