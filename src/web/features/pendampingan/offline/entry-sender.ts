/**
 * The two requests the outbox makes (src/contracts/facilitation.contract.ts), with the HTTP
 * status it needs: `POST /api/pendampingan/bukti?fileName=…` with the file as the raw body (the
 * same bytes again answer 200 with the same id) and `POST /api/pendampingan/kegiatan` under the
 * entry's idempotency key (201 created, 200 replay). Failures are the api-client's ApiError.
 */
import { createEntry, uploadEvidence } from '../../../api-client/facilitation-api';

export interface EntrySender {
  uploadEvidence(fileName: string, file: Blob): Promise<{ status: number; id: string }>;
  createEntry(body: Parameters<typeof createEntry>[0]): Promise<{ status: number; id: string }>;
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
  };
}
