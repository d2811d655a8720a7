/**
 * The phone's outbox of log entries in IndexedDB: the items of the pure outbox
 * (domain/facilitation/sync-queue.ts) with their CreateEntryBody payload, the evidence files
 * keyed by their sha256, and a few cached values (the last `GET /api/pendampingan/saya`, so the
 * form opens without signal). One database per account, so entries never leave under another
 * person's session on a shared phone.
 *
 * Every change goes through `update`: one IndexedDB transaction reads the whole outbox, applies a
 * pure step (enqueue, markSending, applyResponse, requeue, prune…) and writes what changed, with
 * the files it needs in the same transaction. A change is therefore on disk before the caller
 * acts on it, and two tabs never interleave half-changes.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { CreateEntryBody } from '../../../../contracts/facilitation.contract';
import { blobsInUse, type Outbox, type OutboxItem, prune } from '../../../../domain/facilitation/sync-queue';

export type EntryOutboxItem = OutboxItem<CreateEntryBody>;
export type EntryOutbox = Outbox<CreateEntryBody>;

/** One evidence file as stored on the phone (already downscaled when it is a photo). */
export interface StoredFile {
  sha256: string;
  mediaType: string;
  bytes: number;
  /** The bytes themselves (an ArrayBuffer stores everywhere; some browsers refuse Blobs). */
  data: ArrayBuffer;
  /** A small `data:` JPEG for the form's preview (the page's CSP allows data: images), or null. */
  thumbnail: string | null;
  /** The server's id once uploaded: a re-sent entry does not upload the file again. */
  evidenceId: string | null;
}

interface OutboxSchema extends DBSchema {
  outbox: { key: string; value: EntryOutboxItem };
  files: { key: string; value: StoredFile };
  values: { key: string; value: unknown };
}

const DB_VERSION = 1;

/** The database of one account. */
export function outboxDbName(userId: string): string {
  return `kawasan-catatan-${userId}`;
}

/** What a step of `update` returns: the new outbox, a result for the caller, files that may go. */
export interface OutboxChange<T> {
  outbox: EntryOutbox;
  result: T;
  release?: readonly string[];
}

export interface OutboxStore {
  readonly dbName: string;
  /** Every item, in no particular order (the domain functions sort as they need). */
  items(): Promise<EntryOutboxItem[]>;
  item(key: string): Promise<EntryOutboxItem | undefined>;
  /**
   * Applies `change` to the stored outbox in one transaction and writes the difference, with
   * `files` stored in the same transaction. The `release` that `change` returns lists files
   * that may go: each is deleted unless an unsent item of the new outbox still refers to it.
   * When `change` throws, nothing is written and the error is passed on.
   */
  update<T>(
    change: (outbox: EntryOutbox) => OutboxChange<T>,
    files?: readonly StoredFile[],
  ): Promise<{ outbox: EntryOutbox; result: T }>;
  file(sha256: string): Promise<StoredFile | undefined>;
  /** Remembers (or forgets, with null) the server's id of an uploaded file. */
  rememberEvidenceId(sha256: string, evidenceId: string | null): Promise<void>;
  /** Removes the items the server confirmed and the files nothing else needs; how many went. */
  pruneSent(): Promise<{ removed: number; released: string[] }>;
  read<T>(key: string): Promise<T | undefined>;
  write(key: string, value: unknown): Promise<void>;
  /** Called after every change, in this tab or another one. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  close(): void;
}

/** Opens (creating on first use) the outbox database `dbName`. */
export async function openOutboxStore(dbName: string): Promise<OutboxStore> {
  const db: IDBPDatabase<OutboxSchema> = await openDB<OutboxSchema>(dbName, DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('outbox', { keyPath: 'key' });
      database.createObjectStore('files', { keyPath: 'sha256' });
      database.createObjectStore('values');
    },
    blocking() {
      // A newer version of the app wants to upgrade the database: let it.
      db.close();
    },
  });
  const listeners = new Set<() => void>();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(dbName) : null;
  const notifyHere = () => {
    for (const listener of listeners) listener();
  };
  if (channel) channel.onmessage = notifyHere;
  const changed = () => {
    notifyHere();
    channel?.postMessage('changed');
  };

  const update: OutboxStore['update'] = async (change, files = []) => {
    const tx = db.transaction(['outbox', 'files'], 'readwrite');
    const outboxStore = tx.objectStore('outbox');
    const before = await outboxStore.getAll();
    let next: ReturnType<typeof change>;
    try {
      next = change(before);
    } catch (error) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw error;
    }
    const writes: Promise<unknown>[] = [];
    const previous = new Map(before.map((i) => [i.key, i]));
    for (const item of next.outbox) {
      if (previous.get(item.key) !== item) writes.push(outboxStore.put(item));
      previous.delete(item.key);
    }
    for (const key of previous.keys()) writes.push(outboxStore.delete(key));
    const fileStore = tx.objectStore('files');
    for (const file of files) writes.push(fileStore.put(file));
    if (next.release && next.release.length > 0) {
      const used = blobsInUse(next.outbox);
      for (const sha of next.release) if (!used.has(sha)) writes.push(fileStore.delete(sha));
    }
    await Promise.all([...writes, tx.done]);
    if (writes.length > 0) changed();
    return { outbox: next.outbox, result: next.result };
  };

  return {
    dbName,
    items: () => db.getAll('outbox'),
    item: (key) => db.get('outbox', key),
    update,
    file: (sha256) => db.get('files', sha256),
    async rememberEvidenceId(sha256, evidenceId) {
      const tx = db.transaction('files', 'readwrite');
      const file = await tx.store.get(sha256);
      if (file && file.evidenceId !== evidenceId) await tx.store.put({ ...file, evidenceId });
      await tx.done;
    },
    async pruneSent() {
      const { result } = await update((outbox) => {
        const pruned = prune(outbox);
        return {
          outbox: pruned.outbox,
          result: { removed: pruned.removed.length, released: pruned.releasableBlobs },
          release: pruned.releasableBlobs,
        };
      });
      return result;
    },
    read: async <T>(key: string) => (await db.get('values', key)) as T | undefined,
    async write(key, value) {
      await db.put('values', value, key);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
      db.close();
    },
  };
}
