import {
  candidateIndexEntrySchema,
  candidateSchema,
  duplicateLookupLimit,
  duplicateLookupTokens,
  findDuplicates,
  needsBirthDate,
  type DuplicateReason,
  type IdentityFields,
} from '@koers/domain';
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { collection, doc, getDoc, getDocs, limit, or, query, where } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';
import { meterDocument, meterQuery } from '../../../lib/read-meter';
import { candidateCreateKeys } from './candidate-create-keys';
import { duplicateLookupSpecs } from './duplicate-lookup-spec';

const indexConverter = zodConverter(candidateIndexEntrySchema);
const candidateConverter = zodConverter(candidateSchema);

/** An existing dossier as duplicate detection sees it. */
export type ExistingIdentity = IdentityFields & { id: string };

export interface LikelyDuplicate {
  id: string;
  name: string;
  reasons: DuplicateReason[];
}

/** Index entries that share a token: what the index holds of them (no birth date). */
function indexHitsQueryOptions(regionId: string, tokens: readonly string[]) {
  return queryOptions({
    queryKey: candidateCreateKeys.indexHits(regionId, tokens),
    queryFn: async (): Promise<ExistingIdentity[]> => {
      const base = collection(db, 'regions', regionId, 'candidateIndex').withConverter(indexConverter);
      const disjuncts = duplicateLookupSpecs(tokens).flatMap((spec) => spec.filters.map((filter) => where(filter.field, filter.op, filter.value)));
      const snapshot = await getDocs(query(base, or(...disjuncts), limit(duplicateLookupLimit)));
      meterQuery(snapshot);
      return snapshot.docs.map((document) => {
        const entry = document.data();
        return { id: entry.id, name: entry.name, email: entry.email, phone: entry.phone, postcode: entry.postcode, birthDate: null };
      });
    },
    staleTime: 30_000,
  });
}

function birthDateQueryOptions(candidateId: string) {
  return queryOptions({
    queryKey: candidateCreateKeys.birthDate(candidateId),
    queryFn: async (): Promise<string | null> => {
      const snapshot = await getDoc(doc(db, 'candidates', candidateId).withConverter(candidateConverter));
      meterDocument(snapshot);
      return snapshot.data()?.birthDate ?? null;
    },
    staleTime: 60_000,
  });
}

/**
 * The region's dossiers that `identity` likely duplicates, strongest reason first: ONE query
 * on the index (any of the lookup tokens among its search keys, at most 30), then
 * `duplicateReasons` on the hits. A hit's dossier is read only when its birth date can decide
 * (a similar name); everything else duplicateReasons compares is in the index.
 */
export async function findLikelyDuplicates(client: QueryClient, regionId: string, identity: IdentityFields): Promise<LikelyDuplicate[]> {
  const tokens = duplicateLookupTokens(identity);
  if (tokens.length === 0) return [];
  const hits = await client.fetchQuery(indexHitsQueryOptions(regionId, tokens));
  const complete = await Promise.all(
    hits.map(async (hit) => (needsBirthDate(identity, hit) ? { ...hit, birthDate: await client.fetchQuery(birthDateQueryOptions(hit.id)) } : hit)),
  );
  return findDuplicates(identity, complete).map(({ candidate, reasons }) => ({ id: candidate.id, name: candidate.name, reasons }));
}

export function likelyDuplicatesQueryOptions(client: QueryClient, regionId: string, identity: IdentityFields) {
  return queryOptions({
    queryKey: candidateCreateKeys.duplicates(regionId, identity),
    queryFn: () => findLikelyDuplicates(client, regionId, identity),
    staleTime: 30_000,
  });
}

/** Live feedback while typing: the likely duplicates of what is filled in so far. */
export function useLikelyDuplicates(regionId: string, identity: IdentityFields) {
  const client = useQueryClient();
  return useQuery({
    ...likelyDuplicatesQueryOptions(client, regionId, identity),
    enabled: duplicateLookupTokens(identity).length > 0,
    placeholderData: (previous) => previous,
  });
}
