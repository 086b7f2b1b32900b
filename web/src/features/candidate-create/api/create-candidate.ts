import { candidateCreateInputSchema, newCandidate, type CandidateCreateInput } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { collection, doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { candidateCreateKeys } from './candidate-create-keys';

export { candidateCreateInputSchema };

/**
 * Creates `candidates/{id}` in the staff member's region, as the rules require of a new
 * dossier: home region only, unlinked, no introductions, all four stamps the caller and now
 * (server time). Consent is recorded as given now, through an adviser. Returns the new id.
 */
export async function createCandidate(regionId: string, uid: string, input: CandidateCreateInput): Promise<string> {
  // The input was parsed by the form's resolver; newCandidate parses the whole dossier.
  const candidate = newCandidate(input, { regionId, uid, now: new Date() });
  const ref = doc(collection(db, 'candidates'));
  const now = serverTimestamp();
  await setDoc(ref, {
    ...candidate,
    phaseSince: now,
    consent: { ...candidate.consent, givenAt: now },
    createdAt: now,
    updatedAt: now,
  });
  return ref.id;
}

export function useCreateCandidate(regionId: string, uid: string) {
  return useMutation({
    mutationKey: candidateCreateKeys.create(regionId),
    mutationFn: (input: CandidateCreateInput) => createCandidate(regionId, uid, input),
  });
}
