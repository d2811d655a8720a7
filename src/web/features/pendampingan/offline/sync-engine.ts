/**
 * Sends the outbox when it can: on start (after putting back what a closed tab left half-sent),
 * when the browser comes back online, when the earliest retry falls due, and on "Kirim sekarang".
 * A pass takes the due entries oldest first, up to ENTRY_BATCH_MAX at a time, and stores them as
 * being sent; uploads their evidence files (a repeated upload of the same bytes gets the same
 * id); then posts the ready ones together, each under its stored idempotency key, in one request
 * (entry-batch.ts), and records every entry's answer with the domain's `applyResponse`:
 * confirmed entries are pruned, network errors and 5xx wait for a backoff, other refusals wait
 * for the user with the server's messages. It goes on with the next batch until nothing is due,
 * and stops at the first lost signal (what had not gone out goes back in line untouched).
 *
 * One loop at a time per browser: a Web Lock when the browser has them (tabs share it), else a
 * flag in this tab. Every step is stored before the next request goes out.
 */
import { type CreateEntryBody, ENTRY_BATCH_MAX } from '../../../../contracts/facilitation.contract';
import {
  applyResponse,
  dueItems,
  markSending,
  nextWakeAt,
  type Outbox,
  type ResponseOutcome,
  recoverInterrupted,
  requeue,
} from '../../../../domain/facilitation/sync-queue';
import { isApiError } from '../../../api-client/api-error';
import { type BatchContext, sendBatch } from './entry-batch';
import type { EntrySender } from './entry-sender';
import type { EntryOutboxItem, OutboxStore } from './outbox-store';

/** What blocks sending besides the items themselves. */
export type SyncBlock = 'offline' | 'signed-out' | null;

export interface SyncSession {
  /**
   * Called before a loop sends anything: true when the account of this outbox is signed in (and
   * the CSRF token known), false when it is not; throws when the server cannot be reached.
   */
  ensure(): Promise<boolean>;
  /** After a 401 or 403: asks the server for the session again (a new CSRF token). */
  refresh(): Promise<boolean>;
}

export interface SyncEngineOptions {
  store: OutboxStore;
  sender: EntrySender;
  session?: SyncSession;
  now?: () => number;
  random?: () => number;
  /** Runs `task` while holding the browser-wide sync lock (waits for it). */
  withLock?: <T>(task: () => Promise<T>) => Promise<T>;
  /** The window to listen to for `online` (none in tests). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /**
   * Longest wait before trying again when the session check could not reach the server; the
   * first retries come sooner (3 s, 9 s, …), as a signal that just came back is often shaky.
   */
  offlineRetryMs?: number;
  /** False when the browser knows it has no network (then nothing is tried). */
  isOnline?: () => boolean;
}

