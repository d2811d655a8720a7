import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it.each([
    [0, 'id-ID', '0 B'],
    [812, 'en', '812 B'],
    [1536, 'id-ID', '1,5 KB'],
    [5.4 * 1024 * 1024, 'id-ID', '5,4 MB'],
    [5.4 * 1024 * 1024, 'en', '5.4 MB'],
    [64 * 1024 * 1024, 'en', '64 MB'],
  ])('%d bytes in %s → %s', (bytes, locale, text) => expect(formatFileSize(bytes, locale)).toBe(text));
});
