import { expect, it } from 'vitest';
import { describeKawasanChange } from './timeline.ts';

it('describes each kind of change in one Indonesian line', () => {
  expect(describeKawasanChange('kawasan.create', { members: { before: null, after: ['a', 'b', 'c'] } })).toBe(
    'Kawasan dibuat dengan 3 desa anggota.',
  );
  expect(
    describeKawasanChange('kawasan.designate', { state: { before: 'diverifikasi', after: 'ditetapkan' } }),
  ).toBe('Tetapkan dengan SK: Diverifikasi → Ditetapkan.');
  expect(describeKawasanChange('kawasan.members', { members: { before: ['a'], after: ['a', 'b'] } })).toBe(
    'Desa anggota diubah: 1 → 2 desa.',
  );
  expect(
    describeKawasanChange('kawasan.document.update', {
      public: { before: false, after: true },
      document: { before: null, after: 'SK Bupati' },
    }),
  ).toBe('Dokumen diubah: SK Bupati (kini publik).');
  expect(describeKawasanChange('kawasan.tkpkp.save', { name: { before: null, after: 'TKPKP' } })).toBe(
    'TKPKP dibentuk.',
  );
  expect(describeKawasanChange('kawasan.bkad.save', { members: { before: [], after: ['x'] } })).toBe(
    'BKAD diperbarui.',
  );
  expect(describeKawasanChange('kawasan.bkad.remove', {})).toBe('BKAD dihapus.');
});
