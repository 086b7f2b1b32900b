import { createApiKeyInputSchema, idSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';
import { apiKeyKeys } from './api-key-keys';

export { createApiKeyInputSchema };
export const createApiKeyOutputSchema = z.object({ keyId: idSchema, key: z.string().min(1) });
export type CreateApiKeyOutput = z.infer<typeof createApiKeyOutputSchema>;

/** Makes a key for the region; the answer holds the key itself, which nobody can read again. */
export const createApiKey = callable('createApiKey', createApiKeyInputSchema, createApiKeyOutputSchema);

export function useCreateApiKey() {
  // The new key reaches the list through its listener; nothing to invalidate.
  return useMutation({ mutationKey: apiKeyKeys.create(), mutationFn: createApiKey });
}
