import { describe, expect, it } from 'vitest';
import type { NeedsView } from '../../../contracts/training-outcome.contract';
import { evidenceShown, NEEDS_EVIDENCE_SHOWN } from './needs-model';

type Evidence = NeedsView['suggestions'][number]['evidence'][number];

const note = (n: number, points: number, date: string): Evidence => ({
  kind: 'catatan_pendamping',
  entryId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  date,
  desaCode: '3322012001',
  kawasanId: null,
  category: 'kewirausahaan',
  categoryLabel: 'Kewirausahaan',
  keywords: ['pembukuan'],
  points,
});

const idm: Evidence = {
  kind: 'indikator_idm',
  desaCode: '3322012001',
  year: 2024,
  indicatorCode: 'IKE.1',
  indicatorName: 'Keragaman produksi',
  score: 1,
  condition: null,
  points: 3,
};

describe('evidenceShown', () => {
  it('shows the strongest evidence first, the newest note among equals', () => {
    const shown = evidenceShown([note(1, 1, '2026-01-01'), idm, note(2, 1, '2026-03-01')], true);
    expect(shown[0]).toBe(idm);
    expect(shown.slice(1).map((e) => (e.kind === 'catatan_pendamping' ? e.date : ''))).toEqual([
      '2026-03-01',
      '2026-01-01',
    ]);
  });

  it('shows a few until all are asked for', () => {
    const many = Array.from({ length: NEEDS_EVIDENCE_SHOWN + 3 }, (_, i) =>
      note(i, 1, `2026-01-${String(i + 1).padStart(2, '0')}`),
    );
    expect(evidenceShown(many, false)).toHaveLength(NEEDS_EVIDENCE_SHOWN);
    expect(evidenceShown(many, true)).toHaveLength(many.length);
  });
});
