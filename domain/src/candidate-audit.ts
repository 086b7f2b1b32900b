import { auditIgnoredFields, changedFields } from './audit.js';
import type { AuditEntry } from './schemas/candidate.js';

/**
 * Server-owned candidate fields that functions change themselves; the function that changes
 * them writes its own audit entry (`link_account`, `share`, …), so the candidate trigger does not.
 */
export const functionAuditedCandidateFields = ['authUid', 'introducedOrganisationIds', 'intakeRouting'] as const;

type CandidateData = Record<string, unknown>;

/**
 * The audit entry for one write of `candidates/{c}`, or null when nothing worth auditing
 * changed (only bookkeeping, or only fields audited by the function that wrote them).
 * Names of changed fields are recorded, never their values; journey moves keep the previous
 * and the new phase/status for the phase history.
 */
export function candidateAuditEntry(before: CandidateData | null, after: CandidateData | null, at: Date): AuditEntry | null {
  if (!before && !after) return null;
  const ignored: readonly string[] = auditIgnoredFields;
  const changed = changedFields(before, after).filter((field) => !ignored.includes(field));
  const action: AuditEntry['action'] = !before ? 'create' : !after ? 'delete' : changed.includes('consent') ? 'consent' : 'update';
  if (action === 'update') {
    const functionAudited: readonly string[] = functionAuditedCandidateFields;
    if (changed.every((field) => functionAudited.includes(field))) return null;
  }
  const journeyMoved = before && after && (changed.includes('phase') || changed.includes('status'));
  const actor = typeof after?.updatedBy === 'string' && after.updatedBy ? after.updatedBy : 'system';
  return {
    action,
    actor,
    at,
    changedFields: changed,
    from: journeyMoved ? { phase: before.phase ?? null, status: before.status ?? null } : null,
    to: journeyMoved ? { phase: after.phase ?? null, status: after.status ?? null } : null,
  };
}
