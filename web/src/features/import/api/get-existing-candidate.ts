import { candidateIndexEntrySchema, type CandidateIndexEntry } from '@koers/domain';
import { useQueries } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeDoc, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { importKeys } from './import-keys';

const indexConverter = zodConverter(candidateIndexEntrySchema);

/** The region's list entry of a dossier (staff read it; the dossier itself may hold more than a report needs). */
export function existingCandidateQueryOptions(regionId: string, candidateId: string) {
  return liveQueryOptions<WithId<CandidateIndexEntry> | null, ReturnType<typeof importKeys.existing>>(
    importKeys.existing(regionId, candidateId),
    subscribeDoc(doc(db, 'regions', regionId, 'candidateIndex', candidateId).withConverter(indexConverter)),
  );
}

/** Names of existing dossiers by id, for the rows of a report on screen. */
export function useExistingCandidateNames(regionId: string, candidateIds: readonly string[]): Map<string, string> {
  const ids = [...new Set(candidateIds)];
  const results = useQueries({ queries: ids.map((candidateId) => existingCandidateQueryOptions(regionId, candidateId)) });
  return new Map(ids.flatMap((id, index) => {
    const name = results[index]?.data?.name;
    return name ? [[id, name] as const] : [];
  }));
}
