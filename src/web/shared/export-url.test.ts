import { describe, expect, it } from 'vitest';
import { exportUrl } from './export-url';

describe('exportUrl', () => {
  it.each([
    ['/api/village-index/summary/export', 'csv', '/api/village-index/summary/export?format=csv'],
    [
      '/api/village-index/villages/export?region=3374&year=2024',
      'xlsx',
      '/api/village-index/villages/export?region=3374&year=2024&format=xlsx',
    ],
    ['/api/x/export?', 'csv', '/api/x/export?format=csv'],
    ['/api/x/export?format=csv&region=33', 'xlsx', '/api/x/export?format=xlsx&region=33'],
    ['/api/x/export?region=33#tabel', 'csv', '/api/x/export?region=33&format=csv'],
  ] as const)('%s as %s → %s', (href, format, expected) => {
    expect(exportUrl(href, format)).toBe(expected);
  });
});
