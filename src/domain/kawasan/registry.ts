/**
 * The kawasan registry's rules outside the lifecycle: which documents are accepted (kind, type
 * recognised from the bytes, size), the institutions a kawasan has, how commodities are written,
 * and who may change what in which state (ADR 0010). Pure.
 */
import type { FieldIssue } from '../errors.ts';
import { type ActorRule, actorPasses, type KawasanActor } from './kawasan-actor.ts';
import { FINAL_STATES, type KawasanState } from './lifecycle.ts';

export const DOCUMENT_KINDS = [
  'sk',
  'peta',
  'berita_acara',
  'perdes_bersama',
  'rpkp',
  'bukti_kegiatan',
  'lainnya',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  sk: 'SK penetapan',
  peta: 'Peta delineasi',
  berita_acara: 'Berita acara / notulen',
  perdes_bersama: 'Peraturan bersama kepala desa',
  rpkp: 'RPKP dan peraturan penetapannya',
  bukti_kegiatan: 'Bukti kegiatan (foto, dokumen)',
  lainnya: 'Lainnya',
};

export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** A scanned decree or a map fits; a larger file is almost always an unreduced photo. */
export const DOCUMENT_LIMIT_BYTES = 20 * 1024 * 1024;

const EXTENSIONS: Record<DocumentMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

/** The type of a file recognised from its first bytes, or null when it is none we accept. */
export function sniffMediaType(head: Uint8Array): DocumentMediaType | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  return null;
}

/**
 * The accepted type of an upload, or the issues with it: empty, too large, not PDF/PNG/JPEG by
 * its content, or named with the extension of another type (a renamed file is refused, since
 * whoever opens it later trusts the name).
 */
export function documentIssues(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; mediaType: DocumentMediaType } | { ok: false; issues: FieldIssue[] } {
  const refuse = (message: string) => ({ ok: false as const, issues: [{ field: 'body', message }] });
  if (bytes.byteLength === 0) return refuse('Berkas kosong.');
  if (bytes.byteLength > DOCUMENT_LIMIT_BYTES)
    return refuse(`Berkas lebih dari ${DOCUMENT_LIMIT_BYTES / 1024 / 1024} MB.`);
  const mediaType = sniffMediaType(bytes.subarray(0, 8));
  if (!mediaType)
    return refuse(
      'Jenis berkas tidak diterima: unggah PDF, PNG atau JPEG (isi berkas diperiksa, bukan namanya).',
    );
  const extension = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension && !EXTENSIONS[mediaType].includes(extension)) {
    return {
      ok: false,
      issues: [
        {
          field: 'fileName',
          message: `Nama berkas berakhiran .${extension}, tetapi isinya ${mediaType}: ganti nama atau unggah berkas yang benar.`,
        },
      ],
    };
  }
  return { ok: true, mediaType };
}

/** A file name safe to send back in a download header: no path, no control characters. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return clean.length > 0 ? clean.slice(0, 200) : 'berkas';
}

export const INSTITUTION_KINDS = ['tkpkp', 'bkad'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const INSTITUTION_LABELS: Record<InstitutionKind, string> = {
  tkpkp: 'TKPKP (Tim Koordinasi Pembangunan Kawasan Perdesaan)',
  bkad: 'BKAD (Badan Kerja Sama Antar Desa)',
};

/** A flagship commodity as stored: trimmed, single spaces, lower case; repeats removed. */
export function normaliseCommodities(commodities: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of commodities) {
    const clean = c.trim().replace(/\s+/g, ' ').toLowerCase();
    if (clean.length > 0 && !out.includes(clean)) out.push(clean);
  }
  return out;
}

/** Changes to a kawasan besides its lifecycle. */
export type RegistryChange = 'edit_profile' | 'edit_members' | 'add_document' | 'manage';

/**
 * Who may make each change, by state: before designation the proposers shape their proposal
 * (profile, and members while a draft); after designation profile, documents' visibility and
 * institutions are the management's. Nothing changes once rejected or cancelled.
 */
function ruleOf(change: RegistryChange, state: KawasanState): ActorRule | null {
  if (FINAL_STATES.includes(state)) return null;
  const designated = !['draf', 'usulan', 'diverifikasi'].includes(state);
  switch (change) {
    case 'edit_members':
      return state === 'draf' ? 'participant' : null;
    case 'edit_profile':
      return designated ? 'management' : 'participant';
    case 'add_document':
      return 'participant';
    case 'manage':
      return 'management';
  }
}

/**
 * Whether `actor` may make `change` to a kawasan in `state`. `area` is what the actor rules read:
 * the member codes, or for a draft without members its kabupaten codes.
 */
export function mayChange(
  change: RegistryChange,
  state: KawasanState,
  actor: KawasanActor,
  kawasanId: string,
  area: readonly string[],
): boolean {
  const rule = ruleOf(change, state);
  return rule !== null && actorPasses(rule, actor, kawasanId, area);
}

export const CHANGE_REFUSALS: Record<RegistryChange, string> = {
  edit_profile:
    'Profil kawasan diubah oleh pengusul sebelum penetapan, dan oleh pengelola kawasan atau pemerintah yang menetapkan sesudahnya.',
  edit_members:
    'Desa anggota hanya dapat diubah selama kawasan masih draf, oleh pengusul dari wilayah anggota.',
  add_document:
    'Dokumen diunggah oleh operator desa anggota, pendamping, petugas wilayah anggota atau pengelola kawasan.',
  manage: 'Hanya pengelola kawasan atau pemerintah yang menetapkannya yang dapat melakukan ini.',
};

/** Whether a kawasan in this state has a public page: from designation on, not after cancellation. */
export function isPublicState(state: KawasanState): boolean {
  return ['ditetapkan', 'perencanaan', 'pelaksanaan', 'evaluasi'].includes(state);
}
