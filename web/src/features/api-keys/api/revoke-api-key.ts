import { revokeApiKeyInputSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';
import { apiKeyKeys } from './api-key-keys';

export { revokeApiKeyInputSchema };

/** Revokes a key for good: the website's next call with it is refused. */
export const revokeApiKey = callable('revokeApiKey', revokeApiKeyInputSchema, z.object({ ok: z.literal(true) }));

export function useRevokeApiKey() {
  return useMutation({ mutationKey: apiKeyKeys.revoke(), mutationFn: revokeApiKey });
}
