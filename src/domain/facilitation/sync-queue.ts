/**
 * The phone's offline outbox for log entries, as pure functions over plain data. Storage is
 * someone else's job (the web app keeps the items and the evidence blobs in IndexedDB); every
 * function here takes the outbox and returns a new one, with the clock (`now`, epoch ms) and the
 * randomness (`random`, like Math.random) passed in.
 *
 * Life of an item:
 *   queued → sending → sent                      (server confirmed: 201 created, or 200 replay)
 *                    → failed → (due) → sending  (network error, 5xx, 408/425/429: retried
 *                                                 later with capped exponential backoff + jitter)
 *                    → needs_attention           (other 4xx: the server refused the content; the
 *                                                 messages are kept and the entry stays on the
 *                                                 phone until the user corrects and re-sends it)
 * Promises kept:
 * - every attempt for an entry uses the same idempotency key, so a repeat never makes a duplicate
 *   on the server (see idempotency.ts): a 200 for a key already seen is a success;
 * - an upload cut off half-way (app closed, phone off) is sent again whole, with the same key;
 * - nothing leaves the outbox before the server confirmed it (`prune` removes only `sent` items);
 * - a success arriving late or twice is still a success; a late failure for an item that is no
 *   longer being sent is ignored, so it can never undo a confirmation.
 * Evidence files are referenced by sha256: the store keeps one blob per hash, and may delete a
 * blob only when no unsent item refers to it (`blobsInUse`, `prune`).
 */
import { AppError } from '../errors.ts';
import { isUuidV4 } from './idempotency.ts';

export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed' | 'needs_attention';

export interface OutboxEvidence {
  sha256: string;
  fileName: string;
  mediaType: string;
  bytes: number;
}

export interface OutboxItem<P> {
  /** Idempotency key made on the phone (UUID v4); the same for every attempt. */
  key: string;
  /** The entry draft as it will be sent. */
  payload: P;
  evidence: readonly OutboxEvidence[];
  state: OutboxState;
  enqueuedAt: number;
  /** Failed attempts since the last (re)queue; drives the backoff. */
  attempts: number;
  /** For `failed`: not before this time (epoch ms). */
  nextAttemptAt: number | null;
  /** For `sending`: when the current attempt started. */
  sendingSince: number | null;
  /** Last transient error, for the UI. */
  lastError: string | null;
  /** For `needs_attention`: what the server said is wrong. */
  messages: readonly string[];
  /** For `sent`: the id the server gave the entry. */
  serverId: string | null;
  sentAt: number | null;
}

export type Outbox<P> = readonly OutboxItem<P>[];

export interface OutboxDraft<P> {
  key: string;
  payload: P;
  evidence: readonly OutboxEvidence[];
}

/** What came back for one attempt. */
export type SendResponse =
  | {
      kind: 'http';
      status: number;
      body?: { id?: string; messages?: readonly string[] };
      /** From a Retry-After header, if any. */
      retryAfterMs?: number;
    }
  | { kind: 'network'; message?: string };

export type ResponseOutcome =
  | 'sent'
  | 'already_sent'
  | 'retry'
  | 'needs_attention'
  | 'ignored_stale'
  | 'unknown_key';

