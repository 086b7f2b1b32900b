/** Query keys of the candidates feature. */
export const candidateKeys = {
  all: ['candidates'] as const,
  region: (regionId: string) => [...candidateKeys.all, 'region', regionId] as const,
  mine: (regionId: string, ownerUid: string) => [...candidateKeys.region(regionId), 'mine', ownerUid] as const,
  outOfSightCount: (regionId: string, ownerUid: string, days: number) =>
    [...candidateKeys.region(regionId), 'out-of-sight-count', ownerUid, days] as const,
};
