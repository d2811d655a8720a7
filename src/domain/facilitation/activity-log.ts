/**
 * One entry of a facilitator's activity log (catatan kegiatan pendampingan): when and where,
 * which of the seven kinds of assistance of the method, the topic, who took part (counted by
 * gender, and which groups), what was done, the outputs, the follow-up agreed, evidence and an
 * optional GPS point. Validation returns field issues with paths (`participants.perempuan`,
 * `gps.lat`, `evidence[2]`) and Indonesian messages. Pure: "today" is passed in by the caller.
 *
 * The daily-report form of the ministry's application was not verified (DOMAIN.md §5), so the
 * fields follow the method and this system's requirements, not an official form.
 */
import type { FieldIssue } from '../errors.ts';
import { isCalendarDate } from '../kawasan/lifecycle-guards.ts';
import { sniffMediaType } from '../kawasan/registry.ts';
import { type FacilitatorAssignment, mayLogFor, type Place } from './assignment.ts';
import { textLength } from './facilitator.ts';

/**
 * The seven kinds of assistance of the community-development method, in the method's order (the
 * order the monthly report and the coverage tables list them in).
 */
export const ACTIVITY_CATEGORIES = [
  'dokumen_perencanaan',
  'tata_kelola_kelembagaan',
  'motivasi_kelompok',
  'membangun_komitmen',
  'pengembangan_kompetensi',
  'kewirausahaan',
  'penguatan_kelembagaan',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

export const ACTIVITY_CATEGORY_LABELS: Record<ActivityCategory, string> = {
  dokumen_perencanaan: 'Dokumen perencanaan',
  tata_kelola_kelembagaan: 'Tata kelola kelembagaan',
  motivasi_kelompok: 'Motivasi kelompok',
  membangun_komitmen: 'Membangun komitmen',
  pengembangan_kompetensi: 'Pengembangan kompetensi',
  kewirausahaan: 'Kewirausahaan',
  penguatan_kelembagaan: 'Penguatan kelembagaan',
};

/** Groups that take part in an activity; several may be ticked. */
export const PARTICIPANT_GROUPS = [
  'pemerintah_desa',
  'bpd',
  'bum_desa',
  'kelompok_perempuan',
  'pemuda',
  'kelompok_tani',
  'kelompok_nelayan',
  'lembaga_kemasyarakatan',
  'tokoh_masyarakat',
  'kader_desa',
  'masyarakat_umum',
  'lainnya',
] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

export const PARTICIPANT_GROUP_LABELS: Record<ParticipantGroup, string> = {
  pemerintah_desa: 'Pemerintah desa',
  bpd: 'BPD (Badan Permusyawaratan Desa)',
  bum_desa: 'BUM Desa / BUM Desa Bersama',
  kelompok_perempuan: 'Kelompok perempuan (PKK dan lainnya)',
  pemuda: 'Pemuda (karang taruna dan lainnya)',
  kelompok_tani: 'Kelompok tani',
  kelompok_nelayan: 'Kelompok nelayan',
  lembaga_kemasyarakatan: 'Lembaga kemasyarakatan desa lainnya',
  tokoh_masyarakat: 'Tokoh masyarakat / tokoh adat',
  kader_desa: 'Kader desa (KPMD, kader kesehatan, kader digital)',
  masyarakat_umum: 'Masyarakat umum',
  lainnya: 'Lainnya',
};

/** Text limits, in characters (code points after trimming): [minimum, maximum]. */
export const TEXT_LIMITS = {
  topic: [3, 200],
  activities: [10, 4000],
  outputs: [3, 2000],
  followUp: [0, 2000],
} as const;

/** Largest head count of one activity; more is almost surely a typing error. */
export const MAX_PARTICIPANTS = 100_000;
/** Evidence files one entry may carry (a choice of this system, not a rule). */
export const MAX_EVIDENCE_PER_ENTRY = 10;

/**
 * Indonesia's bounding box in degrees (WGS 84), with a small margin: roughly 6°N (Sabang,
 * Miangas) to 11°S (Pulau Ndana, Rote) and 95°E (Aceh) to 141°E (Merauke). Approximate; a point
 * inside is not necessarily on Indonesian land.
 */
export const INDONESIA_BOUNDS = { minLat: -11.5, maxLat: 6.5, minLon: 94.5, maxLon: 141.5 } as const;

export interface GpsPoint {
  lat: number;
  lon: number;
}

export interface ParticipantCounts {
  perempuan: number;
  laki_laki: number;
}

/** Evidence as the entry refers to it: an uploaded file already accepted by `evidenceIssues`. */
export interface EvidenceRef {
  id: string;
  mediaType: EvidenceMediaType;
}

export interface ActivityEntryDraft {
  /** `YYYY-MM-DD`, the day the activity took place. */
  date: string;
  place: Place;
  category: ActivityCategory;
  topic: string;
  participants: ParticipantCounts;
  groups: readonly ParticipantGroup[];
  /** What was done. */
  activities: string;
  outputs: string;
  /** Follow-up agreed; may be empty. */
  followUp: string;
  evidence: readonly EvidenceRef[];
  gps: GpsPoint | null;
}

/** What validation needs besides the entry: the caller's today and the facilitator's assignments. */
export interface ActivityEntryContext {
  /** `YYYY-MM-DD` in the caller's time zone. */
  today: string;
  facilitatorId: string;
  assignments: readonly FacilitatorAssignment[];
}

/** Total head count, exact (integers only). */
export function totalParticipants(counts: ParticipantCounts): number {
  return counts.perempuan + counts.laki_laki;
}

/** Issues with the GPS point: finite numbers in range and inside Indonesia's bounding box. */
export function gpsIssues(point: GpsPoint | null): FieldIssue[] {
  if (point === null) return [];
  const issues: FieldIssue[] = [];
  const { minLat, maxLat, minLon, maxLon } = INDONESIA_BOUNDS;
  if (!Number.isFinite(point.lat) || point.lat < -90 || point.lat > 90) {
    issues.push({
      field: 'gps.lat',
      message: 'Lintang (latitude) harus angka antara -90 dan 90; periksa apakah lintang dan bujur tertukar.',
    });
  } else if (point.lat < minLat || point.lat > maxLat) {
    issues.push({
      field: 'gps.lat',
      message: `Titik GPS berada di luar wilayah Indonesia: lintang ${point.lat} tidak di antara ${minLat} dan ${maxLat}. Periksa apakah lintang dan bujur tertukar.`,
    });
  }
  if (!Number.isFinite(point.lon) || point.lon < -180 || point.lon > 180) {
    issues.push({ field: 'gps.lon', message: 'Bujur (longitude) harus angka antara -180 dan 180.' });
  } else if (point.lon < minLon || point.lon > maxLon) {
    issues.push({
      field: 'gps.lon',
      message: `Titik GPS berada di luar wilayah Indonesia: bujur ${point.lon} tidak di antara ${minLon} dan ${maxLon}. Periksa apakah lintang dan bujur tertukar.`,
    });
  }
  return issues;
}

/** Issues with the head counts: whole numbers from 0 to `MAX_PARTICIPANTS`, at least one person. */
export function participantIssues(counts: ParticipantCounts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const labels = { perempuan: 'perempuan', laki_laki: 'laki-laki' } as const;
  for (const key of ['perempuan', 'laki_laki'] as const) {
    const n = counts[key];
    if (!Number.isSafeInteger(n) || n < 0 || n > MAX_PARTICIPANTS) {
      issues.push({
        field: `participants.${key}`,
        message: `Jumlah peserta ${labels[key]} harus bilangan bulat 0–${MAX_PARTICIPANTS}.`,
      });
    }
  }
  if (issues.length === 0 && totalParticipants(counts) === 0) {
    issues.push({ field: 'participants', message: 'Jumlah peserta harus lebih dari nol.' });
  }
  return issues;
}

function textIssues(entry: ActivityEntryDraft): FieldIssue[] {
  const names: Record<keyof typeof TEXT_LIMITS, string> = {
    topic: 'Topik',
    activities: 'Uraian kegiatan yang dilakukan',
    outputs: 'Hasil/keluaran',
    followUp: 'Tindak lanjut',
  };
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(TEXT_LIMITS) as (keyof typeof TEXT_LIMITS)[]) {
    const [min, max] = TEXT_LIMITS[key];
    const length = textLength(entry[key]);
    if (length < min) {
      issues.push({ field: key, message: `${names[key]} wajib diisi, paling sedikit ${min} karakter.` });
    } else if (length > max) {
      issues.push({
        field: key,
        message: `${names[key]} paling banyak ${max} karakter (sekarang ${length}).`,
      });
    }
  }
  return issues;
}

