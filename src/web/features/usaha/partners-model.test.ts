import { describe, expect, it } from 'vitest';
import {
  createPartnerBody,
  newPartnerValues,
  partnerFormIssues,
  partnerServerIssues,
} from './partners-model';

const MESSAGES = { kindRequired: 'Pilih jenis.', nameLength: 'Nama 3–200.', contactLength: 'Kontak ≤ 500.' };

describe('the partner form', () => {
  it('needs a kind and a name of 3 to 200 characters', () => {
    expect(partnerFormIssues(newPartnerValues(), MESSAGES)).toEqual({
      kind: 'Pilih jenis.',
      name: 'Nama 3–200.',
    });
    expect(
      partnerFormIssues(
        { ...newPartnerValues(), kind: 'bumn', name: 'PT Perkebunan Nusantara IX' },
        MESSAGES,
      ),
    ).toEqual({});
    expect(
      partnerFormIssues({ ...newPartnerValues(), kind: 'lsm', name: 'X'.repeat(201) }, MESSAGES).name,
    ).toBe('Nama 3–200.');
  });

  it('sends the seat without dots, or null', () => {
    expect(
      createPartnerBody({
        kind: 'bumn',
        name: ' PT  Perkebunan Nusantara IX ',
        seatRegionCode: '33.01',
        contact: ' Unit TJSL ',
      }),
    ).toEqual({
      kind: 'bumn',
      name: 'PT Perkebunan Nusantara IX',
      seatRegionCode: '3301',
      contact: 'Unit TJSL',
    });
    expect(
      createPartnerBody({ kind: 'donor', name: 'Bank Dunia', seatRegionCode: ' ', contact: '' })
        .seatRegionCode,
    ).toBeNull();
  });

  it('shows a name already registered on the name', () => {
    expect(
      partnerServerIssues([{ field: 'name', message: 'Mitra bernama "X" sudah terdaftar.' }]).byField,
    ).toEqual({
      name: 'Mitra bernama "X" sudah terdaftar.',
    });
  });
});
