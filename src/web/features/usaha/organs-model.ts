/**
 * The pengurus tab as values: every organ member as one editable list (the server replaces them
 * all at once), checked with the domain's own rules before sending, and where the server's
 * messages (`members.3.name`) go.
 */
import type { EnterpriseView, OrgansBody } from '../../../contracts/enterprise.contract';
import { ORGANS_BY_KIND, organMemberIssues } from '../../../domain/enterprise/organs';
import type { EnterpriseKind, Organ } from '../../../domain/enterprise/vocabulary';
import { type Issue, normalizeField } from '../pelatihan/pelatihan-forms';

export interface MemberValues {
  /** Stable while editing (a stored member's id, or a new one's). */
  key: string;
  organ: string;
  name: string;
  position: string;
  gender: '' | 'L' | 'P';
  startDate: string;
  endDate: string;
}

export const MEMBER_FIELDS = ['organ', 'name', 'position', 'gender', 'startDate', 'endDate'] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

/** The usual position of a member of each organ, offered when a member is added. */
export const DEFAULT_POSITION: Record<Organ, string> = {
  penasihat: 'Penasihat (kepala desa)',
  pelaksana_operasional: 'Direktur',
  pengawas: 'Ketua pengawas',
  pengurus: 'Ketua',
};

export function memberValuesOf(view: EnterpriseView): MemberValues[] {
  return view.organs.flatMap((o) =>
    o.members.map((m) => ({
      key: m.id,
      organ: m.organ,
      name: m.name,
      position: m.position,
      gender: m.gender ?? '',
      startDate: m.startDate ?? '',
      endDate: m.endDate ?? '',
    })),
  );
}

let counter = 0;
export function newMember(organ: Organ): MemberValues {
  counter += 1;
  return {
    key: `baru-${counter}`,
    organ,
    name: '',
    position: DEFAULT_POSITION[organ],
    gender: '',
    startDate: '',
    endDate: '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function memberInput(m: MemberValues) {
  return {
    organ: m.organ,
    name: m.name.trim().replace(/\s+/g, ' '),
    position: m.position.trim().replace(/\s+/g, ' '),
    gender: m.gender === '' ? null : m.gender,
    startDate: orNull(m.startDate),
    endDate: orNull(m.endDate),
  };
}

export function organsBody(members: readonly MemberValues[]): OrgansBody {
  return { members: members.map(memberInput) };
}

/** Messages by member key and field, from the issues of `members.<i>.<field>`; the rest apart. */
export function membersByKey(
  members: readonly MemberValues[],
  issues: readonly Issue[],
): { byMember: Record<string, Partial<Record<MemberField, string>>>; other: string[] } {
  const byMember: Record<string, Partial<Record<MemberField, string>>> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const [head, index, field] = normalizeField(issue.field).split('.');
    const member = head === 'members' ? members[Number(index)] : undefined;
    if (!member || !(MEMBER_FIELDS as readonly string[]).includes(field ?? '')) {
      if (!other.includes(issue.message)) other.push(issue.message);
      continue;
    }
    const slot = byMember[member.key] ?? {};
    slot[field as MemberField] ??= issue.message;
    byMember[member.key] = slot;
  }
  return { byMember, other };
}

/** The domain's problems with the members, by member key and field. */
export function memberFormIssues(kind: EnterpriseKind, members: readonly MemberValues[]) {
  return membersByKey(members, organMemberIssues(kind, members.map(memberInput)));
}

/** The organs of the kind, each with its members in the order of the list. */
export function membersByOrgan(kind: EnterpriseKind, members: readonly MemberValues[]) {
  const organs = ORGANS_BY_KIND[kind];
  const known = organs.map((organ) => ({ organ, members: members.filter((m) => m.organ === organ) }));
  const stray = members.filter((m) => !(organs as readonly string[]).includes(m.organ));
  return { known, stray };
}
