/** The response headers of an export sent as a download. */
import type { ExportFile } from './table-export.ts';

/**
 * Headers for `file` as an attachment named `file.fileName` (an ASCII slug), its type not to be
 * sniffed; kept by no shared cache unless `cacheControl` says otherwise.
 */
export function downloadHeaders(
  file: Pick<ExportFile, 'fileName' | 'contentType'>,
  cacheControl = 'private, no-store',
): Record<string, string> {
  return {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.fileName}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': cacheControl,
  };
}
