import { describe, expect, it } from 'vitest';
import { attendanceClause, kawasanTitle } from './berita-acara-pdf.ts';

describe('the running text of the berita acara', () => {
  it('names the kawasan once, whether or not its name already says "Kawasan"', () => {
    expect(kawasanTitle('Kawasan Agropolitan Kedungreja')).toBe('Kawasan Agropolitan Kedungreja');
    expect(kawasanTitle('kawasan minapolitan Pesisir')).toBe('kawasan minapolitan Pesisir');
    expect(kawasanTitle('Agropolitan Getasan')).toBe('Kawasan Agropolitan Getasan');
    expect(kawasanTitle('Kawasanku Lestari')).toBe('Kawasan Kawasanku Lestari');
  });

  it('counts who came against the invitations, walk-ins apart', () => {
    const summary = { attended: 10, attendedInvited: 9, invited: 9, walkIns: 1, women: 3 };
    expect(attendanceClause(summary as never)).toBe(
      '10 peserta (9 dari 9 undangan dan 1 tanpa undangan), 3 perempuan',
    );
    expect(
      attendanceClause({ ...summary, attended: 7, attendedInvited: 7, invited: 12, walkIns: 0 } as never),
    ).toBe('7 peserta (7 dari 12 undangan), 3 perempuan');
  });
});
