import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { mulberry32 } from '../kawasan/prng.ts';
import { canonicalJson, decideFromStore, type StoredIdempotentRequest } from './idempotency.ts';
import {
  applyResponse,
  backoffDelay,
  blobsInUse,
  dueItems,
  enqueue,
  markSending,
  nextToSend,
  nextWakeAt,
  type Outbox,
  type OutboxEvidence,
  prune,
  recoverInterrupted,
  requeue,
  type SendResponse,
  summarizeOutbox,
} from './sync-queue.ts';

interface Draft {
  topic: string;
  date: string;
}

/** A UUID v4 from a seeded generator (tests only). */
function uuid(random: () => number): string {
  const hex = () => Math.floor(random() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  const variant = '89ab'[Math.floor(random() * 4)];
  return `${part(8)}-${part(4)}-4${part(3)}-${variant}${part(3)}-${part(12)}`;
}

const K1 = '11111111-1111-4111-8111-111111111111';
const K2 = '22222222-2222-4222-9222-222222222222';
const K3 = '33333333-3333-4333-a333-333333333333';
const PHOTO: OutboxEvidence = {
  sha256: 'a'.repeat(64),
  fileName: 'foto.jpg',
  mediaType: 'image/jpeg',
  bytes: 1000,
};
const SCAN: OutboxEvidence = {
  sha256: 'b'.repeat(64),
  fileName: 'daftar.pdf',
  mediaType: 'application/pdf',
  bytes: 10,
};
const half = () => 0.5;

function add(outbox: Outbox<Draft>, key: string, now = 0, evidence: OutboxEvidence[] = []): Outbox<Draft> {
  return enqueue(
    outbox,
    { key, payload: { topic: `t-${key.slice(0, 2)}`, date: '2026-03-01' }, evidence },
    now,
  ).outbox;
}

function send(outbox: Outbox<Draft>, key: string, response: SendResponse, now: number) {
  return applyResponse(markSending(outbox, key, now), key, response, now, half);
}

describe('enqueue', () => {
  it('adds a draft as queued and ignores a second enqueue of the same key', () => {
    const first = enqueue<Draft>(
      [],
      { key: K1, payload: { topic: 'a', date: '2026-03-01' }, evidence: [PHOTO] },
      5,
    );
    expect(first.added).toBe(true);
    expect(first.outbox[0]).toMatchObject({ key: K1, state: 'queued', attempts: 0, enqueuedAt: 5 });
    const again = enqueue(
      first.outbox,
      { key: K1, payload: { topic: 'b', date: '2026-03-02' }, evidence: [] },
      9,
    );
    expect(again.added).toBe(false);
    expect(again.outbox).toBe(first.outbox);
  });

  it('refuses a key that is not a UUID v4 and a malformed evidence hash', () => {
    expect(() => add([], 'not-a-uuid')).toThrowError('Kunci pengiriman harus berupa UUID versi 4');
    expect(() => add([], '11111111-1111-1111-8111-111111111111')).toThrowError(AppError);
    expect(() => add([], K1, 0, [{ ...PHOTO, sha256: 'xyz' }])).toThrowError(/Sidik berkas foto.jpg/);
  });
});

describe('sending order and states', () => {
  it('sends the oldest due item first and skips failed ones until their time', () => {
    let box = add(add(add([], K2, 10), K1, 10), K3, 20);
    expect(dueItems(box, 0).map((i) => i.key)).toEqual([K1, K2, K3]);
    box = send(box, K1, { kind: 'network' }, 100).outbox;
    const failed = box.find((i) => i.key === K1)!;
    expect(failed.state).toBe('failed');
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toBe('Tidak ada sambungan ke server.');
    expect(nextToSend(box, 100)?.key).toBe(K2);
    expect(nextWakeAt(box)).toBe(failed.nextAttemptAt);
    box = send(box, K2, { kind: 'http', status: 201, body: { id: 's2' } }, 101).outbox;
    box = send(box, K3, { kind: 'http', status: 201, body: { id: 's3' } }, 102).outbox;
    expect(nextToSend(box, failed.nextAttemptAt! - 1)).toBeNull();
    expect(nextToSend(box, failed.nextAttemptAt!)?.key).toBe(K1);
  });

  it('refuses to mark an item not due as sending', () => {
    const box = markSending(add([], K1), K1, 0);
    expect(() => markSending(box, K1, 0)).toThrowError(AppError);
    expect(() => markSending(box, K2, 0)).toThrowError(/tidak ada di antrean/);
  });

  it('treats 201 and a 200 replay as success, and a repeated success as already sent', () => {
    let box = add(add([], K1), K2);
    const r1 = send(box, K1, { kind: 'http', status: 201, body: { id: 'srv-1' } }, 1);
    expect(r1.outcome).toBe('sent');
    box = r1.outbox;
    const r2 = send(box, K2, { kind: 'http', status: 200, body: { id: 'srv-2' } }, 2);
    expect(r2.outcome).toBe('sent');
    box = r2.outbox;
    const dup = applyResponse(box, K1, { kind: 'http', status: 200, body: { id: 'srv-1' } }, 3, half);
    expect(dup.outcome).toBe('already_sent');
    expect(dup.outbox).toBe(box);
    expect(box.map((i) => [i.state, i.serverId])).toEqual([
      ['sent', 'srv-1'],
      ['sent', 'srv-2'],
    ]);
  });

  it('keeps a validation refusal on the device with the messages, and re-sends it after a fix', () => {
    let box = add([], K1, 0, [PHOTO]);
    const r = send(
      box,
      K1,
      { kind: 'http', status: 422, body: { messages: ['Tanggal di masa depan.', ' '] } },
      1,
    );
    expect(r.outcome).toBe('needs_attention');
    box = r.outbox;
    expect(box[0]).toMatchObject({ state: 'needs_attention', messages: ['Tanggal di masa depan.'] });
    expect(nextToSend(box, 10 ** 12)).toBeNull();
    expect(prune(box).outbox).toEqual(box);
    expect(blobsInUse(box).has(PHOTO.sha256)).toBe(true);
    box = requeue(box, K1, { payload: { topic: 'a', date: '2026-02-27' }, evidence: [PHOTO] });
    expect(box[0]).toMatchObject({ state: 'queued', key: K1, messages: [], payload: { date: '2026-02-27' } });
  });

  it('gives Indonesian messages when a 4xx has none', () => {
    const box = add([], K1);
    expect(send(box, K1, { kind: 'http', status: 413 }, 1).outbox[0]?.messages).toEqual([
      'Berkas bukti terlalu besar. Kecilkan atau kurangi foto, lalu kirim ulang.',
    ]);
    expect(send(box, K1, { kind: 'http', status: 401 }, 1).outbox[0]?.messages[0]).toMatch(
      /Sesi Anda berakhir/,
    );
  });

  it('retries 5xx, 429, 408 and a 2xx without an id', () => {
    const box = add([], K1);
    for (const status of [500, 503, 429, 408]) {
      const r = send(box, K1, { kind: 'http', status }, 1);
      expect(r.outcome).toBe('retry');
      expect(r.outbox[0]?.state).toBe('failed');
    }
    const noId = send(box, K1, { kind: 'http', status: 201, body: {} }, 1);
    expect(noId.outbox[0]).toMatchObject({
      state: 'failed',
      lastError: 'Server tidak mengembalikan nomor entri.',
    });
    const later = send(box, K1, { kind: 'http', status: 429, retryAfterMs: 10 * 3_600_000 }, 1);
    expect(later.outbox[0]?.nextAttemptAt).toBe(1 + 10 * 3_600_000);
  });

  it('ignores a stale failure but never a late success', () => {
    let box = send(add([], K1), K1, { kind: 'network' }, 1).outbox;
    const stale = applyResponse(box, K1, { kind: 'http', status: 500 }, 2, half);
    expect(stale.outcome).toBe('ignored_stale');
    expect(stale.outbox).toBe(box);
    box = applyResponse(box, K1, { kind: 'http', status: 201, body: { id: 's' } }, 3, half).outbox;
    expect(box[0]?.state).toBe('sent');
    expect(applyResponse(box, K2, { kind: 'network' }, 4, half).outcome).toBe('unknown_key');
  });

  it('sends an interrupted upload again whole, with the same key', () => {
    let box = markSending(add(add([], K1), K2), K1, 5);
    expect(nextToSend(box, 5)?.key).toBe(K2);
    box = recoverInterrupted(box);
    expect(box[0]).toMatchObject({ key: K1, state: 'queued', sendingSince: null });
    expect(nextToSend(box, 5)?.key).toBe(K1);
    expect(recoverInterrupted(box)).toBe(box);
  });

  it('does not let a sending or sent entry be changed', () => {
    const sending = markSending(add([], K1), K1, 0);
    expect(() => requeue(sending, K1)).toThrowError(/sedang dikirim/);
    const sent = applyResponse(sending, K1, { kind: 'http', status: 201, body: { id: 's' } }, 1, half).outbox;
    expect(() => requeue(sent, K1)).toThrowError(/sudah diterima server/);
  });
});

describe('backoffDelay', () => {
  const policy = { baseMs: 1000, capMs: 60_000 };
  it('doubles up to the cap, with jitter in the upper half', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 0, policy))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3].map((n) => backoffDelay(n, () => 0.999999, policy))).toEqual([1000, 2000, 4000]);
    expect(backoffDelay(7, () => 0, policy)).toBe(30_000);
    expect(backoffDelay(8, () => 0.5, policy)).toBe(45_000);
    expect(backoffDelay(500, () => 0.999999, policy)).toBe(60_000);
  });
  it('treats a broken random source as zero jitter', () => {
    expect(backoffDelay(1, () => 2, policy)).toBe(500);
    expect(backoffDelay(1, () => Number.NaN, policy)).toBe(500);
  });
});

