import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../contracts/musyawarah.contract';
import {
  addRows,
  draftSummary,
  emptyRow,
  MAX_ROWS,
  parseGender,
  participantErrors,
  participantsBody,
  rowProblems,
  rowsChanged,
  rowsFromParticipants,
  rowsFromPaste,
  rowsToSend,
} from './attendance-draft';

const DESA = '3328012001';

function stored(overrides: Partial<Participant> = {}): Participant {
  return {
    id: '0b6c2f9e-3c1a-4d6e-9f7a-2b1c3d4e5f60',
    position: 1,
    name: 'Sri Wahyuni',
    gender: 'perempuan',
    youth: false,
    poorOrMarginal: true,
    disability: false,
    element: 'kelompok_perempuan',
    desaCode: DESA,
    desaName: 'Kedungreja',
    affiliation: 'Ketua KWT Melati',
    invited: true,
    attended: true,
    ...overrides,
  };
}

describe('new rows', () => {
  it('copy the desa, element and marks of the row above, not the person', () => {
    const above = {
      ...emptyRow(),
      name: 'Budi',
      gender: 'laki_laki' as const,
      element: 'bpd' as const,
      desaCode: DESA,
      invited: false,
    };
    const next = emptyRow(above);
    expect(next).toMatchObject({
      name: '',
      gender: '',
      element: 'bpd',
      desaCode: DESA,
      invited: false,
      attended: true,
      id: null,
    });
    expect(next.key).not.toBe(above.key);
    expect(emptyRow()).toMatchObject({ element: '', desaCode: '', invited: true, attended: true });
  });

  it('are added in bulk, never beyond the limit', () => {
    expect(addRows([], 10)).toHaveLength(10);
    expect(addRows(addRows([], MAX_ROWS - 2), 10)).toHaveLength(MAX_ROWS);
  });
});

describe('the body', () => {
  it('keeps stored ids, trims, turns empty desa and affiliation into null, and drops blank rows', () => {
    const rows = [
      ...rowsFromParticipants([stored()]),
      {
        ...emptyRow(),
        name: '  Ahmad  ',
        gender: 'laki_laki' as const,
        element: 'pendamping' as const,
        affiliation: '  ',
      },
      emptyRow(),
    ];
    expect(participantsBody(rows)).toEqual([
      {
        id: '0b6c2f9e-3c1a-4d6e-9f7a-2b1c3d4e5f60',
        name: 'Sri Wahyuni',
        gender: 'perempuan',
        youth: false,
        poorOrMarginal: true,
        disability: false,
        element: 'kelompok_perempuan',
        desaCode: DESA,
        affiliation: 'Ketua KWT Melati',
        invited: true,
        attended: true,
      },
      {
        name: 'Ahmad',
        gender: 'laki_laki',
        youth: false,
        poorOrMarginal: false,
        disability: false,
        element: 'pendamping',
        desaCode: null,
        affiliation: null,
        invited: true,
        attended: true,
      },
    ]);
  });

  it('reports what written rows lack, by row, ignoring blank rows', () => {
    const a = { ...emptyRow(), name: 'Tanpa jenis kelamin', element: 'bpd' as const };
    const b = { ...emptyRow(), gender: 'perempuan' as const };
    const blank = emptyRow();
    expect(rowProblems([a, b, blank])).toEqual({
      [a.key]: { gender: 'required' },
      [b.key]: { name: 'required', element: 'required' },
    });
  });

  it('notices a change only when what would be sent differs', () => {
    const list = [stored()];
    const rows = rowsFromParticipants(list);
    expect(rowsChanged([...rows, emptyRow()], list)).toBe(false);
    expect(rowsChanged([{ ...rows[0]!, attended: false }], list)).toBe(true);
    expect(rowsChanged([], list)).toBe(true);
  });
});

describe('server errors of the list', () => {
  it('go to the row sent at that place, the rest to the list', () => {
    const a = { ...emptyRow(), name: 'A', gender: 'perempuan' as const, element: 'bpd' as const };
    const b = { ...emptyRow(), name: 'B', gender: 'laki_laki' as const, element: 'bpd' as const };
    const sent = rowsToSend([a, emptyRow(), b]);
    expect(
      participantErrors(
        {
          'participants[1].desaCode': 'Desa 3301 bukan desa anggota.',
          'participants.0.name': 'Nama terlalu panjang.',
          'participants[9].name': 'tidak ada',
          participants: 'Paling banyak 2000 peserta.',
        },
        sent,
      ),
    ).toEqual({
      byRow: {
        [b.key]: { desaCode: 'Desa 3301 bukan desa anggota.' },
        [a.key]: { name: 'Nama terlalu panjang.' },
      },
      list: ['tidak ada', 'Paling banyak 2000 peserta.'],
    });
  });
});

describe('pasting names', () => {
  it('reads one person per line with optional L/P and office, numbering removed', () => {
    const previous = { ...emptyRow(), element: 'tokoh_masyarakat' as const, desaCode: DESA };
    const rows = rowsFromPaste(
      '1. Sri Wahyuni\tP\tKetua KWT\n\nBudi Santoso; L\n  Siti  \nAhmad\tKepala dusun',
      previous,
    );
    expect(rows.map((r) => [r.name, r.gender, r.affiliation, r.element, r.desaCode])).toEqual([
      ['Sri Wahyuni', 'perempuan', 'Ketua KWT', 'tokoh_masyarakat', DESA],
      ['Budi Santoso', 'laki_laki', '', 'tokoh_masyarakat', DESA],
      ['Siti', '', '', 'tokoh_masyarakat', DESA],
      ['Ahmad', '', 'Kepala dusun', 'tokoh_masyarakat', DESA],
    ]);
  });

  it.each([
    ['L', 'laki_laki'],
    ['laki-laki', 'laki_laki'],
    ['P', 'perempuan'],
    ['Perempuan', 'perempuan'],
    ['W', 'perempuan'],
    ['x', null],
    ['', null],
  ] as const)('reads %s as %s', (text, gender) => {
    expect(parseGender(text)).toBe(gender);
  });
});

describe('live counts', () => {
  it('count complete rows like the server: present women, youth, by desa', () => {
    const rows = [
      ...rowsFromParticipants([
        stored(),
        stored({ id: 'x', gender: 'laki_laki', youth: true, attended: false }),
      ]),
      { ...emptyRow(), name: 'Belum lengkap' },
    ];
    const summary = draftSummary(rows);
    expect(summary).toMatchObject({ invited: 2, attended: 1, women: 1, youth: 0, poorOrMarginal: 1 });
    expect(summary.byDesa).toEqual([{ desaCode: DESA, attended: 1, women: 1 }]);
  });
});
