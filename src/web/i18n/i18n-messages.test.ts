import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const idMessages = flatten(id);
  const enMessages = flatten(en);

  it('have the same keys in Bahasa Indonesia and English', () => {
    expect([...enMessages.keys()].sort()).toEqual([...idMessages.keys()].sort());
  });

  it('are never empty and use the same placeholders in both languages', () => {
    for (const [key, text] of idMessages) {
      const english = enMessages.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it('keep the data attribution required by the ODbL licence', () => {
    expect(`${id.footer.dataPrefix} idn-area-data (ODbL)`).toBe(
      'Data wilayah: Kemendagri, via idn-area-data (ODbL)',
    );
  });
});
