import { describe, expect, it } from 'vitest';
import {
  KAWASAN_ACTION_LABELS,
  KAWASAN_STATE_LABELS,
  KAWASAN_STATES,
} from '../../../domain/kawasan/lifecycle';
import { DOCUMENT_KIND_LABELS, INSTITUTION_LABELS } from '../../../domain/kawasan/registry';
import { idKawasan } from '../../i18n/id-kawasan';
import {
  createdNoteKey,
  KAWASAN_STATE_COLORS,
  LIFECYCLE_PATH,
  lifecycleSteps,
  MEMBER_ROLE_COLORS,
  showsRoleBadge,
} from './kawasan-labels';

const statuses = (steps: ReturnType<typeof lifecycleSteps>) => steps.map((s) => `${s.state}:${s.status}`);

describe('lifecycleSteps', () => {
  it('marks the states before the current one done and the rest to come', () => {
    expect(statuses(lifecycleSteps('draf'))).toEqual([
      'draf:current',
      'usulan:todo',
      'diverifikasi:todo',
      'ditetapkan:todo',
      'perencanaan:todo',
      'pelaksanaan:todo',
      'evaluasi:todo',
    ]);
    expect(statuses(lifecycleSteps('ditetapkan')).slice(0, 5)).toEqual([
      'draf:done',
      'usulan:done',
      'diverifikasi:done',
      'ditetapkan:current',
      'perencanaan:todo',
    ]);
  });

  it('has no current step once rejected or cancelled: done up to the state it left', () => {
    const rejected = lifecycleSteps('ditolak', 'usulan');
    expect(rejected.some((s) => s.status === 'current')).toBe(false);
    expect(statuses(rejected).slice(0, 3)).toEqual(['draf:done', 'usulan:done', 'diverifikasi:todo']);
    expect(lifecycleSteps('dibatalkan').every((s) => s.status === 'todo')).toBe(true);
  });

  it('walks every state of the path except the final ones', () => {
    expect([...LIFECYCLE_PATH, 'ditolak', 'dibatalkan'].sort()).toEqual([...KAWASAN_STATES].sort());
  });
});

describe('labels', () => {
  it('give every state a colour', () => {
    for (const state of KAWASAN_STATES) expect(KAWASAN_STATE_COLORS[state]).toBeTruthy();
  });

  it('badge only locomotives and lagging desa', () => {
    expect(Object.keys(MEMBER_ROLE_COLORS).filter((r) => showsRoleBadge(r as never))).toEqual([
      'locomotive',
      'lagging',
    ]);
  });

  it('say in Bahasa Indonesia what the domain says', () => {
    expect(idKawasan.kawasan.state).toEqual(KAWASAN_STATE_LABELS);
    expect(idKawasan.kawasan.action).toEqual(KAWASAN_ACTION_LABELS);
    expect(idKawasan.kawasan.documentKind).toEqual(DOCUMENT_KIND_LABELS);
    expect(idKawasan.kawasan.institutionKind).toEqual(INSTITUTION_LABELS);
  });
});

describe('createdNoteKey', () => {
  it('asks a new draft for members and a proposal, and says one made from a proposal awaits verification', () => {
    expect(createdNoteKey('draf')).toBe('kawasan.detail.createdDraft');
    expect(createdNoteKey('usulan')).toBe('kawasan.detail.createdProposed');
    expect(idKawasan.kawasan.detail.createdDraft).toContain('Lengkapi desa anggota');
    expect(idKawasan.kawasan.detail.createdProposed).toContain('menunggu verifikasi');
  });
});
