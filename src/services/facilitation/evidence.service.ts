/**
 * Evidence of activities (photos and documents) uploaded by facilitators. The type is judged by
 * the content (domain `evidenceIssues`); photos are turned upright by their EXIF orientation,
 * stripped of every metadata field (a phone writes its GPS position and serial numbers there),
 * downscaled to the domain's long-side limit and encoded again, so what is stored is small and
 * says nothing but the picture. A file that cannot be decoded whole (an upload cut in the middle)
 * is refused, never stored. The bytes go to the content-addressed store by their SHA-256; one row
 * per facilitator and content, so a retried upload returns the row of the first one.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import type { EvidenceView } from '../../contracts/facilitation.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import { activityEntry, activityEntryEvidence, activityEvidence, facilitator } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import {
  downscaledSize,
  EVIDENCE_IMAGE_MAX_EDGE_PX,
  EVIDENCE_LIMIT_BYTES,
  type EvidenceMediaType,
  evidenceIssues,
} from '../../domain/facilitation/activity-log.ts';
import { mayReadEntry } from '../../domain/facilitation/facilitation-access.ts';
import { cleanFileName } from '../../domain/kawasan/registry.ts';
import { recordAudit } from '../access/audit.service.ts';
import { type DocumentStore, sha256Hex } from '../kawasan/document-store.ts';
import { reader, writer } from '../kawasan/kawasan-access.ts';
import { entryFacts, facilitatorOfActor, requireOwnFacilitator } from './activity-entry-access.ts';
import { EVIDENCE_RESOURCE, type EvidenceRecord, evidenceView } from './activity-entry-view.ts';

/** Largest upload accepted, before photos are downscaled (a phone photo is 3–12 MB). */
export const EVIDENCE_UPLOAD_LIMIT_BYTES = 25 * 1024 * 1024;
/** Largest photo decoded (100 megapixels): a guard against images that unpack to gigabytes. */
const MAX_INPUT_PIXELS = 100_000_000;
/** JPEG quality of the stored photos: small files, no visible loss at 1600 px. */
const JPEG_QUALITY = 82;

export interface EvidenceDeps {
  db: Database;
  now: () => Date;
  files: DocumentStore;
}

interface Prepared {
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
}

const MB = 1024 * 1024;

function tooLarge(message: string): AppError {
  return new AppError('too_large', message, [{ field: 'body', message }]);
}

const INCOMPLETE_PHOTO =
  'Foto tidak dapat dibaca sampai habis: berkasnya rusak atau tidak lengkap (mungkin unggahan terputus). ' +
  'Tidak ada yang disimpan; unggah ulang berkas aslinya.';

/** Upright, without metadata, at most the long-side limit, encoded again in the same format. */
async function preparePhoto(bytes: Uint8Array, mediaType: 'image/jpeg' | 'image/png'): Promise<Prepared> {
  try {
    // `failOn: 'warning'`: a truncated or corrupt file is an error, not a half-grey picture.
    const input = () => sharp(bytes, { failOn: 'warning', limitInputPixels: MAX_INPUT_PIXELS });
    const meta = await input().metadata();
    if (!meta.width || !meta.height) throw new Error('no size');
    // Orientations 5–8 turn the picture a quarter: its upright size has the sides swapped.
    const turned = (meta.orientation ?? 1) >= 5;
    const upright = turned
      ? { width: meta.height, height: meta.width }
      : { width: meta.width, height: meta.height };
    const target = downscaledSize(upright.width, upright.height, EVIDENCE_IMAGE_MAX_EDGE_PX);
    // No `withMetadata`/`keepMetadata`: EXIF (GPS, camera serial), XMP and IPTC are all dropped.
    const pipeline = input().rotate().resize({ width: target.width, height: target.height, fit: 'fill' });
    const encoded = mediaType === 'image/jpeg' ? pipeline.jpeg({ quality: JPEG_QUALITY }) : pipeline.png();
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const pixels = err instanceof Error && /pixel limit/i.test(err.message);
    const message = pixels
      ? `Foto terlalu besar untuk diolah (lebih dari ${MAX_INPUT_PIXELS / 1_000_000} megapiksel).`
      : INCOMPLETE_PHOTO;
    throw new AppError('invalid_input', message, [{ field: 'body', message }]);
  }
}

