import type { Grant, Member } from '@koers/domain';

/** The grant that gave a member their role in the region, to change or revoke it. */
export function grantOfMember(member: Member, regionId: string): Grant | null {
  const { role } = member;
  if (role === 'coordinator' || role === 'adviser' || role === 'director') return { kind: 'region', regionId, role };
  if (member.organisationId) return { kind: 'organisation', regionId, organisationId: member.organisationId, role };
  return null;
}
