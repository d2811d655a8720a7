import { describe, expect, it } from 'vitest';
import { meetingBody, meetingProblems, newMeetingValues } from './meeting-values';

describe('meeting form values', () => {
  it('asks for title, organiser, place, a real date, and the desa of a desa-level meeting', () => {
    const empty = { ...newMeetingValues(''), kind: 'musyawarah_desa' as const };
    expect(meetingProblems(empty)).toEqual({
      title: 'required',
      organiser: 'required',
      place: 'required',
      heldOn: 'required',
      desaCode: 'required',
    });
    expect(
      meetingProblems({ ...newMeetingValues('2026-02-30'), title: 'a', organiser: 'b', place: 'c' }),
    ).toEqual({
      heldOn: 'invalidDate',
    });
    // The kawasan's own meetings have no desa.
    expect(
      meetingProblems({
        ...newMeetingValues('2026-03-02'),
        kind: 'musrenbang_kawasan',
        title: 'a',
        organiser: 'b',
        place: 'c',
      }),
    ).toEqual({});
  });

  it('sends trimmed text, agenda lines, and empty optional fields as null', () => {
    expect(
      meetingBody({
        ...newMeetingValues('2026-03-02'),
        title: ' MAD produk unggulan ',
        organiser: 'BKAD',
        place: 'Balai desa',
        agenda: '1. Pembukaan\n\n2. Penilaian',
        chair: ' ',
        secretary: 'Rina',
      }),
    ).toEqual({
      title: 'MAD produk unggulan',
      organiser: 'BKAD',
      heldOn: '2026-03-02',
      place: 'Balai desa',
      agenda: ['Pembukaan', 'Penilaian'],
      chair: null,
      secretary: 'Rina',
      notes: null,
    });
  });
});
