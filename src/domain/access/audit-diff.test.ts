import { describe, expect, it } from 'vitest';
import { diffFields, WITHHELD } from './audit-diff.ts';

describe('diffFields', () => {
  it.each([
    [{ name: 'A', active: true }, { name: 'B', active: true }, { name: { before: 'A', after: 'B' } }],
    [null, { name: 'A' }, { name: { before: null, after: 'A' } }],
    [{ name: 'A' }, null, { name: { before: 'A', after: null } }],
    [{ name: 'A' }, { name: 'A' }, {}],
    [{ at: new Date('2026-01-01T00:00:00Z') }, { at: new Date('2026-01-01T00:00:00Z') }, {}],
    [{ tags: ['a'] }, { tags: ['a', 'b'] }, { tags: { before: ['a'], after: ['a', 'b'] } }],
  ])('%j → %j', (before, after, expected) => {
    expect(diffFields(before, after)).toEqual(expected);
  });

  it.each(['password', 'passwordHash', 'tokenHash', 'secret', 'csrfToken'])(
    'withholds the value of %s',
    (field) => {
      const changes = diffFields({ [field]: 'old-secret' }, { [field]: 'new-secret' });
      expect(changes).toEqual({ [field]: { before: WITHHELD, after: WITHHELD } });
      expect(JSON.stringify(changes)).not.toMatch(/old-secret|new-secret/);
    },
  );
});
