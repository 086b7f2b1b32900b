import { suggestionSetSchema, type SuggestionSet } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeDoc, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { matchingKeys } from './matching-keys';

const suggestionSetConverter = zodConverter(suggestionSetSchema);

/** `candidates/{c}/suggestions/current`, live (a function rewrites it); null before the first run. */
export function suggestionsQueryOptions(candidateId: string) {
  return liveQueryOptions<WithId<SuggestionSet> | null, ReturnType<typeof matchingKeys.suggestions>>(
    matchingKeys.suggestions(candidateId),
    subscribeDoc(doc(db, 'candidates', candidateId, 'suggestions', 'current').withConverter(suggestionSetConverter)),
  );
}

export function useSuggestions(candidateId: string) {
  return useQuery(suggestionsQueryOptions(candidateId));
}