export interface SyncEngine {
  /** Starts listening and sends what is due. */
  start(): void;
  /** One pass over what is due now; resolves when the outbox has been worked through. */
  syncNow(): Promise<void>;
  /**
   * "Kirim sekarang", and what the `online` event does: entries waiting for a retry after a
   * failure are put back in line at once (their backoff was about the lost signal), then a pass.
   */
  sendNow(): Promise<void>;
  /** Why the last pass could not send, or null. */
  block(): SyncBlock;
  /** Whether a pass is running in this tab. */
  running(): boolean;
  /** What broke the last pass (the device storage, usually), or null. */
  failure(): unknown;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

const LOCK_NAME = 'kawasan-catatan-sync';

/** The Web Lock of the browser when there is one, else a lock for this tab only. */
export function browserLock(): <T>(task: () => Promise<T>) => Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks && typeof locks.request === 'function') {
    // The lock's promise settles with the task's own result.
    return <T>(task: () => Promise<T>) => locks.request(LOCK_NAME, () => task()) as unknown as Promise<T>;
  }
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { store, sender } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const withLock = options.withLock ?? browserLock();
  const session = options.session ?? { ensure: async () => true, refresh: async () => true };
  const events =
    options.events === undefined ? (typeof window !== 'undefined' ? window : null) : options.events;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const offlineRetryMs = options.offlineRetryMs ?? 30_000;
  const isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);

  const listeners = new Set<() => void>();
  let current: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let blocked: SyncBlock = null;
  let timer: unknown = null;
  let offlineRetryAt: number | null = null;
  let unreachableChecks = 0;
  let failure: unknown = null;
  const notify = () => {
    for (const l of listeners) l();
  };
  const setBlock = (next: SyncBlock) => {
    if (blocked === next) return;
    blocked = next;
    notify();
  };

  /** Sends one request, asking for the session again once after a 401/403. */
  async function withSessionRetry<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (isApiError(error) && (error.status === 401 || error.status === 403) && (await session.refresh())) {
        return request();
      }
      throw error;
    }
  }

  const batchContext: BatchContext = {
    store,
    sender,
    withSessionRetry,
    async record(answers) {
      const { result: outcomes } = await store.update((outbox) => {
        let next = outbox;
        const results: ResponseOutcome[] = [];
        for (const { item, response } of answers) {
          const applied = applyResponse(next, item.key, response, now(), random);
          next = applied.outbox;
          results.push(applied.outcome);
        }
        return { outbox: next, result: results };
      });
      for (const [index, outcome] of outcomes.entries()) {
        if (outcome !== 'needs_attention') continue;
        // The evidence ids may be what was refused: upload again after the correction.
        for (const e of answers[index]!.item.evidence) await store.rememberEvidenceId(e.sha256, null);
      }
    },
    async putBack(items) {
      if (items.length === 0) return;
      const keys = new Set(items.map((i) => i.key));
      // Only these were cut off before their request went out: back to `queued`, no attempt counted.
      await store.update((outbox) => ({
        outbox: outbox.map((i) => (keys.has(i.key) ? (recoverInterrupted([i])[0] ?? i) : i)),
        result: null,
      }));
    },
  };

  /**
   * Marks the next due entries (oldest first, none tried in this pass) as being sent, in one
   * transaction; those are the next batch.
   */
  async function takeBatch(tried: Set<string>): Promise<EntryOutboxItem[]> {
    const at = now();
    const { result: taken } = await store.update((outbox) => {
      const due = dueItems(
        outbox.filter((i) => !tried.has(i.key)),
        at,
      ).slice(0, ENTRY_BATCH_MAX);
      const next = due.reduce((o, item) => markSending(o, item.key, at), outbox);
      return { outbox: next, result: due };
    });
    for (const item of taken) tried.add(item.key);
    return taken;
  }

  async function loop(): Promise<void> {
    if (!isOnline()) {
      setBlock('offline'); // the `online` event starts the next pass
      return;
    }
    try {
      if (!(await session.ensure())) {
        setBlock('signed-out');
        return;
      }
    } catch {
      setBlock('offline');
      unreachableChecks += 1;
      offlineRetryAt = now() + Math.min(offlineRetryMs, 3000 * 3 ** (unreachableChecks - 1));
      return;
    }
    unreachableChecks = 0;
    offlineRetryAt = null;
    setBlock(null);
    // This tab holds the lock: anything still "sending" was cut off (a closed tab, a crash).
    await store.update((outbox) => ({ outbox: recoverInterrupted(outbox), result: null }));
    const tried = new Set<string>();
    while (!stopped) {
      const batch = await takeBatch(tried);
      if (batch.length === 0) break;
      if ((await sendBatch(batchContext, batch)) === 'offline') {
        setBlock('offline');
        break; // no signal: the rest waits for the timer or the `online` event
      }
    }
    await store.pruneSent();
  }

  function schedule(at: number | null): void {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (at === null || stopped) return;
    timer = setTimer(
      () => {
        timer = null;
        void syncNow();
      },
      Math.max(0, at - now()),
    );
  }

  async function reschedule(): Promise<void> {
    if (stopped) return;
    const wake = nextWakeAt(await store.items());
    const times = [wake, offlineRetryAt].filter((t): t is number => t !== null);
    schedule(times.length > 0 ? Math.min(...times) : null);
  }

  function syncNow(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (current) {
      again = true;
      return current;
    }
    const run = async () => {
      try {
        do {
          again = false;
          await withLock(loop);
        } while (again && !stopped);
        failure = null;
        await reschedule();
      } catch (error) {
        failure = error;
      }
    };
    current = run().finally(() => {
      current = null;
      notify();
    });
    notify();
    return current;
  }

  async function sendNow(): Promise<void> {
    if (stopped) return;
    await store.update((outbox) => ({
      outbox: outbox.reduce<Outbox<CreateEntryBody>>(
        (o, i) => (i.state === 'failed' ? requeue(o, i.key) : o),
        outbox,
      ),
      result: null,
    }));
    await syncNow();
  }

  const onOnline = () => void sendNow().catch(() => undefined);
  const onStoreChange = () => notify();
  let unsubscribeStore: (() => void) | null = null;

  return {
    start() {
      stopped = false;
      events?.addEventListener('online', onOnline);
      unsubscribeStore ??= store.subscribe(onStoreChange);
      void syncNow();
    },
    syncNow,
    sendNow,
    block: () => blocked,
    running: () => current !== null,
    failure: () => failure,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      events?.removeEventListener('online', onOnline);
      unsubscribeStore?.();
      unsubscribeStore = null;
      schedule(null);
    },
  };
}
