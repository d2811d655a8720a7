import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  canonicalJson,
  conflictError,
  decideFromStore,
  decideIdempotentRequest,
  isUuidV4,
  type StoredIdempotentRequest,
} from './idempotency.ts';

const KEY = '3f1c2a4e-8b7d-4c3a-9e1f-0a2b3c4d5e6f';

describe('isUuidV4', () => {
  it.each([
    [KEY, true],
    ['3F1C2A4E-8B7D-4C3A-AE1F-0A2B3C4D5E6F', true],
    ['3f1c2a4e-8b7d-1c3a-9e1f-0a2b3c4d5e6f', false], // version 1
    ['3f1c2a4e-8b7d-4c3a-7e1f-0a2b3c4d5e6f', false], // wrong variant
    ['3f1c2a4e8b7d4c3a9e1f0a2b3c4d5e6f', false],
    [`${KEY} `, false],
    ['', false],
  ])('%j → %s', (key, ok) => {
    expect(isUuidV4(key)).toBe(ok);
  });
});

describe('decideIdempotentRequest', () => {
  const stored: StoredIdempotentRequest = { entryId: 'entry-1', requestHash: 'h1' };

  it('creates for a new key', () => {
    expect(decideIdempotentRequest(undefined, { key: KEY, requestHash: 'h1' })).toEqual({
      kind: 'create',
      status: 201,
    });
  });

  it('replays the stored result for the same key and body', () => {
    expect(decideIdempotentRequest(stored, { key: KEY, requestHash: 'h1' })).toEqual({
      kind: 'replay',
      status: 200,
      entryId: 'entry-1',
    });
  });

  it('is a conflict, in Indonesian, for the same key with another body', () => {
    const d = decideIdempotentRequest(stored, { key: KEY, requestHash: 'h2' });
    expect(d.kind).toBe('conflict');
    if (d.kind !== 'conflict') return;
    expect(d.status).toBe(409);
    expect(d.entryId).toBe('entry-1');
    expect(d.message).toContain(`Kunci pengiriman ${KEY} sudah dipakai untuk entri lain`);
    const err = conflictError(d);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('conflict');
    expect(err.issues[0]?.field).toBe('idempotencyKey');
  });

  it('refuses a key that is not a UUID v4 and an empty hash', () => {
    expect(() => decideIdempotentRequest(undefined, { key: 'abc', requestHash: 'h' })).toThrowError(
      'Kunci pengiriman harus berupa UUID versi 4.',
    );
    expect(() => decideIdempotentRequest(undefined, { key: KEY, requestHash: '' })).toThrowError(AppError);
  });

  it('looks keys up in a store regardless of letter case', () => {
    const store = new Map([[KEY, stored]]);
    expect(decideFromStore(store, { key: KEY.toUpperCase(), requestHash: 'h1' }).kind).toBe('replay');
    expect(
      decideFromStore(store, { key: '0f1c2a4e-8b7d-4c3a-9e1f-0a2b3c4d5e6f', requestHash: 'h1' }).kind,
    ).toBe('create');
  });
});

describe('canonicalJson', () => {
  it('ignores key order at every level and drops undefined members', () => {
    const a = { b: 1, a: { y: [1, { d: 2, c: 3 }], x: 'teks' }, u: undefined };
    const b = { a: { x: 'teks', y: [1, { c: 3, d: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(b)).toBe('{"a":{"x":"teks","y":[1,{"c":3,"d":2}]},"b":1}');
  });

  it('keeps differences that matter', () => {
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: '1' })).not.toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ a: null })).not.toBe(canonicalJson({}));
  });

  it('writes bigint as a string and refuses values JSON cannot carry', () => {
    expect(canonicalJson({ n: 12n })).toBe('{"n":"12"}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrowError(AppError);
    expect(() => canonicalJson({ f: () => 1 })).toThrowError(AppError);
  });
});
