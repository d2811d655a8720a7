/**
 * Sends the outbox when it can: on start (after putting back what a closed tab left half-sent),
 * when the browser comes back online, when the earliest retry falls due, and on "Kirim sekarang".
 * For each due entry it uploads the evidence files (a repeated upload of the same bytes gets the
 * same id), then posts the entry under its stored idempotency key, and records the answer with
 * the domain's `applyResponse`: confirmed entries are pruned, network errors and 5xx wait for a
 * backoff, other refusals wait for the user with the server's messages.
 *
 * One loop at a time per browser: a Web Lock when the browser has them (tabs share it), else a
 * flag in this tab. Every step is stored before the next request goes out.
 */
import type { CreateEntryBody } from '../../../../contracts/facilitation.contract';
import {
  applyResponse,
  markSending,
  nextToSend,
  nextWakeAt,
  type Outbox,
  recoverInterrupted,
  requeue,
  type SendResponse,
} from '../../../../domain/facilitation/sync-queue';
import { type ApiError, isApiError } from '../../../api-client/api-error';
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

/** The messages of a refusal: each field's message, else the problem's detail. */
export function problemMessages(error: ApiError): string[] {
  const fromFields = (error.problem?.errors ?? []).map((e) => e.message.trim()).filter(Boolean);
  const unique = [...new Set(fromFields)];
  if (unique.length > 0) return unique;
  return error.problem ? [error.message] : [];
}

/** A failed request as the outbox sees it. */
export function toSendResponse(error: unknown): SendResponse {
  if (!isApiError(error) || error.kind === 'network' || error.status === null) {
    return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
  }
  const response: SendResponse = {
    kind: 'http',
    status: error.status,
    body: { messages: problemMessages(error) },
  };
  if (error.retryAfterSeconds !== null) response.retryAfterMs = error.retryAfterSeconds * 1000;
  return response;
}

const MISSING_FILE = (name: string) =>
  `Berkas bukti ${name} tidak ada lagi di perangkat ini. Buka entri ini dengan "Perbaiki", lampirkan ulang buktinya, lalu simpan.`;

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

  /** Uploads the files, then the entry; the answer, or what went wrong, for `applyResponse`. */
  async function attempt(item: EntryOutboxItem): Promise<SendResponse> {
    const evidenceIds: string[] = [];
    for (const evidence of item.evidence) {
      const file = await store.file(evidence.sha256);
      if (!file) {
        return { kind: 'http', status: 422, body: { messages: [MISSING_FILE(evidence.fileName)] } };
      }
      let id = file.evidenceId;
      if (!id) {
        const blob = new Blob([file.data], { type: evidence.mediaType || file.mediaType });
        try {
          id = (await withSessionRetry(() => sender.uploadEvidence(evidence.fileName, blob))).id;
        } catch (error) {
          return toSendResponse(error);
        }
        await store.rememberEvidenceId(evidence.sha256, id);
      }
      evidenceIds.push(id);
    }
    const body: CreateEntryBody = { ...item.payload, idempotencyKey: item.key, evidenceIds };
    try {
      const created = await withSessionRetry(() => sender.createEntry(body));
      return { kind: 'http', status: created.status, body: { id: created.id } };
    } catch (error) {
      if (isApiError(error) && error.kind === 'invalid-response' && error.status !== null) {
        return { kind: 'http', status: error.status };
      }
      return toSendResponse(error);
    }
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
      const at = now();
      const next = nextToSend(
        (await store.items()).filter((i) => !tried.has(i.key)),
        at,
      );
      if (!next) break;
      tried.add(next.key);
      try {
        await store.update((outbox) => ({ outbox: markSending(outbox, next.key, at), result: null }));
      } catch {
        continue; // changed under us (edited in another tab): look again
      }
      const response = await attempt(next);
      const { result: outcome } = await store.update((outbox) => {
        const applied = applyResponse(outbox, next.key, response, now(), random);
        return { outbox: applied.outbox, result: applied.outcome };
      });
      if (outcome === 'needs_attention') {
        // The evidence ids may be what was refused: upload again after the correction.
        for (const e of next.evidence) await store.rememberEvidenceId(e.sha256, null);
      }
      if (response.kind === 'network') {
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
