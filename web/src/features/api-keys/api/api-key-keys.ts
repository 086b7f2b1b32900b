/** Query keys of the API keys feature. */
export const apiKeyKeys = {
  all: ['api-keys'] as const,
  list: (regionId: string) => [...apiKeyKeys.all, 'list', regionId] as const,
  calls: (regionId: string, keyId: string) => [...apiKeyKeys.all, 'calls', regionId, keyId] as const,
  create: () => [...apiKeyKeys.all, 'create'] as const,
  revoke: () => [...apiKeyKeys.all, 'revoke'] as const,
};
