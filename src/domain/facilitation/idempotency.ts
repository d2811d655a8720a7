/**
 * The server-side rule that makes sending a log entry safe to repeat. The phone gives every entry
 * an idempotency key (a UUID v4 made on the device) and sends it again, with the same key, until
 * the server confirms. The server keeps, for every entry it created, key → {entryId, requestHash}:
 * - a new key creates the entry (HTTP 201);
 * - the same key with the same request body is a repeat of a request already handled: the stored
 *   result is returned (HTTP 200) and nothing new is created, so a lost response never makes a
 *   duplicate entry;
 * - the same key with a different body is a conflict (HTTP 409): two different entries must not
 *   share a key, and silently keeping either one would lose data.
 * Only created entries are stored: a request rejected by validation can be corrected and sent
 * again with the same key.
 */
import { AppError } from '../errors.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** True when `key` has the shape of a UUID version 4 (the variant bits included). */
export function isUuidV4(key: string): boolean {
  return UUID_V4.test(key);
}

/** What the server stored when it created an entry for a key. */
export interface StoredIdempotentRequest {
  entryId: string;
  /** Hash of the canonical request body (see `canonicalJson`). */
  requestHash: string;
}

export interface IdempotentRequest {
  key: string;
  requestHash: string;
}

export type IdempotencyDecision =
  | { kind: 'create'; status: 201 }
  | { kind: 'replay'; status: 200; entryId: string }
  | { kind: 'conflict'; status: 409; entryId: string; message: string };

/** Indonesian message for a key reused with a different body. */
export function idempotencyConflictMessage(key: string): string {
  return (
    `Kunci pengiriman ${key} sudah dipakai untuk entri lain dengan isi yang berbeda. ` +
    'Entri ini tidak disimpan; simpan ulang sebagai entri baru agar mendapat kunci baru.'
  );
}

/**
 * Decides what to do with a request, given what is stored for its key (`undefined` if none).
 * Throws `invalid_input` when the key is not a UUID v4 or the hash is empty.
 */
export function decideIdempotentRequest(
  stored: StoredIdempotentRequest | undefined,
  request: IdempotentRequest,
): IdempotencyDecision {
  if (!isUuidV4(request.key))
    throw AppError.invalid('idempotencyKey', 'Kunci pengiriman harus berupa UUID versi 4.');
  if (!request.requestHash) throw AppError.invalid('requestHash', 'Sidik isi permintaan kosong.');
  if (!stored) return { kind: 'create', status: 201 };
  if (stored.requestHash === request.requestHash)
    return { kind: 'replay', status: 200, entryId: stored.entryId };
  return {
    kind: 'conflict',
    status: 409,
    entryId: stored.entryId,
    message: idempotencyConflictMessage(request.key),
  };
}

/**
 * The same rule over a whole store (key → stored result). Keys are compared in lower case, since
 * a UUID's letters are not significant.
 */
export function decideFromStore(
  store: ReadonlyMap<string, StoredIdempotentRequest>,
  request: IdempotentRequest,
): IdempotencyDecision {
  return decideIdempotentRequest(store.get(normalizeKey(request.key)), request);
}

/** The form in which keys are stored and compared. */
export function normalizeKey(key: string): string {
  return key.toLowerCase();
}

/** Turns a conflict decision into the system's error (HTTP 409 at the server). */
export function conflictError(decision: Extract<IdempotencyDecision, { kind: 'conflict' }>): AppError {
  return new AppError('conflict', decision.message, [{ field: 'idempotencyKey', message: decision.message }]);
}

/**
 * A canonical JSON text of a request body, to hash: object keys sorted at every level, so two
 * bodies that differ only in key order hash the same. `undefined` members are left out (as
 * JSON.stringify does); non-finite numbers are refused because JSON cannot carry them.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw AppError.invalid('body', 'Angka tidak sah di dalam permintaan.');
    return JSON.stringify(value);
  }
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  throw AppError.invalid('body', 'Isi permintaan memuat nilai yang tidak dapat dikirim.');
}
