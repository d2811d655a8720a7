/**
 * Evidence picked in the form, made ready for the outbox in the browser: photos are drawn again
 * at most 1600 px on the long side (domain `downscaledSize`) as JPEG of quality 0.82, which also
 * drops the camera's EXIF data (its GPS point among them); PDFs are kept as they are. Then the
 * domain's `evidenceIssues` decides on the result (JPEG/PNG/PDF by content, 10 MB at most) and
 * the bytes are hashed for the store.
 */
import {
  downscaledSize,
  EVIDENCE_LIMIT_BYTES,
  evidenceIssues,
} from '../../../../domain/facilitation/activity-log';
import type { OutboxEvidence } from '../../../../domain/facilitation/sync-queue';
import { sha256Hex } from './digest';
import type { StoredFile } from './outbox-store';

export const JPEG_QUALITY = 0.82;
const THUMBNAIL_EDGE = 240;

export type PreparedEvidence =
  | { ok: true; file: StoredFile; evidence: OutboxEvidence; width: number | null; height: number | null }
  | { ok: false; fileName: string; message: string };

/** The name of a photo stored as JPEG: `IMG_1234.HEIC` → `IMG_1234.jpg`, `foto` → `foto.jpg`. */
export function jpegName(name: string): string {
  const base = name.trim().replace(/\.[a-z0-9]{1,8}$/i, '') || 'foto';
  return `${base}.jpg`;
}

/** Whether the picked file should be treated as a photo (by its type, else by its name). */
export function looksLikeImage(file: Pick<File, 'type' | 'name'>): boolean {
  if (file.type) return file.type.startsWith('image/');
  return /\.(jpe?g|png|heic|heif|webp|gif|bmp)$/i.test(file.name);
}

type Canvas = HTMLCanvasElement | OffscreenCanvas;

function makeCanvas(width: number, height: number): Canvas {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

async function toJpeg(canvas: Canvas, quality: number): Promise<Blob | null> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

function draw(image: ImageBitmap, width: number, height: number): Canvas {
  const canvas = makeCanvas(width, height);
  const context = canvas.getContext('2d') as
    | CanvasRenderingContext2D
    | OffscreenCanvasRenderingContext2D
    | null;
  if (!context) throw new Error('no 2d context');
  // JPEG has no transparency: a PNG's transparent parts become white, not black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, width, height);
  return canvas;
}

async function thumbnailOf(image: ImageBitmap): Promise<string | null> {
  try {
    const size = downscaledSize(image.width, image.height, THUMBNAIL_EDGE);
    const blob = await toJpeg(draw(image, size.width, size.height), 0.7);
    if (!blob) return null;
    return await new Promise<string | null>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(blob);
    });
  } catch {
    return null;
  }
}

export interface EvidenceMessages {
  /** The browser could not open the photo (e.g. a HEIC photo on a browser without HEIC). */
  unreadable: (fileName: string) => string;
}

async function finish(
  fileName: string,
  data: ArrayBuffer,
  thumbnail: string | null,
  size: { width: number; height: number } | null,
): Promise<PreparedEvidence> {
  const bytes = new Uint8Array(data);
  const verdict = evidenceIssues(fileName, bytes);
  if (!verdict.ok) {
    return { ok: false, fileName, message: verdict.issues.map((i) => i.message).join(' ') };
  }
  const sha256 = await sha256Hex(bytes);
  const { mediaType } = verdict;
  return {
    ok: true,
    file: { sha256, mediaType, bytes: bytes.byteLength, data, thumbnail, evidenceId: null },
    evidence: { sha256, fileName, mediaType, bytes: bytes.byteLength },
    width: size?.width ?? null,
    height: size?.height ?? null,
  };
}

/** Turns one picked file into a stored file, or says in Indonesian why it cannot be evidence. */
export async function prepareEvidence(file: File, messages: EvidenceMessages): Promise<PreparedEvidence> {
  if (!looksLikeImage(file)) {
    // Documents are checked as they are: a PDF passes, anything else gets the domain's message.
    if (file.size > EVIDENCE_LIMIT_BYTES) {
      return finish(file.name, await file.slice(0, EVIDENCE_LIMIT_BYTES + 1).arrayBuffer(), null, null);
    }
    return finish(file.name, await file.arrayBuffer(), null, null);
  }
  let image: ImageBitmap;
  try {
    image = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, fileName: file.name, message: messages.unreadable(file.name) };
  }
  try {
    const size = downscaledSize(image.width, image.height);
    const jpeg = await toJpeg(draw(image, size.width, size.height), JPEG_QUALITY);
    if (!jpeg) return { ok: false, fileName: file.name, message: messages.unreadable(file.name) };
    const thumbnail = await thumbnailOf(image);
    return finish(jpegName(file.name), await jpeg.arrayBuffer(), thumbnail, size);
  } finally {
    image.close();
  }
}
