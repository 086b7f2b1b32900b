// `updateMyProfile`: the candidate corrects their own profile fields. Field-level optimistic
// concurrency: each changed field must still hold the value the form started from (`base`),
// otherwise nothing is written and the caller learns which fields changed meanwhile. The
// candidate trigger records the audit entry (actor: the candidate's uid) and the view follows.
import { candidateSchema, changedFields, type SelfProfilePatch, type UpdateMyProfileInput } from '@koers/domain';
import { HttpsError } from 'firebase-functions/v2/https';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { syncCandidateView, withoutUndefined } from './candidate-view-sync.js';
import { requireMyCandidateId } from './my-candidate.js';

export interface UpdateMyProfileResult {
  changedFields: string[];
}

type Values = Record<string, unknown>;

/** Absent and null mean "no value" alike (matchPreferences is absent on older dossiers). */
function valueOf(values: Values, field: string): unknown {
  return values[field] ?? null;
}

function differs(a: unknown, b: unknown): boolean {
  return changedFields({ value: a }, { value: b }).length > 0;
}

/**
 * The fields of `changes` whose current value is no longer their `base` (conflicts), and the
 * fields that would really change. Pure.
 */
export function planProfileUpdate(current: Values, changes: SelfProfilePatch, base: SelfProfilePatch): { conflicts: string[]; changed: string[] } {
  const fields = Object.keys(changes).sort();
  const baseValues = base as Values;
  const changeValues = changes as Values;
  return {
    conflicts: fields.filter((field) => differs(valueOf(current, field), valueOf(baseValues, field))),
    changed: fields.filter((field) => differs(valueOf(current, field), valueOf(changeValues, field))),
  };
}

export async function updateMyProfile(services: Services, uid: string, input: UpdateMyProfileInput): Promise<UpdateMyProfileResult> {
  const { db } = services;
  const candidateId = await requireMyCandidateId(db, uid);
  const ref = db.collection('candidates').doc(candidateId);
  const changed = await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (!snapshot.exists) throw new HttpsError('not-found', 'Your dossier is gone.', { reason: 'no_candidate' });
    const current = fromFirestoreData(snapshot.data()) as Values;
    const plan = planProfileUpdate(current, input.changes, input.base);
    if (plan.conflicts.length > 0) {
      throw new HttpsError('aborted', 'Someone changed these fields meanwhile.', { reason: 'conflict', fields: plan.conflicts });
    }
    if (plan.changed.length === 0) return [];
    const patch = Object.fromEntries(plan.changed.map((field) => [field, (input.changes as Values)[field] ?? null]));
    const now = services.now();
    // The dossier must still satisfy its schema afterwards (the patch schema checked each field).
    const next = candidateSchema.safeParse({ ...current, ...patch, updatedAt: now, updatedBy: uid });
    if (!next.success) throw new HttpsError('invalid-argument', 'The request is not valid.', { issues: next.error.issues });
    tx.update(ref, withoutUndefined({ ...patch, updatedAt: now, updatedBy: uid }));
    return plan.changed;
  });
  if (changed.length > 0) await syncCandidateView(db, candidateId, services.now());
  logEvent('self_service.profile_updated', { candidateId, fields: changed });
  return { changedFields: changed };
}
