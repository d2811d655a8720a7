/**
 * Proposals (usulan) brought to a musyawarah: a desa's or the kawasan's flagship product (produk
 * unggulan) or a programme, and the checks every deliberation module shares.
 */
import type { FieldIssue } from '../errors.ts';

export const PROPOSAL_KINDS = ['produk_unggulan_desa', 'produk_unggulan_kawasan', 'program'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_KIND_LABELS: Record<ProposalKind, string> = {
  produk_unggulan_desa: 'Produk unggulan desa',
  produk_unggulan_kawasan: 'Produk unggulan kawasan',
  program: 'Program',
};

export interface Proposal {
  id: string;
  title: string;
  kind: ProposalKind;
  /** Kode desa (10 digits) for a desa's product; null for the kawasan's product, either for a programme. */
  desaCode: string | null;
}

/** Code-point order, the same on every machine and locale (unlike `localeCompare`). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Issues of the proposal list: empty, duplicate ids, missing titles, unknown kinds, desa codes. */
export function proposalIssues(proposals: readonly Proposal[]): FieldIssue[] {
  if (proposals.length === 0) {
    return [{ field: 'proposals', message: 'Belum ada usulan yang dibahas.' }];
  }
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const [i, p] of proposals.entries()) {
    const at = `proposals[${i}]`;
    if (!isText(p.id)) issues.push({ field: `${at}.id`, message: 'Kode usulan wajib diisi.' });
    else if (seen.has(p.id)) {
      issues.push({ field: `${at}.id`, message: `Kode usulan ${p.id} tercantum lebih dari sekali.` });
    }
    seen.add(p.id);
    if (!isText(p.title)) issues.push({ field: `${at}.title`, message: 'Judul usulan wajib diisi.' });
    if (!(PROPOSAL_KINDS as readonly string[]).includes(p.kind)) {
      issues.push({
        field: `${at}.kind`,
        message: `Jenis usulan harus salah satu dari: ${PROPOSAL_KINDS.join(', ')}.`,
      });
    } else if (p.kind === 'produk_unggulan_desa' && p.desaCode === null) {
      issues.push({ field: `${at}.desaCode`, message: 'Produk unggulan desa wajib menyebut kode desanya.' });
    } else if (p.kind === 'produk_unggulan_kawasan' && p.desaCode !== null) {
      issues.push({
        field: `${at}.desaCode`,
        message: 'Produk unggulan kawasan milik seluruh kawasan: kode desa harus kosong.',
      });
    }
    if (p.desaCode !== null && !/^\d{10}$/.test(String(p.desaCode))) {
      issues.push({ field: `${at}.desaCode`, message: `Kode desa ${p.desaCode} bukan kode desa 10 digit.` });
    }
  }
  return issues;
}
