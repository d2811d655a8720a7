import { describe, expect, it } from 'vitest';
import type { CertificateView } from '../../../contracts/training-outcome.contract';
import { MIN_REVOCATION_NOTE } from '../../../domain/training/certificate';
import { issueSummary, orderedCertificates, revokeFieldOf, revokeIssues } from './certificates-model';

function certificate(overrides: Partial<CertificateView> = {}): CertificateView {
  return {
    id: '55555555-5555-4555-8555-555555555555',
    registrationId: '66666666-6666-4666-8666-666666666666',
    code: 'KWS-0123-4567-8',
    nameAsPrinted: 'Siti Aminah',
    programmeTitle: 'Pelatihan Pengelolaan BUM Desa',
    providerName: 'BBPPMDDTT',
    sessionLabel: 'Angkatan I',
    startDate: '2026-05-12',
    endDate: '2026-05-14',
    hours: 24,
    issuedOn: '2026-05-20',
    status: 'berlaku',
    statusLabel: 'Berlaku',
    revokedOn: null,
    revocationReason: null,
    revocationReasonLabel: null,
    revocationNote: null,
    pdfPath: '/api/pelatihan/sertifikat/55555555-5555-4555-8555-555555555555.pdf',
    verificationPath: '/verifikasi/KWS-0123-4567-8',
    canManage: true,
    ...overrides,
  };
}

describe('orderedCertificates', () => {
  it('lists valid certificates first, each group by the name printed', () => {
    const items = [
      certificate({ id: 'a', nameAsPrinted: 'Budi', status: 'dicabut' }),
      certificate({ id: 'b', nameAsPrinted: 'Wati' }),
      certificate({ id: 'c', nameAsPrinted: 'Ani' }),
    ];
    expect(orderedCertificates(items).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('revokeIssues', () => {
  const required = 'Wajib diisi.';

  it('asks for a reason and an internal note long enough, in the domain words', () => {
    const issues = revokeIssues(certificate(), { reason: '', note: 'salah' }, required);
    expect(issues[0]).toEqual({ field: 'reason', message: required });
    expect(issues.find((i) => i.field === 'note')?.message).toContain(String(MIN_REVOCATION_NOTE));
  });

  it('passes a reason with a note of the minimum length', () => {
    const note = 'x'.repeat(MIN_REVOCATION_NOTE);
    expect(revokeIssues(certificate(), { reason: 'duplikat', note }, required)).toEqual([]);
  });

  it('refuses a certificate already revoked, naming the day', () => {
    const revoked = certificate({
      status: 'dicabut',
      revokedOn: '2026-06-01',
      revocationReason: 'duplikat',
      revocationNote: 'Sudah diterbitkan sebelumnya.',
    });
    const issues = revokeIssues(revoked, { reason: 'lainnya', note: 'x'.repeat(20) }, required);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('2026-06-01');
  });
});

describe('revokeFieldOf', () => {
  it('places reason and note errors at their fields, the rest above the form', () => {
    expect(revokeFieldOf('reason')).toBe('reason');
    expect(revokeFieldOf('body.note')).toBe('note');
    expect(revokeFieldOf('body/note')).toBe('note');
    expect(revokeFieldOf('on')).toBeNull();
    expect(revokeFieldOf('code')).toBeNull();
  });
});

describe('issueSummary', () => {
  it('counts what an issue run did', () => {
    const summary = issueSummary({
      issued: [certificate()],
      ineligible: [
        {
          registrationId: '77777777-7777-4777-8777-777777777777',
          name: 'Budi',
          reasons: [{ field: 'attendance', message: 'Kehadiran 50% dari JP, di bawah batas 80%.' }],
        },
      ],
      alreadyHeld: 2,
    });
    expect(summary).toEqual({ issued: 1, ineligible: 1, alreadyHeld: 2 });
  });
});
