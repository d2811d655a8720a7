import { describe, expect, it } from 'vitest';
import type { CheckNameResult } from '../../../contracts/enterprise.contract';
import { ApiError } from '../../api-client/api-error';
import { problemIssues } from '../pelatihan/pelatihan-forms';
import {
  createEnterpriseBody,
  type EnterpriseValues,
  enterpriseFormIssues,
  enterpriseServerIssues,
  founderProblem,
  foundersCountMessage,
  nameCheckBody,
  newEnterpriseValues,
  sortedNameChecks,
  updateEnterpriseBody,
} from './enterprise-form-model';

const TAMBAKREJA = { code: '3301012001', name: 'Tambakreja', place: 'Kedungreja' };
const BUMIREJA = { code: '3301012002', name: 'Bumireja', place: 'Kedungreja' };
/** A kelurahan: the 7th digit of its code is 1. */
const KELURAHAN = { code: '3374011001', name: 'Sekayu', place: 'Semarang Tengah' };
const MESSAGES = {
  kindRequired: 'Pilih jenis badan usaha.',
  nameRequired: 'Nama badan usaha wajib diisi.',
  foundedOnInvalid: 'Tanggal harus berbentuk TTTT-BB-HH.',
  foundedOnFuture: 'Tanggal pendirian tidak boleh sesudah hari ini.',
};
const TODAY = '2026-06-15';

function values(change: Partial<EnterpriseValues>): EnterpriseValues {
  return { ...newEnterpriseValues(), ...change };
}

describe('picking founding desa', () => {
  it.each([
    ['bumdes', TAMBAKREJA, [], null],
    ['bumdes', BUMIREJA, [TAMBAKREJA], 'full'],
    ['bumdes', KELURAHAN, [], 'kelurahan'],
    ['bumdesma', KELURAHAN, [TAMBAKREJA], 'kelurahan'],
    ['bumdesma', BUMIREJA, [TAMBAKREJA], null],
    ['bumdesma', TAMBAKREJA, [TAMBAKREJA], 'chosen'],
    ['koperasi', KELURAHAN, [], null],
    ['koperasi_merah_putih', BUMIREJA, [TAMBAKREJA], 'full'],
    ['kelompok_usaha', BUMIREJA, [TAMBAKREJA], null],
  ] as const)('%s: %s after %j → %s', (kind, desa, chosen, problem) => {
    expect(founderProblem(kind, desa.code, chosen)).toBe(problem);
  });

  it('says a BUM Desa Bersama needs two desa once one is picked, with the domain’s words', () => {
    const one = values({ kind: 'bumdesma', founders: [TAMBAKREJA] });
    expect(foundersCountMessage(one, false)).toBe(
      'BUM Desa Bersama didirikan oleh dua desa atau lebih; baru 1 desa dipilih.',
    );
    expect(foundersCountMessage({ ...one, founders: [TAMBAKREJA, BUMIREJA] }, false)).toBeNull();
    // Nothing said before the first pick, unless the user tried to send.
    expect(foundersCountMessage(values({ kind: 'bumdesma' }), false)).toBeNull();
    expect(foundersCountMessage(values({ kind: 'bumdesma' }), true)).toMatch(/dua desa atau lebih/);
  });
});

describe('what blocks registering', () => {
  it('a missing kind, too few founders, no name and a founding date to come', () => {
    expect(enterpriseFormIssues(values({}), TODAY, MESSAGES, 'create')).toEqual({
      kind: MESSAGES.kindRequired,
      name: MESSAGES.nameRequired,
    });
    const bersama = values({
      kind: 'bumdesma',
      founders: [TAMBAKREJA],
      name: 'BUM Desa Bersama Kopi Lestari',
      foundedOn: '2026-06-16',
    });
    expect(enterpriseFormIssues(bersama, TODAY, MESSAGES, 'create')).toEqual({
      founders: 'BUM Desa Bersama didirikan oleh dua desa atau lebih; baru 1 desa dipilih.',
      foundedOn: MESSAGES.foundedOnFuture,
    });
    expect(
      enterpriseFormIssues({ ...bersama, foundedOn: '2026-02-30' }, TODAY, MESSAGES, 'create').foundedOn,
    ).toBe(MESSAGES.foundedOnInvalid);
    expect(
      enterpriseFormIssues(
        { ...bersama, founders: [TAMBAKREJA, BUMIREJA], foundedOn: TODAY },
        TODAY,
        MESSAGES,
        'create',
      ),
    ).toEqual({});
  });

  it('a BUM Desa with two desa is refused before sending', () => {
    const issues = enterpriseFormIssues(
      values({ kind: 'bumdes', founders: [TAMBAKREJA, BUMIREJA], name: 'BUM Desa Maju Tambakreja' }),
      TODAY,
      MESSAGES,
      'create',
    );
    expect(issues.founders).toMatch(/^BUM Desa didirikan oleh satu desa; 2 desa dipilih/);
  });

  it('editing checks neither kind nor founders: they are fixed', () => {
    expect(
      enterpriseFormIssues(values({ name: 'BUM Desa Maju Tambakreja' }), TODAY, MESSAGES, 'edit'),
    ).toEqual({});
  });
});

