import { emailSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { isSignInWithEmailLink, signInWithEmailLink } from 'firebase/auth';
import { z } from 'zod';
import { auth } from '../../../lib/firebase';
import { pendingEmailStorageKey } from './send-sign-in-link';

export const completeSignInLinkInputSchema = z.object({
  email: z.string().trim().pipe(emailSchema),
  link: z.string().url(),
});
export type CompleteSignInLinkInput = z.infer<typeof completeSignInLinkInputSchema>;

export function isSignInLink(link: string): boolean {
  return isSignInWithEmailLink(auth, link);
}

/** The address stored when the link was requested on this device, if any. */
export function pendingSignInEmail(): string | null {
  try {
    return window.localStorage.getItem(pendingEmailStorageKey);
  } catch {
    return null;
  }
}

/** Finishes an e-mail link sign-in; returns the uid. */
export async function completeSignInLink(input: CompleteSignInLinkInput): Promise<string> {
  const { email, link } = completeSignInLinkInputSchema.parse(input);
  const credential = await signInWithEmailLink(auth, email, link);
  try {
    window.localStorage.removeItem(pendingEmailStorageKey);
  } catch {
    // Nothing stored.
  }
  return credential.user.uid;
}

export function useCompleteSignInLink() {
  return useMutation({ mutationFn: completeSignInLink });
}