function dateIssues(entry: ActivityEntryDraft, context: ActivityEntryContext): FieldIssue[] {
  if (!isCalendarDate(entry.date)) {
    return [{ field: 'date', message: 'Tanggal kegiatan wajib diisi dengan format TTTT-BB-HH.' }];
  }
  if (entry.date > context.today) {
    return [
      {
        field: 'date',
        message: `Tanggal kegiatan (${entry.date}) tidak boleh setelah hari ini (${context.today}); catat kegiatan yang sudah terlaksana.`,
      },
    ];
  }
  const permission = mayLogFor(context.assignments, context.facilitatorId, entry.place, entry.date);
  return permission.ok ? [] : permission.issues;
}

function choiceIssues(entry: ActivityEntryDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!(ACTIVITY_CATEGORIES as readonly string[]).includes(entry.category)) {
    issues.push({
      field: 'category',
      message: `Jenis pendampingan harus salah satu dari: ${ACTIVITY_CATEGORIES.join(', ')}.`,
    });
  }
  if (entry.groups.length === 0) {
    issues.push({ field: 'groups', message: 'Pilih paling sedikit satu kelompok peserta.' });
  }
  const seen = new Set<string>();
  for (const [i, group] of entry.groups.entries()) {
    if (!(PARTICIPANT_GROUPS as readonly string[]).includes(group)) {
      issues.push({ field: `groups[${i}]`, message: `Kelompok peserta "${group}" tidak dikenal.` });
    } else if (seen.has(group)) {
      issues.push({
        field: `groups[${i}]`,
        message: `Kelompok ${PARTICIPANT_GROUP_LABELS[group]} dipilih lebih dari sekali.`,
      });
    }
    seen.add(group);
  }
  return issues;
}