describe('prune and the summary', () => {
  it('removes only confirmed items and releases only blobs no waiting item uses', () => {
    let box = add(add(add([], K1, 0, [PHOTO, SCAN]), K2, 0, [PHOTO]), K3);
    box = send(box, K1, { kind: 'http', status: 201, body: { id: 's1' } }, 1).outbox;
    box = send(box, K3, { kind: 'http', status: 400 }, 1).outbox;
    expect(summarizeOutbox(box).text).toBe('1 menunggu, 1 perlu diperbaiki');
    const p = prune(box);
    expect(p.removed.map((i) => i.key)).toEqual([K1]);
    expect(p.outbox.map((i) => i.key)).toEqual([K2, K3]);
    expect(p.releasableBlobs).toEqual([SCAN.sha256]);
  });

  it('summarises what waits for the status bar', () => {
    expect(summarizeOutbox([]).text).toBe('Semua entri sudah terkirim');
    let box = add(add(add(add(add([], K1), K2), K3), uuid(mulberry32(1))), uuid(mulberry32(2)));
    box = send(box, K1, { kind: 'http', status: 422 }, 1).outbox;
    box = send(box, K2, { kind: 'network' }, 1).outbox;
    box = send(box, K3, { kind: 'http', status: 201, body: { id: 'x' } }, 1).outbox;
    const s = summarizeOutbox(box);
    expect(s).toMatchObject({ waiting: 3, failed: 1, needsAttention: 1, sent: 1, sending: 0 });
    expect(s.text).toBe('3 menunggu, 1 perlu diperbaiki');
    expect(s.nextAttemptAt).toBe(box.find((i) => i.key === K2)?.nextAttemptAt);
  });
});

