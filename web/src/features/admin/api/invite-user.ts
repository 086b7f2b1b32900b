import { inviteUserInputSchema, uidSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';
import { adminKeys } from './admin-keys';

export { inviteUserInputSchema };
export const inviteUserOutputSchema = z.object({ uid: uidSchema, signInLink: z.string().url() });
export type InviteUserOutput = z.infer<typeof inviteUserOutputSchema>;

/** Creates (or finds) the account, grants the role, and returns a one-time sign-in link. */
export const inviteUser = callable('inviteUser', inviteUserInputSchema, inviteUserOutputSchema);

export function useInviteUser() {
  return useMutation({ mutationKey: adminKeys.invite(), mutationFn: inviteUser });
}
