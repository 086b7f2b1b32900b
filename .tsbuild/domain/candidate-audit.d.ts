import type { AuditEntry } from './schemas/candidate.js';
/**
 * Server-owned candidate fields that functions change themselves; the function that changes
 * them writes its own audit entry (`link_account`, `share`, …), so the candidate trigger does not.
 */
export declare const functionAuditedCandidateFields: readonly ["authUid", "introducedOrganisationIds"];
type CandidateData = Record<string, unknown>;
/**
 * The audit entry for one write of `candidates/{c}`, or null when nothing worth auditing
 * changed (only bookkeeping, or only fields audited by the function that wrote them).
 * Names of changed fields are recorded, never their values; journey moves keep the previous
 * and the new phase/status for the phase history.
 */
export declare function candidateAuditEntry(before: CandidateData | null, after: CandidateData | null, at: Date): AuditEntry | null;
export {};