/** A PDF ends with `%%EOF` (PDF 1.7 §7.5.5); without it the file was cut short. */
function pdfIsComplete(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.byteLength - 1024))).toString('latin1');
  return tail.includes('%%EOF');
}

/** What is stored for an upload: checked by content, photos prepared, within the stored-size limit. */
export async function prepareEvidence(
  fileName: string,
  raw: Uint8Array,
): Promise<Prepared & { mediaType: EvidenceMediaType }> {
  if (raw.byteLength > EVIDENCE_UPLOAD_LIMIT_BYTES)
    throw tooLarge(
      `Berkas bukti lebih dari ${EVIDENCE_UPLOAD_LIMIT_BYTES / MB} MB; unggah berkas yang lebih kecil.`,
    );
  // The type and the name are judged on the first bytes: a large photo is shrunk before its size counts.
  const head = evidenceIssues(fileName, raw.subarray(0, Math.min(raw.byteLength, 16)));
  if (!head.ok) throw new AppError('invalid_input', head.issues[0]!.message, head.issues);
  let prepared: Prepared;
  if (head.mediaType === 'application/pdf') {
    if (!pdfIsComplete(raw)) {
      const message =
        'Dokumen PDF tidak lengkap (penanda akhir %%EOF tidak ada; mungkin unggahan terputus). Unggah ulang berkas aslinya.';
      throw new AppError('invalid_input', message, [{ field: 'body', message }]);
    }
    prepared = { bytes: raw, width: null, height: null };
  } else {
    prepared = await preparePhoto(raw, head.mediaType);
  }
  const stored = evidenceIssues(fileName, prepared.bytes);
  if (!stored.ok) {
    const issue = stored.issues[0]!;
    if (prepared.bytes.byteLength > EVIDENCE_LIMIT_BYTES)
      throw tooLarge(`${issue.message} Batas berkas bukti yang disimpan ${EVIDENCE_LIMIT_BYTES / MB} MB.`);
    throw new AppError('invalid_input', issue.message, stored.issues);
  }
  return { ...prepared, mediaType: stored.mediaType };
}

/** Evidence rows of `facilitatorId` among `ids` (others' rows are left out). */
export async function ownEvidence(
  orm: Orm,
  facilitatorId: string,
  ids: readonly string[],
): Promise<Map<string, EvidenceRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await orm
    .select()
    .from(activityEvidence)
    .where(
      and(eq(activityEvidence.facilitatorId, facilitatorId), inArray(activityEvidence.id, [...new Set(ids)])),
    );
  return new Map(rows.map((r) => [r.id, r]));
}

