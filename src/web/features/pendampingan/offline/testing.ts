/**
 * For the outbox tests: a fake server behind a fake `fetch` that keeps entries by idempotency key
 * with the domain's own rule (201 new, 200 replay, 409 changed body) and evidence by its bytes,
 * and can be told to fail the next requests in the ways bad signal fails them.
 */
import type { CreateEntryBody } from '../../../../contracts/facilitation.contract';
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

interface FakeEntry extends StoredIdempotentRequest {
  body: CreateEntryBody;
}

export function fakeServer() {
  const entries = new Map<string, FakeEntry>();
  const evidence = new Map<string, string>();
  const requests: { url: string; key?: string }[] = [];
  const faults: { match: 'bukti' | 'kegiatan' | 'any'; fault: Fault }[] = [];
  let nextId = 1;
  /** Milliseconds every request takes (a slow line), 0 by default. */
  const line = { delayMs: 0 };
  const id = () => `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`;

  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const problem = (status: number, errors: { field: string; message: string }[] = []) =>
    json(status, {
      type: 'about:blank',
      title: 'Refused',
      status,
      detail: errors[0]?.message ?? `HTTP ${status}`,
      code: 'invalid_input',
      errors,
    });

  async function handle(url: string, body: BodyInit): Promise<Response> {
    if (url.startsWith('/api/pendampingan/bukti')) {
      const key = new Uint8Array(await (body as Blob).arrayBuffer()).join(',');
      const existing = evidence.get(key);
      if (existing) return json(200, { id: existing });
      const created = id();
      evidence.set(key, created);
      return json(201, { id: created });
    }
    const entry = JSON.parse(String(body)) as CreateEntryBody;
    const { idempotencyKey, ...rest } = entry;
    const requestHash = canonicalJson(rest);
    const decision = decideFromStore(entries, { key: idempotencyKey, requestHash });
    if (decision.kind === 'replay') return json(200, { id: decision.entryId });
    if (decision.kind === 'conflict')
      return problem(409, [{ field: 'idempotencyKey', message: decision.message }]);
    const created = id();
    entries.set(normalizeKey(idempotencyKey), { entryId: created, requestHash, body: entry });
    return json(201, { id: created });
  }

  async function fetch(url: string, init: RequestInit): Promise<Response> {
    const kind = url.startsWith('/api/pendampingan/bukti') ? 'bukti' : 'kegiatan';
    const body = init.body as BodyInit;
    const key =
      kind === 'kegiatan' ? (JSON.parse(String(body)) as CreateEntryBody).idempotencyKey : undefined;
    requests.push({ url, ...(key ? { key } : {}) });
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
    /** Makes the next matching request fail so. */
    fail(match: 'bukti' | 'kegiatan' | 'any', fault: Fault) {
      faults.push({ match, fault });
    },
    posts: () => requests.filter((r) => r.key !== undefined),
    uploads: () => requests.filter((r) => r.key === undefined),
  };
}
