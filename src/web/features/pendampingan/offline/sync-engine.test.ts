import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENTRY_BATCH_MAX } from '../../../../contracts/facilitation.contract';
import { markSending } from '../../../../domain/facilitation/sync-queue';
import { createEntrySender } from './entry-sender';
import { reviseEntry, saveEntry } from './outbox-actions';
import { type OutboxStore, openOutboxStore, outboxDbName } from './outbox-store';
import { browserLock, createSyncEngine, type SyncEngine, type SyncEngineOptions } from './sync-engine';
import { draft, fakeServer, photo, storedFile } from './testing';

const K1 = '11111111-1111-4111-8111-111111111111';
const K2 = '22222222-2222-4222-9222-222222222222';
const K3 = '33333333-3333-4333-a333-333333333333';
const K4 = '44444444-4444-4444-b444-444444444444';
/** The n-th of many keys (n < 2^32). */
const keyN = (n: number) => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

let dbCount = 0;
const opened: OutboxStore[] = [];
const engines: SyncEngine[] = [];

async function openStore(name = outboxDbName(`sync-${++dbCount}-${Math.random()}`)) {
  const store = await openOutboxStore(name);
  opened.push(store);
  return store;
}

/** An engine on a fake clock, with no real timers and no window. */
function engine(store: OutboxStore, extra: Partial<SyncEngineOptions> = {}) {
  const clock = { now: 1_000_000 };
  const timers: { at: number; run: () => void }[] = [];
  const e = createSyncEngine({
    store,
    sender: createEntrySender(),
    now: () => clock.now,
    random: () => 0.5,
    events: null,
    setTimer: (run, ms) => {
      const t = { at: clock.now + ms, run };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      const i = timers.indexOf(t as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
    ...extra,
  });
  engines.push(e);
  return { engine: e, clock, timers };
}

/** The store without pruning: confirmed items stay, to be looked at. */
function keepingSent(store: OutboxStore): OutboxStore {
  return { ...store, pruneSent: async () => ({ removed: 0, released: [] }) };
}

async function itemsByKey(store: OutboxStore) {
  return new Map((await store.items()).map((i) => [i.key, i]));
}

/** The fake server, answering the page's `fetch` for this test. */
function serve() {
  const server = fakeServer();
  vi.stubGlobal('fetch', server.fetch);
  return server;
}

afterEach(() => {
  vi.unstubAllGlobals();
  for (const e of engines.splice(0)) e.stop();
  for (const s of opened.splice(0)) s.close();
});

describe('the sync engine', () => {
  it('uploads the photo, then the entry with its key and the evidence id, and clears the outbox', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1, [photo(SHA_A)]), [storedFile(SHA_A)], 1);
    await engine(store).engine.syncNow();

    expect(server.requests.map((r) => r.url)).toEqual([
      '/api/pendampingan/bukti?fileName=foto.jpg',
      '/api/pendampingan/kegiatan/kirim',
    ]);
    expect(server.batches()).toEqual([[K1]]);
    const stored = server.entries.get(K1);
    expect(stored?.body.evidenceIds).toEqual([[...server.evidence.values()][0]]);
    expect(stored?.body.submit).toBe(true);
    expect(await store.items()).toEqual([]);
    // Nothing refers to the photo any more: its bytes are gone from the phone.
    expect(await store.file(SHA_A)).toBeUndefined();
  });

  it('keeps an entry through a network error and sends it later with the same key', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1), [], 1);
    const { engine: e, clock, timers } = engine(store);
    server.fail('kirim', 'network');
    await e.syncNow();

    const [failed] = await store.items();
    expect(failed).toMatchObject({
      key: K1,
      state: 'failed',
      attempts: 1,
      lastError: 'Tidak ada sambungan ke server.',
    });
    expect(e.block()).toBe('offline');
    // The retry timer is set for the backoff: 15 s · (½ + ½·0.5) = 11.25 s.
    expect(timers.map((t) => t.at - clock.now)).toEqual([11_250]);
    expect(server.entries.size).toBe(0);

    clock.now = timers[0]!.at;
    timers.shift()!.run();
    await e.syncNow();
    expect(server.posts().map((p) => p.key)).toEqual([K1, K1]);
    expect(server.entries.size).toBe(1);
    expect(await store.items()).toEqual([]);
    expect(e.block()).toBeNull();
  });

  it('makes one entry when the answer is lost after the server created it', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1, [photo(SHA_A)]), [storedFile(SHA_A)], 1);
    const { engine: e, clock } = engine(store);
    server.fail('kirim', 'lost-response');
    await e.syncNow();
    expect(server.entries.size).toBe(1);
    expect((await store.items())[0]?.state).toBe('failed');

    clock.now += 60 * 60_000;
    await e.syncNow();
    expect(server.entries.size).toBe(1);
    expect(server.posts().map((p) => p.key)).toEqual([K1, K1]);
    // The photo went up once: its id was kept on the phone for the retry.
    expect(server.uploads()).toHaveLength(1);
    expect(await store.items()).toEqual([]);
  });

  it('uploads a photo again whole when its upload was cut off, and still makes one evidence row', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(
      store,
      draft(K1, [photo(SHA_A), photo(SHA_B, 'daftar-hadir.jpg')]),
      [storedFile(SHA_A), storedFile(SHA_B)],
      1,
    );
    const { engine: e, clock } = engine(store);
    // The second photo reaches the server but its answer never comes back.
    server.fail('bukti', 'network');
    await e.syncNow();
    expect(server.evidence.size).toBe(0);
    clock.now += 60 * 60_000;
    server.fail('kirim', 'network');
    await e.syncNow();
    expect(server.evidence.size).toBe(2);
    clock.now += 60 * 60_000;
    await e.syncNow();
    expect(server.entries.size).toBe(1);
    expect(server.entries.get(K1)?.body.evidenceIds).toEqual([...server.evidence.values()]);
    expect(await store.items()).toEqual([]);
  });

  it('sends again an entry a closed tab left half-sent, under the same key, once', async () => {
    const name = outboxDbName(`sync-closed-${Math.random()}`);
    const server = serve();
    const before = await openStore(name);
    await saveEntry(before, draft(K1), [], 1);
    // The tab marked it as being sent, the request reached the server, then the tab was closed.
    await before.update((outbox) => ({ outbox: markSending(outbox, K1, 2), result: null }));
    server.fail('kegiatan', 'lost-response');
    await createEntrySender()
      .createEntry({ ...(await before.item(K1))!.payload, idempotencyKey: K1 })
      .catch(() => undefined);
    before.close();

    const after = await openStore(name);
    expect((await after.items())[0]?.state).toBe('sending');
    const { engine: e } = engine(after);
    e.start();
    await e.syncNow();
    expect(server.entries.size).toBe(1);
    expect(server.posts().map((p) => p.key)).toEqual([K1, K1]);
    expect(await after.items()).toEqual([]);
  });

  it('takes a 200 replay for a key the server already has as success', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1), [], 1);
    // Another tab or an earlier attempt already created it.
    await createEntrySender().createEntry({ ...(await store.item(K1))!.payload });
    const id = server.entries.get(K1)!.entryId;
    let sentId: string | null = null;
    store.subscribe(() => {
      void store.item(K1).then((i) => {
        if (i?.state === 'sent') sentId = i.serverId;
      });
    });
    await engine(store).engine.syncNow();
    expect(server.entries.size).toBe(1);
    expect(sentId).toBe(id);
    expect(await store.items()).toEqual([]);
  });

  it('keeps a refused entry with the server’s messages until it is corrected and re-sent', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1, [photo(SHA_A)]), [storedFile(SHA_A)], 1);
    await saveEntry(store, draft(K2), [], 2);
    const { engine: e } = engine(store);
    server.refuse(K1, 400, [
      { field: 'date', message: 'Anda tidak ditugaskan di desa 3301012001 pada 2026-03-10.' },
      { field: 'topic', message: 'Topik wajib diisi, paling sedikit 3 karakter.' },
    ]);
    await e.syncNow();

    const refused = await store.item(K1);
    expect(refused).toMatchObject({ state: 'needs_attention' });
    expect(refused?.messages).toEqual([
      'Anda tidak ditugaskan di desa 3301012001 pada 2026-03-10.',
      'Topik wajib diisi, paling sedikit 3 karakter.',
    ]);
    // The other entry, in the same request, was not held up by it.
    expect(server.batches()).toEqual([[K1, K2]]);
    expect(server.entries.has(K2)).toBe(true);
    // Not retried by itself.
    await e.syncNow();
    expect(server.posts().filter((p) => p.key === K1)).toHaveLength(1);

    await reviseEntry(store, draft(K1, [photo(SHA_A)], { date: '2026-03-09' }), []);
    await e.syncNow();
    expect(server.entries.get(K1)?.body.date).toBe('2026-03-09');
    expect(server.entries.size).toBe(2);
    expect(await store.items()).toEqual([]);
  });

  it('retries a 503 after a backoff and a 429 after the server’s Retry-After', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1), [], 1);
    const { engine: e, clock, timers } = engine(store);
    server.fail('kirim', { status: 503 });
    await e.syncNow();
    expect((await store.item(K1))?.lastError).toBe('Server sedang bermasalah (HTTP 503).');
    expect(timers[0]!.at - clock.now).toBe(11_250);
    clock.now = timers[0]!.at;
    await e.syncNow();
    expect(await store.items()).toEqual([]);
  });

  it('asks for the session again after a 403 and sends with the new token', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1), [], 1);
    let refreshed = 0;
    server.fail('kirim', { status: 403 });
    await engine(store, {
      session: {
        ensure: async () => true,
        refresh: async () => {
          refreshed += 1;
          return true;
        },
      },
    }).engine.syncNow();
    expect(refreshed).toBe(1);
    expect(server.entries.size).toBe(1);
  });

  it('sends nothing while the account is signed out, and keeps the entry as it was', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1), [], 1);
    const { engine: e } = engine(store, {
      session: { ensure: async () => false, refresh: async () => false },
    });
    await e.syncNow();
    expect(e.block()).toBe('signed-out');
    expect(server.requests).toEqual([]);
    expect((await store.item(K1))?.state).toBe('queued');
  });

  it('runs one loop at a time: two tabs syncing together send each entry once', async () => {
    const name = outboxDbName(`sync-tabs-${Math.random()}`);
    const server = serve();
    const tabA = await openStore(name);
    const tabB = await openStore(name);
    await saveEntry(tabA, draft(K1), [], 1);
    await saveEntry(tabB, draft(K2), [], 2);
    server.line.delayMs = 30;
    const lock = browserLock();
    const a = engine(tabA, { withLock: lock }).engine.syncNow();
    // Tab B starts while tab A's first request is on the line.
    await new Promise((r) => setTimeout(r, 10));
    const b = engine(tabB, { withLock: lock }).engine.syncNow();
    await Promise.all([a, b]);
    expect(server.posts().map((p) => p.key)).toEqual([K1, K2]);
    expect(await tabA.items()).toEqual([]);
  });

  it('tries nothing while the browser knows it is offline, and sends on the `online` event', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1), [], 1);
    const online = { now: false };
    const events = new EventTarget();
    const { engine: e } = engine(store, {
      isOnline: () => online.now,
      events: events as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>,
    });
    e.start();
    await e.syncNow();
    expect(server.requests).toEqual([]);
    expect(e.block()).toBe('offline');
    expect((await store.item(K1))?.attempts).toBe(0);

    online.now = true;
    events.dispatchEvent(new Event('online'));
    await expect.poll(() => server.entries.size).toBe(1);
    await expect.poll(async () => (await store.items()).length).toBe(0);
  });

  it('"Kirim sekarang" does not wait for the backoff of an entry that failed', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1), [], 1);
    const { engine: e } = engine(store);
    server.fail('kirim', 'network');
    server.fail('kirim', 'network');
    await e.syncNow();
    await e.sendNow();
    // Failed twice, each time with an 11 s backoff ahead; a plain pass does not try before that…
    expect((await store.item(K1))?.state).toBe('failed');
    await e.syncNow();
    expect(server.entries.size).toBe(0);
    // …"Kirim sekarang" does.
    await e.sendNow();
    expect(server.entries.size).toBe(1);
    expect(server.posts().map((p) => p.key)).toEqual([K1, K1, K1]);
  });

  it('folds a second "Kirim sekarang" during a pass into one more pass', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1), [], 1);
    const { engine: e } = engine(store);
    const first = e.syncNow();
    await saveEntry(store, draft(K2), [], 2);
    const second = e.syncNow();
    expect(e.running()).toBe(true);
    await Promise.all([first, second]);
    expect(server.posts().map((p) => p.key)).toEqual([K1, K2]);
    expect(e.running()).toBe(false);
  });
});

