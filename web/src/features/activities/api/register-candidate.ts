import { candidateSchema, registrationSchema, type RegistrationStatus } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, runTransaction, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { toPlain } from '../../../lib/firestore';
import { candidateRegistrationId } from './activity-converter';
import { activityKeys } from './activity-keys';

/** Who the registration is for: the name, e-mail and phone come from the dossier itself. */
const contactOfCandidate = candidateSchema.pick({ name: true, email: true, phone: true });

/**
 * `registered`: a new registration; `reregistered`: a cancelled (or no-show) registration of
 * this candidate counts again; `already`: the candidate is registered (or attended) already;
 * `noEmail`: the dossier has no e-mail address, which a registration needs for its messages.
 */
export type RegisterCandidateResult = { outcome: 'registered' | 'reregistered' | 'noEmail' } | { outcome: 'already'; status: RegistrationStatus };

export interface RegisterCandidateInput {
  regionId: string;
  activityId: string;
  candidateId: string;
  uid: string;
}

/**
 * An adviser registers a candidate of the region for an activity, at
 * `regions/{r}/activities/{a}/registrations/candidate-{candidateId}`: one id per candidate, so
 * the same person cannot be registered twice, even by two advisers at once. Staff may overbook
 * a full activity knowingly (the page warns first); places are counted by the trigger.
 */
export async function registerCandidate({ regionId, activityId, candidateId, uid }: RegisterCandidateInput): Promise<RegisterCandidateResult> {
  const candidateRef = doc(db, 'candidates', candidateId);
  const registrationRef = doc(db, 'regions', regionId, 'activities', activityId, 'registrations', candidateRegistrationId(candidateId));
  return runTransaction(db, async (transaction) => {
    const [candidate, existing] = [await transaction.get(candidateRef), await transaction.get(registrationRef)];
    if (!candidate.exists()) throw Object.assign(new Error(`${candidateRef.path} does not exist`), { code: 'not-found' });
    if (existing.exists()) {
      const status = registrationSchema.shape.status.parse(existing.get('status'));
      if (status === 'registered' || status === 'attended') return { outcome: 'already', status };
      // The rules keep who registered first and how; coming back only changes the status.
      transaction.update(registrationRef, { status: 'registered' });
      return { outcome: 'reregistered' };
    }
    const contact = contactOfCandidate.parse(toPlain(candidate.data()));
    if (!contact.email) return { outcome: 'noEmail' };
    const registration = registrationSchema.omit({ registeredAt: true }).parse({
      candidateId,
      name: contact.name,
      email: contact.email,
      phone: contact.phone,
      status: 'registered',
      source: 'adviser',
      registeredBy: uid,
    });
    transaction.set(registrationRef, { ...registration, registeredAt: serverTimestamp() });
    return { outcome: 'registered' };
  });
}

export function useRegisterCandidate() {
  return useMutation({ mutationKey: activityKeys.register(), mutationFn: registerCandidate });
}
