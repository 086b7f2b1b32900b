import type { IdentityFields } from '@koers/domain';

/** Query keys of the candidate-create feature. */
export const candidateCreateKeys = {
  all: ['candidate-create'] as const,
  region: (regionId: string) => [...candidateCreateKeys.all, 'region', regionId] as const,
  /** Index entries sharing a lookup token (one Firestore query per token set). */
  indexHits: (regionId: string, tokens: readonly string[]) => [...candidateCreateKeys.region(regionId), 'index-hits', tokens] as const,
  /** A hit's birth date, read from its dossier only when a similar name makes it count. */
  birthDate: (candidateId: string) => [...candidateCreateKeys.all, 'birth-date', candidateId] as const,
  /** The likely duplicates of a person about to be created. */
  duplicates: (regionId: string, identity: IdentityFields) => [...candidateCreateKeys.region(regionId), 'duplicates', identity] as const,
  create: (regionId: string) => [...candidateCreateKeys.region(regionId), 'create'] as const,
};
