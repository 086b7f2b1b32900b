// What each kind of source document's contribution is computed from (its ledger facts). Shared by the
// triggers and the recompute so both count exactly the same way.
import {
  activityKinds,
  candidateFacts,
  candidateSchema,
  matchFacts,
  matchSchema,
  registrationFacts,
  registrationSchema,
  taskFacts,
  taskSchema,
  type ActivityKind,
  type Candidate,
  type LedgerFacts,
} from '@koers/domain';
import type { DocumentData } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';

/** A parsed source, or the names of the fields that broke the contract (never their values). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; fields: string[] };

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[] }> } };
}

function parse<T>(schema: Schema<T>, data: DocumentData): Parsed<T> {
  const result = schema.safeParse(fromFirestoreData(data));
  return result.success ? { ok: true, value: result.data } : { ok: false, fields: result.error.issues.map((issue) => issue.path.map(String).join('.')) };
}

export const parseCandidate = (data: DocumentData): Parsed<Candidate> => parse(candidateSchema, data);

/** What the dossier's contribution to one region is computed from: nothing when it does not list the region. */
export function candidateFactsIn(candidate: Candidate, regionId: string): LedgerFacts | null {
  return candidate.regionIds.includes(regionId) ? candidateFacts(candidate) : null;
}

export function taskFactsOf(data: DocumentData): Parsed<LedgerFacts> {
  const task = parse(taskSchema, data);
  return task.ok ? { ok: true, value: taskFacts(task.value) } : task;
}

export function matchFactsOf(data: DocumentData): Parsed<LedgerFacts> {
  const match = parse(matchSchema, data);
  return match.ok ? { ok: true, value: matchFacts(match.value) } : match;
}

/** The activity's kind, or null when the activity is gone or has none we know. */
export function activityKindOf(data: DocumentData | undefined): ActivityKind | null {
  const kind: unknown = data?.kind;
  return typeof kind === 'string' && (activityKinds as readonly string[]).includes(kind) ? (kind as ActivityKind) : null;
}

export function registrationFactsOf(data: DocumentData, activityKind: ActivityKind | null): Parsed<LedgerFacts> {
  const registration = parse(registrationSchema, data);
  return registration.ok ? { ok: true, value: registrationFacts(registration.value, activityKind) } : registration;
}
