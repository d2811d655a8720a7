/**
 * What the form does to the outbox: save a new entry (with its files, in one transaction),
 * correct a refused one, or put one back in line. The rules are the domain's (sync-queue.ts);
 * these only pair them with the store.
 */
import type { CreateEntryBody } from '../../../../contracts/facilitation.contract';
import { enqueue, type OutboxEvidence, requeue } from '../../../../domain/facilitation/sync-queue';
import type { OutboxStore, StoredFile } from './outbox-store';

export interface EntryDraft {
  key: string;
  payload: CreateEntryBody;
  evidence: readonly OutboxEvidence[];
}

/**
 * Stores the files and the entry in one transaction. Saving a key that is already in the
 * outbox changes nothing (a second tap on "Simpan"): false then.
 */
export async function saveEntry(
  store: OutboxStore,
  draft: EntryDraft,
  files: readonly StoredFile[],
  now: number,
): Promise<boolean> {
  const { result } = await store.update((outbox) => {
    const next = enqueue(outbox, draft, now);
    return { outbox: next.outbox, result: next.added };
  }, files);
  return result;
}

/**
 * A corrected entry goes back in line under its own key; the files it no longer uses are
 * deleted when nothing else refers to them. Throws `conflict` while it is being sent or once sent.
 */
export async function reviseEntry(
  store: OutboxStore,
  draft: EntryDraft,
  files: readonly StoredFile[],
): Promise<void> {
  await store.update((outbox) => {
    const before = outbox.find((i) => i.key === draft.key);
    const next = requeue(outbox, draft.key, { payload: draft.payload, evidence: draft.evidence });
    return { outbox: next, result: null, release: before?.evidence.map((e) => e.sha256) ?? [] };
  }, files);
}

/** "Kirim ulang": the entry waits no longer (after a refusal that was not about its content). */
export async function resendEntry(store: OutboxStore, key: string): Promise<void> {
  await store.update((outbox) => ({ outbox: requeue(outbox, key), result: null }));
}
