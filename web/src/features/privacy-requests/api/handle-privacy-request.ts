import { privacyRequestSchema, shortTextSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { z } from 'zod';
import { db } from '../../../lib/firebase';
import { privacyRequestKeys } from './privacy-request-keys';

/** How a request was handled: done, or rejected with the reason (a rejection always says why). */
export const handlePrivacyRequestInputSchema = z
  .object({
    status: privacyRequestSchema.shape.status.exclude(['open']),
    note: shortTextSchema.transform((value) => value || null),
  })
  .refine((input) => input.status !== 'rejected' || input.note !== null, { path: ['note'], message: 'A rejection needs a reason' });
export type HandlePrivacyRequestInput = z.input<typeof handlePrivacyRequestInputSchema>;

/** Records the handling: status and note, by the caller, now (the only fields the rules let staff change). */
export async function handlePrivacyRequest({ regionId, requestId, uid, input }: { regionId: string; requestId: string; uid: string; input: HandlePrivacyRequestInput }): Promise<void> {
  const { status, note } = handlePrivacyRequestInputSchema.parse(input);
  await updateDoc(doc(db, 'regions', regionId, 'privacyRequests', requestId), { status, note, handledAt: serverTimestamp(), handledBy: uid });
}

export function useHandlePrivacyRequest() {
  return useMutation({ mutationKey: privacyRequestKeys.handle(), mutationFn: handlePrivacyRequest });
}
