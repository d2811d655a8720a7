import { useCallback, useEffect, useRef, useState } from 'react';
import type { MyFacilitation } from '../../../../contracts/facilitation.contract';
import { isRetryable } from '../../../api-client/api-error';
import { useSession } from '../../session/use-session';
import {
  cachedSaya,
  type OutboxRuntime,
  outboxRuntime,
  rememberedUser,
  rememberUser,
} from './outbox-runtime';
import type { EntryOutboxItem } from './outbox-store';
import type { SyncBlock } from './sync-engine';

/**
 * Whose outbox this is. Signed in: the session's account. When the session cannot be checked
 * because there is no signal, the account that used the form last on this browser (its entries
 * stay on the phone and are sent only under its own session).
 */
export type FieldUser =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'error'; error: unknown; retry: () => void }
  | { kind: 'ready'; userId: string; signedIn: boolean }
  /** No signal and nobody used the form here before. */
  | { kind: 'offline-unknown' };

export function useFieldUser(): FieldUser {
  const { status, user, query } = useSession();
  const userId = user?.id ?? null;
  // Once the server could not be reached, stay offline until it answers: a new attempt (on
  // every mount of a session reader) must not flip the form back to "loading".
  const unreachableBefore = useRef(false);
  useEffect(() => {
    if (userId) rememberUser(userId);
  }, [userId]);
  if (user) {
    unreachableBefore.current = false;
    return { kind: 'ready', userId: user.id, signedIn: true };
  }
  if (status === 'signed-out') {
    unreachableBefore.current = false;
    return { kind: 'signed-out' };
  }
  const unreachable =
    (status === 'loading' && (query.fetchStatus === 'paused' || unreachableBefore.current)) ||
    (status === 'error' && isRetryable(query.error));
  if (status === 'loading' && !unreachable) return { kind: 'loading' };
  if (!unreachable) return { kind: 'error', error: query.error, retry: () => void query.refetch() };
  unreachableBefore.current = true;
  const last = rememberedUser();
  return last ? { kind: 'ready', userId: last, signedIn: false } : { kind: 'offline-unknown' };
}

export interface OutboxView {
  runtime: OutboxRuntime | null;
  /** The stored items and `saya` have been read once. */
  ready: boolean;
  /** Every item not yet pruned, oldest first. */
  items: EntryOutboxItem[];
  /** The last `saya` kept on the phone (place names, assignments), or null. */
  saya: MyFacilitation | null;
  block: SyncBlock;
  running: boolean;
  /** The device storage could not be opened or written (private mode, full disk). */
  storageError: unknown;
  syncNow: () => void;
}

/**
 * The outbox of `userId` as it changes (in this tab, another tab, or by the sync engine). When
 * the session is confirmed (`signedIn` turns true, e.g. the signal came back) it is sent.
 */
export function useOutbox(userId: string | null, signedIn = false): OutboxView {
  const [runtime, setRuntime] = useState<OutboxRuntime | null>(null);
  const [ready, setReady] = useState(false);
  const [items, setItems] = useState<EntryOutboxItem[]>([]);
  const [saya, setSaya] = useState<MyFacilitation | null>(null);
  const [block, setBlock] = useState<SyncBlock>(null);
  const [running, setRunning] = useState(false);
  const [storageError, setStorageError] = useState<unknown>(null);

  useEffect(() => {
    if (!userId) return;
    let active = true;
    setReady(false);
    setItems([]);
    setSaya(null);
    const unsubscribe: (() => void)[] = [];
    outboxRuntime(userId).then(
      (rt) => {
        if (!active) return;
        const refresh = async () => {
          try {
            const [all, kept] = await Promise.all([rt.store.items(), cachedSaya(rt.store)]);
            if (!active) return;
            setItems(all.sort((a, b) => a.enqueuedAt - b.enqueuedAt || (a.key < b.key ? -1 : 1)));
            setSaya(kept);
            setBlock(rt.engine.block());
            setRunning(rt.engine.running());
            setStorageError(rt.engine.failure());
            setReady(true);
          } catch (error) {
            if (active) setStorageError(error);
          }
        };
        unsubscribe.push(
          rt.store.subscribe(() => void refresh()),
          rt.engine.subscribe(() => void refresh()),
        );
        setRuntime(rt);
        void refresh();
      },
      (error: unknown) => {
        if (active) setStorageError(error);
      },
    );
    return () => {
      active = false;
      for (const u of unsubscribe) u();
    };
  }, [userId]);

  useEffect(() => {
    if (runtime && signedIn) void runtime.engine.sendNow().catch(() => undefined);
  }, [runtime, signedIn]);

  const syncNow = useCallback(() => {
    void runtime?.engine.sendNow().catch((error: unknown) => setStorageError(error));
  }, [runtime]);

  return { runtime, ready, items, saya, block, running, storageError, syncNow };
}
