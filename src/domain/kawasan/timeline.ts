/**
 * One Indonesian line for each change in a kawasan's history, from the audit row's action and
 * changed fields (see the kawasan services for what each action records).
 */

import {
  KAWASAN_ACTION_LABELS,
  KAWASAN_STATE_LABELS,
  type KawasanAction,
  type KawasanState,
} from './lifecycle.ts';
import { INSTITUTION_LABELS, type InstitutionKind } from './registry.ts';

type Changes = Record<string, { before: unknown; after: unknown }>;

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
