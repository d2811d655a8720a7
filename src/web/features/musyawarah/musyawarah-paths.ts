/** Addresses of the musyawarah pages. */
import { kawasanPath } from '../kawasan/kawasan-paths';

/** A kawasan's musyawarah and proposals (usulan). */
export function musyawarahListPath(kawasanId: string): string {
  return `${kawasanPath(kawasanId)}/musyawarah`;
}

/** The record of one musyawarah. */
export function musyawarahPath(mid: string): string {
  return `/musyawarah/${encodeURIComponent(mid)}`;
}
