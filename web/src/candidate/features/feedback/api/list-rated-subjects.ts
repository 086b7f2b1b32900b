import { feedbackSchema } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, query, where } from 'firebase/firestore/lite';
import { db } from '../../../lib/firebase';
import { readList } from '../../../lib/firestore';
import { feedbackKeys } from './feedback-keys';

/** The ids of what I rated already (conversations, activities), from my own ratings in each region. */
export async function listRatedSubjects(candidateId: string, regionIds: readonly string[]): Promise<Set<string>> {
  const lists = await Promise.all(regionIds.map((regionId) => readList(query(collection(db, 'regions', regionId, 'feedback'), where('candidateId', '==', candidateId)), feedbackSchema)));
  return new Set(lists.flat().flatMap((rating) => (rating.subjectId ? [rating.subjectId] : [])));
}

export function useRatedSubjects(candidateId: string, regionIds: readonly string[]) {
  return useQuery({ queryKey: feedbackKeys.given(candidateId, regionIds), queryFn: () => listRatedSubjects(candidateId, regionIds), staleTime: 5 * 60_000 });
}
