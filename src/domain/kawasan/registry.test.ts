import { describe, expect, it } from 'vitest';
import type { KawasanActor } from './kawasan-actor.ts';
import type { KawasanState } from './lifecycle.ts';
import {
  cleanFileName,
  DOCUMENT_LIMIT_BYTES,
  documentIssues,
  isPublicState,
  mayChange,
  normaliseCommodities,
  type RegistryChange,
  sniffMediaType,
} from './registry.ts';

const PDF = new TextEncoder().encode('%PDF-1.7\n...');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

describe('documents', () => {
  it('recognises PDF, PNG and JPEG by their first bytes, and nothing else', () => {
    expect(sniffMediaType(PDF)).toBe('application/pdf');
    expect(sniffMediaType(PNG)).toBe('image/png');
    expect(sniffMediaType(JPEG)).toBe('image/jpeg');
    expect(sniffMediaType(new TextEncoder().encode('<html>'))).toBeNull();
    expect(sniffMediaType(new TextEncoder().encode('PK\u0003\u0004'))).toBeNull();
  });

  it('accepts a file whose name agrees with its content, or has no extension', () => {
    expect(documentIssues('SK Bupati.PDF', PDF)).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(documentIssues('peta.jpeg', JPEG)).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(documentIssues('scan', PNG)).toEqual({ ok: true, mediaType: 'image/png' });
  });

  it('refuses empty, oversized, unknown and renamed files, naming the field', () => {
    const refused = (name: string, bytes: Uint8Array) => {
      const r = documentIssues(name, bytes);
      return r.ok ? null : r.issues[0]!.field;
    };
    expect(refused('a.pdf', new Uint8Array())).toBe('body');
    const big = new Uint8Array(DOCUMENT_LIMIT_BYTES + 1);
    big.set(PDF);
    expect(refused('a.pdf', big)).toBe('body');
    expect(refused('a.pdf', new TextEncoder().encode('hello'))).toBe('body');
    expect(refused('sk.pdf', PNG)).toBe('fileName');
  });

  it('keeps only the base name, without quotes or control characters', () => {
    expect(cleanFileName('C:\\scan\\SK "final".pdf')).toBe('SK final.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('\u0007')).toBe('berkas');
  });
});

it('writes commodities trimmed, lower case, once each', () => {
  expect(normaliseCommodities([' Padi ', 'PADI', 'gula   kelapa', ''])).toEqual(['padi', 'gula kelapa']);
});

describe('who may change what', () => {
  const KAB: KawasanActor = {
    userId: 'k',
    label: 'kab',
    grants: [{ role: 'kabupaten', scope: { kind: 'region', code: '3301' } }],
  };
  const VILLAGE: KawasanActor = {
    userId: 'v',
    label: 'desa',
    grants: [{ role: 'village', scope: { kind: 'region', code: '3301012001' } }],
  };
  const MANAGER: KawasanActor = {
    userId: 'm',
    label: 'pengelola',
    grants: [{ role: 'kawasan_manager', scope: { kind: 'kawasan', id: 'K1' } }],
  };
  const area = ['3301012001', '3301012003'];
  const table: [RegistryChange, KawasanState, KawasanActor, boolean][] = [
    ['edit_members', 'draf', VILLAGE, true],
    ['edit_members', 'usulan', KAB, false],
    ['edit_profile', 'usulan', VILLAGE, true],
    ['edit_profile', 'ditetapkan', VILLAGE, false],
    ['edit_profile', 'pelaksanaan', MANAGER, true],
    ['add_document', 'pelaksanaan', VILLAGE, true],
    ['manage', 'perencanaan', VILLAGE, false],
    ['manage', 'perencanaan', KAB, true],
    ['manage', 'ditolak', KAB, false],
    ['add_document', 'dibatalkan', KAB, false],
  ];
  it.each(table)('%s in %s by %o → %s', (change, state, actor, allowed) => {
    expect(mayChange(change, state, actor, 'K1', area)).toBe(allowed);
  });

  it('opens the public page from designation until the kawasan ends', () => {
    expect(
      ['usulan', 'ditetapkan', 'evaluasi', 'dibatalkan'].map((s) => isPublicState(s as KawasanState)),
    ).toEqual([false, true, true, false]);
  });
});
