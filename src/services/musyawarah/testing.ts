/**
 * Test data for musyawarah: a kawasan of Kedungreja (Cilacap) in a given state, straight in the
 * database after `seedKedungreja`, and attendance lists per member desa as people write them on
 * the paper list.
 */
import { randomUUID } from 'node:crypto';
import type { ParticipantInput } from '../../contracts/musyawarah.contract.ts';
import type { Database } from '../../db/client.ts';
import { kawasan, kawasanMember } from '../../db/schema.ts';
import { isActiveState, type KawasanState } from '../../domain/kawasan/lifecycle.ts';
import { isPublicState } from '../../domain/kawasan/registry.ts';
import { CILACAP } from '../kawasan/testing.ts';

/** Tambakreja, Ciklapa and Kedungreja: a locomotive and two lagging desa. */
export const KAWASAN_MEMBERS = ['3301012001', '3301012003', '3301012004'] as const;

let serial = 0;

/** A kawasan of Kedungreja in `state` with `members` (they must not be held by another active kawasan). */
export async function seedMusyawarahKawasan(
  db: Database,
  state: KawasanState,
  members: readonly string[] = KAWASAN_MEMBERS,
  name = `Kawasan Agropolitan Kedungreja ${++serial}`,
): Promise<string> {
  const id = randomUUID();
  const at = new Date('2026-01-10T02:00:00Z');
  await db.orm.insert(kawasan).values({
    id,
    name,
    regionCode: CILACAP,
    kabupatenCodes: [CILACAP],
    state,
    ...(isPublicState(state) ? { skNumber: '400.10/12/2026', skDate: '2026-01-08' } : {}),
    createdAt: at,
    updatedAt: at,
  });
  if (members.length > 0) {
    await db.orm
      .insert(kawasanMember)
      .values(members.map((desaCode) => ({ kawasanId: id, desaCode, active: isActiveState(state) })));
  }
  return id;
}

/**
 * The attendance list of a musyawarah antar desa: for each member desa the kepala desa, a BPD
 * member and a community representative (a woman for the first desa), all invited and present,
 * then a facilitator; `withoutBpd` leaves out the BPD member of that desa.
 */
export function antarDesaParticipants(
  members: readonly string[] = KAWASAN_MEMBERS,
  options: { withoutBpd?: string } = {},
): ParticipantInput[] {
  const rows: ParticipantInput[] = [];
  for (const [i, desaCode] of members.entries()) {
    const n = desaCode.slice(-2);
    rows.push({
      name: `Kepala Desa ${n}`,
      gender: 'laki_laki',
      element: 'pemerintah_desa',
      desaCode,
      affiliation: 'Kepala Desa',
      invited: true,
      attended: true,
    });
    if (options.withoutBpd !== desaCode) {
      rows.push({
        name: `Ketua BPD ${n}`,
        gender: 'laki_laki',
        element: 'bpd',
        desaCode,
        invited: true,
        attended: true,
      });
    }
    rows.push({
      name: i === 0 ? 'Siti Rahayu' : `Ketua Kelompok Tani ${n}`,
      gender: i === 0 ? 'perempuan' : 'laki_laki',
      youth: i === 1,
      poorOrMarginal: i === 2,
      element: i === 0 ? 'kelompok_perempuan' : 'kelompok_tani',
      desaCode,
      invited: true,
      attended: true,
    });
  }
  rows.push({
    name: 'Pendamping Desa Kedungreja',
    gender: 'perempuan',
    element: 'pendamping',
    desaCode: null,
    invited: true,
    attended: true,
  });
  return rows;
}
