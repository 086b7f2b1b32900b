// Who may take part in a thread, decided from the region's directory (regions/{r}/members) and
// the dossier. Pure: the callables read the documents and pass them in.
import { firstNameOf, type HistoryChoice, type Member, type ParticipantRole, type ThreadParticipant } from '@koers/domain';

/** What a thread needs of a directory entry. */
export type DirectoryEntry = Pick<Member, 'uid' | 'displayName' | 'role' | 'organisationId'>;

/** What a thread needs of the dossier it is about. */
export interface CandidateFacts {
  name: string;
  regionIds: readonly string[];
  introducedOrganisationIds: readonly string[];
  authUid: string | null;
}

export interface ThreadScope {
  regionId: string;
  /** The dossier, or null for a general thread between stakeholders. */
  candidate: CandidateFacts | null;
  includesCandidate: boolean;
}

/**
 * The role `uid` takes part as, or null when they may not. A candidate thread is for the
 * region's coordinators and advisers, HR and training staff of organisations the candidate was
 * introduced to, and the candidate's own account when the thread includes them. A general thread
 * is for anyone in the region's directory (which never lists candidate accounts).
 */
export function eligibleRole(scope: ThreadScope, uid: string, member: DirectoryEntry | null): ParticipantRole | null {
  const { candidate } = scope;
  if (candidate && uid === candidate.authUid) return scope.includesCandidate ? 'candidate' : null;
  if (!member) return null;
  if (!candidate) return member.role;
  if (member.role === 'coordinator' || member.role === 'adviser') return member.role;
  if ((member.role === 'hr' || member.role === 'training') && member.organisationId && candidate.introducedOrganisationIds.includes(member.organisationId)) {
    return member.role;
  }
  return null;
}

export interface ParticipantPlan {
  participants: Record<string, ThreadParticipant>;
  /** Requested uids that may not take part (the callable refuses the whole request then). */
  ineligible: string[];
}

/**
 * The participant entries for `uids` (duplicates collapse). Names come from the directory; the
 * candidate appears under the dossier's name, HR and training staff with their organisation.
 */
export function planParticipants(
  scope: ThreadScope,
  uids: readonly string[],
  directory: ReadonlyMap<string, DirectoryEntry>,
  organisationNames: ReadonlyMap<string, string>,
  added: { by: string; at: Date; history: HistoryChoice },
): ParticipantPlan {
  const participants: Record<string, ThreadParticipant> = {};
  const ineligible: string[] = [];
  for (const uid of new Set(uids)) {
    const member = directory.get(uid) ?? null;
    const role = eligibleRole(scope, uid, member);
    if (!role) {
      ineligible.push(uid);
      continue;
    }
    const organisationId = role === 'hr' || role === 'training' ? (member?.organisationId ?? null) : null;
    participants[uid] = {
      name: (role === 'candidate' ? (scope.candidate?.name ?? '') : (member?.displayName ?? '')).slice(0, 200),
      role,
      organisationName: organisationId ? (organisationNames.get(organisationId) ?? null) : null,
      addedAt: added.at,
      addedBy: added.by,
      history: added.history,
    };
  }
  return { participants, ineligible };
}

/** A name for texts: the first name, or "Iemand" when the directory has none. */
export function shortName(name: string): string {
  return firstNameOf(name) || 'Iemand';
}