describe('the live name check', () => {
  it('is asked once there is a kind and three letters, with the founders and the enterprise renamed', () => {
    expect(nameCheckBody(values({ name: 'BUM Desa Maju' }))).toBeNull();
    expect(nameCheckBody(values({ kind: 'bumdes', name: 'BU' }))).toBeNull();
    expect(
      nameCheckBody(values({ kind: 'bumdes', name: '  BUM   Desa Maju ', founders: [TAMBAKREJA] }), 'e1'),
    ).toEqual({
      kind: 'bumdes',
      name: 'BUM Desa Maju',
      founderDesaCodes: ['3301012001'],
      enterpriseId: 'e1',
    });
  });

  it('sorts the answer into errors and warnings', () => {
    const result: CheckNameResult = {
      ok: false,
      founders: [],
      foundingIssues: [],
      checks: [
        { rule: 'bahasa_asing', severity: 'warning', field: 'name', message: 'asing' },
        { rule: 'awalan', severity: 'error', field: 'name', message: 'awalan' },
      ],
    };
    const sorted = sortedNameChecks(result);
    expect(sorted.errors.map((c) => c.rule)).toEqual(['awalan']);
    expect(sorted.warnings.map((c) => c.rule)).toEqual(['bahasa_asing']);
    expect(sortedNameChecks(undefined)).toEqual({ errors: [], warnings: [] });
  });
});

describe('the request bodies', () => {
  it('register with the founders’ codes, trimmed texts and fields of business split at commas', () => {
    const body = createEnterpriseBody(
      values({
        kind: 'bumdesma',
        founders: [TAMBAKREJA, BUMIREJA],
        kawasanIds: ['k1'],
        name: ' BUM Desa Bersama  Kopi Lestari ',
        address: ' Jl. Raya Kedungreja 1 ',
        businessFields: ['Pengolahan kopi,', 'perdagangan, Pengolahan kopi', ' '],
        foundedOn: '',
        phone: ' ',
      }),
    );
    expect(body).toEqual({
      kind: 'bumdesma',
      founderDesaCodes: ['3301012001', '3301012002'],
      name: 'BUM Desa Bersama Kopi Lestari',
      address: 'Jl. Raya Kedungreja 1',
      phone: null,
      email: null,
      businessFields: ['Pengolahan kopi', 'perdagangan'],
      foundedOn: null,
      kawasanIds: ['k1'],
    });
  });

  it('a profile change sends no kind and no founders', () => {
    const body = updateEnterpriseBody(
      values({ kind: 'bumdes', founders: [TAMBAKREJA], name: 'X', activity: 'tidak_aktif' }),
    );
    expect(body).not.toHaveProperty('kind');
    expect(body).not.toHaveProperty('founderDesaCodes');
    expect(body.activity).toBe('tidak_aktif');
  });
});

describe('the server’s refusal', () => {
  it('puts founder and name messages on their fields and the rest above the form', () => {
    const error = new ApiError('problem', 'Data tidak sah', 400, {
      type: 'about:blank',
      title: 'Data tidak sah',
      status: 400,
      detail: 'Data tidak sah',
      code: 'invalid_input',
      errors: [
        { field: 'body/founderDesaCodes/1', message: 'Desa 3301012099 tidak ada.' },
        { field: 'name', message: 'Nama sudah dipakai.' },
        { field: 'legalSteps.0.date', message: 'Tanggal salah.' },
      ],
    });
    const sorted = enterpriseServerIssues(problemIssues(error));
    expect(sorted.byField).toEqual({ founders: 'Desa 3301012099 tidak ada.', name: 'Nama sudah dipakai.' });
    expect(sorted.other).toEqual(['Tanggal salah.']);
  });
});