function evidenceListIssues(evidence: readonly EvidenceRef[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (evidence.length > MAX_EVIDENCE_PER_ENTRY) {
    issues.push({
      field: 'evidence',
      message: `Paling banyak ${MAX_EVIDENCE_PER_ENTRY} berkas bukti per catatan (sekarang ${evidence.length}).`,
    });
  }
  const seen = new Set<string>();
  for (const [i, e] of evidence.entries()) {
    if (!(EVIDENCE_MEDIA_TYPES as readonly string[]).includes(e.mediaType)) {
      issues.push({ field: `evidence[${i}].mediaType`, message: 'Bukti harus berupa JPEG, PNG atau PDF.' });
    } else if (seen.has(e.id)) {
      issues.push({
        field: `evidence[${i}]`,
        message: 'Berkas bukti yang sama dilampirkan lebih dari sekali.',
      });
    }
    seen.add(e.id);
  }
  return issues;
}

/**
 * Every issue of an entry, in form order: date (real, not after `today`, within an assignment
 * of the facilitator at that place), category, groups, texts, participants, evidence, GPS.
 */
export function activityEntryIssues(entry: ActivityEntryDraft, context: ActivityEntryContext): FieldIssue[] {
  return [
    ...dateIssues(entry, context),
    ...choiceIssues(entry),
    ...textIssues(entry),
    ...participantIssues(entry.participants),
    ...evidenceListIssues(entry.evidence),
    ...gpsIssues(entry.gps),
  ];
}

// ——— Evidence files ———

export const EVIDENCE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** Largest evidence file accepted, after any downscaling of photos. */
export const EVIDENCE_LIMIT_BYTES = 10 * 1024 * 1024;
/** Photos are downscaled so that their long side is at most this many pixels. */
export const EVIDENCE_IMAGE_MAX_EDGE_PX = 1600;

const EVIDENCE_EXTENSIONS: Record<EvidenceMediaType, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'application/pdf': ['pdf'],
};

