/**
 * One request's worth of the outbox: up to ENTRY_BATCH_MAX entries already marked `sending`.
 * Each entry's evidence files go up first (the same bytes again get the same id); an entry
 * whose file is gone from the phone, or whose upload is refused or fails, is answered on its
 * own. The ready entries then go in one `POST /api/pendampingan/kegiatan/kirim`, each under its
 * own idempotency key, and every result of the answer becomes that entry's `SendResponse`.
 *
 * When the whole request fails: no signal or a 5xx is every entry's answer (each waits for a
 * backoff); a 401/403 has already been retried once with a fresh session; a 400 (the batch did
 * not match the schema) or a 413 (too large together) sends the same entries one by one on the
 * single route, so each gets its own answer and none holds up the others.
 */
import type { CreateEntryBody, EntryOutcome } from '../../../../contracts/facilitation.contract';
import { normalizeKey } from '../../../../domain/facilitation/idempotency';
import type { SendResponse } from '../../../../domain/facilitation/sync-queue';
import { type ApiError, isApiError, problemError } from '../../../api-client/api-error';
import type { EntrySender } from './entry-sender';
import type { EntryOutboxItem, OutboxStore } from './outbox-store';

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
  if (error.kind === 'invalid-response') {
    // A 2xx without the expected body: no id, so the outbox tries again later.
    return { kind: 'http', status: error.status };
  }
  const response: SendResponse = {
    kind: 'http',
    status: error.status,
    body: { messages: problemMessages(error) },
  };
  if (error.retryAfterSeconds !== null) response.retryAfterMs = error.retryAfterSeconds * 1000;
  return response;
}

/** One result of a batch as the outbox sees it; a result that is missing is a 2xx without an id. */
export function outcomeResponse(outcome: EntryOutcome | undefined): SendResponse {
  if (!outcome) return { kind: 'http', status: 200 };
  if (outcome.status === 200 || outcome.status === 201) {
    return outcome.id
      ? { kind: 'http', status: outcome.status, body: { id: outcome.id } }
      : { kind: 'http', status: outcome.status };
  }
  return toSendResponse(problemError(outcome.status, '', outcome.problem));
}

const MISSING_FILE = (name: string) =>
  `Berkas bukti ${name} tidak ada lagi di perangkat ini. Buka entri ini dengan "Perbaiki", lampirkan ulang buktinya, lalu simpan.`;

/** What the engine lends a batch. */
export interface BatchContext {
  store: OutboxStore;
  sender: EntrySender;
  /** Sends one request, asking for the session again once after a 401/403. */
  withSessionRetry<T>(request: () => Promise<T>): Promise<T>;
  /** Stores the answers of these items (one transaction) before anything else goes out. */
  record(answers: readonly { item: EntryOutboxItem; response: SendResponse }[]): Promise<void>;
  /** Puts items whose entry never went out back in line, untouched. */
  putBack(items: readonly EntryOutboxItem[]): Promise<void>;
}

/** How a batch ended: `offline` when the signal was lost (the rest waits), else `done`. */
export type BatchEnd = 'done' | 'offline';

interface Ready {
  item: EntryOutboxItem;
  body: CreateEntryBody;
}

/** Uploads the item's files: the body to send with their ids, or the item's own answer. */
async function withEvidence(
  ctx: BatchContext,
  item: EntryOutboxItem,
): Promise<{ body: CreateEntryBody } | { response: SendResponse }> {
  const evidenceIds: string[] = [];
  for (const evidence of item.evidence) {
    const file = await ctx.store.file(evidence.sha256);
    if (!file) {
      return {
        response: { kind: 'http', status: 422, body: { messages: [MISSING_FILE(evidence.fileName)] } },
      };
    }
    let id = file.evidenceId;
    if (!id) {
      const blob = new Blob([file.data], { type: evidence.mediaType || file.mediaType });
      try {
        id = (await ctx.withSessionRetry(() => ctx.sender.uploadEvidence(evidence.fileName, blob))).id;
      } catch (error) {
        return { response: toSendResponse(error) };
      }
      await ctx.store.rememberEvidenceId(evidence.sha256, id);
    }
    evidenceIds.push(id);
  }
  return { body: { ...item.payload, idempotencyKey: item.key, evidenceIds } };
}

/** The fallback: each entry on the single route, its answer stored before the next goes out. */
async function oneByOne(ctx: BatchContext, ready: readonly Ready[]): Promise<BatchEnd> {
  for (const [index, { item, body }] of ready.entries()) {
    let response: SendResponse;
    try {
      const created = await ctx.withSessionRetry(() => ctx.sender.createEntry(body));
      response = { kind: 'http', status: created.status, body: { id: created.id } };
    } catch (error) {
      response = toSendResponse(error);
    }
    await ctx.record([{ item, response }]);
    if (response.kind === 'network') {
      await ctx.putBack(ready.slice(index + 1).map((r) => r.item));
      return 'offline';
    }
  }
  return 'done';
}

/** Sends `batch` (items already stored as `sending`) and stores every item's answer. */
export async function sendBatch(ctx: BatchContext, batch: readonly EntryOutboxItem[]): Promise<BatchEnd> {
  const ready: Ready[] = [];
  for (const [index, item] of batch.entries()) {
    const prepared = await withEvidence(ctx, item);
    if ('body' in prepared) {
      ready.push({ item, body: prepared.body });
      continue;
    }
    await ctx.record([{ item, response: prepared.response }]);
    if (prepared.response.kind === 'network') {
      // No signal: nothing else goes out; the others wait, untouched, for the next pass.
      await ctx.putBack([...ready.map((r) => r.item), ...batch.slice(index + 1)]);
      return 'offline';
    }
  }
  if (ready.length === 0) return 'done';

  let outcomes: EntryOutcome[];
  try {
    outcomes = await ctx.withSessionRetry(() => ctx.sender.createEntries(ready.map((r) => r.body)));
  } catch (error) {
    if (isApiError(error) && error.kind === 'problem' && (error.status === 400 || error.status === 413)) {
      return oneByOne(ctx, ready);
    }
    const response = toSendResponse(error);
    await ctx.record(ready.map(({ item }) => ({ item, response })));
    return response.kind === 'network' ? 'offline' : 'done';
  }
  const byKey = new Map(outcomes.map((o) => [normalizeKey(o.idempotencyKey), o]));
  await ctx.record(
    ready.map(({ item }) => ({ item, response: outcomeResponse(byKey.get(normalizeKey(item.key))) })),
  );
  return 'done';
}