export interface BackoffPolicy {
  /** Delay after the first failure, before jitter. */
  baseMs: number;
  /** Upper bound of the delay, before jitter. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 15_000, capMs: 30 * 60_000 };

const SHA256 = /^[0-9a-f]{64}$/;

function findIndex<P>(outbox: Outbox<P>, key: string): number {
  return outbox.findIndex((i) => i.key === key);
}

function replaceAt<P>(outbox: Outbox<P>, index: number, item: OutboxItem<P>): Outbox<P> {
  const next = outbox.slice();
  next[index] = item;
  return next;
}

function checkDraft<P>(draft: OutboxDraft<P>): void {
  if (!isUuidV4(draft.key))
    throw AppError.invalid('key', 'Kunci pengiriman harus berupa UUID versi 4 yang dibuat di perangkat.');
  for (const f of draft.evidence) {
    if (!SHA256.test(f.sha256))
      throw AppError.invalid(
        'evidence',
        `Sidik berkas ${f.fileName} harus sha256 heksadesimal (64 karakter).`,
      );
    if (!Number.isSafeInteger(f.bytes) || f.bytes < 0)
      throw AppError.invalid('evidence', `Ukuran berkas ${f.fileName} tidak sah.`);
  }
}

/**
 * Puts a draft in the outbox. Enqueueing a key that is already there changes nothing (a double
 * tap on "Simpan" must not make two entries); use `requeue` to change a waiting entry.
 */
export function enqueue<P>(
  outbox: Outbox<P>,
  draft: OutboxDraft<P>,
  now: number,
): { outbox: Outbox<P>; added: boolean } {
  checkDraft(draft);
  if (findIndex(outbox, draft.key) >= 0) return { outbox, added: false };
  const item: OutboxItem<P> = {
    key: draft.key,
    payload: draft.payload,
    evidence: [...draft.evidence],
    state: 'queued',
    enqueuedAt: now,
    attempts: 0,
    nextAttemptAt: null,
    sendingSince: null,
    lastError: null,
    messages: [],
    serverId: null,
    sentAt: null,
  };
  return { outbox: [...outbox, item], added: true };
}

function isDue<P>(item: OutboxItem<P>, now: number): boolean {
  return item.state === 'queued' || (item.state === 'failed' && (item.nextAttemptAt ?? 0) <= now);
}

/** Items that may be sent now, oldest first (by enqueue time, then key). */
export function dueItems<P>(outbox: Outbox<P>, now: number): OutboxItem<P>[] {
  return outbox
    .filter((i) => isDue(i, now))
    .sort((a, b) => a.enqueuedAt - b.enqueuedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The item to send next, or null when nothing is due. */
export function nextToSend<P>(outbox: Outbox<P>, now: number): OutboxItem<P> | null {
  return dueItems(outbox, now)[0] ?? null;
}

/** The earliest time a failed item becomes due (for a timer), or null when none waits. */
export function nextWakeAt<P>(outbox: Outbox<P>): number | null {
  let min: number | null = null;
  for (const i of outbox)
    if (i.state === 'failed' && i.nextAttemptAt !== null && (min === null || i.nextAttemptAt < min))
      min = i.nextAttemptAt;
  return min;
}

/** Marks a due item as being sent. Throws `conflict` if it is not due. */
export function markSending<P>(outbox: Outbox<P>, key: string, now: number): Outbox<P> {
  const index = findIndex(outbox, key);
  const item = outbox[index];
  if (!item) throw AppError.notFound(`Entri dengan kunci ${key} tidak ada di antrean.`);
  if (!isDue(item, now))
    throw new AppError(
      'conflict',
      `Entri dengan kunci ${key} belum waktunya dikirim (status ${item.state}).`,
    );
  return replaceAt(outbox, index, { ...item, state: 'sending', sendingSince: now });
}

/**
 * After a restart: every item left `sending` was cut off mid-way and goes back to `queued`, to be
 * sent again whole with the same key. Returns the outbox unchanged when nothing was in flight.
 */
export function recoverInterrupted<P>(outbox: Outbox<P>): Outbox<P> {
  if (!outbox.some((i) => i.state === 'sending')) return outbox;
  return outbox.map((i) => (i.state === 'sending' ? { ...i, state: 'queued', sendingSince: null } : i));
}

/**
 * Delay before the next attempt after `attempts` failures (1 = first failure): the exponential
 * delay base·2^(attempts−1), capped at `capMs`, then "equal jitter": a random point in its upper
 * half, so phones that lost signal together do not all retry at the same moment.
 */
export function backoffDelay(attempts: number, random: () => number, policy = DEFAULT_BACKOFF): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
  const r = random();
  const unit = r >= 0 && r < 1 ? r : 0;
  return Math.round(exp / 2 + (unit * exp) / 2);
}

function isRetryableStatus(status: number): boolean {
  return (
    status >= 500 ||
    status === 408 ||
    status === 425 ||
    status === 429 ||
    status < 200 ||
    (status >= 300 && status < 400)
  );
}

function defaultMessages(status: number): string[] {
  if (status === 401) return ['Sesi Anda berakhir. Masuk lagi, lalu kirim ulang entri ini.'];
  if (status === 403) return ['Anda tidak berwenang mengirim entri untuk desa atau kawasan ini.'];
  if (status === 409) return ['Entri ini bentrok dengan data di server. Periksa lalu simpan ulang.'];
  if (status === 413) return ['Berkas bukti terlalu besar. Kecilkan atau kurangi foto, lalu kirim ulang.'];
  return ['Server menolak entri ini. Periksa isian, lalu kirim ulang.'];
}

/**
 * Applies the server's answer (or the lack of one) for `key`:
 * - 200/201 with an id → `sent` (from any state: the server confirmed; a 200 replay is success);
 * - other 4xx (not 408/425/429) → `needs_attention` with the server's messages;
 * - 5xx, 408/425/429, network error, or 2xx without an id → `failed`, retried after a backoff.
 * A failure for an item that is not `sending` is stale and ignored.
 */
export function applyResponse<P>(
  outbox: Outbox<P>,
  key: string,
  response: SendResponse,
  now: number,
  random: () => number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): { outbox: Outbox<P>; outcome: ResponseOutcome } {
  const index = findIndex(outbox, key);
  const item = outbox[index];
  if (!item) return { outbox, outcome: 'unknown_key' };

  const id = response.kind === 'http' ? response.body?.id : undefined;
  if (response.kind === 'http' && (response.status === 200 || response.status === 201) && id) {
    if (item.state === 'sent') return { outbox, outcome: 'already_sent' };
    const sent: OutboxItem<P> = {
      ...item,
      state: 'sent',
      serverId: id,
      sentAt: now,
      sendingSince: null,
      nextAttemptAt: null,
      lastError: null,
      messages: [],
    };
    return { outbox: replaceAt(outbox, index, sent), outcome: 'sent' };
  }
  if (item.state !== 'sending') return { outbox, outcome: 'ignored_stale' };

  if (response.kind === 'http' && !isRetryableStatus(response.status) && response.status >= 400) {
    const given = (response.body?.messages ?? []).map((m) => m.trim()).filter(Boolean);
    const attention: OutboxItem<P> = {
      ...item,
      state: 'needs_attention',
      sendingSince: null,
      nextAttemptAt: null,
      messages: given.length > 0 ? given : defaultMessages(response.status),
    };
    return { outbox: replaceAt(outbox, index, attention), outcome: 'needs_attention' };
  }

  const attempts = item.attempts + 1;
  const wait = Math.max(
    backoffDelay(attempts, random, policy),
    response.kind === 'http' ? (response.retryAfterMs ?? 0) : 0,
  );
  const lastError =
    response.kind === 'network'
      ? 'Tidak ada sambungan ke server.'
      : response.status >= 500
        ? `Server sedang bermasalah (HTTP ${response.status}).`
        : response.status === 429
          ? 'Server sedang sibuk.'
          : response.status >= 200 && response.status < 300
            ? 'Server tidak mengembalikan nomor entri.'
            : `Pengiriman gagal (HTTP ${response.status}).`;
  const failed: OutboxItem<P> = {
    ...item,
    state: 'failed',
    attempts,
    nextAttemptAt: now + wait,
    sendingSince: null,
    lastError,
  };
  return { outbox: replaceAt(outbox, index, failed), outcome: 'retry' };
}

/**
 * Puts a waiting entry back in line now — "Kirim ulang" after a correction, or "Coba sekarang"
 * on a failed one — optionally with a corrected payload and evidence. The key stays: the server
 * stores keys only for entries it created, so a corrected entry is still new to it.
 * Throws `conflict` for an entry being sent or already sent.
 */
export function requeue<P>(
  outbox: Outbox<P>,
  key: string,
  revision?: { payload: P; evidence: readonly OutboxEvidence[] },
): Outbox<P> {
  const index = findIndex(outbox, key);
  const item = outbox[index];
  if (!item) throw AppError.notFound(`Entri dengan kunci ${key} tidak ada di antrean.`);
  if (item.state === 'sending')
    throw new AppError('conflict', 'Entri ini sedang dikirim. Tunggu sampai selesai, lalu ubah.');
  if (item.state === 'sent')
    throw new AppError('conflict', 'Entri ini sudah diterima server. Ubah entri itu di daftar kegiatan.');
  if (revision) checkDraft({ key, ...revision });
  return replaceAt(outbox, index, {
    ...item,
    ...(revision ? { payload: revision.payload, evidence: [...revision.evidence] } : {}),
    state: 'queued',
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    messages: [],
  });
}

/** Hashes of evidence blobs that must stay stored: those of every item not yet confirmed. */
export function blobsInUse<P>(outbox: Outbox<P>): Set<string> {
  const used = new Set<string>();
  for (const i of outbox) if (i.state !== 'sent') for (const f of i.evidence) used.add(f.sha256);
  return used;
}

/**
 * Removes the items the server confirmed (`sent`) and nothing else. `releasableBlobs` are the
 * hashes of the removed items' evidence that no remaining item refers to: the store may delete
 * those blobs now.
 */
export function prune<P>(outbox: Outbox<P>): {
  outbox: Outbox<P>;
  removed: OutboxItem<P>[];
  releasableBlobs: string[];
} {
  const removed = outbox.filter((i) => i.state === 'sent');
  if (removed.length === 0) return { outbox, removed, releasableBlobs: [] };
  const kept = outbox.filter((i) => i.state !== 'sent');
  const used = blobsInUse(kept);
  const release = new Set<string>();
  for (const i of removed) for (const f of i.evidence) if (!used.has(f.sha256)) release.add(f.sha256);
  return { outbox: kept, removed, releasableBlobs: [...release].sort() };
}

export interface OutboxSummary {
  /** queued + sending + failed: will go out by itself. */
  waiting: number;
  sending: number;
  failed: number;
  needsAttention: number;
  sent: number;
  /** Earliest automatic retry, or null. */
  nextAttemptAt: number | null;
  /** For the UI, e.g. "3 menunggu, 1 perlu diperbaiki". */
  text: string;
}

/** Counts for the status bar of the app. */
export function summarizeOutbox<P>(outbox: Outbox<P>): OutboxSummary {
  let queued = 0;
  let sending = 0;
  let failed = 0;
  let needsAttention = 0;
  let sent = 0;
  for (const i of outbox) {
    if (i.state === 'queued') queued += 1;
    else if (i.state === 'sending') sending += 1;
    else if (i.state === 'failed') failed += 1;
    else if (i.state === 'needs_attention') needsAttention += 1;
    else sent += 1;
  }
  const waiting = queued + sending + failed;
  const parts: string[] = [];
  if (waiting > 0) parts.push(`${waiting} menunggu`);
  if (needsAttention > 0) parts.push(`${needsAttention} perlu diperbaiki`);
  return {
    waiting,
    sending,
    failed,
    needsAttention,
    sent,
    nextAttemptAt: nextWakeAt(outbox),
    text: parts.length > 0 ? parts.join(', ') : 'Semua entri sudah terkirim',
  };
}
