/**
 * For the outbox tests: a fake server behind a fake `fetch` that keeps entries by idempotency key
 * with the domain's own rule (201 new, 200 replay, 409 changed body) and evidence by its bytes.
 * It takes entries one by one (`POST /api/pendampingan/kegiatan`) and in batches
 * (`…/kegiatan/kirim`, one result per entry), checks bodies against the contract's schemas (400
 * with the fields named), can refuse a given entry, and can be told to fail the next requests in
 * the ways bad signal fails them.
 */
import type { z } from 'zod';
import {
  type CreateEntriesBody,
  CreateEntriesBodySchema,
  type CreateEntryBody,
  CreateEntryBodySchema,
  type EntryOutcome,
  type EntryOutcomes,
} from '../../../../contracts/facilitation.contract';
import type { Problem } from '../../../../contracts/problem.contract';
import {
  canonicalJson,
  decideFromStore,
  normalizeKey,
  type StoredIdempotentRequest,
} from '../../../../domain/facilitation/idempotency';
import type { OutboxEvidence } from '../../../../domain/facilitation/sync-queue';
import type { EntryDraft } from './outbox-actions';
import type { StoredFile } from './outbox-store';

export const DESA = '3301012001';
export const FACILITATOR_ID = '0b7f1e9e-7b84-4a51-9a43-4f3d1b8f0c11';

/** A valid entry body as the form makes it (no evidence ids yet: they are known after upload). */
export function entryBody(key: string, overrides: Partial<CreateEntryBody> = {}): CreateEntryBody {
  return {
    idempotencyKey: key,
    date: '2026-03-10',
    place: { kind: 'desa', code: DESA },
    category: 'motivasi_kelompok',
    topic: 'Rapat kelompok tani',
    participants: { perempuan: 7, laki_laki: 5 },
    groups: ['kelompok_tani'],
    activities: 'Diskusi rencana tanam bersama kelompok tani.',
    outputs: 'Jadwal tanam disepakati',
    followUp: '',
    evidenceIds: [],
    gps: null,
    submit: true,
    ...overrides,
  };
}

/** A file of `bytes` made-up bytes whose sha256 is `sha` (the store does not re-hash). */
export function storedFile(sha: string, bytes = 4): StoredFile {
  const data = new Uint8Array(bytes).map((_, i) => (i * 7 + sha.charCodeAt(0)) % 256);
  return {
    sha256: sha,
    mediaType: 'image/jpeg',
    bytes,
    data: data.buffer,
    thumbnail: null,
    evidenceId: null,
  };
}

export function photo(sha: string, fileName = 'foto.jpg'): OutboxEvidence {
  return { sha256: sha, fileName, mediaType: 'image/jpeg', bytes: 4 };
}

export function draft(
  key: string,
  evidence: OutboxEvidence[] = [],
  overrides: Partial<CreateEntryBody> = {},
) {
  return { key, payload: entryBody(key, overrides), evidence } satisfies EntryDraft;
}

/** What the next request does instead of (or besides) being answered normally. */
export type Fault =
  /** Rejects before the server sees it (no signal). */
  | 'network'
  /** The server handles it, then the answer is lost on the way back. */
  | 'lost-response'
  | { status: number; errors?: { field: string; message: string }[] };

/** Which requests a fault is for: evidence uploads, one entry, a batch of entries, or any. */
export type FaultMatch = 'bukti' | 'kegiatan' | 'kirim' | 'any';

/** One request the fake server saw: the keys of the entries it carried, if any. */
export interface SeenRequest {
  url: string;
  /** The entry's key (single route). */
  key?: string;
  /** The entries' keys in the order sent (batch route). */
  keys?: string[];
}

interface FakeEntry extends StoredIdempotentRequest {
  body: CreateEntryBody;
}

type FieldError = { field: string; message: string };

const BATCH_URL = '/api/pendampingan/kegiatan/kirim';
const ENTRY_URL = '/api/pendampingan/kegiatan';

/** The request's kind by its address, as the fault matchers name them. */
function kindOf(url: string): Exclude<FaultMatch, 'any'> {
  if (url.startsWith('/api/pendampingan/bukti')) return 'bukti';
  return url === BATCH_URL ? 'kirim' : 'kegiatan';
}

/** Zod's issues as the server's `errors[]` (`entries.1.topic`, `topic`). */
function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
}