describe('the sync engine sending in batches', () => {
  it('sends every due entry in one request, stored as being sent before it goes out', async () => {
    const store = await openStore();
    const server = fakeServer();
    await saveEntry(store, draft(K1), [], 1);
    await saveEntry(store, draft(K2, [photo(SHA_A)]), [storedFile(SHA_A)], 2);
    await saveEntry(store, draft(K3), [], 3);
    let statesOnTheLine: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      if (url.endsWith('/kirim')) statesOnTheLine = (await store.items()).map((i) => i.state);
      return server.fetch(url, init);
    });
    await engine(store).engine.syncNow();

    expect(server.requests.map((r) => r.url)).toEqual([
      '/api/pendampingan/bukti?fileName=foto.jpg',
      '/api/pendampingan/kegiatan/kirim',
    ]);
    expect(server.batches()).toEqual([[K1, K2, K3]]);
    expect(server.singles()).toEqual([]);
    expect(statesOnTheLine).toEqual(['sending', 'sending', 'sending']);
    expect(server.entries.size).toBe(3);
    expect(server.entries.get(K2)?.body.evidenceIds).toEqual([...server.evidence.values()]);
    expect(server.entries.get(K1)?.body.evidenceIds).toEqual([]);
    expect(await store.items()).toEqual([]);
  });

  it('puts each result of a batch on its own entry: 201, 200 replay, 400 and 409', async () => {
    const base = await openStore();
    const store = keepingSent(base);
    const server = serve();
    for (const [i, key] of [K1, K2, K3, K4].entries()) await saveEntry(store, draft(key), [], i + 1);
    // K2 reached the server before (its answer was lost); K4's key was used for another body.
    const sender = createEntrySender();
    const earlier = (await sender.createEntry({ ...(await store.item(K2))!.payload })).id;
    await sender.createEntry({ ...(await store.item(K4))!.payload, topic: 'Rapat lain dengan kunci sama' });
    server.refuse(K3, 400, [
      { field: 'date', message: 'Anda tidak ditugaskan di desa 3301012001 pada 2026-03-10.' },
      { field: 'place', message: 'Anda tidak ditugaskan di desa 3301012001 pada 2026-03-10.' },
    ]);
    await engine(store).engine.syncNow();

    expect(server.batches()).toEqual([[K1, K2, K3, K4]]);
    const items = await itemsByKey(store);
    expect(items.get(K1)).toMatchObject({ state: 'sent', serverId: server.entries.get(K1)!.entryId });
    expect(items.get(K2)).toMatchObject({ state: 'sent', serverId: earlier });
    expect(server.entries.get(K1)!.entryId).not.toBe(earlier);
    expect(items.get(K3)).toMatchObject({
      state: 'needs_attention',
      serverId: null,
      messages: ['Anda tidak ditugaskan di desa 3301012001 pada 2026-03-10.'],
    });
    expect(items.get(K4)).toMatchObject({ state: 'needs_attention', serverId: null });
    expect(items.get(K4)?.messages).toEqual([expect.stringMatching(/kunci/i)]);
    expect(server.entries.has(K3)).toBe(false);
  });

  it('keeps every entry of a batch waiting when the signal is cut, and makes each once later', async () => {
    const store = await openStore();
    const server = serve();
    for (const [i, key] of [K1, K2, K3].entries()) await saveEntry(store, draft(key), [], i + 1);
    const { engine: e, clock } = engine(store);
    server.fail('kirim', 'network');
    await e.syncNow();

    expect(e.block()).toBe('offline');
    expect(server.entries.size).toBe(0);
    const waiting = [...(await itemsByKey(store)).values()];
    expect(waiting).toHaveLength(3);
    for (const item of waiting)
      expect(item).toMatchObject({
        state: 'failed',
        attempts: 1,
        lastError: 'Tidak ada sambungan ke server.',
      });

    // Next time the server makes them all, and the answer is lost on the way back.
    clock.now += 60 * 60_000;
    server.fail('kirim', 'lost-response');
    await e.syncNow();
    expect(server.entries.size).toBe(3);
    expect([...(await itemsByKey(store)).values()].map((i) => [i.state, i.attempts])).toEqual([
      ['failed', 2],
      ['failed', 2],
      ['failed', 2],
    ]);

    clock.now += 60 * 60_000;
    await e.syncNow();
    expect(server.batches()).toEqual([
      [K1, K2, K3],
      [K1, K2, K3],
      [K1, K2, K3],
    ]);
    expect(server.entries.size).toBe(3);
    expect(await store.items()).toEqual([]);
    expect(e.block()).toBeNull();
  });

  it('sends nothing more when an upload loses the signal; the others wait untouched', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1), [], 1);
    await saveEntry(store, draft(K2, [photo(SHA_A)]), [storedFile(SHA_A)], 2);
    await saveEntry(store, draft(K3), [], 3);
    const { engine: e, clock, timers } = engine(store);
    server.fail('bukti', 'network');
    await e.syncNow();

    expect(server.batches()).toEqual([]);
    expect(e.block()).toBe('offline');
    const items = await itemsByKey(store);
    expect(items.get(K2)).toMatchObject({ state: 'failed', attempts: 1 });
    expect(items.get(K1)).toMatchObject({ state: 'queued', attempts: 0 });
    expect(items.get(K3)).toMatchObject({ state: 'queued', attempts: 0 });

    clock.now = timers[0]!.at;
    timers.shift()!.run();
    await e.syncNow();
    expect(server.batches()).toEqual([[K1, K2, K3]]);
    expect(server.entries.size).toBe(3);
    expect(await store.items()).toEqual([]);
  });

  it('sends the entries one by one when the batch as a whole does not match the schema', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1), [], 1);
    // Stored by an older version of the form, with a topic the server no longer takes.
    await saveEntry(store, draft(K2, [], { topic: 'x'.repeat(1001) }), [], 2);
    await saveEntry(store, draft(K3), [], 3);
    const { engine: e } = engine(store);
    await e.syncNow();

    expect(server.batches()).toEqual([[K1, K2, K3]]);
    expect(server.singles()).toEqual([K1, K2, K3]);
    expect([...server.entries.keys()]).toEqual([K1, K3]);
    const [refused, ...rest] = await store.items();
    expect(rest).toEqual([]);
    expect(refused).toMatchObject({ key: K2, state: 'needs_attention' });
    expect(refused?.messages).toHaveLength(1);
    expect(refused?.messages[0]).toMatch(/1000/);
    // Nothing is tried again by itself.
    await e.syncNow();
    expect(server.posts()).toHaveLength(6);
  });

  it('sends the entries one by one when the batch is too large for one request', async () => {
    const store = await openStore();
    const server = serve();
    await saveEntry(store, draft(K1), [], 1);
    await saveEntry(store, draft(K2), [], 2);
    server.fail('kirim', { status: 413, errors: [{ field: 'body', message: 'Terlalu besar.' }] });
    await engine(store).engine.syncNow();
    expect(server.batches()).toEqual([[K1, K2]]);
    expect(server.singles()).toEqual([K1, K2]);
    expect(server.entries.size).toBe(2);
    expect(await store.items()).toEqual([]);
  });

  it(`sends more than ${ENTRY_BATCH_MAX} due entries in several requests, oldest first`, async () => {
    const store = await openStore();
    const server = serve();
    const keys = Array.from({ length: ENTRY_BATCH_MAX + 5 }, (_, n) => keyN(n + 1));
    for (const [i, key] of keys.entries()) await saveEntry(store, draft(key), [], i + 1);
    await engine(store).engine.syncNow();

    expect(server.batches()).toEqual([keys.slice(0, ENTRY_BATCH_MAX), keys.slice(ENTRY_BATCH_MAX)]);
    expect(server.singles()).toEqual([]);
    expect(server.entries.size).toBe(keys.length);
    expect(await store.items()).toEqual([]);
  });
});