export type EvidenceKind = 'foto' | 'dokumen';

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = { foto: 'Foto', dokumen: 'Dokumen' };

export function evidenceKindOf(mediaType: EvidenceMediaType): EvidenceKind {
  return mediaType === 'application/pdf' ? 'dokumen' : 'foto';
}

/**
 * The accepted type of an evidence upload, or its issues: empty, over `EVIDENCE_LIMIT_BYTES`,
 * not JPEG/PNG/PDF by its content (the first bytes, not the name), or named with the extension
 * of another type.
 */
export function evidenceIssues(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; mediaType: EvidenceMediaType; kind: EvidenceKind } | { ok: false; issues: FieldIssue[] } {
  const refuse = (message: string, field = 'body') => ({ ok: false as const, issues: [{ field, message }] });
  if (bytes.byteLength === 0) return refuse('Berkas bukti kosong.');
  if (bytes.byteLength > EVIDENCE_LIMIT_BYTES) {
    return refuse(`Berkas bukti lebih dari ${EVIDENCE_LIMIT_BYTES / 1024 / 1024} MB.`);
  }
  const mediaType = sniffMediaType(bytes.subarray(0, 8));
  if (!mediaType) {
    return refuse(
      'Jenis berkas bukti tidak diterima: unggah foto JPEG/PNG atau dokumen PDF (isi berkas diperiksa, bukan namanya).',
    );
  }
  const extension = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension && !EVIDENCE_EXTENSIONS[mediaType].includes(extension)) {
    return refuse(
      `Nama berkas berakhiran .${extension}, tetapi isinya ${mediaType}: ganti nama atau unggah berkas yang benar.`,
      'fileName',
    );
  }
  return { ok: true, mediaType, kind: evidenceKindOf(mediaType) };
}

/** Whether a photo of this size must be downscaled before it is stored. */
export function needsDownscale(width: number, height: number, maxEdge = EVIDENCE_IMAGE_MAX_EDGE_PX): boolean {
  return Math.max(width, height) > maxEdge;
}

/**
 * The size a photo is downscaled to: the long side becomes `maxEdge`, the short side keeps the
 * ratio, rounded half up in exact integer arithmetic, at least 1 px. Unchanged when small enough.
 */
export function downscaledSize(
  width: number,
  height: number,
  maxEdge = EVIDENCE_IMAGE_MAX_EDGE_PX,
): { width: number; height: number } {
  if (!Number.isSafeInteger(width) || !Number.isSafeInteger(height) || width < 1 || height < 1) {
    throw new RangeError('Ukuran gambar harus bilangan bulat positif.');
  }
  if (!needsDownscale(width, height, maxEdge)) return { width, height };
  const long = BigInt(Math.max(width, height));
  const short = BigInt(Math.min(width, height));
  const edge = BigInt(maxEdge);
  const scaled = Number((short * edge * 2n + long) / (2n * long));
  const other = Math.max(1, scaled);
  return width >= height ? { width: maxEdge, height: other } : { width: other, height: maxEdge };
}
