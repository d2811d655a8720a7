import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../domain/kawasan/lifecycle-guards';
import { DOCUMENT_LIMIT_BYTES } from '../../../domain/kawasan/registry';
import {
  commodityTags,
  documentFileProblem,
  emptyMemberRow,
  hasInstitutionProblems,
  institutionBody,
  institutionDraft,
  institutionProblems,
  memberErrorsByCode,
  profileFieldErrors,
  titleFromFileName,
} from './kawasan-forms';

describe('profileFieldErrors', () => {
  it('puts each server error on its field, the first message winning, and keeps the rest apart', () => {
    const { byField, other } = profileFieldErrors({
      name: 'Nama minimal 3 huruf.',
      'members[2]': '3328011001 adalah kelurahan…',
      'members[3]': 'second',
      'commodities.0': 'Komoditas minimal 2 huruf.',
      kabupatenCodes: 'Pilih kabupaten/kota kawasan.',
      something: 'Lain.',
    });
    expect(byField).toEqual({
      name: 'Nama minimal 3 huruf.',
      members: '3328011001 adalah kelurahan…',
      commodities: 'Komoditas minimal 2 huruf.',
      kabupatenCodes: 'Pilih kabupaten/kota kawasan.',
    });
    expect(other).toEqual(['Lain.']);
  });

  it('finds the desa each member error is about', () => {
    expect(
      memberErrorsByCode(
        { 'members[1]': 'kelurahan', 'members.0': 'taken', 'members[9]': 'x', members: 'count' },
        ['3328012001', '3328011001'],
      ),
    ).toEqual({ '3328011001': 'kelurahan', '3328012001': 'taken' });
  });
});

describe('commodityTags', () => {
  it('tidies, removes repeats and too short ones, and keeps at most 12', () => {
    expect(commodityTags(['  Bawang  Merah ', 'bawang merah', 'x', 'Padi'])).toEqual([
      'bawang merah',
      'padi',
    ]);
    expect(commodityTags(Array.from({ length: 15 }, (_, i) => `komoditas ${i}`))).toHaveLength(12);
  });
});

describe('documents', () => {
  it('refuses empty, too large and non PDF/PNG/JPEG files before sending', () => {
    expect(documentFileProblem({ name: 'sk.pdf', size: 0 })).toBe('empty');
    expect(documentFileProblem({ name: 'sk.pdf', size: DOCUMENT_LIMIT_BYTES + 1 })).toBe('tooLarge');
    expect(documentFileProblem({ name: 'sk.docx', size: 10 })).toBe('type');
    expect(documentFileProblem({ name: 'Peta.JPEG', size: DOCUMENT_LIMIT_BYTES })).toBeNull();
    expect(documentFileProblem({ name: 'scan.png', size: 5 })).toBeNull();
  });

  it('proposes a title from the file name', () => {
    expect(titleFromFileName('C:\\scan\\SK_Bupati_Tegal 2026.pdf')).toBe('SK Bupati Tegal 2026');
    expect(titleFromFileName('peta.jpeg')).toBe('peta');
  });
});

describe('institution form', () => {
  it('sends trimmed values, empty optional ones as null, and drops empty rows', () => {
    const draft = institutionDraft(null);
    draft.name = ' BKAD Lereng Slamet ';
    draft.decreeNumber = '  ';
    draft.members = [
      { ...emptyMemberRow(), name: ' Sri ', position: ' Ketua ', desaCode: '3328012001', management: true },
      emptyMemberRow(),
    ];
    expect(institutionBody(draft)).toEqual({
      name: 'BKAD Lereng Slamet',
      decreeNumber: null,
      decreeDate: null,
      decreeDocumentId: null,
      notes: null,
      members: [{ name: 'Sri', agency: null, position: 'Ketua', desaCode: '3328012001', management: true }],
    });
  });

  it('starts from the stored institution', () => {
    const draft = institutionDraft({
      kind: 'tkpkp',
      name: 'TKPKP Tegal',
      decreeNumber: '050/1',
      decreeDate: '2026-01-05',
      decreeDocumentId: null,
      notes: null,
      members: [{ name: 'Budi', agency: 'Bappeda', position: 'Ketua', desaCode: null, management: false }],
      updatedAt: '2026-01-05T00:00:00Z',
    });
    expect(draft).toMatchObject({ name: 'TKPKP Tegal', decreeNumber: '050/1', notes: '' });
    expect(draft.members[0]).toMatchObject({ name: 'Budi', agency: 'Bappeda', desaCode: '' });
  });

  it('finds what the server would refuse', () => {
    const draft = institutionDraft(null);
    draft.name = 'TK';
    draft.decreeDate = '2026-13-01';
    draft.members = [
      { ...emptyMemberRow(), name: 'S', agency: 'Dinas' },
      emptyMemberRow(),
      { ...emptyMemberRow(), name: 'Sri', position: 'Ketua' },
    ];
    const problems = institutionProblems(draft, isCalendarDate);
    expect(problems).toEqual({
      name: 'tooShort',
      decreeDate: 'invalidDate',
      rows: { 0: { name: 'tooShort', position: 'required' } },
    });
    expect(hasInstitutionProblems(problems)).toBe(true);
    draft.name = 'TKPKP';
    draft.decreeDate = '';
    draft.members = draft.members.slice(1);
    expect(hasInstitutionProblems(institutionProblems(draft, isCalendarDate))).toBe(false);
  });
});
