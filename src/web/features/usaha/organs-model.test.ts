import { describe, expect, it } from 'vitest';
import { memberFormIssues, membersByKey, membersByOrgan, newMember, organsBody } from './organs-model';

describe('the organ members form', () => {
  const adviser = { ...newMember('penasihat'), name: 'Slamet Riyadi' };
  const manager = {
    ...newMember('pelaksana_operasional'),
    name: 'Siti 3201234567890123',
    gender: 'P' as const,
  };

  it('finds a NIK typed into a name with the domain’s message, on that member', () => {
    const issues = memberFormIssues('bumdesma', [adviser, manager]);
    expect(Object.keys(issues.byMember)).toEqual([manager.key]);
    expect(issues.byMember[manager.key]?.name).toMatch(/jangan menulis NIK/);
  });

  it('refuses an organ the kind does not have', () => {
    const board = { ...newMember('pengurus'), name: 'Budi Santoso' };
    expect(memberFormIssues('bumdes', [board]).byMember[board.key]?.organ).toMatch(/tidak ada pada jenis/);
    expect(memberFormIssues('koperasi', [board]).byMember).toEqual({});
  });

  it('puts the server’s messages on the member by its place in the list sent', () => {
    const sorted = membersByKey(
      [adviser, manager],
      [
        { field: 'body.members[1].endDate', message: 'Tanggal selesai salah.' },
        { field: 'members', message: 'Terlalu banyak anggota.' },
      ],
    );
    expect(sorted.byMember).toEqual({ [manager.key]: { endDate: 'Tanggal selesai salah.' } });
    expect(sorted.other).toEqual(['Terlalu banyak anggota.']);
  });

  it('sends every member in list order, blanks as null', () => {
    expect(organsBody([adviser, { ...manager, name: ' Siti  Aminah ', startDate: '2026-01-01' }])).toEqual({
      members: [
        {
          organ: 'penasihat',
          name: 'Slamet Riyadi',
          position: 'Penasihat (kepala desa)',
          gender: null,
          startDate: null,
          endDate: null,
        },
        {
          organ: 'pelaksana_operasional',
          name: 'Siti Aminah',
          position: 'Direktur',
          gender: 'P',
          startDate: '2026-01-01',
          endDate: null,
        },
      ],
    });
  });

  it('groups members by the organs of the kind, others apart', () => {
    const board = { ...newMember('pengurus'), name: 'Budi' };
    const grouped = membersByOrgan('bumdes', [adviser, board]);
    expect(grouped.known.map((g) => [g.organ, g.members.length])).toEqual([
      ['penasihat', 1],
      ['pelaksana_operasional', 0],
      ['pengawas', 0],
    ]);
    expect(grouped.stray).toEqual([board]);
  });
});