export function fakeServer() {
  const entries = new Map<string, FakeEntry>();
  const evidence = new Map<string, string>();
  const requests: SeenRequest[] = [];
  const faults: { match: FaultMatch; fault: Fault }[] = [];
  /** Entries the server refuses once, by key, in either route (e.g. not assigned on that date). */
  const refusals = new Map<string, { status: 400 | 403 | 404 | 409; errors: FieldError[] }>();
  let nextId = 1;
  /** Milliseconds every request takes (a slow line), 0 by default. */
  const line = { delayMs: 0 };
  const id = () => `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`;

  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const problemBody = (status: number, errors: FieldError[] = []): Problem => ({
    type: 'about:blank',
    title: 'Refused',
    status,
    detail: errors[0]?.message ?? `HTTP ${status}`,
    code: 'invalid_input',
    errors,
  });
  const problem = (status: number, errors: FieldError[] = []) => json(status, problemBody(status, errors));

  /** One entry as the server judges it: the single route's status, with its id or its problem. */
  function decideEntry(entry: CreateEntryBody): EntryOutcome {
    const { idempotencyKey, ...rest } = entry;
    const outcome = (status: EntryOutcome['status'], entryId: string | null, errors: FieldError[] = []) => ({
      idempotencyKey,
      status,
      id: entryId,
      state: entryId ? (entry.submit ? ('diajukan' as const) : ('draf' as const)) : null,
      problem: entryId ? null : problemBody(status, errors),
    });
    const refusal = refusals.get(normalizeKey(idempotencyKey));
    if (refusal) {
      refusals.delete(normalizeKey(idempotencyKey));
      return outcome(refusal.status, null, refusal.errors);
    }
    const requestHash = canonicalJson(rest);
    const decision = decideFromStore(entries, { key: idempotencyKey, requestHash });
    if (decision.kind === 'replay') return outcome(200, decision.entryId);
    if (decision.kind === 'conflict')
      return outcome(409, null, [{ field: 'idempotencyKey', message: decision.message }]);
    const created = id();
    entries.set(normalizeKey(idempotencyKey), { entryId: created, requestHash, body: entry });
    return outcome(201, created);
  }

  async function handle(url: string, body: BodyInit): Promise<Response> {
    const kind = kindOf(url);
    if (kind === 'bukti') {
      const key = new Uint8Array(await (body as Blob).arrayBuffer()).join(',');
      const existing = evidence.get(key);
      if (existing) return json(200, { id: existing });
      const created = id();
      evidence.set(key, created);
      return json(201, { id: created });
    }
    if (kind === 'kirim') {
      const parsed = CreateEntriesBodySchema.safeParse(JSON.parse(String(body)));
      if (!parsed.success) return problem(400, fieldErrors(parsed.error));
      const results = parsed.data.entries.map(decideEntry);
      return json(200, { results } satisfies EntryOutcomes);
    }
    const parsed = CreateEntryBodySchema.safeParse(JSON.parse(String(body)));
    if (!parsed.success) return problem(400, fieldErrors(parsed.error));
    const decided = decideEntry(parsed.data);
    if (decided.problem) return json(decided.status, decided.problem);
    return json(decided.status, { id: decided.id });
  }

  async function fetch(url: string, init: RequestInit): Promise<Response> {
    const kind = kindOf(url);
    const body = init.body as BodyInit;
    const seen: SeenRequest = { url };
    if (kind === 'kegiatan') seen.key = (JSON.parse(String(body)) as CreateEntryBody).idempotencyKey;
    if (kind === 'kirim')
      seen.keys = (JSON.parse(String(body)) as CreateEntriesBody).entries.map((e) => e.idempotencyKey);
    requests.push(seen);
    if (line.delayMs > 0) await new Promise((r) => setTimeout(r, line.delayMs));
    const index = faults.findIndex((f) => f.match === 'any' || f.match === kind);
    const fault = index >= 0 ? faults.splice(index, 1)[0]!.fault : null;
    if (fault === 'network') throw new TypeError('Failed to fetch');
    if (fault === 'lost-response') {
      await handle(url, body);
      throw new TypeError('Failed to fetch');
    }
    if (fault) return problem(fault.status, fault.errors);
    return handle(url, body);
  }

  return {
    fetch,
    line,
    entries,
    evidence,
    requests,
    /** Makes the next matching request fail so (the whole request, before the server judges it). */
    fail(match: FaultMatch, fault: Fault) {
      faults.push({ match, fault });
    },
    /** Refuses the entry under `key` the next time it comes, alone or in a batch. */
    refuse(key: string, status: 400 | 403 | 404 | 409, errors: FieldError[]) {
      refusals.set(normalizeKey(key), { status, errors });
    },
    /** Every entry sent, in order: one row per entry of a batch, one per single request. */
    posts: () =>
      requests.flatMap((r) =>
        r.keys ? r.keys.map((key) => ({ url: r.url, key })) : r.key ? [{ url: r.url, key: r.key }] : [],
      ),
    /** The keys of each batch request, in order. */
    batches: () => requests.filter((r) => r.url === BATCH_URL).map((r) => r.keys ?? []),
    /** The keys of the single-entry requests, in order. */
    singles: () => requests.filter((r) => r.url === ENTRY_URL).map((r) => r.key),
    uploads: () => requests.filter((r) => kindOf(r.url) === 'bukti'),
  };
}
