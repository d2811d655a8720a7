/**
 * One outbox per account in this tab: its store opened once, its sync engine started once (it
 * keeps running while the app is open, also on other pages), and the browser asked once to keep
 * the storage (`navigator.storage.persist()`), so the browser does not clear waiting entries
 * when the phone runs short of space. Starting it also registers the service worker that keeps
 * the app shell for offline use.
 */
import type { MyFacilitation } from '../../../../contracts/facilitation.contract';
import { authApi } from '../../../api-client/auth-api';
import { csrfToken, setCsrfToken } from '../../../api-client/csrf-token';
import { createEntrySender } from './entry-sender';
import { type OutboxStore, openOutboxStore, outboxDbName } from './outbox-store';
import { registerServiceWorker } from './register-service-worker';
import { createSyncEngine, type SyncEngine, type SyncSession } from './sync-engine';

export interface OutboxRuntime {
  userId: string;
  store: OutboxStore;
  engine: SyncEngine;
}

const SAYA_KEY = 'saya';
const PERSIST_KEY = 'persist-asked';
const LAST_USER_KEY = 'kawasan.catatan.user';

const runtimes = new Map<string, Promise<OutboxRuntime>>();

/** The session check of the engine: the account of this outbox signed in, with a CSRF token. */
function sessionOf(userId: string): SyncSession {
  const ask = async () => {
    const session = await authApi.me();
    if (!session || session.user.id !== userId) return false;
    setCsrfToken(session.csrfToken);
    return true;
  };
  return { ensure: async () => (csrfToken() ? true : ask()), refresh: ask };
}

async function askPersistOnce(store: OutboxStore): Promise<void> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage || typeof storage.persist !== 'function') return;
  if (await store.read<boolean>(PERSIST_KEY)) return;
  await store.write(PERSIST_KEY, true);
  try {
    await storage.persist();
  } catch {
    // The browser decides; entries are kept either way while there is room.
  }
}

/** The outbox of `userId`, opened and started on first use. */
export function outboxRuntime(userId: string): Promise<OutboxRuntime> {
  registerServiceWorker();
  let runtime = runtimes.get(userId);
  if (!runtime) {
    runtime = (async () => {
      const store = await openOutboxStore(outboxDbName(userId));
      const engine = createSyncEngine({ store, sender: createEntrySender(), session: sessionOf(userId) });
      engine.start();
      void askPersistOnce(store);
      return { userId, store, engine };
    })();
    runtime.catch(() => runtimes.delete(userId));
    runtimes.set(userId, runtime);
  }
  return runtime;
}

/** The last `saya` answer kept for offline use. */
export function cachedSaya(store: OutboxStore): Promise<MyFacilitation | null> {
  return store.read<MyFacilitation>(SAYA_KEY).then((s) => s ?? null);
}

export function cacheSaya(store: OutboxStore, saya: MyFacilitation): Promise<void> {
  return store.write(SAYA_KEY, saya);
}

/** Remembers who used the form last, so it opens for them when the session cannot be checked. */
export function rememberUser(userId: string): void {
  try {
    globalThis.localStorage?.setItem(LAST_USER_KEY, userId);
  } catch {
    // Storage disabled: the form then needs the server to open.
  }
}

export function rememberedUser(): string | null {
  try {
    return globalThis.localStorage?.getItem(LAST_USER_KEY) ?? null;
  } catch {
    return null;
  }
}
