/**
 * One Indonesian line for each change in a kawasan's history, from the audit row's action and
 * changed fields (see the kawasan services for what each action records).
 */

import { PROGRESS_STATUS_LABELS, type ProgressStatus } from '../rpkp/progress.ts';
import {
  KAWASAN_ACTION_LABELS,
  KAWASAN_STATE_LABELS,
  type KawasanAction,
  type KawasanState,
} from './lifecycle.ts';
import { INSTITUTION_LABELS, type InstitutionKind } from './registry.ts';

type Changes = Record<string, { before: unknown; after: unknown }>;

/** Actions of the kawasan's musyawarah and RPKP shown in its timeline; edits in between are not. */
export const TIMELINE_MILESTONES = [
  'musyawarah.create',
  'musyawarah.fix',
  'rpkp.create',
  'rpkp.submit',
  'rpkp.start_review',
  'rpkp.request_clarification',
  'rpkp.resubmit',
  'rpkp.complete_review',
  'rpkp.approve',
  'rpkp.withdraw',
  'rpkp.progress',
] as const;

const RPKP_STEPS: Record<string, string> = {
  'rpkp.create': 'dibuat',
  'rpkp.submit': 'diajukan untuk ditinjau provinsi',
  'rpkp.start_review': 'mulai ditinjau provinsi',
  'rpkp.request_clarification': 'perlu klarifikasi',
  'rpkp.resubmit': 'dijawab dan diajukan ulang',
  'rpkp.complete_review': 'selesai ditinjau provinsi',
  'rpkp.approve': 'disetujui',
  'rpkp.withdraw': 'ditarik',
};

const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

export function describeKawasanChange(action: string, changes: Changes): string {
  const state = (v: unknown) => KAWASAN_STATE_LABELS[v as KawasanState] ?? String(v);
  const title = () => String(changes.document?.after ?? changes.document?.before ?? 'dokumen');
  switch (action) {
    case 'kawasan.create':
      return `Kawasan dibuat dengan ${count(changes.members?.after)} desa anggota.`;
    case 'kawasan.update':
      return `Profil diubah: ${Object.keys(changes).join(', ')}.`;
    case 'kawasan.members':
      return `Desa anggota diubah: ${count(changes.members?.before)} → ${count(changes.members?.after)} desa.`;
    case 'kawasan.document.add':
      return `Dokumen diunggah: ${title()}.`;
    case 'kawasan.document.update':
      return `Dokumen diubah: ${title()}${changes.public ? (changes.public.after ? ' (kini publik)' : ' (kini tidak publik)') : ''}.`;
    case 'kawasan.document.remove':
      return `Dokumen dihapus: ${title()}.`;
  }
  const after = (field: string) => changes[field]?.after;
  if (action === 'musyawarah.create') return `Musyawarah dicatat: ${String(after('title') ?? '')}.`;
  if (action === 'musyawarah.fix')
    return `Berita acara ditetapkan: ${String(after('title') ?? changes.title?.before ?? 'musyawarah')}.`;
  if (action === 'rpkp.progress') {
    const status = PROGRESS_STATUS_LABELS[after('status') as ProgressStatus] ?? String(after('status'));
    return `Kemajuan kegiatan RPKP dilaporkan: ${String(after('activityName') ?? after('activityId'))}, ${status.toLowerCase()}.`;
  }
  const step = RPKP_STEPS[action];
  if (step) return `RPKP versi ${String(after('version') ?? '')} ${step}.`;
  const institution = /^kawasan\.(tkpkp|bkad)\.(save|remove)$/.exec(action);
  if (institution) {
    const name = INSTITUTION_LABELS[institution[1] as InstitutionKind].split(' (')[0];
    if (institution[2] === 'remove') return `${name} dihapus.`;
    return changes.name && changes.name.before === null ? `${name} dibentuk.` : `${name} diperbarui.`;
  }
  const lifecycle = action.replace(/^kawasan\./, '') as KawasanAction;
  if (KAWASAN_ACTION_LABELS[lifecycle] && changes.state)
    return `${KAWASAN_ACTION_LABELS[lifecycle]}: ${state(changes.state.before)} → ${state(changes.state.after)}.`;
  return action;
}
