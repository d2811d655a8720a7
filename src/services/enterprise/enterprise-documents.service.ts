/**
 * Founding and legal documents of an enterprise (berita acara of the Musdes/MAD, Perdes or
 * Peraturan Bersama Kepala Desa, AD/ART, work programme, legal-entity certificate): checked by
 * their content (PDF, PNG, JPEG up to 20 MB, like kawasan documents), stored on disk by checksum,
 * recorded and audited in one transaction. Read by who reads the enterprise, added and removed
 * by who keeps it.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type {
  EnterpriseDocumentUploadQuery,
  EnterpriseDocumentView,
} from '../../contracts/enterprise.contract.ts';
import type { Orm } from '../../db/client.ts';
import { enterprise, enterpriseDocument } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { cleanFileName, documentIssues } from '../../domain/kawasan/registry.ts';
import type { DocumentStore } from '../kawasan/document-store.ts';
import { reader, writer } from '../kawasan/kawasan-access.ts';
import {
  accessibleEnterprise,
  auditEnterprise,
  documentView,
  type EnterpriseDeps,
  invalid,
} from './enterprise.service.ts';

type DocumentRecord = typeof enterpriseDocument.$inferSelect;

const NOT_FOUND = 'Dokumen tidak ditemukan.';

export function createEnterpriseDocumentService({
  db,
  now,
  files,
}: EnterpriseDeps & { files: DocumentStore }) {
  async function findDocument(orm: Orm, enterpriseId: string, documentId: string): Promise<DocumentRecord> {
    const [doc] = await orm
      .select()
      .from(enterpriseDocument)
      .where(and(eq(enterpriseDocument.id, documentId), eq(enterpriseDocument.enterpriseId, enterpriseId)));
    if (!doc) throw AppError.notFound(NOT_FOUND);
    return doc;
  }

  const shown = (d: DocumentRecord) => ({
    document: d.title,
    kind: d.kind,
    number: d.number,
    issuedOn: d.issuedOn,
    fileName: d.fileName,
    bytes: d.bytes,
    sha256: d.sha256,
  });

  /** Removes a stored file no document refers to any more (the same bytes may be shared). */
  async function releaseFile(sha: string) {
    const [used] = await db.orm
      .select({ id: enterpriseDocument.id })
      .from(enterpriseDocument)
      .where(eq(enterpriseDocument.sha256, sha))
      .limit(1);
    if (!used) await files.remove(sha);
  }

  return {
    async add(
      actorInput: Actor | null,
      enterpriseId: string,
      query: EnterpriseDocumentUploadQuery,
      bytes: Uint8Array,
    ): Promise<EnterpriseDocumentView> {
      const actor = writer(actorInput);
      // Refused before anything is written: who may not add, and what is not a document.
      await accessibleEnterprise(db.orm, actor, enterpriseId, { manage: true });
      const at = now();
      const today = facilitationToday(at);
      if (query.issuedOn !== undefined && query.issuedOn > today)
        throw invalid([
          { field: 'issuedOn', message: `Tanggal dokumen tidak boleh sesudah hari ini (${today}).` },
        ]);
      const checked = documentIssues(query.fileName, bytes);
      if (!checked.ok) throw new AppError('invalid_input', checked.issues[0]!.message, checked.issues);
      const sha = await files.put(bytes);
      const record: DocumentRecord = {
        id: randomUUID(),
        enterpriseId,
        kind: query.kind,
        title: query.title,
        number: query.number?.trim() || null,
        issuedOn: query.issuedOn ?? null,
        fileName: cleanFileName(query.fileName),
        mediaType: checked.mediaType,
        bytes: bytes.byteLength,
        sha256: sha,
        uploadedAt: at,
        uploadedBy: actor.label,
      };
      try {
        await db.transaction(async (tx) => {
          const { row } = await accessibleEnterprise(tx.orm, actor, enterpriseId, {
            manage: true,
            lock: true,
          });
          await tx.orm.insert(enterpriseDocument).values(record);
          await tx.orm.update(enterprise).set({ updatedAt: at }).where(eq(enterprise.id, enterpriseId));
          await auditEnterprise(tx.orm, actor, row, 'enterprise.document.add', null, shown(record), at);
        });
      } catch (err) {
        await releaseFile(sha);
        throw err;
      }
      return documentView(record);
    },

    /** The document and its bytes, for a download. */
    async read(
      actorInput: Actor | null,
      enterpriseId: string,
      documentId: string,
    ): Promise<{ document: EnterpriseDocumentView; bytes: Uint8Array }> {
      const actor = reader(actorInput);
      await accessibleEnterprise(db.orm, actor, enterpriseId);
      const doc = await findDocument(db.orm, enterpriseId, documentId);
      return { document: documentView(doc), bytes: await files.read(doc.sha256) };
    },

    async remove(actorInput: Actor | null, enterpriseId: string, documentId: string): Promise<void> {
      const actor = writer(actorInput);
      const sha = await db.transaction(async (tx) => {
        const { row } = await accessibleEnterprise(tx.orm, actor, enterpriseId, { manage: true, lock: true });
        const doc = await findDocument(tx.orm, enterpriseId, documentId);
        const at = now();
        // Capital injections citing it keep their document number; their link is cleared by the key.
        await tx.orm.delete(enterpriseDocument).where(eq(enterpriseDocument.id, documentId));
        await tx.orm.update(enterprise).set({ updatedAt: at }).where(eq(enterprise.id, enterpriseId));
        await auditEnterprise(tx.orm, actor, row, 'enterprise.document.remove', shown(doc), null, at);
        return doc.sha256;
      });
      await releaseFile(sha);
    },
  };
}

export type EnterpriseDocumentService = ReturnType<typeof createEnterpriseDocumentService>;
