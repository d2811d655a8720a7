/**
 * The requests the outbox makes (src/contracts/facilitation.contract.ts), with the HTTP status
 * it needs: `POST /api/pendampingan/bukti?fileName=…` with the file as the raw body (the same
 * bytes again answer 200 with the same id); `POST /api/pendampingan/kegiatan/kirim` with up to
 * ENTRY_BATCH_MAX entries, each under its idempotency key, answered with one result per entry in
 * the order sent; and `POST /api/pendampingan/kegiatan` for one entry (201 created, 200 replay).
 * Failures of a whole request are the api-client's ApiError.
 */
import type { CreateEntryBody, EntryOutcome } from '../../../../contracts/facilitation.contract';
import { ApiError } from '../../../api-client/api-error';
import { createEntries, createEntry, uploadEvidence } from '../../../api-client/facilitation-api';

export interface EntrySender {
  uploadEvidence(fileName: string, file: Blob): Promise<{ status: number; id: string }>;
  createEntry(body: CreateEntryBody): Promise<{ status: number; id: string }>;
  /** One result per entry sent (status 200/201 with the id, or 400/403/404/409 with a problem). */
  createEntries(bodies: readonly CreateEntryBody[]): Promise<EntryOutcome[]>;
}

export function createEntrySender(): EntrySender {
  return {
    async uploadEvidence(fileName, file) {
      const sent = await uploadEvidence(fileName, file);
      return { status: sent.status, id: sent.body.id };
    },
    async createEntry(body) {
      const sent = await createEntry(body);
      return { status: sent.status, id: sent.body.id };
    },
    async createEntries(bodies) {
      const sent = await createEntries({ entries: [...bodies] });
      const results: unknown = sent.body.results;
      if (!Array.isArray(results)) {
        throw new ApiError('invalid-response', 'Jawaban server tanpa hasil per entri.', sent.status);
      }
      return results as EntryOutcome[];
    },
  };
}
