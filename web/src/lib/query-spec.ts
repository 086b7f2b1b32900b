import type { QuerySpec } from '@koers/domain';
import { limit, orderBy, query, startAfter, where, type Query, type QueryConstraint, type QueryDocumentSnapshot } from 'firebase/firestore';

/** Builds a Firestore query from its plain description (`QuerySpec` in @koers/domain, where the index check lives). */
export function applySpec<T>(base: Query<T>, spec: QuerySpec, page?: { after?: QueryDocumentSnapshot<T> | null; size?: number }): Query<T> {
  const constraints: QueryConstraint[] = [
    ...spec.filters.map((filter) => where(filter.field, filter.op, filter.value)),
    ...spec.orderBy.map((sort) => orderBy(sort.field, sort.dir)),
  ];
  if (page?.after) constraints.push(startAfter(page.after));
  if (page?.size !== undefined) constraints.push(limit(page.size));
  return query(base, ...constraints);
}
