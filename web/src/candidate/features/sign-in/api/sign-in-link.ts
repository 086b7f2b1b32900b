// E-mail link sign-in: Firebase mails a one-time link that lands on /mijn/inloggen/link.
import { emailSchema } from '@koers/domain';
import { isSignInWithEmailLink, sendSignInLinkToEmail, signInWithEmailLink } from 'firebase/auth';
import { z } from 'zod';
import { auth } from '../../../lib/firebase';

export const signInEmailSchema = z.object({ email: z.string().trim().pipe(emailSchema) });
export type SignInEmail = z.infer<typeof signInEmailSchema>;

export const candidateLinkPath = '/mijn/inloggen/link';
const pendingEmailKey = 'koers.emailForSignIn';

export async function sendCandidateSignInLink(input: SignInEmail): Promise<string> {
  const { email } = signInEmailSchema.parse(input);
  await sendSignInLinkToEmail(auth, email, { url: `${window.location.origin}${candidateLinkPath}`, handleCodeInApp: true });
  try {
    window.localStorage.setItem(pendingEmailKey, email);
  } catch {
    // Without storage the landing page asks for the address again.
  }
  return email;
}

export function isSignInLink(link: string): boolean {
  return isSignInWithEmailLink(auth, link);
}

/** The address stored when the link was asked for on this device, if any. */
export function pendingSignInEmail(): string | null {
  try {
    return window.localStorage.getItem(pendingEmailKey);
  } catch {
    return null;
  }
}

export async function completeSignInLink(email: string, link: string): Promise<string> {
  const credential = await signInWithEmailLink(auth, signInEmailSchema.parse({ email }).email, link);
  try {
    window.localStorage.removeItem(pendingEmailKey);
  } catch {
    // Nothing stored.
  }
  return credential.user.uid;
}