/**
 * A fake server keeping the idempotency rule, and an unreliable network between it and the phone:
 * requests lost on the way, responses lost on the way back, requests and responses delivered
 * twice, 5xx before and after the entry was stored, responses arriving late and out of order, and
 * the app killed mid-upload.
 */
describe('property: any interleaving of duplicates and failures', () => {
  function runScenario(seed: number) {
    const random = mulberry32(seed);
    const pick = (n: number) => Math.floor(random() * n);
    const store = new Map<string, StoredIdempotentRequest>();
    const serverEntries: { id: string; key: string }[] = [];
    const serve = (key: string, payload: Draft): SendResponse => {
      const requestHash = canonicalJson(payload);
      const d = decideFromStore(store, { key, requestHash });
      if (d.kind === 'replay') return { kind: 'http', status: 200, body: { id: d.entryId } };
      if (d.kind === 'conflict') return { kind: 'http', status: 409, body: { messages: [d.message] } };
      const id = `srv-${serverEntries.length + 1}`;
      store.set(key, { entryId: id, requestHash });
      serverEntries.push({ id, key });
      return { kind: 'http', status: 201, body: { id } };
    };

    const total = 5 + pick(20);
    const drafts = Array.from({ length: total }, (_, n) => ({
      key: uuid(random),
      payload: { topic: `kegiatan ${n}`, date: `2026-03-${String(1 + (n % 28)).padStart(2, '0')}` },
      evidence: random() < 0.5 ? [PHOTO] : [],
    }));
    let box: Outbox<Draft> = [];
    let now = 0;
    let enqueued = 0;
    const late: { key: string; response: SendResponse }[] = [];
    const confirmed = new Map<string, string>(); // key → server id, from pruned items
    const rand = () => random();

    const deliver = (key: string, response: SendResponse) => {
      box = applyResponse(box, key, response, now, rand).outbox;
    };
    const checkNothingLost = () => {
      for (const d of drafts.slice(0, enqueued)) {
        const inBox = box.some((i) => i.key === d.key);
        expect(inBox || confirmed.has(d.key)).toBe(true);
      }
    };

    for (let step = 0; step < 400; step++) {
      now += pick(5000);
      const action = pick(10);
      if (action <= 1 && enqueued < total) {
        const d = drafts[enqueued]!;
        box = enqueue(box, d, now).outbox;
        if (random() < 0.3) box = enqueue(box, d, now).outbox; // double tap
        enqueued += 1;
      } else if (action <= 6) {
        const item = nextToSend(box, now);
        if (!item) {
          now = Math.max(now, nextWakeAt(box) ?? now);
          continue;
        }
        box = markSending(box, item.key, now);
        const fate = pick(9);
        if (fate === 0)
          deliver(item.key, { kind: 'network' }); // request lost
        else if (fate === 1) {
          serve(item.key, item.payload); // stored, response lost
          deliver(item.key, { kind: 'network' });
        } else if (fate === 2)
          deliver(item.key, { kind: 'http', status: 503 }); // before storing
        else if (fate === 3) {
          serve(item.key, item.payload); // stored, then the proxy failed
          deliver(item.key, { kind: 'http', status: 502 });
        } else if (fate === 4) {
          serve(item.key, item.payload); // request delivered twice
          deliver(item.key, serve(item.key, item.payload));
        } else if (fate === 5) {
          const r = serve(item.key, item.payload); // response delivered twice
          deliver(item.key, r);
          deliver(item.key, r);
        } else if (fate === 6) {
          late.push({ key: item.key, response: serve(item.key, item.payload) }); // arrives later
          box = recoverInterrupted(box); // app killed before it arrived
        } else if (fate === 7) {
          box = recoverInterrupted(box); // killed mid-upload, nothing reached the server
        } else deliver(item.key, serve(item.key, item.payload));
      } else if (action === 7 && late.length > 0) {
        const [l] = late.splice(pick(late.length), 1);
        deliver(l!.key, l!.response);
      } else if (action === 8 && late.length > 0) {
        deliver(late[pick(late.length)]!.key, { kind: 'http', status: 500 }); // stale failure
      } else {
        const p = prune(box);
        for (const i of p.removed) {
          expect(i.state).toBe('sent');
          confirmed.set(i.key, i.serverId!);
        }
        box = p.outbox;
      }
      checkNothingLost();
    }

    // Signal comes back: enqueue the rest and drain with a reliable network.
    for (const d of drafts.slice(enqueued)) box = enqueue(box, d, now).outbox;
    enqueued = total;
    for (const l of late) deliver(l.key, l.response);
    box = recoverInterrupted(box);
    for (let guard = 0; guard < 10_000; guard++) {
      const item = nextToSend(box, now);
      if (!item) {
        const wake = nextWakeAt(box);
        if (wake === null) break;
        now = wake;
        continue;
      }
      box = markSending(box, item.key, now);
      deliver(item.key, serve(item.key, item.payload));
    }
    checkNothingLost();
    for (const i of box) confirmed.set(i.key, i.serverId!);
    return { box, serverEntries, confirmed, drafts };
  }

  it.each(Array.from({ length: 60 }, (_, n) => n + 1))('seed %i: each entry sent exactly once', (seed) => {
    const { box, serverEntries, confirmed, drafts } = runScenario(seed);
    expect(box.every((i) => i.state === 'sent')).toBe(true);
    expect(summarizeOutbox(box).text).toBe('Semua entri sudah terkirim');
    const keys = serverEntries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length); // never two entries for one key
    expect([...keys].sort()).toEqual(drafts.map((d) => d.key).sort()); // every entry arrived
    for (const e of serverEntries) expect(confirmed.get(e.key)).toBe(e.id); // phone knows the right id
  });
});
