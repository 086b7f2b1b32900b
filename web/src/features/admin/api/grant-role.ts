import { grantRoleInputSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';
import { adminKeys } from './admin-keys';

export { grantRoleInputSchema };

/** Grants a role (replacing the person's role in that region or organisation). */
export const grantRole = callable('grantRole', grantRoleInputSchema, z.unknown());

export function useGrantRole() {
  return useMutation({ mutationKey: adminKeys.grant(), mutationFn: grantRole });
}
