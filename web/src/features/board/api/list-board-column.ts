import { candidateIndexEntrySchema, phases, type BoardColumn, type CandidateIndexEntry, type Phase } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, limit, orderBy, query, where, type QueryConstraint } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { boardKeys } from './board-keys';

const indexConverter = zodConverter(candidateIndexEntrySchema);

/** Cards a column loads at once; "more" loads another page of this size. */
export const boardPageSize = 20;

function isPhase(column: BoardColumn): column is Phase {
  return (phases as readonly string[]).includes(column);
}

/** The filter that puts an index entry in a column: active in that phase, or that outcome. */
export function columnConstraints(column: BoardColumn): QueryConstraint[] {
  return isPhase(column) ? [where('status', '==', 'active'), where('phase', '==', column)] : [where('status', '==', column)];
}

/** One column of `regions/{r}/candidateIndex`, most recently moved in first (so a move shows at once), at most `size` cards. */
export function boardColumnQuery(regionId: string, column: BoardColumn, size: number) {
  return query(
    collection(db, 'regions', regionId, 'candidateIndex').withConverter(indexConverter),
    ...columnConstraints(column),
    orderBy('phaseSince', 'desc'),
    limit(size),
  );
}

export function boardColumnQueryOptions(regionId: string, column: BoardColumn, size: number) {
  return liveQueryOptions<WithId<CandidateIndexEntry>[], ReturnType<typeof boardKeys.column>>(
    boardKeys.column(regionId, column, size),
    subscribeList(boardColumnQuery(regionId, column, size)),
  );
}

export function useBoardColumn(regionId: string, column: BoardColumn, size: number) {
  return useQuery({ ...boardColumnQueryOptions(regionId, column, size), placeholderData: (previous) => previous });
}
