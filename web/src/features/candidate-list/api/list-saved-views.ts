import { savedViewSchema, type SavedView } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, onSnapshot } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter, type WithId } from '../../../lib/firestore';
import type { Subscribe } from '../../../lib/live-query';
import { liveQueryOptions } from '../../../lib/live-query';
import { applySpec } from '../../../lib/query-spec';
import { meterQuery } from '../../../lib/read-meter';
import { candidateListKeys } from './candidate-list-keys';
import { savedViewSpecs } from './saved-view-specs';

const converter = zodConverter(savedViewSchema);

/** Both queries under one listener key: own views and shared ones, merged, by name. */
function subscribeSavedViews(regionId: string, uid: string): Subscribe<WithId<SavedView>[]> {
  return (next, fail) => {
    const base = collection(db, 'regions', regionId, 'savedViews').withConverter(converter);
    const results: Array<WithId<SavedView>[] | undefined> = [undefined, undefined];
    const emit = () => {
      if (!results[0] || !results[1]) return;
      const byId = new Map([...results[0], ...results[1]].map((view) => [view.id, view]));
      next([...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')));
    };
    const unsubscribes = savedViewSpecs(uid).map((spec, index) =>
      onSnapshot(
        applySpec(base, spec),
        (snapshot) => {
          meterQuery(snapshot);
          results[index] = snapshot.docs.flatMap((doc) => {
            try {
              return [doc.data()];
            } catch (error) {
              console.error(error);
              return [];
            }
          });
          emit();
        },
        fail,
      ),
    );
    return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
  };
}

export function savedViewsQueryOptions(regionId: string, uid: string) {
  return liveQueryOptions<WithId<SavedView>[], ReturnType<typeof candidateListKeys.savedViews>>(
    candidateListKeys.savedViews(regionId, uid),
    subscribeSavedViews(regionId, uid),
  );
}

export function useSavedViews(regionId: string, uid: string) {
  return useQuery(savedViewsQueryOptions(regionId, uid));
}
