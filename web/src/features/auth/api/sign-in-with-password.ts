import { emailSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { signInWithEmailAndPassword } from 'firebase/auth';
import { z } from 'zod';
import { auth } from '../../../lib/firebase';

export const signInWithPasswordInputSchema = z.object({
  email: z.string().trim().pipe(emailSchema),
  password: z.string().min(1),
});
export type SignInWithPasswordInput = z.infer<typeof signInWithPasswordInputSchema>;

/** Staff sign in with e-mail address and password. */
export async function signInWithPassword(input: SignInWithPasswordInput): Promise<string> {
  const { email, password } = signInWithPasswordInputSchema.parse(input);
  const credential = await signInWithEmailAndPassword(auth, email, password);
  return credential.user.uid;
}

export function useSignInWithPassword() {
  return useMutation({ mutationFn: signInWithPassword });
}