export function createEvidenceService({ db, now, files }: EvidenceDeps) {
  async function findByContent(orm: Orm, facilitatorId: string, sha: string) {
    const [row] = await orm
      .select()
      .from(activityEvidence)
      .where(and(eq(activityEvidence.facilitatorId, facilitatorId), eq(activityEvidence.sha256, sha)));
    return row ?? null;
  }

  /** Whether the actor may read an entry the evidence is attached to. */
  async function readableThroughEntry(actor: Actor, evidenceId: string): Promise<boolean> {
    const entries = await db.orm
      .select({
        state: activityEntry.state,
        regionCode: activityEntry.regionCode,
        kawasanId: activityEntry.kawasanId,
        ownerUserId: facilitator.userId,
        supervisorId: facilitator.supervisorId,
      })
      .from(activityEntryEvidence)
      .innerJoin(activityEntry, eq(activityEntry.id, activityEntryEvidence.entryId))
      .innerJoin(facilitator, eq(facilitator.id, activityEntry.facilitatorId))
      .where(eq(activityEntryEvidence.evidenceId, evidenceId));
    if (entries.length === 0) return false;
    const supervisorIds = [
      ...new Set(entries.map((e) => e.supervisorId).filter((s): s is string => s !== null)),
    ];
    const supervisors =
      supervisorIds.length === 0
        ? new Map<string, string>()
        : new Map(
            (
              await db.orm
                .select({ id: facilitator.id, userId: facilitator.userId })
                .from(facilitator)
                .where(inArray(facilitator.id, supervisorIds))
            ).map((s) => [s.id, s.userId]),
          );
    return entries.some((e) =>
      mayReadEntry(
        actor,
        entryFacts(e, e.ownerUserId, e.supervisorId ? (supervisors.get(e.supervisorId) ?? null) : null),
      ),
    );
  }

  return {
    /**
     * Stores an upload of the signed-in facilitator. `created` is false when the same facilitator
     * had already uploaded the same (prepared) bytes: the existing row is returned.
     */
    async upload(
      actorInput: Actor | null,
      query: { fileName: string },
      raw: Uint8Array,
    ): Promise<{ evidence: EvidenceView; created: boolean }> {
      const actor = writer(actorInput);
      const own = await requireOwnFacilitator(db.orm, actor, 'mengunggah bukti kegiatan');
      const prepared = await prepareEvidence(query.fileName, raw);
      const sha = sha256Hex(prepared.bytes);
      const existing = await findByContent(db.orm, own.id, sha);
      if (existing) return { evidence: evidenceView(existing), created: false };
      // Stored before the row: a row never points at a missing file. A file left by a failed
      // insert is harmless (the same bytes are stored once and may belong to another row).
      await files.put(prepared.bytes);
      const at = now();
      const record: EvidenceRecord = {
        id: randomUUID(),
        facilitatorId: own.id,
        sha256: sha,
        fileName: cleanFileName(query.fileName),
        mediaType: prepared.mediaType,
        bytes: prepared.bytes.byteLength,
        width: prepared.width,
        height: prepared.height,
        uploadedAt: at,
      };
      return db.transaction(async (tx) => {
        const inserted = await tx.orm
          .insert(activityEvidence)
          .values(record)
          .onConflictDoNothing({ target: [activityEvidence.facilitatorId, activityEvidence.sha256] })
          .returning({ id: activityEvidence.id });
        if (inserted.length === 0) {
          // A concurrent upload of the same bytes won: return its row.
          const winner = await findByContent(tx.orm, own.id, sha);
          if (!winner) throw new AppError('conflict', 'Unggahan yang sama sedang diproses; coba lagi.');
          return { evidence: evidenceView(winner), created: false };
        }
        await recordAudit(
          tx.orm,
          actor,
          {
            action: `${EVIDENCE_RESOURCE}.upload`,
            resourceType: EVIDENCE_RESOURCE,
            resourceId: record.id,
            regionCode: own.homeRegionCode,
            before: null,
            after: {
              facilitatorId: own.id,
              fileName: record.fileName,
              mediaType: record.mediaType,
              bytes: record.bytes,
              sha256: record.sha256,
              width: record.width,
              height: record.height,
            },
          },
          at,
        );
        return { evidence: evidenceView(record), created: true };
      });
    },

    /** The evidence and its stored bytes (checked against the checksum), for a download. */
    async read(actorInput: Actor | null, id: string): Promise<{ evidence: EvidenceView; bytes: Uint8Array }> {
      const actor = reader(actorInput);
      const [row] = await db.orm.select().from(activityEvidence).where(eq(activityEvidence.id, id));
      if (!row) throw AppError.notFound('Berkas bukti tidak ditemukan.');
      const own = await facilitatorOfActor(db.orm, actor);
      const mine = actor.kind === 'system' || own?.id === row.facilitatorId;
      if (!mine && !(await readableThroughEntry(actor, row.id)))
        throw AppError.notFound('Berkas bukti tidak ditemukan.');
      return { evidence: evidenceView(row), bytes: await files.read(row.sha256) };
    },
  };
}
export type EvidenceService = ReturnType<typeof createEvidenceService>;
