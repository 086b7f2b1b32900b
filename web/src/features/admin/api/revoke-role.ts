import { revokeRoleInputSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';
import { adminKeys } from './admin-keys';

export { revokeRoleInputSchema };

/** Revokes a role; the person loses its access on their very next request. */
export const revokeRole = callable('revokeRole', revokeRoleInputSchema, z.unknown());

export function useRevokeRole() {
  return useMutation({ mutationKey: adminKeys.revoke(), mutationFn: revokeRole });
}
