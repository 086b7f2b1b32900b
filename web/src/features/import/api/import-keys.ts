/** Query and mutation keys of the import feature. */
export const importKeys = {
  all: ['import'] as const,
  region: (regionId: string) => [...importKeys.all, 'region', regionId] as const,
  preview: (regionId: string) => [...importKeys.region(regionId), 'preview'] as const,
  commit: (regionId: string) => [...importKeys.region(regionId), 'commit'] as const,
  /** The list entry of an existing dossier a row updates or likely duplicates. */
  existing: (regionId: string, candidateId: string) => [...importKeys.region(regionId), 'existing', candidateId] as const,
};
