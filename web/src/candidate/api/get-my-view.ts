import { candidateViewSchema } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore/lite';
import { useDeferredQuery } from '../lib/deferred-query';
import { db } from '../lib/firebase';
import { readDoc } from '../lib/firestore';
import { useSession } from '../lib/session';
import { mijnKeys } from './keys';

export function myViewQueryOptions(candidateId: string) {
  return { queryKey: mijnKeys.view(candidateId), queryFn: () => readDoc(doc(db, 'candidateViews', candidateId), candidateViewSchema) };
}

/** `candidateViews/{candidateId}`: what the candidate sees of their dossier (kept by a function). */
export function useMyView() {
  const { candidateId } = useSession();
  return useDeferredQuery(useQuery(myViewQueryOptions(candidateId)));
}
