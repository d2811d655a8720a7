import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { markSending } from '../../../../domain/facilitation/sync-queue';
import { resendEntry, reviseEntry, saveEntry } from './outbox-actions';
import { type OutboxStore, openOutboxStore, outboxDbName } from './outbox-store';
import { draft, photo, storedFile } from './testing';

const K1 = '11111111-1111-4111-8111-111111111111';
const K2 = '22222222-2222-4222-9222-222222222222';
const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

let dbCount = 0;
const open: OutboxStore[] = [];
async function openStore(name: string): Promise<OutboxStore> {
  const store = await openOutboxStore(name);
  open.push(store);
  return store;
}
const freshName = () => outboxDbName(`user-${++dbCount}-${Math.random()}`);

afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('the outbox store in IndexedDB', () => {
  it('keeps an entry saved offline, with its photo, across a reload', async () => {
    const name = freshName();
    const first = await openStore(name);
    expect(await saveEntry(first, draft(K1, [photo(SHA_A)]), [storedFile(SHA_A, 10)], 1_000)).toBe(true);
    first.close();

    const reloaded = await openStore(name);
    const items = await reloaded.items();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ key: K1, state: 'queued', enqueuedAt: 1_000, attempts: 0 });
    expect(items[0]!.payload.topic).toBe('Rapat kelompok tani');
    expect(items[0]!.evidence).toEqual([photo(SHA_A)]);
    const file = await reloaded.file(SHA_A);
    expect(file?.bytes).toBe(10);
    expect(new Uint8Array(file!.data)).toEqual(new Uint8Array(storedFile(SHA_A, 10).data));
  });

  it('makes one item of two taps on "Simpan" with the same key, even at the same moment', async () => {
    const store = await openStore(freshName());
    const taps = await Promise.all([
      saveEntry(store, draft(K1, [photo(SHA_A)]), [storedFile(SHA_A)], 1),
      saveEntry(store, draft(K1, [photo(SHA_A)]), [storedFile(SHA_A)], 2),
    ]);
    expect(taps.sort()).toEqual([false, true]);
    expect(await store.items()).toHaveLength(1);
    expect(await saveEntry(store, draft(K1), [], 3)).toBe(false);
    expect((await store.items())[0]!.evidence).toHaveLength(1);
  });

  it('writes nothing when a step refuses, and keeps the old state', async () => {
    const store = await openStore(freshName());
    await saveEntry(store, draft(K1), [], 1);
    await expect(
      store.update(
        (outbox) => ({ outbox: markSending(markSending(outbox, K1, 2), K1, 2), result: null }),
        [storedFile(SHA_B)],
      ),
    ).rejects.toThrow(/belum waktunya dikirim/);
    expect((await store.items())[0]!.state).toBe('queued');
    expect(await store.file(SHA_B)).toBeUndefined();
  });

  it('tells other store instances (other tabs) about every change', async () => {
    const name = freshName();
    const here = await openStore(name);
    const there = await openStore(name);
    let heard = 0;
    there.subscribe(() => {
      heard += 1;
    });
    await saveEntry(here, draft(K1), [], 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toBeGreaterThan(0);
    expect(await there.items()).toHaveLength(1);
  });

  it('replaces the files of a corrected entry and deletes those no entry uses any more', async () => {
    const store = await openStore(freshName());
    await saveEntry(store, draft(K1, [photo(SHA_A)]), [storedFile(SHA_A)], 1);
    await saveEntry(store, draft(K2, [photo(SHA_A)]), [storedFile(SHA_A)], 1);
    await reviseEntry(store, draft(K1, [photo(SHA_B)], { topic: 'Topik diperbaiki' }), [storedFile(SHA_B)]);
    const item = await store.item(K1);
    expect(item?.payload.topic).toBe('Topik diperbaiki');
    expect(item?.evidence.map((e) => e.sha256)).toEqual([SHA_B]);
    // K2 still uses photo A.
    expect(await store.file(SHA_A)).toBeDefined();
    await reviseEntry(store, draft(K2, []), []);
    expect(await store.file(SHA_A)).toBeUndefined();
    expect(await store.file(SHA_B)).toBeDefined();
  });

  it('refuses to correct an entry that is being sent', async () => {
    const store = await openStore(freshName());
    await saveEntry(store, draft(K1), [], 1);
    await store.update((outbox) => ({ outbox: markSending(outbox, K1, 2), result: null }));
    await expect(reviseEntry(store, draft(K1), [])).rejects.toThrow(/sedang dikirim/);
    await expect(resendEntry(store, K1)).rejects.toThrow(/sedang dikirim/);
  });

  it('keeps cached values such as the last `saya` answer', async () => {
    const name = freshName();
    const store = await openStore(name);
    await store.write('saya', { today: '2026-03-10' });
    store.close();
    const again = await openStore(name);
    expect(await again.read('saya')).toEqual({ today: '2026-03-10' });
    expect(await again.read('missing')).toBeUndefined();
  });
});
