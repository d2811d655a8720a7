/** The formats every table export route serves. */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The download URL of a table in one format: `href` is the export route with its own query
 * (region, year…) or none; a `format` already in it is replaced, never doubled.
 */
export function exportUrl(href: string, format: ExportFormat): string {
  const hash = href.indexOf('#');
  const base = hash === -1 ? href : href.slice(0, hash);
  const question = base.indexOf('?');
  const path = question === -1 ? base : base.slice(0, question);
  const params = new URLSearchParams(question === -1 ? '' : base.slice(question + 1));
  params.set('format', format);
  return `${path}?${params.toString()}`;
}
