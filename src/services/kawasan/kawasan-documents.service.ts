/**
 * Documents of a kawasan (SK, maps, minutes): checked by their content, stored on disk by
 * checksum, recorded and audited in one transaction. Public documents of a designated kawasan
 * can be read by anyone; the rest only within the kawasan's scope.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type {
  DocumentUploadQuery,
  KawasanDocument,
  UpdateDocumentBody,
} from '../../contracts/kawasan.contract.ts';
import type { Orm } from '../../db/client.ts';
import { kawasan, kawasanDocument, kawasanInstitution } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { cleanFileName, documentIssues, isPublicState } from '../../domain/kawasan/registry.ts';
import type { DocumentStore } from './document-store.ts';
import { type KawasanRow, loadKawasan } from './kawasan.repository.ts';
import type { KawasanDeps } from './kawasan.service.ts';
import { auditKawasan, canSee, requireChange, requireVisible, writer } from './kawasan-access.ts';
import { documentView } from './kawasan-view.ts';

type DocumentRecord = typeof kawasanDocument.$inferSelect;

export function createKawasanDocumentService({ db, now, files }: KawasanDeps & { files: DocumentStore }) {
  async function findDocument(orm: Orm, kawasanId: string, documentId: string): Promise<DocumentRecord> {
    const [doc] = await orm
      .select()
      .from(kawasanDocument)
      .where(and(eq(kawasanDocument.id, documentId), eq(kawasanDocument.kawasanId, kawasanId)));
    if (!doc) throw AppError.notFound('Dokumen tidak ditemukan.');
    return doc;
  }

  const shown = (d: DocumentRecord) => ({
    kind: d.kind,
    title: d.title,
    fileName: d.fileName,
    bytes: d.bytes,
    sha256: d.sha256,
    public: d.public,
  });

  async function audit(
    orm: Orm,
    actor: Actor,
    row: KawasanRow,
    action: string,
    before: DocumentRecord | null,
    after: DocumentRecord | null,
    at: Date,
  ) {
    // Which document: an update's diff keeps only what changed, so its after-state names it.
    const named = (d: DocumentRecord | null, document: string | undefined) =>
      d ? { ...shown(d), ...(document ? { document } : {}) } : null;
    await auditKawasan(
      orm,
      actor,
      row,
      action,
      named(before, after ? undefined : before?.title),
      named(after, after?.title),
      at,
    );
  }

  /** Removes a stored file no document refers to any more (the same bytes may be shared). */
  async function releaseFile(sha: string) {
    const [used] = await db.orm
      .select({ id: kawasanDocument.id })
      .from(kawasanDocument)
      .where(eq(kawasanDocument.sha256, sha))
      .limit(1);
    if (!used) await files.remove(sha);
  }

  return {
    async add(
      actorInput: Actor | null,
      id: string,
      query: DocumentUploadQuery,
      bytes: Uint8Array,
    ): Promise<KawasanDocument> {
      const actor = writer(actorInput);
      // Refused before anything is written: who may not add, and what is not a document.
      requireChange(actor, await loadKawasan(db.orm, id), 'add_document');
      const checked = documentIssues(query.fileName, bytes);
      if (!checked.ok) throw new AppError('invalid_input', checked.issues[0]!.message, checked.issues);
      const sha = await files.put(bytes);
      const at = now();
      const record: DocumentRecord = {
        id: randomUUID(),
        kawasanId: id,
        kind: query.kind,
        title: query.title,
        fileName: cleanFileName(query.fileName),
        mediaType: checked.mediaType,
        bytes: bytes.byteLength,
        sha256: sha,
        public: query.public,
        uploadedAt: at,
        uploadedBy: actor.label,
      };
      try {
        await db.transaction(async (tx) => {
          const row = await loadKawasan(tx.orm, id, true);
          requireChange(actor, row, 'add_document');
          await tx.orm.insert(kawasanDocument).values(record);
          await tx.orm.update(kawasan).set({ updatedAt: at }).where(eq(kawasan.id, id));
          await audit(tx.orm, actor, row, 'kawasan.document.add', null, record, at);
        });
      } catch (err) {
        await releaseFile(sha);
        throw err;
      }
      return documentView(record);
    },

    /** The document and its bytes, for a download. */
    async read(
      actor: Actor | null,
      id: string,
      documentId: string,
    ): Promise<{ document: KawasanDocument; bytes: Uint8Array }> {
      const row = await loadKawasan(db.orm, id);
      const doc = await findDocument(db.orm, id, documentId);
      const open = doc.public && isPublicState(row.state);
      if (!open) {
        if (!actor)
          throw new AppError('unauthenticated', 'Dokumen ini hanya untuk pengguna yang masuk dan berwenang.');
        if (!canSee(actor, row)) throw AppError.notFound('Dokumen tidak ditemukan.');
      }
      return { document: documentView(doc), bytes: await files.read(doc.sha256) };
    },

    async update(
      actorInput: Actor | null,
      id: string,
      documentId: string,
      body: UpdateDocumentBody,
    ): Promise<KawasanDocument> {
      const actor = writer(actorInput);
      return db.transaction(async (tx) => {
        const row = await loadKawasan(tx.orm, id, true);
        requireChange(actor, row, 'manage');
        const doc = await findDocument(tx.orm, id, documentId);
        const next = { ...doc, public: body.public, title: body.title ?? doc.title };
        const at = now();
        await tx.orm
          .update(kawasanDocument)
          .set({ public: next.public, title: next.title })
          .where(eq(kawasanDocument.id, documentId));
        await audit(tx.orm, actor, row, 'kawasan.document.update', doc, next, at);
        return documentView(next);
      });
    },

    async remove(actorInput: Actor | null, id: string, documentId: string): Promise<void> {
      const actor = writer(actorInput);
      const sha = await db.transaction(async (tx) => {
        const row = await loadKawasan(tx.orm, id, true);
        requireVisible(actor, row);
        requireChange(actor, row, 'manage');
        const doc = await findDocument(tx.orm, id, documentId);
        if (row.skDocumentId === documentId)
          throw new AppError('conflict', 'Dokumen ini adalah SK penetapan kawasan dan tidak dapat dihapus.');
        const [usedBy] = await tx.orm
          .select({ kind: kawasanInstitution.kind })
          .from(kawasanInstitution)
          .where(
            and(eq(kawasanInstitution.kawasanId, id), eq(kawasanInstitution.decreeDocumentId, documentId)),
          );
        if (usedBy)
          throw new AppError(
            'conflict',
            `Dokumen ini dipakai sebagai dasar hukum ${usedBy.kind.toUpperCase()}: lepaskan dulu dari lembaga itu.`,
          );
        const at = now();
        await tx.orm.delete(kawasanDocument).where(eq(kawasanDocument.id, documentId));
        await tx.orm.update(kawasan).set({ updatedAt: at }).where(eq(kawasan.id, id));
        await audit(tx.orm, actor, row, 'kawasan.document.remove', doc, null, at);
        return doc.sha256;
      });
      await releaseFile(sha);
    },
  };
}
export type KawasanDocumentService = ReturnType<typeof createKawasanDocumentService>;
