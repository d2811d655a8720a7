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

it('describes the milestones of the kawasan’s musyawarah and RPKP', () => {
  const after = (fields: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { before: null, after: v }]));
  expect(describeKawasanChange('musyawarah.create', after({ title: 'MAD Kedungreja' }))).toBe(
    'Musyawarah dicatat: MAD Kedungreja.',
  );
  expect(
    describeKawasanChange('musyawarah.fix', after({ title: 'MAD Kedungreja', state: 'ditetapkan' })),
  ).toBe('Berita acara ditetapkan: MAD Kedungreja.');
  expect(describeKawasanChange('rpkp.approve', after({ version: 2 }))).toBe('RPKP versi 2 disetujui.');
  expect(describeKawasanChange('rpkp.request_clarification', after({ version: 1 }))).toBe(
    'RPKP versi 1 perlu klarifikasi.',
  );
  expect(
    describeKawasanChange(
      'rpkp.progress',
      after({ activityName: 'Rumah produksi gula', status: 'berjalan' }),
    ),
  ).toBe('Kemajuan kegiatan RPKP dilaporkan: Rumah produksi gula, berjalan.');
});
