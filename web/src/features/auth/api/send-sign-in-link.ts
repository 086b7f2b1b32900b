import { emailSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { sendSignInLinkToEmail } from 'firebase/auth';
import { z } from 'zod';
import { auth } from '../../../lib/firebase';

export const sendSignInLinkInputSchema = z.object({ email: z.string().trim().pipe(emailSchema) });
export type SendSignInLinkInput = z.infer<typeof sendSignInLinkInputSchema>;

/** Where the link lands, and where the address waits so the landing need not ask for it. */
/** Candidates' links land in their own app (Mijn Koers), which completes the sign-in. */
export const emailLinkPath = '/mijn/inloggen/link';
export const pendingEmailStorageKey = 'koers.emailForSignIn';

/** Candidates sign in without a password: Firebase mails them a one-time link. */
export async function sendSignInLink(input: SendSignInLinkInput): Promise<string> {
  const { email } = sendSignInLinkInputSchema.parse(input);
  await sendSignInLinkToEmail(auth, email, { url: `${window.location.origin}${emailLinkPath}`, handleCodeInApp: true });
  try {
    window.localStorage.setItem(pendingEmailStorageKey, email);
  } catch {
    // Without storage the landing page asks for the address again.
  }
  return email;
}

export function useSendSignInLink() {
  return useMutation({ mutationFn: sendSignInLink });
}
