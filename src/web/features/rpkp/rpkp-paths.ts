/** Addresses of the RPKP pages of a kawasan. */
import { kawasanPath } from '../kawasan/kawasan-paths';

export function rpkpListPath(kawasanId: string): string {
  return `${kawasanPath(kawasanId)}/rpkp`;
}

export function rpkpVersionPath(kawasanId: string, version: number): string {
  return `${rpkpListPath(kawasanId)}/${version}`;
}

/** The tabs of a version's page, kept in `?bagian=` so a link opens the same one. */
export const VERSION_TABS = ['rencana', 'anggaran', 'konvergensi', 'kemajuan', 'riwayat'] as const;
export type VersionTab = (typeof VERSION_TABS)[number];

export function versionTabOf(value: string | null): VersionTab {
  return (VERSION_TABS as readonly string[]).includes(value ?? '') ? (value as VersionTab) : 'rencana';
}
