import { privacyRequestSchema, type PrivacyRequest } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, query, where } from 'firebase/firestore/lite';
import { useDeferredQuery } from '../../../lib/deferred-query';
import { db } from '../../../lib/firebase';
import { readList, type Listed } from '../../../lib/firestore';
import { myDataKeys } from './my-data-keys';

export type MyPrivacyRequest = Listed<PrivacyRequest> & { regionId: string };

/** My requests in each region of the dossier (the filter the rule checks), newest first. */
export async function listMyPrivacyRequests(candidateId: string, regionIds: readonly string[]): Promise<MyPrivacyRequest[]> {
  const lists = await Promise.all(
    regionIds.map(async (regionId) =>
      (await readList(query(collection(db, 'regions', regionId, 'privacyRequests'), where('candidateId', '==', candidateId)), privacyRequestSchema)).map(
        (request) => ({ ...request, regionId }),
      ),
    ),
  );
  return lists.flat().sort((a, b) => b.requestedAt.getTime() - a.requestedAt.getTime());
}

export function useMyPrivacyRequests(candidateId: string, regionIds: readonly string[]) {
  return useDeferredQuery(useQuery({ queryKey: myDataKeys.privacyRequests(candidateId, regionIds), queryFn: () => listMyPrivacyRequests(candidateId, regionIds) }));
}
